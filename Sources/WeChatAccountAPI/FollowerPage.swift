/// One page of followers (`cgi-bin/user/get`, `cgi-bin/user/tag/get`, `tags/members/getblacklist`):
/// up to 10,000 openids and where the next page starts.
public struct FollowerPage: Sendable, Hashable, Decodable {
    /// How many followers there are in all (absent on tag pages).
    public var total: Int?
    /// The openids on this page.
    public var openIDs: [String]
    /// Where the next page starts; empty or absent at the end.
    public var nextOpenID: String?

    /// A page of `openIDs`.
    public init(total: Int?, openIDs: [String], nextOpenID: String?) {
        self.total = total
        self.openIDs = openIDs
        self.nextOpenID = nextOpenID
    }

    enum CodingKeys: String, CodingKey {
        case total, data, nextOpenID = "next_openid"
    }

    private struct OpenIDs: Decodable {
        var openid: [String]?
    }

    /// Reads a page; `data` is absent on an empty page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        total = try container.decodeIfPresent(Int.self, forKey: .total)
        openIDs = try container.decodeIfPresent(OpenIDs.self, forKey: .data)?.openid ?? []
        nextOpenID = try container.decodeIfPresent(String.self, forKey: .nextOpenID)
    }
}

/// Every openid of a paged follower list, fetched page by page as it is iterated.
public struct FollowerSequence: AsyncSequence, Sendable {
    /// Each element is one openid.
    public typealias Element = String

    let fetch: @Sendable (_ after: String?) async throws -> FollowerPage
    let start: String?

    /// Iterates pages from `fetch`, starting after `start` (`nil`: from the first follower).
    public init(startingAfter start: String? = nil, fetch: @escaping @Sendable (_ after: String?) async throws -> FollowerPage) {
        self.start = start
        self.fetch = fetch
    }

    /// An iterator that asks for the next page when the current one is used up.
    public func makeAsyncIterator() -> Iterator {
        Iterator(fetch: fetch, cursor: start)
    }

    /// Walks the pages.
    public struct Iterator: AsyncIteratorProtocol {
        let fetch: @Sendable (String?) async throws -> FollowerPage
        var cursor: String?
        var buffered: [String] = []
        var index = 0
        var finished = false

        init(fetch: @escaping @Sendable (String?) async throws -> FollowerPage, cursor: String?) {
            self.fetch = fetch
            self.cursor = cursor
        }

        /// The next openid, or `nil` after the last page.
        public mutating func next() async throws -> String? {
            while index == buffered.count {
                guard !finished else { return nil }
                let page = try await fetch(cursor)
                buffered = page.openIDs
                index = 0
                let next = page.nextOpenID ?? ""
                finished = page.openIDs.isEmpty || next.isEmpty || next == cursor
                cursor = next
            }
            defer { index += 1 }
            return buffered[index]
        }
    }
}
