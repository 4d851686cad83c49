/// A failure the fake WeChat API injects into the next calls of a path.
public enum FakeFault: Sendable, Hashable {
    /// Answer `{"errcode":-1,"errmsg":"system error"}` (WeChat is busy).
    case systemBusy
    /// Answer with this `errcode`.
    case errcode(Int64)
    /// Answer with this HTTP status and no JSON.
    case httpStatus(Int)
    /// Wait this long, then answer normally.
    case delay(Duration)
}
