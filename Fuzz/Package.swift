// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer harnesses for WeChatBotKit's parsers and envelope code, kept out of the main package.
/// Build and run one with `Fuzz/run.sh TARGET SECONDS` (it passes `-sanitize=fuzzer,address`).
let package = Package(
    name: "WeChatBotKitFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "WeChatBotKit", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: [.product(name: "Logging", package: "swift-log")]),
        .executableTarget(
            name: "FuzzXMLParse",
            dependencies: ["CFuzzerDriver", .product(name: "WeChatMessages", package: "WeChatBotKit")]
        ),
        .executableTarget(
            name: "FuzzEnvelopeRoundTrip",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "WeChatMessages", package: "WeChatBotKit"),
                .product(name: "WeChatCrypto", package: "WeChatBotKit"),
            ]
        ),
        .executableTarget(
            name: "FuzzEnvelopeOpen",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "WeChatMessages", package: "WeChatBotKit"),
                .product(name: "WeChatCrypto", package: "WeChatBotKit"),
            ]
        ),
        .executableTarget(
            name: "FuzzReplyRoundTrip",
            dependencies: ["CFuzzerDriver", .product(name: "WeChatMessages", package: "WeChatBotKit")]
        ),
        .executableTarget(
            name: "FuzzRulesFile",
            dependencies: [
                "CFuzzerDriver",
                "FuzzSupport",
                .product(name: "WeChatBotCLI", package: "WeChatBotKit"),
                .product(name: "WeChatBot", package: "WeChatBotKit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "FuzzCallbackRequest",
            dependencies: [
                "CFuzzerDriver",
                "FuzzSupport",
                .product(name: "WeChatHummingbird", package: "WeChatBotKit"),
                .product(name: "WeChatBot", package: "WeChatBotKit"),
                .product(name: "WeChatCallback", package: "WeChatBotKit"),
                .product(name: "WeChatMessages", package: "WeChatBotKit"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
