public import WeChatMessages

extension PlatformCredentials {
    /// Acts on one authorization-event notice (§6.1): stores a verify ticket; exchanges the code of an
    /// authorization (or a successful fast registration) for tokens; removes an unauthorized account's
    /// credentials. Other notices are ignored. Answer WeChat `success` whatever this throws.
    public func handle(_ notice: ComponentNotice) async throws {
        switch notice {
        case .verifyTicket(let notice):
            try await receiveVerifyTicket(notice.ticket, componentAppID: notice.componentAppID)
        case .authorized(let notice):
            let authorizer = try await authorize(
                componentAppID: notice.componentAppID, authorizationCode: notice.authorizationCode)
            events.send(.authorized(componentAppID: notice.componentAppID, authorizerAppID: authorizer))
        case .updateAuthorized(let notice):
            let authorizer = try await authorize(
                componentAppID: notice.componentAppID, authorizationCode: notice.authorizationCode)
            events.send(.authorizationUpdated(componentAppID: notice.componentAppID, authorizerAppID: authorizer))
        case .unauthorized(let notice):
            try await unauthorize(componentAppID: notice.componentAppID, authorizerAppID: notice.authorizerAppID)
        case .fastRegistration(let notice):
            guard notice.status == 0, let code = notice.authCode, !code.isEmpty else { return }
            let authorizer = try await authorize(componentAppID: notice.componentAppID, authorizationCode: code)
            events.send(.authorized(componentAppID: notice.componentAppID, authorizerAppID: authorizer))
        case .fastRegistrationBetaApp, .fastVerificationBetaApp, .miniProgramVerification,
            .miniProgramVerificationReminder, .unknown:
            return
        }
    }

    /// Stores the latest `component_verify_ticket` of a configured platform and announces it.
    public func receiveVerifyTicket(_ ticket: String, componentAppID: String) async throws {
        _ = try component(componentAppID)
        guard !ticket.isEmpty else {
            throw WeChatAPIError.invalidResponse("empty component_verify_ticket for \(componentAppID)")
        }
        let now = CredentialRefresher.now()
        let lifetime = configuration.verifyTicketLifetime.components.seconds
        try await store.save(
            StoredCredential(value: ticket, expiresAt: now + lifetime, updatedAt: now),
            for: .componentVerifyTicket(componentAppID: componentAppID)
        )
        events.send(.verifyTicketReceived(componentAppID: componentAppID))
    }

    /// Exchanges an authorization code (from the `authorized` push, the authorization redirect's
    /// `auth_code`, or the release test's `QUERY_AUTH_CODE:`) for the authorizer's tokens and stores them.
    /// Returns the authorizer's appid.
    @discardableResult
    public func authorize(componentAppID: String, authorizationCode: String) async throws -> String {
        let info = try await componentAPI(componentAppID).queryAuth(authorizationCode: authorizationCode)
        await preAuthCodes.discard(componentAppID)
        let authorizer = info.authorizerAppID
        let now = CredentialRefresher.now()
        if let refreshToken = info.authorizerRefreshToken {
            try await store.save(
                StoredCredential(value: refreshToken, expiresAt: nil, updatedAt: now),
                for: .authorizerRefreshToken(componentAppID: componentAppID, authorizerAppID: authorizer)
            )
        }
        if let accessToken = info.authorizerAccessToken, let expiresIn = info.expiresIn {
            try await store.save(
                StoredCredential(value: accessToken, expiresAt: now + expiresIn, updatedAt: now),
                for: .authorizerAccessToken(componentAppID: componentAppID, authorizerAppID: authorizer)
            )
        }
        return authorizer
    }

    /// Removes every credential of an authorizer that withdrew, and announces it.
    public func unauthorize(componentAppID: String, authorizerAppID: String) async throws {
        for key in [
            CredentialKey.authorizerAccessToken(componentAppID: componentAppID, authorizerAppID: authorizerAppID),
            .authorizerRefreshToken(componentAppID: componentAppID, authorizerAppID: authorizerAppID),
            .authorizerJSAPITicket(componentAppID: componentAppID, authorizerAppID: authorizerAppID),
        ] {
            try await store.remove(key)
        }
        events.send(.unauthorized(componentAppID: componentAppID, authorizerAppID: authorizerAppID))
    }
}
