extension Event {
    /// Builds the typed event of a decoded `MsgType` `event` document through ``decoders``; `Event` is matched
    /// case-insensitively. An unknown (or absent) `Event`, or a typed one missing a required element, becomes
    /// `.unknown` with every raw field.
    init(decoding tree: XMLTree, header: MessageHeader) {
        let name = tree["Event"] ?? ""
        self =
            Self.decoders[name.lowercased()]?.decode(tree, header, name)
            ?? .unknown(UnknownEvent(decoding: tree, header: header, event: name))
    }
}
