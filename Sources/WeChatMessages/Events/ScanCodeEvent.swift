/// A user scanned a code through a menu button (`scancode_push` or `scancode_waitmsg`).
public struct ScanCodeEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The button's key (`EventKey`).
    public var eventKey: String
    /// The kind of code (`ScanCodeInfo/ScanType`), e.g. `qrcode`.
    public var scanType: String
    /// What the code contained (`ScanCodeInfo/ScanResult`).
    public var scanResult: String
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, eventKey: String, scanType: String, scanResult: String, event: String) {
        self.header = header
        self.eventKey = eventKey
        self.scanType = scanType
        self.scanResult = scanResult
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.eventKey = tree["EventKey"] ?? ""
        self.scanType = tree.child("ScanCodeInfo")?["ScanType"] ?? ""
        self.scanResult = tree.child("ScanCodeInfo")?["ScanResult"] ?? ""
    }
}
