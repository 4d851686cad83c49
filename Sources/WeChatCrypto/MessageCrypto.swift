public import WeChatMessages

/// Opens WeChat's encrypted callbacks and seals encrypted replies for one account (<doc:TheAESEnvelope>).
///
/// `open` verifies `msg_signature` before any decryption, then tries the current key and, during a key
/// rotation, the previous one, reporting which key worked so `seal` can answer with the same key.
public struct MessageCrypto: Sendable {
    /// What an account is configured with in the WeChat console.
    public struct Configuration: Sendable {
        /// The callback token.
        public var token: CallbackToken
        /// The receive id: the Official Account's appid, the component appid on a third-party platform,
        /// or the corp id on WeCom.
        public var appID: String
        /// The EncodingAESKey set in the console now.
        public var currentKey: EncodingAESKey
        /// The EncodingAESKey set before the last change, still accepted while WeChat switches over.
        public var previousKey: EncodingAESKey?
        /// Whether a decrypted receive id other than `appID` is refused (-40005).
        public var validatesAppID: Bool
        /// Bounds applied to the envelope XML.
        public var envelopeLimits: XMLLimits

        /// Creates a configuration; by default the appid is checked and there is no previous key.
        public init(
            token: CallbackToken,
            appID: String,
            currentKey: EncodingAESKey,
            previousKey: EncodingAESKey? = nil,
            validatesAppID: Bool = true,
            envelopeLimits: XMLLimits = .default
        ) {
            self.token = token
            self.appID = appID
            self.currentKey = currentKey
            self.previousKey = previousKey
            self.validatesAppID = validatesAppID
            self.envelopeLimits = envelopeLimits
        }
    }

    /// The configuration this instance was made with.
    public let configuration: Configuration
    private let currentCipher: MessageCipher
    private let previousCipher: MessageCipher?

    /// Creates the envelope handler for one account.
    public init(configuration: Configuration) {
        self.configuration = configuration
        currentCipher = MessageCipher(
            key: configuration.currentKey,
            appID: configuration.appID,
            validatesAppID: configuration.validatesAppID
        )
        previousCipher = configuration.previousKey.map {
            MessageCipher(key: $0, appID: configuration.appID, validatesAppID: configuration.validatesAppID)
        }
    }

    /// Whether `signature` is the plain signature of a callback (the GET check, and every POST in plain mode).
    public func isValidSignature(_ signature: String, timestamp: String, nonce: String) -> Bool {
        WeChatSignature.isValidSignature(signature, token: configuration.token.text, timestamp: timestamp, nonce: nonce)
    }

    /// Opens an encrypted POST body: parses the envelope (-40002), verifies `msgSignature` over its `Encrypt`
    /// (-40001), then decrypts with the current key and, failing that, the previous one.
    public func open(
        _ body: some Collection<UInt8>,
        timestamp: String,
        nonce: String,
        msgSignature: String
    ) throws(WeChatCryptoError) -> OpenedMessage {
        let envelope: EncryptedEnvelope
        do {
            envelope = try EncryptedEnvelope(parsing: body, limits: configuration.envelopeLimits)
        } catch {
            throw .invalidEnvelope(error.description)
        }
        return try open(encrypted: envelope.encrypt, timestamp: timestamp, nonce: nonce, msgSignature: msgSignature)
    }

    /// Opens an envelope the caller already parsed (e.g. to pick the account by its `AppId` first), so the
    /// body is parsed once: verifies `msgSignature` over its `Encrypt` (-40001), then decrypts.
    public func open(
        _ envelope: EncryptedEnvelope,
        timestamp: String,
        nonce: String,
        msgSignature: String
    ) throws(WeChatCryptoError) -> OpenedMessage {
        try open(encrypted: envelope.encrypt, timestamp: timestamp, nonce: nonce, msgSignature: msgSignature)
    }

