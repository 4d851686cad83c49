// swift-tools-version: 6.2
import PackageDescription

/// Every target compiles in Swift 6 mode with the house rules of DESIGN.md §5.
let houseRules: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "WeChatBotKit",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "WeChatMessages", targets: ["WeChatMessages"]),
        .library(name: "WeChatCrypto", targets: ["WeChatCrypto"]),
        .library(name: "WeChatAccountAPI", targets: ["WeChatAccountAPI"]),
        .library(name: "WeChatAPI", targets: ["WeChatAPI"]),
        .library(name: "WeChatAPITesting", targets: ["WeChatAPITesting"]),
        .library(name: "WeChatBot", targets: ["WeChatBot"]),
        .library(name: "WeChatBotTesting", targets: ["WeChatBotTesting"]),
        .library(name: "WeChatStoreSQLite", targets: ["WeChatStoreSQLite"]),
        .library(name: "WeChatStorePostgres", targets: ["WeChatStorePostgres"]),
        .library(name: "WeChatCallback", targets: ["WeChatCallback"]),
        .library(name: "WeChatHummingbird", targets: ["WeChatHummingbird"]),
        .library(name: "WeChatBotCLI", targets: ["WeChatBotCLI"]),
        .executable(name: "PlatformBot", targets: ["PlatformBot"]),
        .executable(name: "wechat-bot", targets: ["wechat-bot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.34.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: [
        // MARK: Protocol core
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "WeChatMessages",
            dependencies: ["CLibXML2"],
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatMessagesTests",
            dependencies: ["WeChatMessages"],
            swiftSettings: houseRules
        ),
        .target(
            name: "WeChatCrypto",
            dependencies: [
                "WeChatMessages",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatCryptoTests",
            dependencies: [
                "WeChatCrypto",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: houseRules
        ),

        // MARK: The account API's typed surface (no HTTP: a transport protocol)
        .target(
            name: "WeChatAccountAPI",
            dependencies: ["WeChatMessages"],
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatAccountAPITests",
            dependencies: ["WeChatAccountAPI", "WeChatMessages"],
            swiftSettings: houseRules
        ),

        // MARK: Bot runtime
        .target(
            name: "WeChatBot",
            dependencies: [
                "WeChatMessages",
                "WeChatAccountAPI",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: houseRules
        ),
        .target(
            name: "WeChatBotTesting",
            dependencies: ["WeChatBot"],
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatBotTests",
            dependencies: [
                "WeChatBot",
                "WeChatBotTesting",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: houseRules
        ),

        // MARK: Example bots
        .executableTarget(
            name: "EchoBot",
            dependencies: [
                "WeChatBot",
                "WeChatHummingbird",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Bots/EchoBot",
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "EchoBotTests",
            dependencies: ["EchoBot", "WeChatBotTesting"],
            swiftSettings: houseRules
        ),
        .executableTarget(
            name: "CafeBot",
            dependencies: [
                "WeChatBot",
                "WeChatHummingbird",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Bots/CafeBot",
            exclude: ["menu.png"],
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "CafeBotTests",
            dependencies: ["CafeBot", "WeChatBotTesting"],
            swiftSettings: houseRules
        ),
        .executableTarget(
            name: "HelloBot",
            dependencies: ["WeChatBot", "WeChatHummingbird"],
            path: "Bots/HelloBot",
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "HelloBotTests",
            dependencies: ["HelloBot", "WeChatBotTesting"],
            swiftSettings: houseRules
        ),

        // MARK: WeChat API client and credentials
        .target(
            name: "WeChatAPI",
            dependencies: [
                "WeChatMessages",
                "WeChatCrypto",
                "WeChatAccountAPI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "_NIOFileSystem", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: houseRules
        ),
        .target(
            name: "WeChatAPITesting",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatAPITests",
            dependencies: [
                "WeChatAPI",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                "WeChatAPITesting",
                "WeChatMessages",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: houseRules
        ),

        // MARK: Credential, de-duplication and session stores
        .target(
            name: "WeChatStoreSupport",
            dependencies: ["WeChatBot"],
            swiftSettings: houseRules
        ),
        .target(
            name: "WeChatStoreSQLite",
            dependencies: [
                "WeChatAPI",
                "WeChatBot",
                "WeChatStoreSupport",
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: houseRules
        ),
        .target(
            name: "WeChatStorePostgres",
            dependencies: [
                "WeChatAPI",
                "WeChatBot",
                "WeChatStoreSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: houseRules
        ),
        .executableTarget(
            name: "StoreKillHelper",
            dependencies: [
                "WeChatAPI",
                "WeChatBot",
                "WeChatStoreSQLite",
                "WeChatStorePostgres",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Tests/StoreKillHelper",
            swiftSettings: houseRules
        ),
        .target(
            name: "StoreContracts",
            dependencies: ["WeChatAPI", "WeChatBot", "WeChatMessages"],
            path: "Tests/StoreContracts",
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatStoreSupportTests",
            dependencies: ["WeChatBot", "WeChatMessages", "WeChatStoreSupport"],
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatStoreSQLiteTests",
            dependencies: [
                "WeChatAPI",
                "WeChatBot",
                "WeChatMessages",
                "WeChatStoreSQLite",
                "StoreContracts",
                "StoreKillHelper",
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatStorePostgresTests",
            dependencies: [
                "WeChatAPI",
                "WeChatBot",
                "WeChatMessages",
                "WeChatStorePostgres",
                "StoreContracts",
                "StoreKillHelper",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: houseRules
        ),

        // MARK: Transport-free callback pipeline
        .target(
            name: "WeChatCallback",
            dependencies: [
                "WeChatMessages",
                "WeChatCrypto",
                "WeChatAccountAPI",
                "WeChatBot",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatCallbackTests",
            dependencies: [
                "WeChatCallback",
                "WeChatBot",
                "WeChatBotTesting",
                "WeChatCrypto",
                "WeChatMessages",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: houseRules
        ),

        // MARK: HTTP endpoints and the wechat-bot command
        .target(
            name: "WeChatHummingbird",
            dependencies: [
                "WeChatCallback",
                "WeChatMessages",
                "WeChatCrypto",
                "WeChatBot",
                "WeChatAPI",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatHummingbirdTests",
            dependencies: [
                "WeChatCallback",
                "WeChatHummingbird",
                "EchoBot",
                "WeChatBotTesting",
                "WeChatCrypto",
                "WeChatMessages",
                "WeChatBot",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: houseRules
        ),
        .target(
            name: "WeChatBotCLI",
            dependencies: [
                "WeChatCallback",
                "WeChatHummingbird",
                "WeChatMessages",
                "WeChatCrypto",
                "WeChatBot",
                "WeChatAPI",
                "WeChatStoreSQLite",
                "WeChatStorePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: houseRules
        ),
        .executableTarget(
            name: "wechat-bot",
            dependencies: [
                "WeChatBotCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatBotCLITests",
            dependencies: [
                "WeChatBotCLI",
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                "WeChatAPI",
                "WeChatAPITesting",
                "WeChatCallback",
                "WeChatBot",
                "WeChatBotTesting",
                "EchoBot",
                "WeChatCrypto",
                "WeChatMessages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: houseRules
        ),

        // MARK: Third-party platform example and its end-to-end proofs
        .executableTarget(
            name: "PlatformBot",
            dependencies: [
                "WeChatAPI",
                "WeChatBot",
                "WeChatHummingbird",
                "WeChatMessages",
                "WeChatStoreSQLite",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            path: "Bots/PlatformBot",
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "PlatformBotTests",
            dependencies: [
                "PlatformBot",
                "WeChatCallback",
                "WeChatAPI",
                "WeChatAPITesting",
                "WeChatBot",
                "WeChatCrypto",
                "WeChatHummingbird",
                "WeChatMessages",
                "WeChatStorePostgres",
                "WeChatStoreSQLite",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: houseRules
        ),
    ],
    swiftLanguageModes: [.v6]
)
