import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One user's conversation state with one account: typed values and the step of a running dialog.
///
/// Handlers reach it as `context.session`. It is loaded from the ``SessionStore`` on first use (messages that
/// never touch it cost nothing), saved after the handler returns if it changed, and expires after the
/// configured TTL after its last change. Values are stored as JSON.
public final class Session: Sendable {
    /// The stored form: each value as JSON text by key, plus the expected dialog step.
    private struct Record: Codable, Equatable {
        var values: [String: String] = [:]
        var expectedStep: String?
    }

    private enum State {
        case unloaded
        case loaded(Record, isChanged: Bool)
    }

    /// The store key: account scope and openid, joined only when the store is used.
    var storageKey: String {
        openID.map { scope + "|" + $0 } ?? scope
    }
    private let scope: String
    private let openID: String?
    private let store: any SessionStore
    private let ttl: Duration
    private let state = Mutex(State.unloaded)

    /// Creates the session stored under `storageKey`; the bot makes one per message, tests may make their own.
    public init(storageKey: String, store: any SessionStore, ttl: Duration) {
        scope = storageKey
        openID = nil
        self.store = store
        self.ttl = ttl
    }

    /// The session of `openID` with the account whose storage scope is `scope` (see ``storageKey``).
    init(scope: String, openID: String, store: any SessionStore, ttl: Duration) {
        self.scope = scope
        self.openID = openID
        self.store = store
        self.ttl = ttl
    }

    /// The value stored under `key`, or `nil` when there is none.
    public func value<Value>(for key: SessionKey<Value>) async throws -> Value? {
        guard let json = try await record().values[key.name] else { return nil }
        do {
            return try JSONDecoder().decode(Value.self, from: Data(json.utf8))
        } catch {
            throw BotError.sessionValueUnreadable(key: key.name, type: Value.self)
        }
    }

    /// Stores `value` under `key`; `nil` removes it.
    public func set<Value>(_ value: Value?, for key: SessionKey<Value>) async throws {
        var json: String?
        if let value {
            do {
                json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
            } catch {
                throw BotError.sessionValueUnencodable(key: key.name, type: Value.self)
            }
        }
        try await update { $0.values[key.name] = json }
    }

    /// Forgets every value and any running dialog.
    public func clear() async throws {
        try await update { $0 = Record() }
    }

    /// Routes this user's next message to the rules declared with `.expecting(step)`.
    public func expect(_ step: some DialogStep) async throws {
        try await update { $0.expectedStep = step.sessionValue }
    }

    /// Ends the running dialog: the next message goes through the rules as usual.
    public func endDialog() async throws {
        try await update { $0.expectedStep = nil }
    }

    /// The stored form of the expected step, for matching `.expecting` rules.
    func expectedStepValue() async throws -> String? {
        try await record().expectedStep
    }

    /// Writes the session back if a handler changed it: deletes it when it became empty.
    func saveIfChanged() async throws {
        let changed: Record? = state.withLock { state in
            guard case .loaded(let record, isChanged: true) = state else { return nil }
            state = .loaded(record, isChanged: false)
            return record
        }
        guard let changed else { return }
        if changed == Record() {
            try await store.delete(storageKey)
        } else {
            try await store.save(storageKey, value: Array(try JSONEncoder().encode(changed)), ttl: ttl)
        }
    }

    private func update(_ change: (inout Record) -> Void) async throws {
        _ = try await record()
        state.withLock { state in
            guard case .loaded(var record, let isChanged) = state else { return }
            let before = record
            change(&record)
            state = .loaded(record, isChanged: isChanged || record != before)
        }
    }

    private func record() async throws -> Record {
        if case .loaded(let record, _) = state.withLock({ $0 }) { return record }
        let loaded: Record
        if let bytes = try await store.load(storageKey) {
            do {
                loaded = try JSONDecoder().decode(Record.self, from: Data(bytes))
            } catch {
                throw BotError.sessionUnreadable
            }
        } else {
            loaded = Record()
        }
        return state.withLock { state in
            if case .loaded(let record, _) = state { return record }
            state = .loaded(loaded, isChanged: false)
            return loaded
        }
    }
}
