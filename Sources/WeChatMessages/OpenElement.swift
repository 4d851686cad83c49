/// An element whose end tag has not been read yet, with the white space that may still turn out to be layout.
///
/// WeChat's documentation writes some payloads as `<MsgType> <![CDATA[event]]> </MsgType>`: white-space-only
/// text beside a CDATA section is layout, not value, so it is held back and dropped once the element turns out
/// to hold CDATA. Text inside a CDATA section, and any text with other characters, is kept exactly; so is a
/// carriage return, which a document can only carry as `&#13;` (parsers turn a raw one into a line feed).
struct OpenElement {
    var tree: XMLTree
    private var heldWhitespace = ""
    private var holdsCDATA = false

    init(tree: XMLTree) {
        self.tree = tree
    }

    /// Adds one text or CDATA node read directly inside the element.
    mutating func append(_ text: String, isCDATA: Bool) {
        if isCDATA {
            holdsCDATA = true
            heldWhitespace = ""
            tree.text += text
        } else if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
            heldWhitespace += text
        } else {
            tree.text += heldWhitespace
            heldWhitespace = ""
            tree.text += text
        }
    }

    /// The element with its text settled: held white space is kept unless the element holds CDATA.
    var finished: XMLTree {
        guard !holdsCDATA, !heldWhitespace.isEmpty else { return tree }
        var tree = tree
        tree.text += heldWhitespace
        return tree
    }
}
