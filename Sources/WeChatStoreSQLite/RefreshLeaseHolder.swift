import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who holds a refresh lease: a store instance in a process on a host.
///
/// A lease row records its holder so that a waiter on the same host can see at once that the holding
/// process died (it was killed mid-refresh) instead of waiting for the lease to run out.
struct RefreshLeaseHolder: Sendable, Hashable {
    /// Unique per store instance, so two stores in one process still exclude each other.
    var owner: String
    /// The host name the holder runs on.
    var host: String
    /// The holder's process id on that host.
    var pid: Int64

    /// A new identity for a store opened by this process.
    static func current() -> RefreshLeaseHolder {
        RefreshLeaseHolder(
            owner: UUID().uuidString,
            host: ProcessInfo.processInfo.hostName,
            pid: Int64(ProcessInfo.processInfo.processIdentifier)
        )
    }

    /// Whether `holder`, seen by this store, may still be refreshing.
    ///
    /// Our own identity means a lease left behind by an earlier failure (this store's refreshes of a key
    /// are serialised in memory); a process on this host is looked up; other hosts are trusted until the
    /// lease expires.
    func considersAlive(_ holder: RefreshLeaseHolder) -> Bool {
        if holder.owner == owner { return false }
        guard holder.host == host else { return true }
        if holder.pid == pid { return true }
        guard let pid = pid_t(exactly: holder.pid), pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
