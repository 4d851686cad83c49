extension AccountAPI {
    /// JS-SDK and card tickets (`cgi-bin/ticket/getticket`).
    public var tickets: Tickets { Tickets(api: self) }

    /// JS-SDK and card tickets.
    public struct Tickets: Sendable {
        let api: AccountAPI

        /// The kinds of ticket `cgi-bin/ticket/getticket` issues.
        public enum Kind: String, Sendable {
            /// The JS-SDK `jsapi_ticket`.
            case jsapi
            /// The card `api_ticket`.
            case card = "wx_card"
        }

        /// `cgi-bin/ticket/getticket`: a new JS-SDK (or card) ticket. Credential services cache it; call
        /// this only to obtain one.
        public func issue(_ kind: Kind = .jsapi) async throws -> TicketGrant {
            try await api.call(.get, "cgi-bin/ticket/getticket", query: [("type", kind.rawValue)])
        }
    }
}
