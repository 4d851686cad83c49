import Foundation
import Logging
import ServiceLifecycle
import UnixSignals
import WeChatStoreSQLite

// PlatformBot: wechat-open-toolkit's README example in Swift. Several third-party platforms from
// WECHAT_COMPONENTS (or --components-file), their authorization-event URL (`/wechat/platform/events`) and
// message URLs (`/wechat/platform/<componentAppID>/$APPID$`), the authorization page, authorizer web OAuth
// and JS-SDK config, every platform event logged, state in SQLite (restart-safe). Stops on SIGTERM/SIGINT.
LoggingSystem.bootstrap(StreamLogHandler.standardError)
let logger = Logger(label: "PlatformBot")
do {
    let settings = try PlatformBotSettings(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)
    let store = try await SQLiteStore.open(SQLiteStore.Configuration(path: settings.sqlitePath), logger: logger)
    let server = try PlatformBotServer(
        settings: settings,
        stores: .init(credentials: store, deduplication: store, sessions: store),
        logger: logger
    ) { port in
        FileHandle.standardOutput.write(Data("PlatformBot listening on port \(port)\n".utf8))
    }
    let group = ServiceGroup(
        configuration: .init(
            services: [server.application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
    )
    try await group.run()
    try await store.close()
} catch {
    logger.critical("PlatformBot cannot run", metadata: ["error": "\(error)"])
    exit(1)
}
