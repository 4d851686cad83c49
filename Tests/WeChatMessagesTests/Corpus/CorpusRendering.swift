import WeChatMessages

/// Renders a decoded value as `case name` plus every field as text, keyed by its Swift property path
/// (`cardID`, `header.fromUserName`, `items[0].templateID`), so a sample can assert any of them.
enum CorpusRendering {
    /// The case path and fields of a decoded message.
    static func render(_ message: InboundMessage) -> (name: String, fields: [String: String]) {
        let (label, payload) = caseOf(message)
        if label == "event", let event = payload as? Event {
            let (eventLabel, eventPayload) = caseOf(event)
            return ("event.\(eventLabel)", fields(of: eventPayload))
        }
        return (label, fields(of: payload))
    }

    /// The case path and fields of a decoded component notice.
    static func render(_ notice: ComponentNotice) -> (name: String, fields: [String: String]) {
        let (label, payload) = caseOf(notice)
        return ("notice.\(label)", fields(of: payload))
    }

    private static func caseOf(_ value: Any) -> (String, Any) {
        guard let child = Mirror(reflecting: value).children.first else { return ("\(value)", value) }
        return (child.label ?? "?", child.value)
    }

    private static func fields(of payload: Any) -> [String: String] {
        var result: [String: String] = [:]
        if let document = payload as? any CorpusDocument {
            flatten(document.header, path: "header", into: &result)
            for (name, value) in document.corpusFields {
                flatten(value, path: name, into: &result)
            }
        } else {
            flatten(payload, path: "", into: &result)
        }
        return result
    }

    private static func flatten(_ value: Any, path: String, into result: inout [String: String]) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let some = mirror.children.first {
                flatten(some.value, path: path, into: &result)
            } else {
                result[path] = "nil"
            }
        case .collection:
            result[path + ".count"] = String(mirror.children.count)
            for (index, element) in mirror.children.enumerated() {
                flatten(element.value, path: "\(path)[\(index)]", into: &result)
            }
        case .struct where !(value is XMLTree):
            for child in mirror.children {
                guard let label = child.label else { continue }
                flatten(child.value, path: path.isEmpty ? label : "\(path).\(label)", into: &result)
            }
        default:
            result[path] = "\(value)"
        }
    }
}

/// A ``DocumentPayload`` whose computed properties the corpus can list.
protocol CorpusDocument {
    var header: MessageHeader { get }
    var corpusFields: [(String, Any)] { get }
}

/// A schema whose payload's computed properties the corpus lists, in declaration order.
protocol CorpusSchema: PayloadSchema {
    static func corpusFields(of payload: DocumentPayload<Self>) -> [(String, Any)]
}

extension DocumentPayload: CorpusDocument where Schema: CorpusSchema {
    var corpusFields: [(String, Any)] { Schema.corpusFields(of: self) }
}

extension PayloadSchemas.GiftCardOrder: CorpusSchema {
    static func corpusFields(of p: GiftCardOrderEvent) -> [(String, Any)] {
        [
            ("pageID", p.pageID as Any), ("orderID", p.orderID), ("isChatRoom", p.isChatRoom as Any),
            ("isReturnBack", p.isReturnBack as Any),
        ]
    }
}

extension PayloadSchemas.CardMerchantCheck: CorpusSchema {
    static func corpusFields(of p: CardMerchantCheckEvent) -> [(String, Any)] {
        [("merchantID", p.merchantID), ("isPass", p.isPass as Any), ("reason", p.reason as Any)]
    }
}

extension PayloadSchemas.InvoiceAuthorization: CorpusSchema {
    static func corpusFields(of p: InvoiceAuthorizationEvent) -> [(String, Any)] {
        [
            ("succeededOrderID", p.succeededOrderID as Any), ("failedOrderID", p.failedOrderID as Any),
            ("authorizeAppID", p.authorizeAppID as Any), ("source", p.source as Any),
            ("serviceProviderAppID", p.serviceProviderAppID as Any),
        ]
    }
}

extension PayloadSchemas.InvoiceStatus: CorpusSchema {
    static func corpusFields(of p: InvoiceStatusEvent) -> [(String, Any)] {
        [("status", p.status as Any), ("cardID", p.cardID), ("code", p.code)]
    }
}

