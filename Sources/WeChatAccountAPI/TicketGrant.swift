/// A JS-SDK or card ticket (`cgi-bin/ticket/getticket`).
public struct TicketGrant: Sendable, Hashable, Decodable {
    /// The ticket. A secret.
    public var ticket: String
    /// Seconds until it expires (7200).
    public var expiresIn: Int64

    enum CodingKeys: String, CodingKey {
        case ticket
        case expiresIn = "expires_in"
    }
}
