// Payloads from WeChat's documentation (through the mirrors and SDK comments that quote it) and from pushes
// real accounts received, as quoted in huasx/wechat's receive/*.go comments (https://github.com/huasx/wechat)
// and in WeChat developer-community posts. Where a source quotes a push as JSON (the account chose JSON
// pushes), the values are written here as the XML WeChat sends otherwise; the source says so.

extension CorpusSamples {
    static let docs: [CorpusSample] = [
        .init(
            "WeChat docs Receiving_event_pushes, subscribe (mirror w3cschool.cn/weixinkaifawendang/w8od1qcn.html)",
            """
            <xml> <ToUserName><![CDATA[toUser]]></ToUserName> <FromUserName><![CDATA[FromUser]]></FromUserName> <CreateTime>123456789</CreateTime> <MsgType><![CDATA[event]]></MsgType> <Event><![CDATA[subscribe]]></Event> </xml>
            """,
            .typed("event.subscribe", ["eventKey": "nil", "header.toUserName": "toUser"])
        ),
        .init(
            "WeChat docs Receiving_event_pushes, subscribe by QR code (mirror w3cschool.cn)",
            """
            <xml><ToUserName><![CDATA[toUser]]></ToUserName> <FromUserName><![CDATA[FromUser]]></FromUserName> <CreateTime>123456789</CreateTime> <MsgType><![CDATA[event]]></MsgType> <Event><![CDATA[subscribe]]></Event> <EventKey><![CDATA[qrscene_123123]]></EventKey> <Ticket><![CDATA[TICKET]]></Ticket> </xml>
            """,
            .typed("event.subscribe", ["eventKey": "qrscene_123123", "ticket": "TICKET"])
        ),
        .init(
            "WeChat docs Receiving_event_pushes, SCAN (mirror cnblogs.com/acanjava/articles/7380793.html)",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>123456789</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[SCAN]]></Event>
            <EventKey><![CDATA[SCENE_VALUE]]></EventKey>
            <Ticket><![CDATA[TICKET]]></Ticket>
            </xml>
            """,
            .typed("event.scan", ["eventKey": "SCENE_VALUE", "ticket": "TICKET"])
        ),
        .init(
            "WeChat docs Receiving_event_pushes, LOCATION (mirror blog.csdn.net/weixin_34397291/article/details/92300173)",
            """
            <xml> <ToUserName><![CDATA[toUser]]></ToUserName> <FromUserName><![CDATA[fromUser]]></FromUserName> <CreateTime>123456789</CreateTime> <MsgType><![CDATA[event]]></MsgType> <Event><![CDATA[LOCATION]]></Event> <Latitude>23.137466</Latitude> <Longitude>113.352425</Longitude> <Precision>119.385040</Precision> </xml>
            """,
            .typed("event.location", ["latitude": "23.137466", "precision": "119.38504"])
        ),
        .init(
            "WeChat docs Receiving_event_pushes, CLICK (mirror blog.csdn.net/weixin_34397291/article/details/92300173)",
            """
            <xml> <ToUserName><![CDATA[toUser]]></ToUserName> <FromUserName><![CDATA[FromUser]]></FromUserName> <CreateTime>123456789</CreateTime> <MsgType><![CDATA[event]]></MsgType> <Event><![CDATA[CLICK]]></Event> <EventKey><![CDATA[EVENTKEY]]></EventKey> </xml>
            """,
            .typed("event.click", ["eventKey": "EVENTKEY"])
        ),
        .init(
            "WeChat docs shopping-guide.onGuideCreateQrCode (guide_qrcode_scan_event sample)",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[fromUser]]></FromUserName>
            <CreateTime>1546924844</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[guide_qrcode_scan_event]]></Event>
            <GuideScanEvent>
            <qrcode_guide_account>![CDATA[xxx]]</qrcode_guide_account>
            <qrcode_guide_openid>![CDATA[xxx]]</qrcode_guide_openid>
            <openid>![CDATA[xxx]]</openid>
            <action>11</action>
            <qrcode_info>![CDATA[xxx]]</qrcode_info>
            </GuideScanEvent>
            </xml>
            """,
            .typed("event.guideQRCodeScan", ["action": "11"])
        ),
        .init(
            "WeChat open-platform docs, component_verify_ticket (quoted in cloud.tencent.com/developer/article/2361185)",
            """
            <xml>
            <AppId>some_appid</AppId>
            <CreateTime>1413192605</CreateTime>
            <InfoType>component_verify_ticket</InfoType>
            <ComponentVerifyTicket>some_verify_ticket</ComponentVerifyTicket>
            </xml>
            """,
            .typed("notice.verifyTicket", ["ticket": "some_verify_ticket", "infoType": "component_verify_ticket"])
        ),
        .init(
            "WeChat open-platform docs, unauthorized (quoted in cloud.tencent.com/developer/article/2361185)",
            """
            <xml>
            <AppId>第三方平台appid</AppId>
            <CreateTime>1413192760</CreateTime>
            <InfoType>unauthorized</InfoType>
            <AuthorizerAppid>公众号appid</AuthorizerAppid>
            </xml>
            """,
            .typed(
                "notice.unauthorized",
                ["componentAppID": "第三方平台appid", "createTime": "1413192760", "authorizerAppID": "公众号appid"])
        ),
        .init(
            "WeChat open-platform docs, notify_third_fasteregister for a company (quoted in JeffreySu/WeiXinMPSDK#2870)",
            """
            <xml> <AppId><![CDATA[第三方平台appid]]></AppId> <CreateTime>1535442403</CreateTime> <InfoType><![CDATA[notify_third_fasteregister]]></InfoType> <appid>创建小程序appid</appid> <status>0</status> <auth_code>xxxxx第三方授权码</auth_code> <msg>OK</msg> <info> <name><![CDATA[企业名称]]></name> <code><![CDATA[企业代码]]></code> <code_type>1</code_type> <legal_persona_wechat><![CDATA[法人微信号]]></legal_persona_wechat> <legal_persona_name><![CDATA[法人姓名]]></legal_persona_name> <component_phone><![CDATA[第三方联系电话]]></component_phone> </info> </xml>
            """,
            .typed(
                "notice.fastRegistration",
                [
                    "appID": "创建小程序appid", "status": "0", "authCode": "xxxxx第三方授权码", "message": "OK",
                    "info.name": "企业名称", "info.codeType": "1", "info.wechatUser": "nil",
                ])
        ),
        .init(
            "huasx/wechat receive/giftcard_pay_done.go (WeChat gift-card docs sample)",
            """
            <xml>
            \t<ToUserName><![CDATA[gh_3fcea188bf78]]></ToUserName>
            \t<FromUserName><![CDATA[obLatjgoYejavUtHsWwrX-2GtFJE]]></FromUserName>
            \t<CreateTime>1472631550</CreateTime>
            \t<MsgType><![CDATA[event]]></MsgType>
            \t<Event><![CDATA[giftcard_pay_done]]></Event>
            \t<PageId><![CDATA[OQK0R3MaFnCm74Phw5hwFJlz5sn+jy1zzM2amDidDbU=]]></PageId>
            \t<OrderId><![CDATA[Z2y2rY74ksZX1ceuGA]]></OrderId>
            </xml>
            """,
            .typed("event.giftCardPayDone", ["orderID": "Z2y2rY74ksZX1ceuGA"])
        ),
        .init(
            "huasx/wechat receive/giftcard_send_to_friend.go (WeChat gift-card docs sample)",
            """
            <xml>
            \t<ToUserName><![CDATA[gh_3fcea188bf78]]></ToUserName>
            \t<FromUserName><![CDATA[obLatjgoYejavUtHsWwrX-2GtFJE]]></FromUserName>
            \t<CreateTime>1472631550</CreateTime>
            \t<MsgType><![CDATA[event]]></MsgType>
            \t<Event><![CDATA[giftcard_send_to_friend]]></Event>
            \t<PageId><![CDATA[OQK0R3MaFnCm74Phw5hwFJlz5sn+jy1zzM2amDidDbU=]]></PageId>
            \t<OrderId><![CDATA[Z2y2rY74ksZX1ceuGA]]></OrderId>
            \t<IsChatRoom>true</IsChatRoom>
            \t<IsReturnBack><![CDATA[true]]></IsReturnBack>
            </xml>
            """,
            .typed("event.giftCardSendToFriend", ["isChatRoom": "true", "isReturnBack": "true"])
        ),
        .init(
            "huasx/wechat receive/giftcard_user_accept.go (WeChat gift-card docs sample)",
            """
            <xml>
            \t<ToUserName><![CDATA[gh_3fcea188bf78]]></ToUserName>
            \t<FromUserName><![CDATA[obLatjgoYejavUtHsWwrX-2GtFJE]]></FromUserName>
            \t<CreateTime>1472631800</CreateTime>
            \t<MsgType><![CDATA[event]]></MsgType>
            \t<Event><![CDATA[giftcard_user_accept]]></Event>
            \t<PageId><![CDATA[OQK0R3MaFnCm74Phw5hwFJlz5sn+jy1zzM2amDidDbU=]]></PageId>
            \t<OrderId><![CDATA[Z2y2rY74ksZX1ceuGA]]></OrderId>
            \t<IsChatRoom>true</IsChatRoom>
            </xml>
            """,
            .typed("event.giftCardUserAccept", ["header.createTime": "1472631800", "isChatRoom": "true"])
        ),
        .init(
            "huasx/wechat receive/create_map_poi_audit_info.go (a real JSON push, written as XML)",
            """
            <xml><ToUserName><![CDATA[youyiku811016]]></ToUserName><FromUserName><![CDATA[oNJj3nwHtGXLkR2m1RSHam9rcFhE]]></FromUserName><CreateTime>1527562153</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[create_map_poi_audit_info]]></Event><audit_id>3153770</audit_id><map_poi_id><![CDATA[8674870308828146722]]></map_poi_id><name><![CDATA[优衣库(文峰城市广场店)]]></name><address><![CDATA[南通市崇川区虹桥路1号7幢文峰城市广场1F]]></address><latitude><![CDATA[31.997041675357]]></latitude><longitude><![CDATA[120.884002815183]]></longitude><status><![CDATA[]]></status><sh_remark><![CDATA[]]></sh_remark></xml>
            """,
            .typed(
                "event.createMapPoiAudit",
                [
                    "auditID": "3153770", "mapPoiID": "8674870308828146722", "name": "优衣库(文峰城市广场店)",
                    "address": "南通市崇川区虹桥路1号7幢文峰城市广场1F", "latitude": "31.997041675357",
                    "longitude": "120.884002815183", "status": "nil", "reviewRemark": "",
                ])
        ),
        .init(
            "huasx/wechat receive/event_add_store_audit_info.go (a real JSON push, written as XML)",
            """
            <xml><ToUserName><![CDATA[youyiku811016]]></ToUserName><FromUserName><![CDATA[oNJj3nwHtGXLkR2m1RSHam9rcFhE]]></FromUserName><CreateTime>1527564786</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[add_store_audit_info]]></Event><audit_id>418233436</audit_id><status>1</status><reason><![CDATA[]]></reason><is_upgrade><![CDATA[]]></is_upgrade><poiid>487956548</poiid></xml>
            """,
            .typed(
                "event.addStoreAudit",
                ["auditID": "418233436", "status": "1", "reason": "", "isUpgrade": "nil", "poiID": "487956548"])
        ),
        .init(
            "huasx/wechat receive/user_authorize_invoice.go (a real JSON push, written as XML)",
            """
            <xml><ToUserName><![CDATA[xingbakezhongguo]]></ToUserName><FromUserName><![CDATA[ouMrkq5puZ-vsxQmEi88QbT8Ceeo]]></FromUserName><CreateTime>1525769761</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[user_authorize_invoice]]></Event><SuccOrderId><![CDATA[18050610074402878502300701525769754]]></SuccOrderId><FailOrderId><![CDATA[]]></FailOrderId><AuthorizeAppId><![CDATA[wxf83dd777cffa4eab]]></AuthorizeAppId><Source><![CDATA[web]]></Source><SPAppId><![CDATA[d3hmODNkZDc3N2NmZmE0ZWFiXyDcTFRposi2bKRMqFrqphW1boY7gmkXPCscC6VB_t-_]]></SPAppId></xml>
            """,
            .typed(
                "event.userAuthorizeInvoice",
                [
                    "succeededOrderID": "18050610074402878502300701525769754", "failedOrderID": "",
                    "authorizeAppID": "wxf83dd777cffa4eab", "source": "web",
                    "serviceProviderAppID": "d3hmODNkZDc3N2NmZmE0ZWFiXyDcTFRposi2bKRMqFrqphW1boY7gmkXPCscC6VB_t-_",
                ])
        ),
        .init(
            "huasx/wechat receive/user_get_card.go (a real JSON push, written as XML)",
            """
            <xml><ToUserName><![CDATA[xingbakezhongguo]]></ToUserName><FromUserName><![CDATA[ouMrkq05TrpGHIyIMwyPhXfeq3Sg]]></FromUserName><CreateTime>1525769734</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[user_get_card]]></Event><CardId><![CDATA[puMrkq-PQa6BDeqc7WhTTi6A4qPI]]></CardId><IsGiveByFriend></IsGiveByFriend><UserCardCode><![CDATA[7310183920008006849]]></UserCardCode><FriendUserName><![CDATA[]]></FriendUserName><OuterId></OuterId><OldUserCardCode><![CDATA[]]></OldUserCardCode><IsRestoreMemberCard></IsRestoreMemberCard><IsRecommendByFriend></IsRecommendByFriend><SourceScene><![CDATA[SOURCE_SCENE_USER_ACCEPT_GIFTCARD]]></SourceScene><UnionId><![CDATA[oGMNcv3WuDNBtcH1-6qOL08gPF-U]]></UnionId></xml>
            """,
            .typed(
                "event.userGetCard",
                [
                    "cardID": "puMrkq-PQa6BDeqc7WhTTi6A4qPI", "userCardCode": "7310183920008006849",
                    "isGiveByFriend": "nil", "outerID": "nil", "isRestoreMemberCard": "nil",
                    "sourceScene": "SOURCE_SCENE_USER_ACCEPT_GIFTCARD", "unionID": "oGMNcv3WuDNBtcH1-6qOL08gPF-U",
                ])
        ),
        .init(
            "huasx/wechat receive/user_view_card.go (a real JSON push, written as XML)",
            """
            <xml><ToUserName><![CDATA[xingbakezhongguo]]></ToUserName><FromUserName><![CDATA[ouMrkq_iR5J8l7t-vMISpvEQcJ9g]]></FromUserName><CreateTime>1525769628</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[user_view_card]]></Event><CardId><![CDATA[puMrkq-uCBrVuEimgcg-Ne4nrbAc]]></CardId><UserCardCode><![CDATA[7310292440006153094]]></UserCardCode><OuterStr><![CDATA[]]></OuterStr></xml>
            """,
            .typed(
                "event.userViewCard",
                ["cardID": "puMrkq-uCBrVuEimgcg-Ne4nrbAc", "userCardCode": "7310292440006153094", "outerString": ""])
        ),
        .init(
            "huasx/wechat receive/submit_membercard_user_info.go (a real JSON push, written as XML)",
            """
            <xml><ToUserName><![CDATA[gh_6e9a448fb4cc]]></ToUserName><FromUserName><![CDATA[o7_2gwAm3K1kDonw3zgYIHLZk3X8]]></FromUserName><CreateTime>1525769761</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[submit_membercard_user_info]]></Event><CardId><![CDATA[p7_2gwEdnMx3Ma3i6Xi3hH-s7oCE]]></CardId><UserCardCode><![CDATA[869643314887]]></UserCardCode></xml>
            """,
            .typed(
                "event.submitMemberCardUserInfo",
                ["cardID": "p7_2gwEdnMx3Ma3i6Xi3hH-s7oCE", "userCardCode": "869643314887"])
        ),
        .init(
            "huasx/wechat receive/card_pass_check.go (a real JSON push, written as XML)",
            """
            <xml><ToUserName><![CDATA[gh_6e9a448fb4cc]]></ToUserName><FromUserName><![CDATA[o7_2gwJ20snQQ64HSgiYTWmm0BJU]]></FromUserName><CreateTime>1525914463</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[card_pass_check]]></Event><CardId><![CDATA[p7_2gwC9bC2UnQWf-vmbr5y8Cb9o]]></CardId><RefuseReason><![CDATA[]]></RefuseReason></xml>
            """,
            .typed("event.cardPassCheck", ["cardID": "p7_2gwC9bC2UnQWf-vmbr5y8Cb9o", "refuseReason": ""])
        ),
        .init(
            "huasx/wechat receive/user_del_card.go (a real JSON push, written as XML)",
            """
            <xml><ToUserName><![CDATA[xingbakezhongguo]]></ToUserName><FromUserName><![CDATA[ouMrkq_bqm9zbJLbxSBjv1Lguujo]]></FromUserName><CreateTime>1525769734</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[user_del_card]]></Event><CardId><![CDATA[puMrkq7z3ckqNjraG1I7DIPbKBvo]]></CardId><UserCardCode><![CDATA[7310183660024958926]]></UserCardCode></xml>
            """,
            .typed(
                "event.userDeleteCard",
                ["cardID": "puMrkq7z3ckqNjraG1I7DIPbKBvo", "userCardCode": "7310183660024958926"])
        ),
        .init(
            "huasx/wechat receive/kf_create_session.go (a real JSON push, written as XML)",
            """
            <xml><ToUserName><![CDATA[gh_5b746904e970]]></ToUserName><FromUserName><![CDATA[oaB7kjq7ADujTxQlf4y6eNuNhZqA]]></FromUserName><CreateTime>1525769569</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_create_session]]></Event><KfAccount><![CDATA[kf2008@youyuewuxian]]></KfAccount></xml>
            """,
            .typed("event.kfCreateSession", ["kfAccount": "kf2008@youyuewuxian", "header.createTime": "1525769569"])
        ),
        .init(
            "huasx/wechat receive/text.go (a real push)",
            """
            <xml>
              <ToUserName><![CDATA[gh_ba43c0866a80]]></ToUserName>
              <FromUserName><![CDATA[oIawIj6HjtMakoO42ghbHJeAIBEY]]></FromUserName>
              <CreateTime>1520908477</CreateTime>
              <MsgType><![CDATA[text]]></MsgType>
              <Content><![CDATA[123]]></Content>
              <MsgId>6532252169355276694</MsgId>
            </xml>
            """,
            .typed("text", ["content": "123", "msgID": "6532252169355276694"])
        ),
        .init(
            "huasx/wechat receive/image.go (a real push)",
            """
            <xml><ToUserName><![CDATA[gh_ba43c0866a80]]></ToUserName>
            <FromUserName><![CDATA[oIawIjx961XLlZrGQStq3QR39-Ps]]></FromUserName>
            <CreateTime>1529653497</CreateTime>
            <MsgType><![CDATA[image]]></MsgType>
            <PicUrl><![CDATA[http://mmbiz.qpic.cn/mmbiz_jpg/eiccnC2JGxnj7cpjGlkFgOKndmO84JFSfk2TBln9EYmxadWJLszIFuYNh1uDrZRlCMrECib6X5ic3BMFxpD6v7r4A/0]]></PicUrl>
            <MsgId>6569811744259309730</MsgId>
            <MediaId><![CDATA[xzyTZY_nF4pX-w1EFMr3zHbdRS0YdWIDJYZcicAwbIsS5WaRnpOKcLlqy52CjHmY]]></MediaId>
            </xml>
            """,
            .typed(
                "image",
                [
                    "msgID": "6569811744259309730",
                    "mediaID": "xzyTZY_nF4pX-w1EFMr3zHbdRS0YdWIDJYZcicAwbIsS5WaRnpOKcLlqy52CjHmY",
                ])
        ),
        .init(
            "huasx/wechat receive/voice.go (a real push)",
            """
            <xml><ToUserName><![CDATA[gh_ba43c0866a80]]></ToUserName>
            <FromUserName><![CDATA[oIawIjx961XLlZrGQStq3QR39-Ps]]></FromUserName>
            <CreateTime>1533798738</CreateTime>
            <MsgType><![CDATA[voice]]></MsgType>
            <MediaId><![CDATA[vuUTV-gngn2pLsgjoxzllVpRbUasJQUzkFjKE_unQ7sJ1MuX_J1pRTNhB7UGTkJu]]></MediaId>
            <Format><![CDATA[amr]]></Format>
            <MsgId>6587615418356072448</MsgId>
            <Recognition><![CDATA[12345。]]></Recognition>
            </xml>
            """,
            .typed("voice", ["format": "amr", "recognition": "12345。", "msgID": "6587615418356072448"])
        ),
        .init(
            "huasx/wechat receive/short_video.go (WeChat docs sample)",
            """
            <xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[fromUser]]></FromUserName><CreateTime>1357290913</CreateTime><MsgType><![CDATA[shortvideo]]></MsgType><MediaId><![CDATA[media_id]]></MediaId><ThumbMediaId><![CDATA[thumb_media_id]]></ThumbMediaId><MsgId>1234567890123456</MsgId></xml>
            """,
            .typed(
                "shortVideo", ["mediaID": "media_id", "thumbMediaID": "thumb_media_id", "msgID": "1234567890123456"])
        ),
        .init(
            "huasx/wechat receive/event_view_nimiprogram.go (a real push)",
            """
            <xml><ToUserName><![CDATA[gh_74617c2e85e1]]></ToUserName>
            <FromUserName><![CDATA[oi4ihw8OOJhvCUT_57u72TGroG5o]]></FromUserName>
            <CreateTime>1537252084</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[view_miniprogram]]></Event>
            <EventKey><![CDATA[pages/meeting/meeting]]></EventKey>
            <MenuId>433418371</MenuId>
            </xml>
            """,
            .typed("event.viewMiniProgram", ["eventKey": "pages/meeting/meeting", "menuID": "433418371"])
        ),
        .init(
            "huasx/wechat receive/user_get_card.go (WeChat card docs sample)",
            """
            <xml>
               <ToUserName><![CDATA[gh_fc0a06a20993]]></ToUserName>
                <FromUserName><![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]></FromUserName>
                <CreateTime>1472551036</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[user_get_card]]></Event>
                <CardId><![CDATA[pZI8Fjwsy5fVPRBeD78J4RmqVvBc]]></CardId>
                <IsGiveByFriend>0</IsGiveByFriend>
                <UserCardCode><![CDATA[226009850808]]></UserCardCode>
                <FriendUserName><![CDATA[]]></FriendUserName>
                <OuterId>0</OuterId>
                <OldUserCardCode><![CDATA[]]></OldUserCardCode>
                <OuterStr><![CDATA[12b]]></OuterStr>
                <IsRestoreMemberCard>0</IsRestoreMemberCard>
                <IsRecommendByFriend>0</IsRecommendByFriend>
            </xml>
            """,
            .typed("event.userGetCard", ["cardID": "pZI8Fjwsy5fVPRBeD78J4RmqVvBc", "isGiveByFriend": "false"])
        ),
        .init(
            "huasx/wechat receive/user_view_card.go (WeChat card docs sample)",
            """
            <xml>
                <ToUserName><![CDATA[gh_fcxxxx6a20993]]></ToUserName>
                <FromUserName><![CDATA[oZI8Fj040-xxxxx6gkoPOQTQ]]></FromUserName>
                <CreateTime>1467811138</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[user_view_card]]></Event>
                <CardId><![CDATA[pZI8Fj2ezBbxxxxxT2UbiiWLb7Bg]]></CardId>
                <UserCardCode><![CDATA[4xxxxxxxx8558]]></UserCardCode>
                <OuterStr><![CDATA[12b]]></OuterStr>
            </xml>
            """,
            .typed("event.userViewCard", ["outerString": "12b"])
        ),
        .init(
            "huasx/wechat receive/templatesendjobfinish.go (a real push)",
            """
            <xml>
            \t<ToUserName><![CDATA[gh_7bda750f4303]]></ToUserName>
            \t<FromUserName><![CDATA[ocv_Uw4wKEHQianelWoc1aRkgmgg]]></FromUserName>
            \t<CreateTime>1524676046</CreateTime>
            \t<MsgType><![CDATA[event]]></MsgType>
            \t<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event>
            \t<MsgID>253063755649368064</MsgID>
            \t<Status><![CDATA[success]]></Status>
            </xml>
            """,
            .typed("event.templateSendJobFinish", ["msgID": "253063755649368064", "status": "success"])
        ),
        .init(
            "huasx/wechat receive/event_location.go (a real push)",
            """
            <xml>
              <ToUserName><![CDATA[gh_ba43c0866a80]]></ToUserName>
              <FromUserName><![CDATA[oIawIj6HjtMakoO42ghbHJeAIBEY]]></FromUserName>
              <CreateTime>1520908043</CreateTime>
              <MsgType><![CDATA[event]]></MsgType>
              <Event><![CDATA[LOCATION]]></Event>
              <Latitude>31.197428</Latitude>
              <Longitude>121.433556</Longitude>
              <Precision>30.000000</Precision>
            </xml>
            """,
            .typed("event.location", ["latitude": "31.197428", "longitude": "121.433556", "precision": "30.0"])
        ),
        .init(
            "huasx/wechat receive/event_location.go (a second real push)",
            """
            <xml>
            \t<ToUserName><![CDATA[gh_ba43c0866a80]]></ToUserName>
            \t<FromUserName><![CDATA[oIawIjx961XLlZrGQStq3QR39-Ps]]></FromUserName>
            \t<CreateTime>1524737876</CreateTime>
            \t<MsgType><![CDATA[event]]></MsgType>
            \t<Event><![CDATA[LOCATION]]></Event>
            \t<Latitude>31.196934</Latitude>
            \t<Longitude>121.433250</Longitude>
            \t<Precision>90.000000</Precision>
            </xml>
            """,
            .typed("event.location", ["latitude": "31.196934", "longitude": "121.43325", "precision": "90.0"])
        ),
        .init(
            "huasx/wechat receive/link.go (a real push)",
            """
            <xml><ToUserName><![CDATA[gh_ba43c0866a80]]></ToUserName>
            <FromUserName><![CDATA[oIawIjx961XLlZrGQStq3QR39-Ps]]></FromUserName>
            <CreateTime>1529660135</CreateTime>
            <MsgType><![CDATA[link]]></MsgType>
            <Title><![CDATA[故障处理最佳实践：故障改进 | 邀请你读]]></Title>
            <Description><![CDATA[]]></Description>
            <Url><![CDATA[https://time.geekbang.org/column/article/aa70d7c538b621c08eb6f8706f5d182a/share?from=timeline]]></Url>
            <MsgId>6569840254252221623</MsgId>
            </xml>
            """,
            .typed(
                "link",
                [
                    "title": "故障处理最佳实践：故障改进 | 邀请你读", "description": "",
                    "url":
                        "https://time.geekbang.org/column/article/aa70d7c538b621c08eb6f8706f5d182a/share?from=timeline",
                ])
        ),
        .init(
            "huasx/wechat receive/submit_membercard_user_info.go (WeChat card docs sample, white space before CDATA)",
            """
            <xml>
               <ToUserName> <![CDATA[gh_3fcea188bf78]]></ToUserName>
                <FromUserName><![CDATA[obLatjlaNQKb8FqOvt1M1x1lIBFE]]></FromUserName>
                <CreateTime>1432668700</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[submit_membercard_user_info]]></Event>
                <CardId><![CDATA[pbLatjtZ7v1BG_ZnTjbW85GYc_E8]]></CardId>
                <UserCardCode><![CDATA[018255396048]]></UserCardCode>
            </xml>
            """,
            .typed("event.submitMemberCardUserInfo", ["header.toUserName": "gh_3fcea188bf78"])
        ),
        .init(
            "huasx/wechat receive/user_del_card.go (WeChat card docs sample)",
            """
            <xml>
             <ToUserName><![CDATA[toUser]]></ToUserName>
             <FromUserName><![CDATA[FromUser]]></FromUserName>
             <CreateTime>123456789</CreateTime>
             <MsgType><![CDATA[event]]></MsgType>
             <Event><![CDATA[user_del_card]]></Event>
             <CardId><![CDATA[cardid]]></CardId>
             <UserCardCode><![CDATA[12312312]]></UserCardCode>
            </xml>
            """,
            .typed("event.userDeleteCard", ["cardID": "cardid", "userCardCode": "12312312"])
        ),
    ]
}
