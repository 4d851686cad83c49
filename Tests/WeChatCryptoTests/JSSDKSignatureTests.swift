import Testing
import WeChatCrypto

@Suite("JS-SDK wx.config signature")
struct JSSDKSignatureTests {
    private let ticket = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg"

    @Test("V13 official JS-SDK example")
    func v13OfficialExample() {
        let signature = JSSDKSignature.sign(
            ticket: ticket,
            nonceString: "Wm3WZYTPz0wzccnW",
            timestamp: 1_414_587_457,
            url: "http://mp.weixin.qq.com?params=value"
        )
        #expect(signature == "0f9de62fce790f9a083d5c99e95740ceb90c27ed")
    }

    @Test(
        "V13 with a fragment: everything from # on is ignored",
        arguments: [
            "http://mp.weixin.qq.com?params=value#",
            "http://mp.weixin.qq.com?params=value#/spa/route?x=1",
            "http://mp.weixin.qq.com?params=value#a#b",
        ]
    )
    func v13FragmentStripped(url: String) {
        let signature = JSSDKSignature.sign(
            ticket: ticket,
            nonceString: "Wm3WZYTPz0wzccnW",
            timestamp: 1_414_587_457,
            url: url
        )
        #expect(signature == "0f9de62fce790f9a083d5c99e95740ceb90c27ed")
    }

    @Test("A different url signs differently")
    func differentURL() {
        let signature = JSSDKSignature.sign(
            ticket: ticket,
            nonceString: "Wm3WZYTPz0wzccnW",
            timestamp: 1_414_587_457,
            url: "http://mp.weixin.qq.com?params=value2"
        )
        #expect(signature != "0f9de62fce790f9a083d5c99e95740ceb90c27ed")
        #expect(signature.utf8.count == 40)
    }
}