    /// Opens a WeCom-style encrypted `echostr` of a verification GET: verifies `msgSignature` over
    /// (token, timestamp, nonce, echostr), then decrypts; answer the GET with the returned message bytes.
    public func openEchoString(
        _ echoString: String,
        timestamp: String,
        nonce: String,
        msgSignature: String
    ) throws(WeChatCryptoError) -> OpenedMessage {
        try open(encrypted: echoString, timestamp: timestamp, nonce: nonce, msgSignature: msgSignature)
    }

    /// Seals a clear reply into the outbound envelope (<doc:TheAESEnvelope>), with 16 fresh random bytes from
    /// the system's generator. `timestamp` must be decimal digits and `nonce` printable ASCII (-40011).
    public func seal(
        _ reply: some Collection<UInt8>,
        timestamp: String,
        nonce: String,
        using key: KeySlot = .current
    ) throws(WeChatCryptoError) -> String {
        try validateReplyFields(timestamp: timestamp, nonce: nonce)
        return try envelope(encrypt: cipher(for: key).encrypt(reply), timestamp: timestamp, nonce: nonce)
    }

    /// Seals a clear reply with a given 16-byte random prefix (for known-answer tests and reproducible output).
    public func seal(
        _ reply: some Collection<UInt8>,
        timestamp: String,
        nonce: String,
        using key: KeySlot = .current,
        randomPrefix: some Collection<UInt8>
    ) throws(WeChatCryptoError) -> String {
        try validateReplyFields(timestamp: timestamp, nonce: nonce)
        let encrypt = try cipher(for: key).encrypt(reply, randomPrefix: randomPrefix)
        return envelope(encrypt: encrypt, timestamp: timestamp, nonce: nonce)
    }

    private func open(
        encrypted: String,
        timestamp: String,
        nonce: String,
        msgSignature: String
    ) throws(WeChatCryptoError) -> OpenedMessage {
        guard
            WeChatSignature.isValidMessageSignature(
                msgSignature,
                token: configuration.token.text,
                timestamp: timestamp,
                nonce: nonce,
                encrypt: encrypted
            )
        else { throw .signatureMismatch }
        let ciphertext = try Base64.decode(encrypted.utf8)
        do {
            let decrypted = try currentCipher.decrypt(ciphertext: ciphertext)
            return OpenedMessage(message: decrypted.message, appID: decrypted.appID, key: .current)
        } catch {
            guard let previousCipher, let decrypted = try? previousCipher.decrypt(ciphertext: ciphertext) else {
                throw error
            }
            return OpenedMessage(message: decrypted.message, appID: decrypted.appID, key: .previous)
        }
    }

    private func cipher(for key: KeySlot) throws(WeChatCryptoError) -> MessageCipher {
        switch key {
        case .current:
            return currentCipher
        case .previous:
            guard let previousCipher else { throw .encryptionFailed("no previous key is configured") }
            return previousCipher
        }
    }

    private func validateReplyFields(timestamp: String, nonce: String) throws(WeChatCryptoError) {
        guard !timestamp.isEmpty, timestamp.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { throw .invalidReplyField("timestamp must be decimal digits") }
        let nonceBytes = Array(nonce.utf8)
        let closesCDATA = nonceBytes.indices.dropFirst(2).contains { end in
            nonceBytes[end - 2] == UInt8(ascii: "]") && nonceBytes[end - 1] == UInt8(ascii: "]")
                && nonceBytes[end] == UInt8(ascii: ">")
        }
        guard !nonceBytes.isEmpty, nonceBytes.allSatisfy({ (0x20...0x7E).contains($0) }), !closesCDATA else {
            throw .invalidReplyField("nonce must be printable ASCII without \"]]>\"")
        }
    }

    private func envelope(encrypt: String, timestamp: String, nonce: String) -> String {
        let signature = WeChatSignature.messageSignature(
            token: configuration.token.text,
            timestamp: timestamp,
            nonce: nonce,
            encrypt: encrypt
        )
        return
            "<xml>\n<Encrypt><![CDATA[\(encrypt)]]></Encrypt>\n<MsgSignature><![CDATA[\(signature)]]></MsgSignature>\n"
            + "<TimeStamp>\(timestamp)</TimeStamp>\n<Nonce><![CDATA[\(nonce)]]></Nonce>\n</xml>"
    }
}
