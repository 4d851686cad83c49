/// The clear XML documents the benchmarks push through the pipeline.
public enum SampleMessages {
    /// The text a user sends: it reaches the bot's regex rule, after its keyword, prefix and contains rules.
    public static let weatherQuery = "天气 北京 明天会下雨吗？要不要带伞"

    /// A ~300-byte text message exactly as WeChat writes it (strings in CDATA, numbers bare).
    public static func textMessage(msgID: Int64) -> [UInt8] {
        let xml =
            "<xml><ToUserName><![CDATA[\(BenchmarkAccount.originalID)]]></ToUserName>"
            + "<FromUserName><![CDATA[oia2TjjewbmiOUlr6X-1crbLOvLw]]></FromUserName>"
            + "<CreateTime>1407743423</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            + "<Content><![CDATA[\(weatherQuery)]]></Content><MsgId>\(msgID)</MsgId></xml>"
        return Array(xml.utf8)
    }
}
