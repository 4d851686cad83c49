/// The kind of an event: its `Event` value, matched without regard to case (WeChat spells some events in upper
/// case and others in lower case), and the typed payload an event of this kind carries.
///
/// Every event this library types has a constant in `EventKind+Catalog.swift`, e.g. `.userGetCard` is an
/// `EventKind<UserGetCardEvent>`; ``init(named:)`` names any other event, typed or not, with the whole
/// ``Event`` as its payload.
public struct EventKind<Payload: Sendable>: Sendable, Hashable, CustomStringConvertible {
    /// The `Event` value, lower-cased.
    public let name: String
    private let extract: @Sendable (Event) -> Payload?
    /// Decodes a document of this kind into its `Event` case; `nil` for kinds built with ``init(named:)``.
    let decode: (@Sendable (XMLTree, MessageHeader, String) -> Event?)?

    private init(
        name: String,
        extract: @escaping @Sendable (Event) -> Payload?,
        decode: (@Sendable (XMLTree, MessageHeader, String) -> Event?)?
    ) {
        self.name = name.lowercased()
        self.extract = extract
        self.decode = decode
    }

    /// The lower-cased `Event` value.
    public var description: String { name }

    /// Whether `eventName` (as sent) is this kind.
    public func matches(_ eventName: String) -> Bool {
        eventName.utf8.count == name.utf8.count
            && zip(eventName.utf8, name.utf8).allSatisfy { sent, own in Self.lowercased(sent) == own }
    }

    /// The payload of `event` when it is of this kind, otherwise `nil`.
    public func payload(of event: Event) -> Payload? {
        matches(event.name) ? extract(event) : nil
    }

    /// Kinds are equal when their lower-cased `Event` values are.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.name == rhs.name
    }

    /// Hashes the lower-cased `Event` value.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}

extension EventKind where Payload == Event {
    /// The kind whose `Event` value is `name`, in any case, typed by this library or not; its payload is the
    /// whole ``Event`` (an ``Event/unknown(_:)`` for kinds this library does not type).
    public init(named name: String) {
        self.init(name: name, extract: { $0 }, decode: nil)
    }
}

extension EventKind where Payload: DecodableEvent {
    /// A typed kind: documents whose `Event` is `name` decode into `embed`'s case, unless one of `required`
    /// (or of the payload type's own required elements) is missing.
    init(_ name: String, _ embed: @escaping @Sendable (Payload) -> Event, requires required: [String] = []) {
        let required = required + Payload.requiredFields
        self.init(
            name: name,
            extract: { $0.payload as? Payload },
            decode: { tree, header, event in
                guard required.allSatisfy({ tree.child($0) != nil }) else { return nil }
                return embed(Payload(decoding: tree, header: header, event: event))
            }
        )
    }
}

/// One row of the decoding table: a typed kind with its payload type erased.
struct EventDecoder: Sendable {
    let name: String
    let decode: @Sendable (XMLTree, MessageHeader, String) -> Event?

    init<Payload>(_ kind: EventKind<Payload>) {
        name = kind.name
        decode = kind.decode ?? { _, _, _ in nil }
    }
}
