#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Wall-clock time as WeChat writes it: whole Unix seconds (`CreateTime`, `timestamp`).
package enum UnixTime {
    /// The current Unix time in seconds.
    package static func now() -> Int64 {
        Int64(Date().timeIntervalSince1970)
    }
}
