extension ComponentNotice {
    /// Decodes a (decrypted) authorization-event URL body; `InfoType` is matched case-insensitively, unknown
    /// types become `.unknown`.
    ///
    /// `AppId`, `CreateTime` (an integer) and `InfoType` are required.
    public init(parsing bytes: some Collection<UInt8>, limits: XMLLimits = .default) throws(XMLDecodingError) {
        try self.init(tree: try XMLTreeDecoder.parse(bytes, limits: limits))
    }

    /// Builds the typed notice from an already decoded document.
    public init(tree: XMLTree) throws(XMLDecodingError) {
        let appID = try tree.requiredString("AppId")
        let createTime = try tree.requiredInt64("CreateTime")
        let infoType = try tree.requiredString("InfoType")
        switch infoType.lowercased() {
        case "component_verify_ticket":
            self = .verifyTicket(
                ComponentVerifyTicket(decoding: tree, componentAppID: appID, createTime: createTime, infoType: infoType)
            )
        case "authorized":
            self = .authorized(
                AuthorizationNotice(decoding: tree, componentAppID: appID, createTime: createTime, infoType: infoType)
            )
        case "updateauthorized":
            self = .updateAuthorized(
                AuthorizationNotice(decoding: tree, componentAppID: appID, createTime: createTime, infoType: infoType)
            )
        case "unauthorized":
            self = .unauthorized(
                UnauthorizationNotice(decoding: tree, componentAppID: appID, createTime: createTime, infoType: infoType)
            )
        case "notify_third_fasteregister":
            self = .fastRegistration(
                FastRegistrationNotice(
                    decoding: tree,
                    componentAppID: appID,
                    createTime: createTime,
                    infoType: infoType
                )
            )
        default:
            self = .unknown(
                UnknownComponentNotice(componentAppID: appID, createTime: createTime, infoType: infoType, raw: tree)
            )
        }
    }
}
