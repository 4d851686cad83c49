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
        .library(name: "WeChatAPI", targets: ["WeChatAPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
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

        // MARK: WeChat API client and credentials
        .target(
            name: "WeChatAPI",
            swiftSettings: houseRules
        ),
        .testTarget(
            name: "WeChatAPITests",
            dependencies: ["WeChatAPI"],
            swiftSettings: houseRules
        ),
    ],
    swiftLanguageModes: [.v6]
)
