/// A message or event whose typed properties read straight from its decoded document.
///
/// Most payloads WeChat documents are a handful of flat fields, so rather than one struct (with a memberwise
/// initialiser and a decoder) per payload, each is described once: a ``PayloadSchema`` naming it, and a
/// constrained extension with one computed property per element, e.g.
/// `GiftCardOrderEvent.orderID`. Every element stays reachable through ``raw``, so nothing WeChat sends is
/// ever dropped.
public struct DocumentPayload<Schema: PayloadSchema>: InboundPayload, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public let header: MessageHeader
    /// The whole decoded document, every element as received.
    public let raw: XMLTree

    /// Creates the value from a header and its document (for tests, builders and simulators).
    public init(header: MessageHeader, raw: XMLTree) {
        self.header = header
        self.raw = raw
    }

    /// The raw `Event` value exactly as sent (empty for messages).
    public var event: String {
        raw["Event"] ?? ""
    }
}

/// Names one ``DocumentPayload`` type; its typed properties are a constrained extension of `DocumentPayload`.
public protocol PayloadSchema: Sendable {}

/// The schemas of the ``DocumentPayload`` types, one caseless enum each, listed with the types in
/// `DocumentPayload+Types.swift`.
public enum PayloadSchemas {}

extension DocumentPayload: DecodableEvent {
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.init(header: header, raw: tree)
    }
}