extension PayloadSchemas.InvoiceTitle: CorpusSchema {
    static func corpusFields(of p: InvoiceTitleEvent) -> [(String, Any)] {
        [
            ("title", p.title), ("taxNumber", p.taxNumber as Any), ("address", p.address as Any),
            ("phone", p.phone as Any), ("bankType", p.bankType as Any), ("bankNumber", p.bankNumber as Any),
            ("attach", p.attach as Any), ("titleType", p.titleType as Any),
        ]
    }
}

extension PayloadSchemas.InvoiceResult: CorpusSchema {
    static func corpusFields(of p: InvoiceResultEvent) -> [(String, Any)] {
        [
            ("requestSerialNumber", p.requestSerialNumber), ("status", p.status as Any),
            ("sellerTaxNumber", p.sellerTaxNumber as Any),
        ]
    }
}

extension PayloadSchemas.PoiCheck: CorpusSchema {
    static func corpusFields(of p: PoiCheckEvent) -> [(String, Any)] {
        [
            ("uniqueID", p.uniqueID as Any), ("poiID", p.poiID), ("result", p.result as Any),
            ("message", p.message as Any),
        ]
    }
}

extension PayloadSchemas.StoreAudit: CorpusSchema {
    static func corpusFields(of p: StoreAuditEvent) -> [(String, Any)] {
        [
            ("auditID", p.auditID), ("status", p.status as Any), ("reason", p.reason as Any),
            ("isUpgrade", p.isUpgrade as Any), ("poiID", p.poiID as Any), ("hasHeadImage", p.hasHeadImage as Any),
            ("hasIntroduction", p.hasIntroduction as Any), ("hasName", p.hasName as Any),
        ]
    }
}

extension PayloadSchemas.MapPoiAudit: CorpusSchema {
    static func corpusFields(of p: MapPoiAuditEvent) -> [(String, Any)] {
        [
            ("auditID", p.auditID), ("status", p.status as Any), ("mapPoiID", p.mapPoiID as Any),
            ("name", p.name as Any), ("address", p.address as Any), ("latitude", p.latitude as Any),
            ("longitude", p.longitude as Any), ("reviewRemark", p.reviewRemark as Any),
        ]
    }
}

extension PayloadSchemas.Device: CorpusSchema {
    static func corpusFields(of p: DeviceMessage) -> [(String, Any)] {
        [
            ("event", p.event), ("deviceType", p.deviceType as Any), ("deviceID", p.deviceID),
            ("sessionID", p.sessionID as Any), ("content", p.content as Any), ("openID", p.openID as Any),
            ("operationType", p.operationType as Any), ("msgID", p.msgID as Any),
        ]
    }
}

extension PayloadSchemas.File: CorpusSchema {
    static func corpusFields(of p: FileMessage) -> [(String, Any)] {
        [
            ("msgID", p.msgID as Any), ("title", p.title as Any), ("fileDescription", p.fileDescription as Any),
            ("fileKey", p.fileKey as Any), ("fileMD5", p.fileMD5 as Any), ("fileSize", p.fileSize as Any),
        ]
    }
}

extension PayloadSchemas.ShakeAroundUserShake: CorpusSchema {
    static func corpusFields(of p: ShakeAroundUserShakeEvent) -> [(String, Any)] {
        [("chosenBeacon", p.chosenBeacon as Any), ("aroundBeacons", p.aroundBeacons)]
    }
}

extension PayloadSchemas.ShakeAroundLotteryBind: CorpusSchema {
    static func corpusFields(of p: ShakeAroundLotteryBindEvent) -> [(String, Any)] {
        [
            ("lotteryID", p.lotteryID), ("ticket", p.ticket as Any), ("money", p.money as Any),
            ("bindTime", p.bindTime as Any),
        ]
    }
}

extension PayloadSchemas.WifiConnected: CorpusSchema {
    static func corpusFields(of p: WifiConnectedEvent) -> [(String, Any)] {
        [
            ("connectTime", p.connectTime as Any), ("expireTime", p.expireTime as Any),
            ("vendorID", p.vendorID as Any), ("shopID", p.shopID as Any), ("deviceNumber", p.deviceNumber as Any),
        ]
    }
}

