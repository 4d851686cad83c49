import Testing

@testable import WeChatMessages

@Suite("Graceful degradation")
struct GracefulDegradationTests {
    @Test("a known event whose optional fields are missing or empty stays typed, with nil")
    func missingOptionalFields() throws {
        let xml = Fixtures.event(
            "user_get_card",
            "<CardId><![CDATA[c]]></CardId><UserCardCode><![CDATA[1]]></UserCardCode><OuterId></OuterId>"
        )
        guard case .userGetCard(let card) = try Fixtures.decodeEvent(xml) else {
            Issue.record("not typed")
            return
        }
        #expect(card.cardID == "c")
        #expect(card.outerID == nil)
        #expect(card.isGiveByFriend == nil)
        #expect(card.friendUserName == nil)
        #expect(card.unionID == nil)

        let gift = Fixtures.event("giftcard_pay_done", "<OrderId><![CDATA[o]]></OrderId><IsChatRoom></IsChatRoom>")
        guard case .giftCardPayDone(let order) = try Fixtures.decodeEvent(gift) else {
            Issue.record("not typed")
            return
        }
        #expect(order.orderID == "o")
        #expect(order.pageID == nil)
        #expect(order.isChatRoom == nil)
    }

    @Test("a known message whose optional fields are missing stays typed")
    func messageMissingOptionalFields() throws {
        let xml = Fixtures.message("text", "<Content><![CDATA[hi]]></Content>")
        guard case .text(let text) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not text")
            return
        }
        #expect(text.content == "hi")
        #expect(text.msgID == 0)
        #expect(text.msgDataID == nil)
    }

    @Test("an event missing a required field is .event(.unknown) with its raw tree, never an unknown message")
    func missingRequiredField() throws {
        let xml = Fixtures.event("user_get_card", "<UserCardCode><![CDATA[226009850808]]></UserCardCode>")
        let message = try InboundMessage(parsing: xml.utf8)
        guard case .event(.unknown(let unknown)) = message else {
            Issue.record("decoded as \(message)")
            return
        }
        #expect(unknown.event == "user_get_card")
        #expect(unknown.raw["UserCardCode"] == "226009850808")
        #expect(unknown.header == Fixtures.expectedHeader)

        let gift = Fixtures.event("giftcard_pay_done", "<PageId><![CDATA[p]]></PageId>")
        guard case .unknown(let unknownGift) = try Fixtures.decodeEvent(gift) else {
            Issue.record("typed without OrderId")
            return
        }
        #expect(unknownGift.raw["PageId"] == "p")
    }

    @Test("a component_verify_ticket without CreateTime is still a ticket")
    func ticketWithoutCreateTime() throws {
        let xml = """
            <xml><AppId>wx_component</AppId><InfoType>component_verify_ticket</InfoType>\
            <ComponentVerifyTicket>ticket@@@x</ComponentVerifyTicket></xml>
            """
        guard case .verifyTicket(let ticket) = try ComponentNotice(parsing: xml.utf8) else {
            Issue.record("not a ticket")
            return
        }
        #expect(ticket.ticket == "ticket@@@x")
        #expect(ticket.createTime == nil)
        #expect(ticket.componentAppID == "wx_component")
    }

    @Test("a component notice missing a required field is .unknown with its raw tree")
    func noticeMissingRequiredField() throws {
        let xml = "<xml><AppId>wx_component</AppId><CreateTime>1</CreateTime><InfoType>authorized</InfoType></xml>"
        guard case .unknown(let notice) = try ComponentNotice(parsing: xml.utf8) else {
            Issue.record("typed without AuthorizerAppid")
            return
        }
        #expect(notice.infoType == "authorized")
        #expect(notice.raw["CreateTime"] == "1")
    }

    @Test("every catalogued event decodes into a case whose EventKind matches it, in any case")
    func catalog() throws {
        #expect(Event.catalog.count == Event.decoders.count)
        for decoder in Event.catalog {
            let required = decoder.name
            let xml = Fixtures.event(required.uppercased(), Self.minimalBody)
            let event = try Fixtures.decodeEvent(xml)
            guard case .unknown = event else {
                #expect(EventKind(named: decoder.name).matches(event.name))
                continue
            }
            Issue.record("\(decoder.name) decoded as unknown")
        }
    }

    /// Every element some typed event requires, so each catalogued event decodes typed.
    static let minimalBody = [
        "CardId", "UserCardCode", "ScanCodeInfo", "SendPicsInfo", "SendLocationInfo", "Latitude", "Longitude",
        "OrderId", "KfAccount", "FromKfAccount", "ToKfAccount", "MsgID", "PublishEventInfo", "SubscribeMsgPopupEvent",
        "SubscribeMsgChangeEvent", "SubscribeMsgSentEvent", "trace_id", "OpenID", "MerchantId", "Code", "title",
        "fpqqlsh", "PoiId", "audit_id", "ChosenBeacon", "LotteryId", "KeyStandard", "KeyStr", "EventKey",
        "GuideScanEvent", "ret", "result_info", "appeal_record_id", "ApplyAuthorizationInfoNoitfy",
    ].map { "<\($0)>1</\($0)>" }.joined()
}
