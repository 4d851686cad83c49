/// One element (and its subtree) of a decoded WeChat XML document: its name, its own text (plain and CDATA read alike)
/// and its child elements in document order.
///
/// WeChat payloads are small and shallow, so a tiny tree is the simplest faithful model: typed decoding
/// reads fields from it by name, and unknown messages keep every raw field through it.
public struct XMLTree: Sendable, Hashable {
    /// The element's local name, e.g. `ToUserName`.
    public var name: String
    /// The concatenated text and CDATA directly inside this element (not its children's).
    public var text: String
    /// Child elements in document order.
    public var children: [XMLTree]

    /// Creates an element; used by the decoder and by tests and builders that assemble messages.
    public init(name: String, text: String = "", children: [XMLTree] = []) {
        self.name = name
        self.text = text
        self.children = children
    }

    /// The first child with the given name, if any.
    public func child(_ name: String) -> XMLTree? {
        children.first { $0.name == name }
    }

    /// Every child with the given name, in document order (repeated elements such as `item`).
    public func children(named name: String) -> [XMLTree] {
        children.filter { $0.name == name }
    }

    /// The text of the first child with the given name, or `nil` when that child is absent.
    public subscript(_ name: String) -> String? {
        child(name)?.text
    }
}
