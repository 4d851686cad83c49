public import WeChatBot

extension Bot {
    /// Runs `body` with a client that talks to this bot in process, on fakes: a ``TestClock``, in-memory
    /// stores on that clock (unless given), recording customer-service and redeemer capabilities, and
    /// `api` as every account's `context.api` (e.g. a ``RecordingAPITransport``).
    ///
    /// ```swift
    /// try await bot.test { client in
    ///     #expect(await client.send(.text("hi")).text == "hi")
    /// }
    /// ```
    /// The bot is a reconfigured copy: tests never share stores or background work, so they run in parallel.
    /// `configure` adjusts anything else (e.g. switch the release-test responder off).
    public func test<Result>(
        account: AccountIdentity = .testAccount,
        clock: TestClock = TestClock(),
        customerService: RecordingCustomerServiceSender = RecordingCustomerServiceSender(),
        redeemer: RecordingAuthorizationCodeRedeemer = RecordingAuthorizationCodeRedeemer(),
        deduplicationStore: (any DeduplicationStore)? = nil,
        sessionStore: (any SessionStore)? = nil,
        api: (any AccountAPIProvider)? = nil,
        configure: (inout Configuration) -> Void = { _ in },
        _ body: (BotTestClient) async throws -> Result
    ) async rethrows -> Result {
        let bot = reconfigured { configuration in
            configuration.clock = clock
            configuration.deduplication.store = deduplicationStore ?? InMemoryDeduplicationStore(clock: clock)
            configuration.sessions.store = sessionStore ?? InMemorySessionStore(clock: clock)
            configuration.customerService = customerService
            configuration.authorizationCodeRedeemer = redeemer
            if let api { configuration.accountAPI = api }
            configure(&configuration)
        }
        let client = BotTestClient(
            bot: bot,
            account: account,
            clock: clock,
            customerService: customerService,
            redeemer: redeemer
        )
        return try await body(client)
    }
}
