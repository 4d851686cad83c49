// swift-tools-version: 6.1
import PackageDescription

/// Micro-benchmarks of WeChatBotKit's message pipeline, kept out of the main package so its users and CI
/// never build the benchmark tooling. Run: `swift package --package-path Benchmarks benchmark`.
/// The main package's house rules (DESIGN.md §5), so fixtures read like the library they measure.
let houseRules: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "WeChatBotKitBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "WeChatBotKit", path: ".."),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .target(
            name: "PipelineFixtures",
            dependencies: [
                .product(name: "WeChatCallback", package: "WeChatBotKit"),
                .product(name: "WeChatCrypto", package: "WeChatBotKit"),
                .product(name: "WeChatMessages", package: "WeChatBotKit"),
                .product(name: "WeChatBot", package: "WeChatBotKit"),
            ],
            swiftSettings: houseRules
        ),
        .executableTarget(
            name: "PipelineBenchmarks",
            dependencies: [
                "PipelineFixtures",
                .product(name: "WeChatCrypto", package: "WeChatBotKit"),
                .product(name: "WeChatMessages", package: "WeChatBotKit"),
                .product(name: "WeChatBot", package: "WeChatBotKit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Pipeline",
            swiftSettings: houseRules,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .target(name: "CCallgrind"),
        .executableTarget(
            name: "PipelineProfile",
            dependencies: [
                "PipelineFixtures", "CCallgrind", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "WeChatBot", package: "WeChatBotKit"),
                .product(name: "WeChatCrypto", package: "WeChatBotKit"),
                .product(name: "WeChatMessages", package: "WeChatBotKit"),
            ],
            swiftSettings: houseRules
        ),
        .executableTarget(
            name: "HelloServer",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: houseRules
        ),
        .executableTarget(
            name: "FaultRun",
            dependencies: [
                .product(name: "WeChatAPI", package: "WeChatBotKit"),
                .product(name: "WeChatAPITesting", package: "WeChatBotKit"),
                .product(name: "WeChatBot", package: "WeChatBotKit"),
                .product(name: "WeChatCrypto", package: "WeChatBotKit"),
                .product(name: "WeChatMessages", package: "WeChatBotKit"),
                .product(name: "WeChatCallback", package: "WeChatBotKit"),
                .product(name: "WeChatHummingbird", package: "WeChatBotKit"),
                .product(name: "WeChatStorePostgres", package: "WeChatBotKit"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: houseRules
        ),
    ],
    swiftLanguageModes: [.v6]
)
