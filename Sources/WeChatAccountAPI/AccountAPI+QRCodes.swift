extension AccountAPI {
    /// Parametric QR codes (`cgi-bin/qrcode/create`).
    public var qrCodes: QRCodes { QRCodes(api: self) }

    /// Parametric QR codes, temporary or permanent, with an integer or string scene.
    public struct QRCodes: Sendable {
        let api: AccountAPI

        /// `cgi-bin/qrcode/create`: a temporary code valid `expiresIn` seconds (1 to 30 days' worth).
        public func temporary(scene: QRCodeScene, expiresIn: Int64 = 2_592_000) async throws -> QRCode {
            guard (1...QRCodeScene.maxExpiry).contains(expiresIn) else {
                throw WeChatAPIError.invalidRequest(
                    "expire_seconds is \(expiresIn); WeChat allows 1 to \(QRCodeScene.maxExpiry) (30 days)")
            }
            if case .integer(let value) = scene, value == 0 || value < Int64(Int32.min) || value > Int64(UInt32.max) {
                throw WeChatAPIError.invalidRequest("scene_id \(value): a temporary code takes a non-zero 32-bit integer")
            }
            return try await create(scene: scene, expiresIn: expiresIn)
        }

        /// `cgi-bin/qrcode/create`: a permanent code (WeChat keeps at most 100,000 of them per account).
        public func permanent(scene: QRCodeScene) async throws -> QRCode {
            if case .integer(let value) = scene, !(1...QRCodeScene.maxPermanentInteger).contains(value) {
                throw WeChatAPIError.invalidRequest(
                    "scene_id \(value): a permanent code takes 1 to \(QRCodeScene.maxPermanentInteger)")
            }
            return try await create(scene: scene, expiresIn: nil)
        }

        private func create(scene: QRCodeScene, expiresIn: Int64?) async throws -> QRCode {
            if case .string(let value) = scene, !(1...64).contains(value.count) {
                throw WeChatAPIError.invalidRequest("scene_str is \(value.count) characters; WeChat allows 1 to 64")
            }
            return try await api.call(.post, "cgi-bin/qrcode/create", body: QRCodeRequest(scene: scene, expiresIn: expiresIn))
        }
    }
}

/// The body of `qrcode/create`: `action_name` from permanence and scene kind.
private struct QRCodeRequest: Encodable {
    var scene: QRCodeScene
    var expiresIn: Int64?

    enum CodingKeys: String, CodingKey {
        case expiresIn = "expire_seconds", actionName = "action_name", actionInfo = "action_info"
    }

    enum InfoKeys: String, CodingKey {
        case scene
    }

    enum SceneKeys: String, CodingKey {
        case sceneID = "scene_id", sceneString = "scene_str"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(expiresIn, forKey: .expiresIn)
        var info = container.nestedContainer(keyedBy: InfoKeys.self, forKey: .actionInfo)
        var sceneContainer = info.nestedContainer(keyedBy: SceneKeys.self, forKey: .scene)
        let permanent = expiresIn == nil
        switch scene {
        case .integer(let value):
            try container.encode(permanent ? "QR_LIMIT_SCENE" : "QR_SCENE", forKey: .actionName)
            try sceneContainer.encode(value, forKey: .sceneID)
        case .string(let value):
            try container.encode(permanent ? "QR_LIMIT_STR_SCENE" : "QR_STR_SCENE", forKey: .actionName)
            try sceneContainer.encode(value, forKey: .sceneString)
        }
    }
}
