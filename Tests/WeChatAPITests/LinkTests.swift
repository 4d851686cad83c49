import AsyncHTTPClient
import Foundation
import Logging
import Testing
import WeChatAPI

@Suite("Authorization and OAuth links")
struct LinkTests {
    static let api = ComponentAPI(
        client: WeChatAPIClient(httpClient: .shared, logger: Logger(label: "test")), componentAppID: "456789",
        token: FixedAccessToken("unused")
    )

    @Test("web OAuth authorize URL matches wechatpy's expectation (empty state left out)")
    func oauthWechatpy() {
        #expect(
            Self.api.oauthAuthorizeURL(authorizerAppID: "123456", redirect: "http://localhost")
                == "https://open.weixin.qq.com/connect/oauth2/authorize?appid=123456&redirect_uri=http%3A%2F%2Flocalhost&response_type=code&scope=snsapi_base&component_appid=456789#wechat_redirect"
        )
    }

    @Test("web OAuth authorize URL with scope and state in WeChat's order")
    func oauthWithState() {
        #expect(
            Self.api.oauthAuthorizeURL(
                authorizerAppID: "wxa", redirect: "https://a.cn/cb?x=1&y=2#h", scope: .userInfo, state: "s t&")
                == "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wxa&redirect_uri=https%3A%2F%2Fa.cn%2Fcb%3Fx%3D1%26y%3D2%23h&response_type=code&scope=snsapi_userinfo&state=s%20t%26&component_appid=456789#wechat_redirect"
        )
    }

    @Test("PC authorization link with auth_type, and with biz_appid instead")
    func pcLinks() {
        #expect(
            Self.api.authorizationURL(preAuthCode: "PAC@@@1", redirect: "https://a.cn/done")
                == "https://mp.weixin.qq.com/cgi-bin/componentloginpage?component_appid=456789&pre_auth_code=PAC%40%40%401&redirect_uri=https%3A%2F%2Fa.cn%2Fdone&auth_type=3"
        )
        #expect(
            Self.api.authorizationURL(preAuthCode: "P", redirect: "r", authType: .officialAccounts, bizAppID: "wxbiz")
                == "https://mp.weixin.qq.com/cgi-bin/componentloginpage?component_appid=456789&pre_auth_code=P&redirect_uri=r&biz_appid=wxbiz"
        )
        #expect(
            Self.api.authorizationURL(preAuthCode: "P", redirect: "r", authType: nil)
                == "https://mp.weixin.qq.com/cgi-bin/componentloginpage?component_appid=456789&pre_auth_code=P&redirect_uri=r"
        )
    }

    @Test("mobile authorization link (current bindcomponent form)")
    func mobileLink() {
        #expect(
            Self.api.authorizationURL(
                preAuthCode: "P", redirect: "https://a.cn/", authType: .miniPrograms, bizAppID: "wxbiz", mobile: true)
                == "https://open.weixin.qq.com/wxaopen/safe/bindcomponent?action=bindcomponent&no_scan=1&component_appid=456789&pre_auth_code=P&redirect_uri=https%3A%2F%2Fa.cn%2F&auth_type=2&biz_appid=wxbiz#wechat_redirect"
        )
    }

    @Test("hosts are configurable (older mobile form)")
    func configurableHosts() {
        let client = WeChatAPIClient(
            httpClient: .shared,
            configuration: .init(mobileAuthorizationPage: "https://mp.weixin.qq.com/safe/bindcomponent"),
            logger: Logger(label: "t")
        )
        let api = ComponentAPI(client: client, componentAppID: "wxc", token: FixedAccessToken("x"))
        #expect(
            api.authorizationURL(preAuthCode: "P", redirect: "r", mobile: true)
                == "https://mp.weixin.qq.com/safe/bindcomponent?action=bindcomponent&no_scan=1&component_appid=wxc&pre_auth_code=P&redirect_uri=r&auth_type=3#wechat_redirect"
        )
    }

    @Test("non-ASCII and reserved characters are percent-encoded as UTF-8")
    func encoding() {
        let url = Self.api.oauthAuthorizeURL(authorizerAppID: "wx", redirect: "https://例子.cn/?q=微信 ~._-")
        #expect(url.contains("redirect_uri=https%3A%2F%2F%E4%BE%8B%E5%AD%90.cn%2F%3Fq%3D%E5%BE%AE%E4%BF%A1%20~._-&"))
    }
}

@Suite("JS-SDK config")
struct JSSDKConfigTests {
    @Test("V13: official JS-SDK example signature")
    func v13() {
        let config = JSSDKConfig(
            appID: "wxapp",
            ticket: "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg",
            url: "http://mp.weixin.qq.com?params=value", timestamp: 1_414_587_457, nonceString: "Wm3WZYTPz0wzccnW"
        )
        #expect(config.signature == "0f9de62fce790f9a083d5c99e95740ceb90c27ed")
    }

    @Test("V13 with a #fragment: the fragment is not signed")
    func fragmentDropped() {
        let config = JSSDKConfig(
            appID: "wxapp",
            ticket: "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg",
            url: "http://mp.weixin.qq.com?params=value#/route", timestamp: 1_414_587_457,
            nonceString: "Wm3WZYTPz0wzccnW"
        )
        #expect(config.signature == "0f9de62fce790f9a083d5c99e95740ceb90c27ed")
    }

    @Test("encodes with wx.config's key names")
    func jsonKeys() throws {
        let config = JSSDKConfig(appID: "wxapp", ticket: "t", url: "u", timestamp: 1, nonceString: "n")
        let json = String(decoding: try JSONEncoder().encode(config), as: UTF8.self)
        #expect(json.contains("\"appId\":\"wxapp\""))
        #expect(json.contains("\"nonceStr\":\"n\""))
        #expect(json.contains("\"timestamp\":1"))
        #expect(json.contains("\"signature\":\"\(config.signature)\""))
    }

    @Test("random nonces are 16 alphanumerics and differ")
    func nonces() {
        let nonces = Set((0..<100).map { _ in JSSDKConfig.randomNonce() })
        #expect(nonces.count == 100)
        #expect(nonces.allSatisfy { $0.count == 16 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
    }
}
