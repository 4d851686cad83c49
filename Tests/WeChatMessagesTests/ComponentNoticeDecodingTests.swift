import Testing
import WeChatMessages

@Suite("Component notice decoding")
struct ComponentNoticeDecodingTests {
    @Test("component_verify_ticket, bare text as in the official example")
    func verifyTicketBare() throws {
        let xml =
            "<xml><AppId>some_appid</AppId><CreateTime>1413192605</CreateTime>"
            + "<InfoType>component_verify_ticket</InfoType><ComponentVerifyTicket>some_verify_ticket</ComponentVerifyTicket></xml>"
        let notice = try ComponentNotice(parsing: xml.utf8)
        #expect(
            notice
                == .verifyTicket(
                    ComponentVerifyTicket(
                        componentAppID: "some_appid", createTime: 1_413_192_605, ticket: "some_verify_ticket")
                )
        )
        #expect(notice.infoType == "component_verify_ticket")
        #expect(notice.componentAppID == "some_appid")
        #expect(notice.createTime == 1_413_192_605)
    }

    @Test("component_verify_ticket in CDATA as real pushes send it")
    func verifyTicketCDATA() throws {
        let ticket = "ticket@@@lEHjsBEi_TPDey0IZxw4Zbb7JRYLOtEf9ksvDpSwzkwog3R6xEpdaK0yIee7JOyOXM0V7cp0dpM58GKmb8FSKA"
        let xml =
            "<xml><AppId><![CDATA[some_appid]]></AppId><CreateTime>1413192605</CreateTime>"
            + "<InfoType><![CDATA[component_verify_ticket]]></InfoType>"
            + "<ComponentVerifyTicket><![CDATA[\(ticket)]]></ComponentVerifyTicket></xml>"
        guard case .verifyTicket(let notice) = try ComponentNotice(parsing: xml.utf8) else {
            Issue.record("not a ticket")
            return
        }
        #expect(notice.ticket == ticket)
    }

    @Test("authorized and updateauthorized, bare and CDATA", arguments: [false, true])
    func authorized(cdata: Bool) throws {
        func field(_ name: String, _ value: String) -> String {
            cdata ? "<\(name)><![CDATA[\(value)]]></\(name)>" : "<\(name)>\(value)</\(name)>"
        }
        func document(_ infoType: String) -> String {
            "<xml>" + field("AppId", "第三方平台appid") + "<CreateTime>1413192760</CreateTime>" + field("InfoType", infoType)
                + field("AuthorizerAppid", "公众号appid") + field("AuthorizationCode", "授权码")
                + field("AuthorizationCodeExpiredTime", "1608190715") + field("PreAuthCode", "预授权码") + "</xml>"
        }
        let expected = AuthorizationNotice(
            componentAppID: "第三方平台appid",
            createTime: 1_413_192_760,
            authorizerAppID: "公众号appid",
            authorizationCode: "授权码",
            authorizationCodeExpiredTime: 1_608_190_715,
            preAuthCode: "预授权码",
            infoType: "authorized"
        )
        #expect(try ComponentNotice(parsing: document("authorized").utf8) == .authorized(expected))
        var updated = expected
        updated.infoType = "updateauthorized"
        #expect(try ComponentNotice(parsing: document("updateauthorized").utf8) == .updateAuthorized(updated))
    }

    @Test("unauthorized")
    func unauthorized() throws {
        let xml =
            "<xml><AppId>第三方平台appid</AppId><CreateTime>1413192760</CreateTime><InfoType>unauthorized</InfoType>"
            + "<AuthorizerAppid>公众号appid</AuthorizerAppid></xml>"
        #expect(
            try ComponentNotice(parsing: xml.utf8)
                == .unauthorized(
                    UnauthorizationNotice(
                        componentAppID: "第三方平台appid", createTime: 1_413_192_760, authorizerAppID: "公众号appid")
                )
        )
    }

    @Test("notify_third_fasteregister with info")
    func fastRegistration() throws {
        let xml =
            "<xml><AppId><![CDATA[wxcomponent]]></AppId><CreateTime>1535442403</CreateTime>"
            + "<InfoType><![CDATA[notify_third_fasteregister]]></InfoType><appid>wxnew</appid><status>0</status>"
            + "<auth_code>code</auth_code><msg><![CDATA[OK]]></msg><info><name><![CDATA[公司]]></name>"
            + "<code><![CDATA[123]]></code><code_type>1</code_type><legal_persona_wechat><![CDATA[wx]]></legal_persona_wechat>"
            + "<legal_persona_name><![CDATA[张三]]></legal_persona_name><component_phone><![CDATA[1234]]></component_phone></info></xml>"
        guard case .fastRegistration(let notice) = try ComponentNotice(parsing: xml.utf8) else {
            Issue.record("not fast registration")
            return
        }
        #expect(notice.appID == "wxnew")
        #expect(notice.status == 0)
        #expect(notice.authCode == "code")
        #expect(notice.message == "OK")
        #expect(
            notice.info
                == FastRegistrationNotice.Info(
                    name: "公司",
                    code: "123",
                    codeType: 1,
                    legalPersonaWechat: "wx",
                    legalPersonaName: "张三",
                    componentPhone: "1234"
                )
        )
    }

    @Test("InfoType matched case-insensitively, raw kept")
    func caseInsensitive() throws {
        let xml =
            "<xml><AppId>a</AppId><CreateTime>1</CreateTime><InfoType>UNAUTHORIZED</InfoType>"
            + "<AuthorizerAppid>wxauthorizer</AuthorizerAppid></xml>"
        let notice = try ComponentNotice(parsing: xml.utf8)
        #expect(notice.infoType == "UNAUTHORIZED")
        guard case .unauthorized(let unauthorized) = notice else {
            Issue.record("not unauthorized")
            return
        }
        #expect(unauthorized.authorizerAppID == "wxauthorizer")
    }

    @Test("unknown InfoType keeps every raw field")
    func unknown() throws {
        let xml =
            "<xml><AppId>a</AppId><CreateTime>1</CreateTime><InfoType>notify_icpfiling_verify_result</InfoType>"
            + "<taskid>t</taskid><task_status>2</task_status></xml>"
        guard case .unknown(let notice) = try ComponentNotice(parsing: xml.utf8) else {
            Issue.record("not unknown")
            return
        }
        #expect(notice.infoType == "notify_icpfiling_verify_result")
        #expect(notice.raw["taskid"] == "t")
        #expect(notice.raw["task_status"] == "2")
    }

    @Test("required fields: AppId, InfoType; CreateTime is read when present and numeric")
    func requiredFields() throws {
        #expect(throws: XMLDecodingError.missingField("AppId")) {
            try ComponentNotice(parsing: "<xml><CreateTime>1</CreateTime><InfoType>x</InfoType></xml>".utf8)
        }
        let timeless = try ComponentNotice(parsing: "<xml><AppId>a</AppId><InfoType>x</InfoType></xml>".utf8)
        #expect(timeless.createTime == nil)
        #expect(throws: XMLDecodingError.missingField("InfoType")) {
            try ComponentNotice(parsing: "<xml><AppId>a</AppId><CreateTime>1</CreateTime></xml>".utf8)
        }
        let soon = try ComponentNotice(
            parsing: "<xml><AppId>a</AppId><CreateTime>soon</CreateTime><InfoType>x</InfoType></xml>".utf8)
        #expect(soon.createTime == nil)
        #expect(soon.infoType == "x")
    }
}
