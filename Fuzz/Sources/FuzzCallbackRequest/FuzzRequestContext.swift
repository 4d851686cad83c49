import Hummingbird
import Logging

/// The request context of the in-process requests: Hummingbird's core storage and nothing else, so a request
/// needs no channel. The callback routes use nothing beyond it.
struct FuzzRequestContext: RequestContext {
    /// Where a context comes from: only a logger.
    struct Source: RequestContextSource {
        let logger: Logger
    }

    var coreContext: CoreRequestContextStorage

    init(source: Source) {
        coreContext = CoreRequestContextStorage(source: source)
    }
}
