import WeChatAPITesting

/// The faults injected at the fake during the load, one step every few seconds, cycling: `-1` and HTTP 500
/// bursts on the token, query-auth and customer-service paths, slow answers (longer than the client's retry
/// back-off, shorter than its 10 s timeout) and expired tokens (so calls get `42001`, refresh and retry).
struct FaultSchedule: Sendable {
    static let componentToken = "/cgi-bin/component/api_component_token"
    static let authorizerToken = "/cgi-bin/component/api_authorizer_token"
    static let queryAuth = "/cgi-bin/component/api_query_auth"
    static let customSend = "/cgi-bin/message/custom/send"

    /// One step: a name for the timeline and what it does to the fake.
    struct Step: Sendable {
        var name: String
        var apply: @Sendable (FakeWeChatAPI) -> Void
    }

    static let cycle: [Step] = [
        Step(name: "-1 ×2 on custom/send") { $0.inject(.systemBusy, path: customSend, times: 2) },
        Step(name: "HTTP 500 ×2 on custom/send") { $0.inject(.httpStatus(500), path: customSend, times: 2) },
        Step(name: "tokens expired; -1 on component_token, HTTP 500 on authorizer_token") { fake in
            fake.inject(.systemBusy, path: componentToken, times: 1)
            fake.inject(.httpStatus(500), path: authorizerToken, times: 1)
            fake.expireTokens()
        },
        Step(name: "2 s delay ×3 on custom/send, ×1 on query_auth") { fake in
            fake.inject(.delay(.seconds(2)), path: customSend, times: 3)
            fake.inject(.delay(.seconds(2)), path: queryAuth, times: 1)
        },
        Step(name: "-1 on query_auth, HTTP 500 on query_auth") { fake in
            fake.inject(.systemBusy, path: queryAuth, times: 1)
            fake.inject(.httpStatus(500), path: queryAuth, times: 1)
        },
        Step(name: "tokens expired; HTTP 500 on component_token, -1 on authorizer_token") { fake in
            fake.inject(.httpStatus(500), path: componentToken, times: 1)
            fake.inject(.systemBusy, path: authorizerToken, times: 1)
            fake.expireTokens()
        },
    ]

    let interval: Duration

    /// Applies the cycle's steps every `interval` from `start` until `end`.
    func run(fake: FakeWeChatAPI, ledger: RunLedger, from start: ContinuousClock.Instant, until end: ContinuousClock.Instant)
        async
    {
        var next = start + interval
        var index = 0
        while next < end {
            guard (try? await Task.sleep(until: next)) != nil else { return }
            let step = Self.cycle[index % Self.cycle.count]
            step.apply(fake)
            ledger.note(step.name)
            index += 1
            next += interval
        }
    }
}
