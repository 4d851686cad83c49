// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer harnesses for WeChatBotKit's parsers and envelope code, kept out of the main package.
/// Build and run one with `Fuzz/run.sh TARGET SECONDS` (it passes `-sanitize=fuzzer,address`).
let package = Package(
    name: "WeChatBotKitFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "WeChatBotKit", path: "..")
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
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
    ],
    swiftLanguageModes: [.v6]
)
