extension MessageHeader {
    /// Reads the header of a decoded message or reply; every field is required and `CreateTime` must be an
    /// integer (`.missingField` / `.invalidField` otherwise).
    public init(tree: XMLTree) throws(XMLDecodingError) {
        self.init(
            toUserName: try tree.requiredString("ToUserName"),
            fromUserName: try tree.requiredString("FromUserName"),
            createTime: try tree.requiredInt64("CreateTime"),
            msgType: try tree.requiredString("MsgType")
        )
    }
}
