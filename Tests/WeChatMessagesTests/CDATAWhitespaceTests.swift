import Testing
import WeChatMessages

@Suite("White space beside CDATA")
struct CDATAWhitespaceTests {
    /// WeChat's card documentation writes its `user_get_card` sample with spaces around every CDATA section
    /// (https://developers.weixin.qq.com/doc/offiaccount/Cards_and_Offer/Coupons_Vouchers_and_Cards_Event_Push_Messages.html,
    /// quoted as is in WeRoBot's tests/test_parser.py).
    static let documentedCardEvent = """
        <xml>
            <ToUserName> <![CDATA[gh_fc0a06a20993]]> </ToUserName>
            <FromUserName> <![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]> </FromUserName>
            <CreateTime>1472551036</CreateTime>
            <MsgType> <![CDATA[event]]> </MsgType>
            <Event> <![CDATA[user_get_card]]> </Event>
            <CardId> <![CDATA[pZI8Fjwsy5fVPRBeD78J4RmqVvBc]]> </CardId>
            <IsGiveByFriend>0</IsGiveByFriend>
            <UserCardCode> <![CDATA[226009850808]]> </UserCardCode>
            <FriendUserName> <![CDATA[]]> </FriendUserName>
            <OuterId>0</OuterId>
            <OldUserCardCode> <![CDATA[]]> </OldUserCardCode>
            <OuterStr> <![CDATA[12b]]> </OuterStr>
            <IsRestoreMemberCard>0</IsRestoreMemberCard>
            <IsRecommendByFriend>0</IsRecommendByFriend>
        </xml>
        """

    @Test("the documented card event is an event, not an unknown message, with clean values")
    func documentedCardEvent() throws {
        let message = try InboundMessage(parsing: Self.documentedCardEvent.utf8)
        guard case .event(.userGetCard(let card)) = message else {
            Issue.record("decoded as \(message)")
            return
        }
        #expect(card.header.msgType == "event")
        #expect(card.header.toUserName == "gh_fc0a06a20993")
        #expect(card.event == "user_get_card")
        #expect(card.cardID == "pZI8Fjwsy5fVPRBeD78J4RmqVvBc")
        #expect(card.userCardCode == "226009850808")
        #expect(card.friendUserName == "")
        #expect(card.outerString == "12b")
        #expect(card.isGiveByFriend == false)
    }

    @Test("the documented invoice event (SKIT's sample) is typed too")
    func documentedInvoiceEvent() throws {
        // SKIT.FlurlHttpClient.Wechat test/.../EventSamples/Card/UserAuthorizeInvoiceEvent.xml
        let xml = """
            <xml>
                <ToUserName> <![CDATA[gh_fc0a06a20993]]> </ToUserName>
                <FromUserName> <![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]> </FromUserName>
                <CreateTime>1475134700</CreateTime>
                <MsgType> <![CDATA[event]]> </MsgType>
                <Event> <![CDATA[user_authorize_invoice]]> </Event>
                <SuccOrderId> <![CDATA[1202933957956]]> </SuccOrderId>
                <FailOrderId> <![CDATA[]]> </FailOrderId>
            </xml>
            """
        guard case .event(.userAuthorizeInvoice(let invoice)) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not user_authorize_invoice")
            return
        }
        #expect(invoice.succeededOrderID == "1202933957956")
        #expect(invoice.failedOrderID == "")
    }

    @Test("text inside one CDATA section is never trimmed; white space without CDATA is kept")
    func userTextIsKept() throws {
        let spaced = try XMLTreeDecoder.parse("<xml><Content><![CDATA[  hello \n ]]></Content></xml>")
        #expect(spaced["Content"] == "  hello \n ")
        let bare = try XMLTreeDecoder.parse("<xml><Content>  hello  </Content></xml>")
        #expect(bare["Content"] == "  hello  ")
        let blank = try XMLTreeDecoder.parse("<xml><Content>   </Content></xml>")
        #expect(blank["Content"] == "   ")
        let onlySpaceInCDATA = try XMLTreeDecoder.parse("<xml><Content> <![CDATA[ ]]> </Content></xml>")
        #expect(onlySpaceInCDATA["Content"] == " ")
    }

    @Test("white space between CDATA sections is layout; other text beside CDATA is kept")
    func mixedText() throws {
        let split = try XMLTreeDecoder.parse("<xml><A> <![CDATA[ab]]>\n <![CDATA[cd]]> </A></xml>")
        #expect(split["A"] == "abcd")
        let mixed = try XMLTreeDecoder.parse("<xml><A>x <![CDATA[y]]> z</A></xml>")
        #expect(mixed["A"] == "x y z")
    }
}
