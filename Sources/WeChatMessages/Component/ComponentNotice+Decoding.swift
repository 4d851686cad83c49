extension ComponentNotice {
    /// Decodes a (decrypted) authorization-event URL body; `InfoType` is matched case-insensitively. Unknown
    /// types, and known ones missing an element they cannot do without, become `.unknown`.
    ///
    /// `AppId` and `InfoType` are required; `CreateTime` is read when present (a `component_verify_ticket`
    /// without it is still a ticket).
    public init(parsing bytes: some Collection<UInt8>, limits: XMLLimits = .default) throws(XMLDecodingError) {
        try self.init(tree: try XMLTreeDecoder.parse(bytes, limits: limits))
    }

    /// Builds the typed notice from an already decoded document.
    public init(tree: XMLTree) throws(XMLDecodingError) {
        let appID = try tree.requiredString("AppId")
        let createTime = tree.int64("CreateTime")
        let infoType = try tree.requiredString("InfoType")
        let unknown = ComponentNotice.unknown(
            UnknownComponentNotice(componentAppID: appID, createTime: createTime, infoType: infoType, raw: tree)
        )
        guard let decoder = Self.decoders[infoType.lowercased()],
            decoder.required.allSatisfy({ tree.child($0) != nil })
        else {
            self = unknown
            return
        }
        self = decoder.decode(tree, appID, createTime, infoType)
    }

    /// Per lower-cased `InfoType`: the elements a notice cannot do without, and the case it decodes into.
    private static let decoders: [String: NoticeDecoder] = [
        "component_verify_ticket": NoticeDecoder(["ComponentVerifyTicket"], ComponentNotice.verifyTicket),
        "authorized": NoticeDecoder(["AuthorizerAppid"], ComponentNotice.authorized),
        "updateauthorized": NoticeDecoder(["AuthorizerAppid"], ComponentNotice.updateAuthorized),
        "unauthorized": NoticeDecoder(["AuthorizerAppid"], ComponentNotice.unauthorized),
        "notify_third_fasteregister": NoticeDecoder(["status"], ComponentNotice.fastRegistration),
        "notify_third_fastregisterbetaapp": NoticeDecoder(["status"], ComponentNotice.fastRegistrationBetaApp),
        "notify_third_fastverifybetaapp": NoticeDecoder(["status"], ComponentNotice.fastVerificationBetaApp),
        "notify_3rd_wxa_auth": NoticeDecoder(["appid"], ComponentNotice.miniProgramVerification),
        "notify_3rd_wxa_wxverify": NoticeDecoder(["appid"], ComponentNotice.miniProgramVerificationReminder),
    ]
}

/// A notice struct read from a decoded document with the fields every notice shares.
protocol DecodableNotice: Sendable {
    init(decoding tree: XMLTree, componentAppID: String, createTime: Int64?, infoType: String)
}

extension ComponentVerifyTicket: DecodableNotice {}
extension AuthorizationNotice: DecodableNotice {}
extension UnauthorizationNotice: DecodableNotice {}
extension FastRegistrationNotice: DecodableNotice {}
extension MiniProgramVerificationNotice: DecodableNotice {}

/// One row of the notice table: required elements and a type-erased builder.
private struct NoticeDecoder: Sendable {
    let required: [String]
    let decode: @Sendable (XMLTree, String, Int64?, String) -> ComponentNotice

    init<Notice: DecodableNotice>(_ required: [String], _ embed: @escaping @Sendable (Notice) -> ComponentNotice) {
        self.required = required
        self.decode = { tree, appID, createTime, infoType in
            embed(Notice(decoding: tree, componentAppID: appID, createTime: createTime, infoType: infoType))
        }
    }
}
