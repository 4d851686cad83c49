/// Short hints for WeChat's common API error codes, shown after `errmsg` so an operator knows what to fix.
///
/// Codes and meanings from WeChat's global return code page
/// (https://developers.weixin.qq.com/doc/offiaccount/Getting_Started/Global_Return_Code.html).
enum WeChatErrorHint {
    static func hint(for code: Int) -> String? {
        hints[code]
    }

    private static let hints: [Int: String] = [
        -1: "WeChat is busy; retry later",
        40001: "access token invalid or not the latest; check the AppSecret and that one process owns the token",
        40003: "invalid openid: not a follower of this account",
        40004: "invalid media type",
        40005: "invalid file type",
        40006: "invalid file size",
        40007: "invalid media_id: expired temporary media or another account's",
        40013: "invalid appid",
        40016: "invalid number of menu buttons",
        40017: "invalid menu button type",
        40018: "invalid menu button name length",
        40019: "invalid menu button key length",
        40023: "invalid number of sub-menu buttons",
        40037: "the template id is not one this account has added",
        40125: "invalid AppSecret",
        40164: "caller IP is not in the account's IP whitelist",
        41001: "access token missing",
        42001: "access token expired",
        43004: "the user does not follow the account",
        45009: "daily API quota reached; reset it with clear_quota",
        45015: "the reply window has passed (48 h since the user's last message)",
        45047: "too many customer-service messages without a reply from the user",
        46003: "the menu does not exist",
        47001: "data format error: the JSON body is not what the endpoint expects",
        48001: "the account has no permission for this API",
        61024: "the platform has no authorization for this API",
    ]
}
