import Testing
import WeChatCrypto

@Suite("WeChat signatures")
struct SignatureTests {
    @Test("V1 plain signature of token test")
    func v1PlainSignature() {
        let signature = WeChatSignature.signature(token: "test", timestamp: "1410685589", nonce: "test")
        #expect(signature == "f21891de399b4e33a1a93c9a7b8a8fffb5a443ff")
        #expect(
            WeChatSignature.isValidSignature(
                "f21891de399b4e33a1a93c9a7b8a8fffb5a443ff",
                token: "test",
                timestamp: "1410685589",
                nonce: "test"
            )
        )
    }

    @Test("V1 negative: a signature differing in the last digit is rejected")
    func v1NegativeSignature() {
        #expect(
            !WeChatSignature.isValidSignature(
                "f21891de399b4e33a1a93c9a7b8a8fffb5a443fe",
                token: "test",
                timestamp: "1410685589",
                nonce: "test"
            )
        )
    }

    @Test("V2 generic sorted-concat SHA-1 of 789, 456, 123")
    func v2SortedSHA1() {
        #expect(WeChatSignature.sortedSHA1(["789", "456", "123"]) == "f7c3bc1d808e04732adf679965ccc34ca7ae3441")
    }

    @Test("V3 official GET example with token AAAAA")
    func v3OfficialGet() {
        let signature = WeChatSignature.signature(token: "AAAAA", timestamp: "1714036504", nonce: "1514711492")
        #expect(signature == "f464b24fc39322e44b38aa78f5edd27bd1441696")
        #expect(WeChatSignature.sortedSHA1(["15147114921714036504AAAAA"]) == signature)
    }

    @Test("V4 official plain-mode POST example")
    func v4OfficialPlainPost() {
        let signature = WeChatSignature.signature(token: "AAAAA", timestamp: "1714037059", nonce: "486452656")
        #expect(signature == "899cf89e464efb63f54ddac96b0a0a235f53aa78")
    }

    @Test("V11a four-way msg_signature of node-webot")
    func v11aMessageSignature() {
        let signature = WeChatSignature.messageSignature(
            token: "RMNlACHlV5ThzfRlVS4D4",
            timestamp: "timestamp",
            nonce: "nonce",
            encrypt: "encrypt"
        )
        #expect(signature == "8edac0945683c119ee71c9f6256d76c48aa08a96")
        #expect(
            WeChatSignature.isValidMessageSignature(
                signature,
                token: "RMNlACHlV5ThzfRlVS4D4",
                timestamp: "timestamp",
                nonce: "nonce",
                encrypt: "encrypt"
            )
        )
    }

    @Test("V12 WxJava SHA1.gen and genWithAmple")
    func v12WxJavaSHA1() {
        #expect(WeChatSignature.sortedSHA1(["123", "345"]) == "9f537aeb751ec72605f57f94a2f6dc3e3958e1dd")
        #expect(WeChatSignature.sortedSHA1(["345", "123"]) == "9f537aeb751ec72605f57f94a2f6dc3e3958e1dd")
        #expect(
            WeChatSignature.sortedSHA1(["123", "345"], separator: "&") == "20b896ccbd5a72dde5dbe0878ff985e4069771c6"
        )
    }

    @Test("Upper-case hex of the right signature is not equal")
    func upperCaseRejected() {
        #expect(
            !WeChatSignature.isValidSignature(
                "F21891DE399B4E33A1A93C9A7B8A8FFFB5A443FF",
                token: "test",
                timestamp: "1410685589",
                nonce: "test"
            )
        )
    }

    @Test(
        "Wrong-length, empty and non-ASCII candidates are rejected",
        arguments: [
            "",
            "f21891de399b4e33a1a93c9a7b8a8fffb5a443f",
            "f21891de399b4e33a1a93c9a7b8a8fffb5a443ff0",
            "f21891de399b4e33a1a93c9a7b8a8fffb5a443ff ",
            "f21891de399b4e33a1a93c9a7b8a8fffb5a443f\u{E9}",
            "12345",
        ]
    )
    func malformedCandidatesRejected(candidate: String) {
        #expect(!WeChatSignature.isValidSignature(candidate, token: "test", timestamp: "1410685589", nonce: "test"))
    }

    @Test("Sorting is byte-wise: upper-case letters sort before lower-case and digits before both")
    func byteWiseSorting() {
        // "B" (0x42) < "a" (0x61) byte-wise, while a case-insensitive collation would put "a" first.
        #expect(WeChatSignature.sortedSHA1(["a", "B", "1"]) == WeChatSignature.sortedSHA1(["1Ba"]))
        #expect(WeChatSignature.sortedSHA1(["a", "B", "1"]) != WeChatSignature.sortedSHA1(["1aB"]))
    }

    @Test("Empty parts and a huge part hash without trouble")
    func emptyAndHugeParts() {
        // SHA-1 of the empty string, from FIPS 180 examples.
        #expect(WeChatSignature.sortedSHA1(["", "", ""]) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        let huge = String(repeating: "a", count: 1_000_000)
        // SHA-1 of one million "a", from FIPS 180-2 appendix A.3.
        #expect(WeChatSignature.sortedSHA1([huge]) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    @Test("Verification is consistent when run concurrently")
    func concurrentVerification() async {
        let results = await withTaskGroup(of: Bool.self, returning: [Bool].self) { group in
            for index in 0..<64 {
                group.addTask {
                    let candidate =
                        index.isMultiple(of: 2)
                        ? "f21891de399b4e33a1a93c9a7b8a8fffb5a443ff" : "f21891de399b4e33a1a93c9a7b8a8fffb5a443fe"
                    return WeChatSignature.isValidSignature(
                        candidate,
                        token: "test",
                        timestamp: "1410685589",
                        nonce: "test"
                    ) == index.isMultiple(of: 2)
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 })
    }
}