extension PayloadSchemas.ScanProduct: CorpusSchema {
    static func corpusFields(of p: ScanProductEvent) -> [(String, Any)] {
        [
            ("keyStandard", p.keyStandard), ("keyString", p.keyString), ("country", p.country as Any),
            ("province", p.province as Any), ("city", p.city as Any), ("sex", p.sex as Any),
            ("scene", p.scene as Any), ("extraInfo", p.extraInfo as Any), ("regionCode", p.regionCode as Any),
            ("result", p.result as Any), ("reasonMessage", p.reasonMessage as Any),
        ]
    }
}

extension PayloadSchemas.ScanProductSubscribe: CorpusSchema {
    static func corpusFields(of p: ScanProductSubscribeEvent) -> [(String, Any)] {
        [
            ("eventKey", p.eventKey), ("scene", p.scene as Any), ("keyStandard", p.keyStandard as Any),
            ("keyString", p.keyString as Any),
        ]
    }
}

extension PayloadSchemas.MerchantOrder: CorpusSchema {
    static func corpusFields(of p: MerchantOrderEvent) -> [(String, Any)] {
        [
            ("orderID", p.orderID), ("orderStatus", p.orderStatus as Any), ("productID", p.productID as Any),
            ("skuInfo", p.skuInfo as Any),
        ]
    }
}

extension PayloadSchemas.GuideQRCodeScan: CorpusSchema {
    static func corpusFields(of p: GuideQRCodeScanEvent) -> [(String, Any)] {
        [
            ("guideAccount", p.guideAccount as Any), ("guideOpenID", p.guideOpenID as Any),
            ("openID", p.openID as Any), ("action", p.action as Any), ("qrCodeInfo", p.qrCodeInfo as Any),
        ]
    }
}

extension PayloadSchemas.NicknameAudit: CorpusSchema {
    static func corpusFields(of p: NicknameAuditEvent) -> [(String, Any)] {
        [("result", p.result as Any), ("nickname", p.nickname as Any), ("reason", p.reason as Any)]
    }
}

extension PayloadSchemas.CategoryAudit: CorpusSchema {
    static func corpusFields(of p: CategoryAuditEvent) -> [(String, Any)] {
        [
            ("result", p.result as Any), ("firstCategory", p.firstCategory as Any),
            ("secondCategory", p.secondCategory as Any), ("reason", p.reason as Any),
        ]
    }
}

extension PayloadSchemas.PrivacyApply: CorpusSchema {
    static func corpusFields(of p: PrivacyApplyEvent) -> [(String, Any)] {
        [
            ("apiName", p.apiName as Any), ("applyTime", p.applyTime as Any), ("auditID", p.auditID as Any),
            ("auditTime", p.auditTime as Any), ("reason", p.reason as Any), ("status", p.status as Any),
        ]
    }
}

extension PayloadSchemas.AppealRecord: CorpusSchema {
    static func corpusFields(of p: AppealRecordEvent) -> [(String, Any)] {
        [
            ("appealRecordID", p.appealRecordID), ("appID", p.appID as Any), ("appealTime", p.appealTime as Any),
            ("appealCount", p.appealCount as Any), ("appealFrom", p.appealFrom as Any),
            ("appealStatus", p.appealStatus as Any), ("punishDescription", p.punishDescription as Any),
            ("materials", p.materials),
        ]
    }
}

extension PayloadSchemas.BetaAppVerify: CorpusSchema {
    static func corpusFields(of p: BetaAppVerifyEvent) -> [(String, Any)] {
        [
            ("appID", p.appID as Any), ("officialAccountAppID", p.officialAccountAppID as Any),
            ("status", p.status as Any), ("message", p.message as Any), ("operationTime", p.operationTime as Any),
        ]
    }
}

extension PayloadSchemas.CardCheck: CorpusSchema {
    static func corpusFields(of p: CardCheckEvent) -> [(String, Any)] {
        [("cardID", p.cardID), ("refuseReason", p.refuseReason as Any)]
    }
}

extension PayloadSchemas.CardCode: CorpusSchema {
    static func corpusFields(of p: CardCodeEvent) -> [(String, Any)] {
        [("cardID", p.cardID), ("userCardCode", p.userCardCode), ("outerString", p.outerString as Any)]
    }
}

extension PayloadSchemas.CardStock: CorpusSchema {
    static func corpusFields(of p: CardStockEvent) -> [(String, Any)] {
        [("cardID", p.cardID), ("detail", p.detail)]
    }
}
