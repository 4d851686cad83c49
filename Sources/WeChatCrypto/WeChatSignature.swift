import Crypto

/// The SHA-1 signatures WeChat puts in callback query strings (<doc:SignatureChecks>).
///
/// Every signature is the same recipe: sort the parts by their UTF-8 bytes, join them, SHA-1, lower-case hex.
/// Verification compares in constant time and accepts only lower-case hex of the right length.
public enum WeChatSignature {
    /// The generic recipe: `parts` sorted byte-wise, joined with `separator`, SHA-1, lower-case hex.
    public static func sortedSHA1(_ parts: [String], separator: String = "") -> String {
        digest(of: parts, separator: separator).withUnsafeBytes { Hex.lowercase($0) }
    }

    /// The plain `signature` of a callback: sorted token, timestamp and nonce.
    public static func signature(token: String, timestamp: String, nonce: String) -> String {
        sortedSHA1([token, timestamp, nonce])
    }

    /// The `msg_signature` of an encrypted callback or reply: sorted token, timestamp, nonce and the
    /// base64 `Encrypt` text exactly as sent.
    public static func messageSignature(token: String, timestamp: String, nonce: String, encrypt: String) -> String {
        sortedSHA1([token, timestamp, nonce, encrypt])
    }

    /// Whether `candidate` is the plain `signature` for these values (constant-time, lower-case hex only).
    public static func isValidSignature(_ candidate: String, token: String, timestamp: String, nonce: String) -> Bool {
        matches(candidate, parts: [token, timestamp, nonce])
    }

    /// Whether `candidate` is the `msg_signature` for these values (constant-time, lower-case hex only).
    public static func isValidMessageSignature(
        _ candidate: String,
        token: String,
        timestamp: String,
        nonce: String,
        encrypt: String
    ) -> Bool {
        matches(candidate, parts: [token, timestamp, nonce, encrypt])
    }

    /// Whether `candidate` is the lower-case hex SHA-1 of the sorted, concatenated `parts`.
    private static func matches(_ candidate: String, parts: [String]) -> Bool {
        digest(of: parts, separator: "").withUnsafeBytes { Hex.isLowercase(candidate, of: $0) }
    }

    private static func digest(of parts: [String], separator: String) -> Insecure.SHA1Digest {
        var hasher = Insecure.SHA1()
        // An insertion sort of the parts' positions on the stack: there are three or four parts, and sorting the
        // array itself would allocate a copy for every signature.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: parts.count) { order in
            for index in parts.indices {
                order[index] = index
                var slot = index
                while slot > 0 && precedesByteWise(parts[order[slot]], parts[order[slot - 1]]) {
                    order.swapAt(slot, slot - 1)
                    slot -= 1
                }
            }
            var separator = separator
            for (position, index) in order.enumerated() {
                if position > 0 {
                    separator.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
                }
                var part = parts[index]
                part.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
            }
        }
        return hasher.finalize()
    }

    /// Byte-wise UTF-8 order, independent of `String`'s Unicode collation (<doc:SignatureChecks>).
    private static func precedesByteWise(_ first: String, _ second: String) -> Bool {
        var first = first
        var second = second
        return first.withUTF8 { first in second.withUTF8 { first.lexicographicallyPrecedes($0) } }
    }
}
