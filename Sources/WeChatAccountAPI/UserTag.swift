/// A tag the account puts on followers (e.g. for conditional menus and mass sends).
public struct UserTag: Sendable, Hashable, Codable {
    /// Its id (0–99 are WeChat's own).
    public var id: Int
    /// Its name (at most 30 characters).
    public var name: String
    /// How many followers carry it (in lists).
    public var count: Int?

    /// A tag.
    public init(id: Int, name: String, count: Int? = nil) {
        self.id = id
        self.name = name
        self.count = count
    }
}
