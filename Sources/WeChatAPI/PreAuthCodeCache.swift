/// The pre-auth code of each platform, reused while it has more than a margin of its validity left, so
/// loading the public authorization page does not spend one `api_create_preauthcode` call per visit.
///
/// Concurrent callers share one call. A code is dropped once an authorization went through (WeChat may treat
/// a used code as spent), and after a failed call nothing is kept, so the next caller tries again.
actor PreAuthCodeCache {
    private struct Reusable {
        var code: String
        var reusableUntil: ContinuousClock.Instant
    }

    private let margin: Duration
    private var reusable: [String: Reusable] = [:]
    private var pending: [String: Task<PreAuthCode, any Error>] = [:]

    /// A cache reusing each code until `margin` before it expires.
    init(margin: Duration) {
        self.margin = margin
    }

    /// The platform's reusable code, or a new one from `create` (one call for every caller waiting).
    func code(for componentAppID: String, create: @escaping @Sendable () async throws -> PreAuthCode) async throws
        -> String
    {
        if let cached = reusable[componentAppID], ContinuousClock.now < cached.reusableUntil {
            return cached.code
        }
        if let running = pending[componentAppID] {
            return try await running.value.code
        }
        let started = ContinuousClock.now
        let call = Task { try await create() }
        pending[componentAppID] = call
        defer { pending[componentAppID] = nil }
        let fresh = try await call.value
        let reusableUntil = started + .seconds(fresh.expiresIn) - margin
        if reusableUntil > ContinuousClock.now {
            reusable[componentAppID] = Reusable(code: fresh.code, reusableUntil: reusableUntil)
        }
        return fresh.code
    }

    /// Forgets the platform's code (an authorization used it).
    func discard(_ componentAppID: String) {
        reusable[componentAppID] = nil
    }
}
