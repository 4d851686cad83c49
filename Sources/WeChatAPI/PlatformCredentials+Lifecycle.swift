import Logging
import Synchronization

extension PlatformCredentials {
    /// Until graceful shutdown, every ``Configuration/checkInterval``: for each platform with a verify
    /// ticket, recovers missing refresh tokens (once) and refreshes the component token, every stored
    /// authorizer's access token and every stored JS-SDK ticket that is due. Failures are logged.
    public func run() async throws {
        await refresher.runPeriodically(every: configuration.checkInterval) { [self] in
            for component in configuration.components { await refreshDue(componentAppID: component.appID) }
        }
    }

    /// Stores the refresh token of every authorizer in WeChat's list that has none stored (lost store,
    /// new instance). Returns how many were recovered.
    @discardableResult
    public func recoverAuthorizers(componentAppID: String) async throws -> Int {
        let api = try componentAPI(componentAppID)
        let known = Set(try await store.authorizers(of: componentAppID))
        var recovered = 0
        var offset = 0
        while true {
            let page = try await api.authorizerList(offset: offset, count: 500)
            for entry in page.list where !known.contains(entry.authorizerAppID) {
                guard let refreshToken = entry.refreshToken, !refreshToken.isEmpty else { continue }
                try await store.save(
                    StoredCredential(value: refreshToken, expiresAt: nil, updatedAt: CredentialRefresher.now()),
                    for: .authorizerRefreshToken(componentAppID: componentAppID, authorizerAppID: entry.authorizerAppID)
                )
                recovered += 1
            }
            offset += page.list.count
            if page.list.isEmpty || offset >= page.totalCount { return recovered }
        }
    }

    /// One proactive pass over one platform.
    private func refreshDue(componentAppID: String) async {
        await refresher.logFailure(of: componentAppID) {
            guard try await store.load(.componentVerifyTicket(componentAppID: componentAppID)) != nil else { return }
            _ = try await componentAccessToken(componentAppID)
            if !recoveredComponents.withLock({ $0.contains(componentAppID) }) {
                let count = try await recoverAuthorizers(componentAppID: componentAppID)
                recoveredComponents.withLock { _ = $0.insert(componentAppID) }
                if count > 0 {
                    refresher.logger.info(
                        "recovered authorizer refresh tokens",
                        metadata: ["component": "\(componentAppID)", "count": "\(count)"])
                }
            }
            for authorizer in try await store.authorizers(of: componentAppID) {
                await refresher.logFailure(of: "\(componentAppID):\(authorizer)") {
                    _ = try await authorizerAccessToken(component: componentAppID, authorizer: authorizer)
                    let ticketKey = CredentialKey.authorizerJSAPITicket(
                        componentAppID: componentAppID, authorizerAppID: authorizer)
                    if try await store.load(ticketKey) != nil {
                        _ = try await jsapiTicket(component: componentAppID, authorizer: authorizer)
                    }
                }
            }
        }
    }
}
