/// Percent-encoding of query values as WeChat's URLs expect (RFC 3986 unreserved characters kept).
public enum QueryEncoding {
    /// Percent-encodes everything but `A-Z a-z 0-9 - . _ ~`.
    public static func percentEncoded(_ value: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(value.utf8.count)
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded.unicodeScalars.append("%")
                encoded.unicodeScalars.append(hex[Int(byte >> 4)])
                encoded.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return encoded
    }

    /// `?name=value&…` in order, names and values percent-encoded; empty for no parameters.
    public static func queryString(_ pairs: [(String, String)]) -> String {
        pairs.isEmpty ? "" : "?" + encodedPairs(pairs)
    }

    /// `name=value&…` (no leading `?`), names and values percent-encoded, in order.
    public static func encodedPairs(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(percentEncoded($0.0))=\(percentEncoded($0.1))" }.joined(separator: "&")
    }
}
