extension WeChatPeer {
    /// A user's text message as WeChat writes it (`CreateTime` now unless given; `]]>` split across CDATA).
    public static func textMessage(
        _ content: String,
        to originalID: String,
        from openID: String,
        msgID: Int64,
        createTime: Int64? = nil
    ) -> String {
        let content = content.replacing("]]>", with: "]]]]><![CDATA[>")
        return "<xml><ToUserName><![CDATA[\(originalID)]]></ToUserName>"
            + "<FromUserName><![CDATA[\(openID)]]></FromUserName>"
            + "<CreateTime>\(createTime ?? UnixTime.now())</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            + "<Content><![CDATA[\(content)]]></Content><MsgId>\(msgID)</MsgId></xml>"
    }

    /// A `component_verify_ticket` notice for `componentAppID`.
    public static func ticketNotice(_ ticket: String, componentAppID: String, createTime: Int64 = 1_413_192_605)
        -> String
    {
        "<xml><AppId><![CDATA[\(componentAppID)]]></AppId><CreateTime>\(createTime)</CreateTime>"
            + "<InfoType><![CDATA[component_verify_ticket]]></InfoType>"
            + "<ComponentVerifyTicket><![CDATA[\(ticket)]]></ComponentVerifyTicket></xml>"
    }

    /// An `authorized` notice: `authorizerAppID` authorized `componentAppID` with `code`.
    public static func authorizedNotice(
        _ authorizerAppID: String,
        code: String,
        componentAppID: String,
        preAuthCode: String = "preauthcode@@@test",
        createTime: Int64 = 1_413_192_760
    ) -> String {
        "<xml><AppId><![CDATA[\(componentAppID)]]></AppId><CreateTime>\(createTime)</CreateTime>"
            + "<InfoType><![CDATA[authorized]]></InfoType>"
            + "<AuthorizerAppid><![CDATA[\(authorizerAppID)]]></AuthorizerAppid>"
            + "<AuthorizationCode><![CDATA[\(code)]]></AuthorizationCode>"
            + "<AuthorizationCodeExpiredTime>\(createTime + 3600)</AuthorizationCodeExpiredTime>"
            + "<PreAuthCode><![CDATA[\(preAuthCode)]]></PreAuthCode></xml>"
    }
}
