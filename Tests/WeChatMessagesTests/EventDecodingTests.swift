import Testing
import WeChatMessages

@Suite("Event decoding")
struct EventDecodingTests {
    @Test("subscribe via QR code: scene without prefix, ticket, raw key")
    func subscribeWithScene() throws {
        let xml = Fixtures.event(
            "subscribe",
            "<EventKey><![CDATA[qrscene_123123]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>"
        )
        let event = try Fixtures.decodeEvent(xml)
        guard case .subscribe(let subscribe) = event else {
            Issue.record("not subscribe")
            return
        }
        #expect(subscribe.scene == "123123")
        #expect(subscribe.ticket == "TICKET")
        #expect(subscribe.eventKey == "qrscene_123123")
        #expect(event.name == "subscribe")
        #expect(event.eventKey == "qrscene_123123")
        #expect(event.header == Fixtures.expectedHeader)
    }

    @Test("plain subscribe: no key, no scene; empty key also no scene")
    func plainSubscribe() throws {
        #expect(
            try Fixtures.decodeEvent(Fixtures.event("subscribe"))
                == .subscribe(SubscribeEvent(header: Fixtures.expectedHeader)))
        guard
            case .subscribe(let empty) = try Fixtures.decodeEvent(
                Fixtures.event("subscribe", "<EventKey><![CDATA[]]></EventKey>")
            )
        else {
            Issue.record("not subscribe")
            return
        }
        #expect(empty.eventKey == "")
        #expect(empty.scene == nil)
    }

    @Test("unsubscribe")
    func unsubscribe() throws {
        #expect(
            try Fixtures.decodeEvent(Fixtures.event("unsubscribe", "<EventKey><![CDATA[]]></EventKey>"))
                == .unsubscribe(UnsubscribeEvent(header: Fixtures.expectedHeader, eventKey: ""))
        )
    }

    @Test("SCAN")
    func scan() throws {
        let xml = Fixtures.event("SCAN", "<EventKey><![CDATA[123123]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>")
        #expect(
            try Fixtures.decodeEvent(xml)
                == .scan(ScanEvent(header: Fixtures.expectedHeader, eventKey: "123123", ticket: "TICKET"))
        )
    }

    @Test("LOCATION report")
    func locationReport() throws {
        let xml = Fixtures.event(
            "LOCATION",
            "<Latitude>23.137466</Latitude><Longitude>113.352425</Longitude><Precision>119.385040</Precision>"
        )
        let expected = LocationEvent(
            header: Fixtures.expectedHeader,
            latitude: 23.137466,
            longitude: 113.352425,
            precision: 119.385040
        )
        #expect(try Fixtures.decodeEvent(xml) == .location(expected))
    }

    @Test("CLICK, VIEW and view_miniprogram")
    func menuEvents() throws {
        #expect(
            try Fixtures.decodeEvent(Fixtures.event("CLICK", "<EventKey><![CDATA[EVENTKEY]]></EventKey>"))
                == .click(ClickEvent(header: Fixtures.expectedHeader, eventKey: "EVENTKEY"))
        )
        let view = try Fixtures.decodeEvent(Fixtures.event("VIEW", "<EventKey><![CDATA[www.qq.com]]></EventKey>"))
        #expect(view == .view(ViewEvent(header: Fixtures.expectedHeader, eventKey: "www.qq.com")))
        #expect(view.eventKey == "www.qq.com")
        let miniProgram = try Fixtures.decodeEvent(
            Fixtures.event(
                "view_miniprogram",
                "<EventKey><![CDATA[pages/index/index]]></EventKey><MenuId>MENUID</MenuId>"
            )
        )
        #expect(
            miniProgram
                == .viewMiniProgram(
                    ViewMiniProgramEvent(
                        header: Fixtures.expectedHeader, eventKey: "pages/index/index", menuID: "MENUID",
                        event: "view_miniprogram")
                )
        )
    }

    @Test("scancode_push and scancode_waitmsg")
    func scanCode() throws {
        let push = Fixtures.event(
            "scancode_push",
            "<EventKey><![CDATA[6]]></EventKey><ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType>"
                + "<ScanResult><![CDATA[1]]></ScanResult></ScanCodeInfo>"
        )
        #expect(
            try Fixtures.decodeEvent(push)
                == .scanCodePush(
                    ScanCodeEvent(
                        header: Fixtures.expectedHeader,
                        eventKey: "6",
                        scanType: "qrcode",
                        scanResult: "1",
                        event: "scancode_push"
                    )
                )
        )
        let wait = Fixtures.event(
            "scancode_waitmsg",
            "<EventKey><![CDATA[6]]></EventKey><ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType>"
                + "<ScanResult><![CDATA[2]]></ScanResult></ScanCodeInfo>"
        )
        guard case .scanCodeWaitMessage(let waiting) = try Fixtures.decodeEvent(wait) else {
            Issue.record("not scancode_waitmsg")
            return
        }
        #expect(waiting.scanResult == "2")
        #expect(waiting.event == "scancode_waitmsg")
    }

    @Test("pic_* events: PicList items are always an array", arguments: [0, 1, 3])
    func pictures(count: Int) throws {
        let items = String(
            repeating: "<item><PicMd5Sum><![CDATA[1b5f7c23b5bf75682a53e7b6d163e185]]></PicMd5Sum></item>",
            count: count
        )
        let body =
            "<EventKey><![CDATA[6]]></EventKey><SendPicsInfo><Count>\(count)</Count>"
            + "<PicList>\(items)</PicList></SendPicsInfo>"
        let sums = Array(repeating: "1b5f7c23b5bf75682a53e7b6d163e185", count: count)
        guard case .picturesSystemPhoto(let system) = try Fixtures.decodeEvent(Fixtures.event("pic_sysphoto", body))
        else {
            Issue.record("not pic_sysphoto")
            return
        }
        #expect(system.pictureMD5Sums == sums)
        #expect(system.count == count)
        guard
            case .picturesPhotoOrAlbum(let album) = try Fixtures.decodeEvent(Fixtures.event("pic_photo_or_album", body))
        else {
            Issue.record("not pic_photo_or_album")
            return
        }
        #expect(album.pictureMD5Sums == sums)
        guard case .picturesWeixin(let weixin) = try Fixtures.decodeEvent(Fixtures.event("pic_weixin", body)) else {
            Issue.record("not pic_weixin")
            return
        }
        #expect(weixin.pictureMD5Sums == sums)
        #expect(weixin.eventKey == "6")
    }

    @Test("location_select with CDATA numbers and empty Poiname")
    func locationSelect() throws {
        let xml = Fixtures.event(
            "location_select",
            "<EventKey><![CDATA[6]]></EventKey><SendLocationInfo><Location_X><![CDATA[23]]></Location_X>"
                + "<Location_Y><![CDATA[113]]></Location_Y><Scale><![CDATA[15]]></Scale>"
                + "<Label><![CDATA[ 广州市海珠区客村艺苑路 106号]]></Label><Poiname><![CDATA[]]></Poiname>"
                + "</SendLocationInfo>"
        )
        let expected = LocationSelectEvent(
            header: Fixtures.expectedHeader,
            eventKey: "6",
            latitude: 23,
            longitude: 113,
            scale: 15,
            label: " 广州市海珠区客村艺苑路 106号",
            poiName: ""
        )
        #expect(try Fixtures.decodeEvent(xml) == .locationSelect(expected))
    }

    @Test("MASSSENDJOBFINISH with copyright check and article URLs")
    func massSendJobFinish() throws {
        let xml = Fixtures.event(
            "MASSSENDJOBFINISH",
            "<MsgID>1000001625</MsgID><Status><![CDATA[err(30003)]]></Status><TotalCount>0</TotalCount>"
                + "<FilterCount>0</FilterCount><SentCount>0</SentCount><ErrorCount>0</ErrorCount>"
                + "<CopyrightCheckResult><Count>2</Count><ResultList>"
                + "<item><ArticleIdx>1</ArticleIdx><UserDeclareState>0</UserDeclareState><AuditState>2</AuditState>"
                + "<OriginalArticleUrl><![CDATA[Url_1]]></OriginalArticleUrl><OriginalArticleType>1</OriginalArticleType>"
                + "<CanReprint>1</CanReprint><NeedReplaceContent>1</NeedReplaceContent>"
                + "<NeedShowReprintSource>1</NeedShowReprintSource></item>"
                + "<item><ArticleIdx>2</ArticleIdx><UserDeclareState>0</UserDeclareState><AuditState>2</AuditState>"
                + "<OriginalArticleUrl><![CDATA[Url_2]]></OriginalArticleUrl><OriginalArticleType>1</OriginalArticleType>"
                + "<CanReprint>1</CanReprint><NeedReplaceContent>1</NeedReplaceContent>"
                + "<NeedShowReprintSource>1</NeedShowReprintSource></item>"
                + "</ResultList><CheckState>2</CheckState></CopyrightCheckResult>"
                + "<ArticleUrlResult><Count>1</Count><ResultList><item><ArticleIdx>1</ArticleIdx>"
                + "<ArticleUrl><![CDATA[Url]]></ArticleUrl></item></ResultList></ArticleUrlResult>"
        )
        guard case .massSendJobFinish(let job) = try Fixtures.decodeEvent(xml) else {
            Issue.record("not MASSSENDJOBFINISH")
            return
        }
        #expect(job.msgID == 1_000_001_625)
        #expect(job.status == "err(30003)")
        #expect(job.totalCount == 0 && job.filterCount == 0 && job.sentCount == 0 && job.errorCount == 0)
        let check = try #require(job.copyrightCheck)
        #expect(check.count == 2)
        #expect(check.checkState == 2)
        #expect(check.results.map(\.articleIndex) == [1, 2])
        #expect(check.results.map(\.originalArticleURL) == ["Url_1", "Url_2"])
        #expect(check.results.first?.auditState == 2)
        #expect(check.results.first?.needShowReprintSource == 1)
        #expect(job.articleURLs == [MassSendJobFinishEvent.ArticleURL(articleIndex: 1, url: "Url")])
    }

    @Test("MASSSENDJOBFINISH without optional results")
    func massSendJobFinishMinimal() throws {
        let xml = Fixtures.event(
            "MASSSENDJOBFINISH", "<MsgID>1</MsgID><Status>send success</Status><SentCount>5</SentCount>")
        guard case .massSendJobFinish(let job) = try Fixtures.decodeEvent(xml) else {
            Issue.record("not MASSSENDJOBFINISH")
            return
        }
        #expect(job.copyrightCheck == nil)
        #expect(job.articleURLs.isEmpty)
        #expect(job.sentCount == 5)
    }

    @Test("TEMPLATESENDJOBFINISH")
    func templateSendJobFinish() throws {
        let xml = Fixtures.event(
            "TEMPLATESENDJOBFINISH", "<MsgID>200163836</MsgID><Status><![CDATA[success]]></Status>")
        #expect(
            try Fixtures.decodeEvent(xml)
                == .templateSendJobFinish(
                    TemplateSendJobFinishEvent(header: Fixtures.expectedHeader, msgID: 200_163_836, status: "success")
                )
        )
    }

    @Test("PUBLISHJOBFINISH with repeated fail_idx and article_detail items")
    func publishJobFinish() throws {
        let xml = Fixtures.event(
            "PUBLISHJOBFINISH",
            "<PublishEventInfo><publish_id>18446744073709551615</publish_id><publish_status>2</publish_status>"
                + "<article_id><![CDATA[b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvy]]></article_id>"
                + "<article_detail><count>2</count><item><idx>1</idx><article_url><![CDATA[URL1]]></article_url></item>"
                + "<item><idx>2</idx><article_url><![CDATA[URL2]]></article_url></item></article_detail>"
                + "<fail_idx>1</fail_idx><fail_idx>2</fail_idx></PublishEventInfo>"
        )
        guard case .publishJobFinish(let job) = try Fixtures.decodeEvent(xml) else {
            Issue.record("not PUBLISHJOBFINISH")
            return
        }
        #expect(job.publishID == 18_446_744_073_709_551_615)
        #expect(job.publishStatus == 2)
        #expect(job.articleID == "b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvy")
        #expect(job.articles == [.init(index: 1, url: "URL1"), .init(index: 2, url: "URL2")])
        #expect(job.failedIndices == [1, 2])
    }

    @Test("subscribe_msg_popup_event with one and with two List entries")
    func subscribeMessagePopup() throws {
        let one = Fixtures.event(
            "subscribe_msg_popup_event",
            "<SubscribeMsgPopupEvent><List><TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>"
                + "<SubscribeStatusString><![CDATA[accept]]></SubscribeStatusString><PopupScene>2</PopupScene></List>"
                + "</SubscribeMsgPopupEvent>"
        )
        guard case .subscribeMessagePopup(let single) = try Fixtures.decodeEvent(one) else {
            Issue.record("not subscribe_msg_popup_event")
            return
        }
        #expect(
            single.items == [
                .init(templateID: "VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc", status: "accept", popupScene: 2)
            ]
        )
        let two = Fixtures.event(
            "subscribe_msg_popup_event",
            "<SubscribeMsgPopupEvent><List><TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>"
                + "<SubscribeStatusString><![CDATA[accept]]></SubscribeStatusString><PopupScene>2</PopupScene></List>"
                + "<List><TemplateId><![CDATA[9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI]]></TemplateId>"
                + "<SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString><PopupScene>2</PopupScene></List>"
                + "</SubscribeMsgPopupEvent>"
        )
        guard case .subscribeMessagePopup(let double) = try Fixtures.decodeEvent(two) else {
            Issue.record("not subscribe_msg_popup_event")
            return
        }
        #expect(
            double.items.map(\.templateID) == [
                "VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc", "9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI",
            ])
        #expect(double.items.map(\.status) == ["accept", "reject"])
    }

    @Test("subscribe_msg_change_event")
    func subscribeMessageChange() throws {
        let xml = Fixtures.event(
            "subscribe_msg_change_event",
            "<SubscribeMsgChangeEvent><List><TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>"
                + "<SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString></List></SubscribeMsgChangeEvent>"
        )
        guard case .subscribeMessageChange(let change) = try Fixtures.decodeEvent(xml) else {
            Issue.record("not subscribe_msg_change_event")
            return
        }
        #expect(change.items == [.init(templateID: "VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc", status: "reject")])
    }

    @Test("subscribe_msg_sent_event keeps a MsgID beyond 2^53 exactly")
    func subscribeMessageSent() throws {
        let xml = Fixtures.event(
            "subscribe_msg_sent_event",
            "<SubscribeMsgSentEvent><List><TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>"
                + "<MsgID>1700827132819554304</MsgID><ErrorCode>0</ErrorCode>"
                + "<ErrorStatus><![CDATA[success]]></ErrorStatus></List></SubscribeMsgSentEvent>"
        )
        guard case .subscribeMessageSent(let sent) = try Fixtures.decodeEvent(xml) else {
            Issue.record("not subscribe_msg_sent_event")
            return
        }
        let item = try #require(sent.items.first)
        #expect(item.msgID == 1_700_827_132_819_554_304)
        #expect(item.templateID == "VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc")
        #expect(item.errorCode == 0)
        #expect(item.errorStatus == "success")
        #expect(sent.items.count == 1)
    }

    @Test("subscribe-message events with an empty list")
    func emptyLists() throws {
        guard
            case .subscribeMessageSent(let sent) = try Fixtures.decodeEvent(
                Fixtures.event("subscribe_msg_sent_event", "<SubscribeMsgSentEvent></SubscribeMsgSentEvent>")
            )
        else {
            Issue.record("not subscribe_msg_sent_event")
            return
        }
        #expect(sent.items.isEmpty)
    }

    @Test("verification events")
    func verification() throws {
        let success = "<ExpiredTime>1442401156</ExpiredTime>"
        let failure = "<FailTime>1442401122</FailTime><FailReason><![CDATA[by time]]></FailReason>"
        let header = Fixtures.expectedHeader
        func expectSuccess(_ name: String, _ wrap: (VerificationSuccessEvent) -> Event) throws {
            #expect(
                try Fixtures.decodeEvent(Fixtures.event(name, success))
                    == wrap(VerificationSuccessEvent(header: header, expiredTime: 1_442_401_156, event: name))
            )
        }
        func expectFailure(_ name: String, _ wrap: (VerificationFailureEvent) -> Event) throws {
            #expect(
                try Fixtures.decodeEvent(Fixtures.event(name, failure))
                    == wrap(
                        VerificationFailureEvent(
                            header: header, failTime: 1_442_401_122, failReason: "by time", event: name))
            )
        }
        try expectSuccess("qualification_verify_success", Event.qualificationVerifySuccess)
        try expectSuccess("naming_verify_success", Event.namingVerifySuccess)
        try expectSuccess("annual_renew", Event.annualRenew)
        try expectSuccess("verify_expired", Event.verifyExpired)
        try expectFailure("qualification_verify_fail", Event.qualificationVerifyFailure)
        try expectFailure("naming_verify_fail", Event.namingVerifyFailure)
    }

    @Test("kf_create_session, kf_close_session, kf_switch_session")
    func customerServiceSessions() throws {
        let header = Fixtures.expectedHeader
        #expect(
            try Fixtures.decodeEvent(
                Fixtures.event("kf_create_session", "<KfAccount><![CDATA[test1@test]]></KfAccount>"))
                == .kfCreateSession(
                    CustomerServiceSessionEvent(header: header, kfAccount: "test1@test", event: "kf_create_session"))
        )
        #expect(
            try Fixtures.decodeEvent(
                Fixtures.event("kf_close_session", "<KfAccount><![CDATA[test1@test]]></KfAccount>"))
                == .kfCloseSession(
                    CustomerServiceSessionEvent(header: header, kfAccount: "test1@test", event: "kf_close_session"))
        )
        let switched = Fixtures.event(
            "kf_switch_session",
            "<FromKfAccount><![CDATA[test1@test]]></FromKfAccount><ToKfAccount><![CDATA[test2@test]]></ToKfAccount>"
        )
        #expect(
            try Fixtures.decodeEvent(switched)
                == .kfSwitchSession(
                    CustomerServiceSwitchEvent(header: header, fromKfAccount: "test1@test", toKfAccount: "test2@test"))
        )
    }

    @Test("user authorization change events")
    func userAuthorizationChanges() throws {
        let body = "<OpenID>openid</OpenID><AppID>wxappid</AppID><RevokeInfo>301</RevokeInfo><UnionID>union</UnionID>"
        let cases: [(String, (UserAuthorizationChangeEvent) -> Event)] = [
            ("user_info_modified", Event.userInfoModified),
            ("user_authorization_revoke", Event.userAuthorizationRevoke),
            ("user_authorization_cancellation", Event.userAuthorizationCancellation),
        ]
        for (name, wrap) in cases {
            let event = try Fixtures.decodeEvent(Fixtures.event(name, body))
            let expected = UserAuthorizationChangeEvent(
                header: Fixtures.expectedHeader,
                openID: "openid",
                appID: "wxappid",
                revokeInfo: "301",
                unionID: "union",
                event: name
            )
            #expect(event == wrap(expected))
            #expect(event.name == name)
        }
    }

    @Test("mini-program events: temp session and media check")
    func miniProgramEvents() throws {
        #expect(
            try Fixtures.decodeEvent(
                Fixtures.event("user_enter_tempsession", "<SessionFrom><![CDATA[sessionFrom]]></SessionFrom>"))
                == .userEnterTempSession(
                    UserEnterTempSessionEvent(header: Fixtures.expectedHeader, sessionFrom: "sessionFrom"))
        )
        let check = Fixtures.event(
            "wxa_media_check",
            "<isrisky>1</isrisky><extra_info_json><![CDATA[{\"a\":1}]]></extra_info_json>"
                + "<trace_id><![CDATA[967e945cd8a3e458f3c74dcb886068e9]]></trace_id><status_code>0</status_code>"
        )
        #expect(
            try Fixtures.decodeEvent(check)
                == .mediaCheck(
                    MediaCheckEvent(
                        header: Fixtures.expectedHeader,
                        isRisky: true,
                        extraInfoJSON: "{\"a\":1}",
                        traceID: "967e945cd8a3e458f3c74dcb886068e9",
                        statusCode: 0
                    )
                )
        )
    }

    @Test("card events")
    func cardEvents() throws {
        let header = Fixtures.expectedHeader
        guard
            case .cardPassCheck(let passed) = try Fixtures.decodeEvent(
                Fixtures.event("card_pass_check", "<CardId><![CDATA[card]]></CardId>"))
        else {
            Issue.record("not card_pass_check")
            return
        }
        #expect(passed.header == header && passed.cardID == "card" && passed.event == "card_pass_check")
        #expect(passed.refuseReason == nil)
        guard
            case .cardNotPassCheck(let refused) = try Fixtures.decodeEvent(
                Fixtures.event(
                    "card_not_pass_check", "<CardId>card</CardId><RefuseReason><![CDATA[非法代制]]></RefuseReason>"))
        else {
            Issue.record("not card_not_pass_check")
            return
        }
        #expect(refused.cardID == "card" && refused.refuseReason == "非法代制" && refused.event == "card_not_pass_check")
        let get = Fixtures.event(
            "user_get_card",
            "<CardId>card</CardId><IsGiveByFriend>1</IsGiveByFriend><FriendUserName>friend</FriendUserName>"
                + "<UserCardCode>12312312</UserCardCode><OldUserCardCode>old</OldUserCardCode><OuterId>0</OuterId>"
                + "<IsRestoreMemberCard>0</IsRestoreMemberCard><IsRecommendByFriend>0</IsRecommendByFriend>"
                + "<UnionId>union</UnionId>"
        )
        guard case .userGetCard(let received) = try Fixtures.decodeEvent(get) else {
            Issue.record("not user_get_card")
            return
        }
        #expect(received.isGiveByFriend == true)
        #expect(received.isRestoreMemberCard == false)
        #expect(received.userCardCode == "12312312")
        #expect(received.outerID == 0)
        #expect(received.unionID == "union")
        let gifting = Fixtures.event(
            "user_gifting_card",
            "<CardId>card</CardId><UserCardCode>code</UserCardCode><IsReturnBack>0</IsReturnBack>"
                + "<FriendUserName>friend</FriendUserName><IsChatRoom>1</IsChatRoom>"
        )
        #expect(
            try Fixtures.decodeEvent(gifting)
                == .userGiftingCard(
                    UserGiftingCardEvent(
                        header: header,
                        cardID: "card",
                        userCardCode: "code",
                        isReturnBack: false,
                        friendUserName: "friend",
                        isChatRoom: true
                    )
                )
        )
        let codeBody = "<CardId>card</CardId><UserCardCode>code</UserCardCode>"
        for name in ["user_del_card", "user_view_card", "user_enter_session_from_card", "submit_membercard_user_info"] {
            let event = try Fixtures.decodeEvent(Fixtures.event(name, codeBody))
            let card = try #require(event.payload as? CardCodeEvent)
            #expect(card.header == header && card.cardID == "card" && card.userCardCode == "code")
            #expect(card.event == name && card.outerString == nil)
        }
        let consume = Fixtures.event(
            "user_consume_card",
            codeBody + "<ConsumeSource>FROM_API</ConsumeSource><LocationName>店</LocationName>"
                + "<StaffOpenId>staff</StaffOpenId><VerifyCode>v</VerifyCode><RemarkAmount>r</RemarkAmount><OuterStr>o</OuterStr>"
        )
        guard case .userConsumeCard(let consumed) = try Fixtures.decodeEvent(consume) else {
            Issue.record("not user_consume_card")
            return
        }
        #expect(consumed.consumeSource == "FROM_API")
        #expect(consumed.locationName == "店")
        #expect(consumed.outerString == "o")
        let payCell = Fixtures.event(
            "user_pay_from_pay_cell",
            codeBody + "<TransId>t</TransId><LocationId>1</LocationId><Fee>100</Fee><OriginalFee>120</OriginalFee>"
        )
        guard case .userPayFromPayCell(let paid) = try Fixtures.decodeEvent(payCell) else {
            Issue.record("not user_pay_from_pay_cell")
            return
        }
        #expect(paid.fee == 100 && paid.originalFee == 120 && paid.transactionID == "t")
        let update = Fixtures.event(
            "update_member_card", codeBody + "<ModifyBonus>3</ModifyBonus><ModifyBalance>-2</ModifyBalance>")
        #expect(
            try Fixtures.decodeEvent(update)
                == .updateMemberCard(
                    MemberCardUpdateEvent(
                        header: header, cardID: "card", userCardCode: "code", modifyBonus: 3, modifyBalance: -2))
        )
        let stock = Fixtures.event("card_sku_remind", "<CardId>card</CardId><Detail>库存不足</Detail>")
        guard case .cardSkuRemind(let lowStock) = try Fixtures.decodeEvent(stock) else {
            Issue.record("not card_sku_remind")
            return
        }
        #expect(lowStock.header == header && lowStock.cardID == "card" && lowStock.detail == "库存不足")
        let order = Fixtures.event(
            "card_pay_order",
            "<OrderId>o1</OrderId><Status>ORDER_STATUS_FINANCE_SUCC</Status><CreateOrderTime>1</CreateOrderTime>"
                + "<PayFinishTime>2</PayFinishTime><Desc>d</Desc><FreeCoinCount>3</FreeCoinCount>"
        )
        guard case .cardPayOrder(let payOrder) = try Fixtures.decodeEvent(order) else {
            Issue.record("not card_pay_order")
            return
        }
        #expect(payOrder.orderID == "o1" && payOrder.payFinishTime == 2 && payOrder.freeCoinCount == "3")
        #expect(payOrder.memo == "")
    }

    @Test("weapp audit events")
    func weappAudit() throws {
        let header = Fixtures.expectedHeader
        #expect(
            try Fixtures.decodeEvent(Fixtures.event("weapp_audit_success", "<SuccTime>1535442403</SuccTime>"))
                == .weappAuditSuccess(WeappAuditSuccessEvent(header: header, successTime: 1_535_442_403))
        )
        #expect(
            try Fixtures.decodeEvent(
                Fixtures.event(
                    "weapp_audit_fail",
                    "<Reason><![CDATA[1:账号信息不符]]></Reason><FailTime>1488872974</FailTime><ScreenShot>a|b</ScreenShot>"
                )
            )
                == .weappAuditFailure(
                    WeappAuditFailureEvent(
                        header: header, failTime: 1_488_872_974, reason: "1:账号信息不符", screenshot: "a|b"))
        )
        #expect(
            try Fixtures.decodeEvent(Fixtures.event("weapp_audit_delay", "<Reason>r</Reason><DelayTime>5</DelayTime>"))
                == .weappAuditDelay(WeappAuditDelayEvent(header: header, delayTime: 5, reason: "r"))
        )
    }

    @Test("Event is matched case-insensitively and the raw value kept")
    func caseInsensitiveEvent() throws {
        let event = try Fixtures.decodeEvent(Fixtures.event("Click", "<EventKey>K</EventKey>"))
        #expect(event == .click(ClickEvent(header: Fixtures.expectedHeader, eventKey: "K", event: "Click")))
        #expect(event.name == "Click")
    }

    @Test("unknown Event keeps every raw field")
    func unknownEvent() throws {
        let xml = Fixtures.event(
            "FutureShakeEvent", "<EventKey>k</EventKey><ChosenBeacon><Uuid>u</Uuid></ChosenBeacon>")
        let event = try Fixtures.decodeEvent(xml)
        guard case .unknown(let unknown) = event else {
            Issue.record("not unknown")
            return
        }
        #expect(unknown.event == "FutureShakeEvent")
        #expect(event.name == "FutureShakeEvent")
        #expect(event.eventKey == "k")
        #expect(unknown.raw.child("ChosenBeacon")?["Uuid"] == "u")
        #expect(unknown.raw["Event"] == "FutureShakeEvent")
    }

    @Test("an event without Event is unknown with an empty name")
    func missingEventName() throws {
        let xml = "<xml>\(Fixtures.header(msgType: "event"))</xml>"
        let event = try Fixtures.decodeEvent(xml)
        #expect(
            event
                == .unknown(
                    UnknownEvent(header: Fixtures.expectedHeader, event: "", raw: try XMLTreeDecoder.parse(xml))))
    }
}
