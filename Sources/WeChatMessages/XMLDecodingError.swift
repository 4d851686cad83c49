/// Why a body could not be decoded as a WeChat XML document.
///
/// Hostile or broken input always ends in one of these, never in a crash or a hang.
public struct XMLDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Hashable {
        case empty
        case tooLarge(limit: Int)
        case forbiddenDeclaration
        case invalidUTF8
        case malformed(String)
        case tooDeep(limit: Int)
        case missingField(String)
        case invalidField(String, value: String)
    }

    private let kind: Kind

    /// The body had no bytes (or only white space).
    public static let empty = XMLDecodingError(kind: .empty)
    /// The body contained a DOCTYPE or ENTITY declaration (XXE, billion laughs); WeChat never sends one.
    public static let forbiddenDeclaration = XMLDecodingError(kind: .forbiddenDeclaration)
    /// The body was not valid UTF-8.
    public static let invalidUTF8 = XMLDecodingError(kind: .invalidUTF8)

    /// The body was larger than the configured limit.
    public static func tooLarge(limit: Int) -> XMLDecodingError { .init(kind: .tooLarge(limit: limit)) }
    /// The body was not well-formed XML; the reason is libxml2's, without the input.
    public static func malformed(_ reason: String) -> XMLDecodingError { .init(kind: .malformed(reason)) }
    /// Elements were nested deeper than the configured limit.
    public static func tooDeep(limit: Int) -> XMLDecodingError { .init(kind: .tooDeep(limit: limit)) }
    /// A field every value of this kind must have was absent.
    public static func missingField(_ name: String) -> XMLDecodingError { .init(kind: .missingField(name)) }
    /// A field had a value that does not fit its type (e.g. a non-numeric `CreateTime`).
    public static func invalidField(_ name: String, value: String) -> XMLDecodingError {
        .init(kind: .invalidField(name, value: value))
    }

    /// The code WeChat's WXBizMsgCrypt samples use for any XML failure (`ParseXml_Error`).
    public var weChatCode: Int { -40002 }

    /// A readable reason, safe to log (it never echoes the body).
    public var description: String {
        switch kind {
        case .empty: "empty XML body"
        case .tooLarge(let limit): "XML body larger than \(limit) bytes"
        case .forbiddenDeclaration: "XML body contains a DOCTYPE or ENTITY declaration"
        case .invalidUTF8: "XML body is not valid UTF-8"
        case .malformed(let reason): "malformed XML: \(reason)"
        case .tooDeep(let limit): "XML nested deeper than \(limit) elements"
        case .missingField(let name): "required field <\(name)> is missing"
        case .invalidField(let name, let value): "field <\(name)> has an invalid value \"\(value.prefix(64))\""
        }
    }
}
