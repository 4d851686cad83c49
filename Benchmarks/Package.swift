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
    ],
    targets: [
        .target(
            name: "PipelineFixtures",
            dependencies: [
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
            dependencies: ["PipelineFixtures", "CCallgrind"],
            swiftSettings: houseRules
        ),
        .executableTarget(
            name: "HelloServer",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: houseRules
        ),
    ],
    swiftLanguageModes: [.v6]
)
