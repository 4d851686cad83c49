/// Why a reply could not be rendered or read back.
public struct ReplyError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Hashable {
        case tooManyArticles(count: Int, limit: Int)
        case noArticles
        case invalidArticleLimit(Int)
        case unreadable(XMLDecodingError)
        case unsupportedType(String)
        case unresolvedFile(String)
    }

    private let kind: Kind

    /// A news reply had no articles; WeChat shows nothing for it.
    public static let noArticles = ReplyError(kind: .noArticles)

    /// A news reply had more articles than allowed (1 for a user's message, up to 8 otherwise).
    public static func tooManyArticles(count: Int, limit: Int) -> ReplyError {
        .init(kind: .tooManyArticles(count: count, limit: limit))
    }

    /// The requested article limit was outside 1...8.
    public static func invalidArticleLimit(_ limit: Int) -> ReplyError { .init(kind: .invalidArticleLimit(limit)) }

    /// Reply XML could not be decoded.
    public static func unreadable(_ reason: XMLDecodingError) -> ReplyError { .init(kind: .unreadable(reason)) }

    /// Reply XML had a `MsgType` that is not a passive reply.
    public static func unsupportedType(_ msgType: String) -> ReplyError { .init(kind: .unsupportedType(msgType)) }

    /// A reply named a local file that was not uploaded first (the bot uploads files before rendering).
    public static func unresolvedFile(_ path: String) -> ReplyError { .init(kind: .unresolvedFile(path)) }

    /// The code WeChat's WXBizMsgCrypt samples use for reply generation failures (`GenReturnXml_Error`).
    public var weChatCode: Int { -40011 }

    /// A readable reason, safe to log (it never echoes reply content).
    public var description: String {
        switch kind {
        case .tooManyArticles(let count, let limit): "news reply has \(count) articles; at most \(limit) allowed"
        case .noArticles: "news reply has no articles"
        case .invalidArticleLimit(let limit): "article limit \(limit) is outside 1...8"
        case .unreadable(let reason): "reply XML is unreadable: \(reason)"
        case .unsupportedType(let msgType): "reply MsgType \"\(msgType.prefix(32))\" is not a passive reply"
        case .unresolvedFile(let path): "reply names the local file \(path), which was not uploaded"
        }
    }
}
