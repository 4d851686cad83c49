import Foundation
import WeChatCrypto

/// WeChat's side of the platform's callback URLs: seals notices and user messages the way WeChat does
/// (AES envelope, `signature` and `msg_signature` in the query) and opens the platform's encrypted replies.
struct WeChatSide: Sendable {
    /// The platform's callback token, EncodingAESKey and appid (the receive id of every envelope).
    static let token = "faultruntoken"
    static let aesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"

    let componentAppID: String
    let cipher: MessageCipher

    init(componentAppID: String) throws {
        self.componentAppID = componentAppID
        cipher = MessageCipher(key: try EncodingAESKey(Self.aesKey), appID: componentAppID)
    }

    /// The query string and body of an encrypted POST of `xml`, with `outerTag` (`AppId` or `ToUserName`).
    func seal(_ xml: String, outerTag: String, outerValue: String) throws -> (query: String, body: String) {
        let encrypt = try cipher.encrypt(Array(xml.utf8))
        let timestamp = String(Int(Date().timeIntervalSince1970))
        let nonce = String(UInt32.random(in: 1...UInt32.max))
        let signature = WeChatSignature.signature(token: Self.token, timestamp: timestamp, nonce: nonce)
        let messageSignature = WeChatSignature.messageSignature(
            token: Self.token, timestamp: timestamp, nonce: nonce, encrypt: encrypt)
        let query =
            "signature=\(signature)&timestamp=\(timestamp)&nonce=\(nonce)&encrypt_type=aes"
            + "&msg_signature=\(messageSignature)"
        let body =
            "<xml><\(outerTag)><![CDATA[\(outerValue)]]></\(outerTag)><Encrypt><![CDATA[\(encrypt)]]></Encrypt></xml>"
        return (query, body)
    }

    /// The decrypted XML of an encrypted reply, or `nil` when the body carries no `<Encrypt>`.
    func open(_ reply: String) throws -> String? {
        guard let start = reply.range(of: "<Encrypt><![CDATA["), let end = reply.range(of: "]]></Encrypt>") else {
            return nil
        }
        let message = try cipher.decrypt(String(reply[start.upperBound..<end.lowerBound])).message
        return String(decoding: message, as: UTF8.self)
    }

    /// A `component_verify_ticket` notice.
    func ticketNotice(_ ticket: String) -> String {
        "<xml><AppId><![CDATA[\(componentAppID)]]></AppId><CreateTime>1413192605</CreateTime>"
            + "<InfoType><![CDATA[component_verify_ticket]]></InfoType>"
            + "<ComponentVerifyTicket><![CDATA[\(ticket)]]></ComponentVerifyTicket></xml>"
    }

    /// An `authorized` notice carrying `code` for `authorizerAppID`.
    func authorizedNotice(_ authorizerAppID: String, code: String) -> String {
        "<xml><AppId><![CDATA[\(componentAppID)]]></AppId><CreateTime>1413192760</CreateTime>"
            + "<InfoType><![CDATA[authorized]]></InfoType>"
            + "<AuthorizerAppid><![CDATA[\(authorizerAppID)]]></AuthorizerAppid>"
            + "<AuthorizationCode><![CDATA[\(code)]]></AuthorizationCode>"
            + "<AuthorizationCodeExpiredTime>1413196360</AuthorizationCodeExpiredTime>"
            + "<PreAuthCode><![CDATA[preauthcode@@@faultrun]]></PreAuthCode></xml>"
    }

    /// A user's text message to `originalID`.
    static func text(_ content: String, to originalID: String, from openID: String, messageID: Int64) -> String {
        "<xml><ToUserName><![CDATA[\(originalID)]]></ToUserName><FromUserName><![CDATA[\(openID)]]></FromUserName>"
            + "<CreateTime>\(Int(Date().timeIntervalSince1970))</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            + "<Content><![CDATA[\(content)]]></Content><MsgId>\(messageID)</MsgId></xml>"
    }
}
