import Foundation
import Logging
import ServiceLifecycle

/// The refresh machinery ``PlatformCredentials`` and ``AccountCredentials`` share: single-flight
/// refresh through the store with a safety margin, events, and the proactive loop.
struct CredentialRefresher: Sendable {
    let store: any CredentialStore
    let refreshMargin: Duration
    let events: PlatformEvents
    let logger: Logger

    /// The current Unix time in seconds.
    static func now() -> Int64 {
        Int64(Date().timeIntervalSince1970)
    }

    /// The stored value of `key` if it is fresh (more than the margin left) and not `rejected`;
    /// otherwise obtains, stores and announces a new one, once across concurrent callers.
    func value(
        of key: CredentialKey,
        replacing rejected: String?,
        announce: @escaping @Sendable (StoredCredential) -> PlatformEvent,
        obtain: @escaping @Sendable () async throws -> (value: String, expiresIn: Int64)
    ) async throws -> String {
        let margin = refreshMargin.components.seconds
        let credential = try await store.refresh(
            key,
            isUsable: { stored in
                stored.value != rejected && stored.isFresh(at: Self.now(), margin: margin)
            }
        ) {
            let grant = try await obtain()
            let now = Self.now()
            let credential = StoredCredential(value: grant.value, expiresAt: now + grant.expiresIn, updatedAt: now)
            logger.debug(
                "credential refreshed", metadata: ["key": "\(key.storageKey)", "expires_in": "\(grant.expiresIn)"])
            events.send(announce(credential))
            return credential
        }
        return credential.value
    }

    /// Calls `pass` now and then every `interval` until the task is cancelled or graceful shutdown
    /// begins; then ends the event stream.
    func runPeriodically(every interval: Duration, _ pass: @escaping @Sendable () async -> Void) async {
        defer { events.finish() }
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await pass()
                try await Task.sleep(for: interval)
            }
        }
    }

    /// Runs `work`, logging (never throwing) its failure: one bad credential must not stop the others.
    func logFailure(of what: String, _ work: () async throws -> Void) async {
        do {
            try await work()
        } catch is CancellationError {
            return
        } catch {
            logger.warning("credential refresh failed", metadata: ["credential": "\(what)", "error": "\(error)"])
        }
    }
}
