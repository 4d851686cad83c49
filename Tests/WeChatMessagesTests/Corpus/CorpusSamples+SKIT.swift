// Payloads from SKIT.FlurlHttpClient.Wechat's test samples
// (https://github.com/fudiwei/DotNetCore.SKIT.FlurlHttpClient.Wechat,
// test/SKIT.FlurlHttpClient.Wechat.Api.UnitTests/EventSamples/), copied as they are.

extension CorpusSamples {
    static let skit: [CorpusSample] = [
        .init(
            "SKIT EventSamples/CardInvoice/CloudInvoiceResultEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[FromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[cloud_invoice_invoiceresult_event]]></Event>
                <fpqqlsh><![CDATA[14574d75004451097886]]></fpqqlsh>
                <status>100</status>
                <nsrsbh><![CDATA[150001197205134629]]></nsrsbh>
            </xml>
            """,
            .typed(
                "event.cloudInvoiceResult",
                [
                    "requestSerialNumber": "14574d75004451097886", "status": "100",
                    "sellerTaxNumber": "150001197205134629",
                ])
        ),
        .init(
            "SKIT EventSamples/CardInvoice/SubmitInvoiceTitleEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[FromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[cloud_invoice_invoiceresult_event]]></Event>
                <title><![CDATA[用户选择抬头]]></title>
                <tax_no><![CDATA[1486715661]]></tax_no>
                <addr><![CDATA[abc]]></addr>
                <phone><![CDATA[12345]]></phone>
                <bank_type><![CDATA[bank_type]]></bank_type>
                <bank_no><![CDATA[bank_type]]></bank_no>
                <attach><![CDATA[attach]]></attach>
                <title_type><![CDATA[InvoiceUserTitleBusinessType]]></title_type>
            </xml>
            """,
            .unknown(
                because: "the sample carries invoice-title fields under Event cloud_invoice_invoiceresult_event; "
                    + "without its required fpqqlsh it is no invoice result")
        ),
        .init(
            "SKIT EventSamples/CardInvoice/UpdateInvoiceStatusEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_9e1765b5568e]]></ToUserName>
                <FromUserName><![CDATA[ojZ8Ytz4lESgdWZ34L_R1TvB2Kds]]></FromUserName>
                <CreateTime>1478068440</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[update_invoice_status]]></Event>
                <Status><![CDATA[INVOICE_REIMBURSE_INIT]]></Status>
                <CardId><![CDATA[pjZ8Yt7Um2jYxzneP8GomnxoVFWo]]></CardId>
                <Code><![CDATA[186921658591]]></Code>
            </xml>
            """,
            .typed(
                "event.updateInvoiceStatus",
                ["status": "INVOICE_REIMBURSE_INIT", "cardID": "pjZ8Yt7Um2jYxzneP8GomnxoVFWo", "code": "186921658591"])
        ),
        .init(
            "SKIT EventSamples/MpGuide/GuideQrcodeScanEvent.xml (WeChat's own sample writes `![CDATA[xxx]]` as text)",
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
            .typed(
                "event.guideQRCodeScan",
                [
                    "guideAccount": "![CDATA[xxx]]", "guideOpenID": "![CDATA[xxx]]", "openID": "![CDATA[xxx]]",
                    "action": "11", "qrCodeInfo": "![CDATA[xxx]]",
                ])
        ),
        .init(
            "SKIT EventSamples/OpenComponent/WxaAppealRecordEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_fxxxxxxxa4b2]]></ToUserName>
                <FromUserName><![CDATA[odxxxxM-xxxxxxxx-trm4a7apsU8]]></FromUserName>
                <CreateTime>1600055810</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[wxa_appeal_record]]></Event>
                <appeal_record_id>4111001</appeal_record_id>
                <appid>wxaaaaaaaaaaaaaaaa</appid>
                <appeal_time>1600055800</appeal_time>
                <appeal_count>1</appeal_count>
                <appeal_from>0</appeal_from>
                <appeal_status>1</appeal_status>
                <punish_description><![CDATA[内容涉嫌欺诈]]></punish_description>
                <material>
                    <illegal_material>
                        <content>违规内容1</content>
                        <content_url>https://xxxxx</content_url>
                    </illegal_material>
                    <appeal_material>
                        <reason>内容是正常的</reason>
                        <proof_material_id>xxxx</proof_material_id>
                        <proof_material_id>yyyy</proof_material_id>
                    </appeal_material>
                </material>
                <material>
                    <illegal_material>
                        <content>违规内容2</content>
                        <content_url>https://yyyyy</content_url>
                    </illegal_material>
                    <appeal_material>
                        <reason>内容是正常的</reason>
                        <proof_material_id>zzzz</proof_material_id>
                    </appeal_material>
                </material>
            </xml>
            """,
            .typed(
                "event.appealRecord",
                [
                    "appealRecordID": "4111001", "appID": "wxaaaaaaaaaaaaaaaa", "appealTime": "1600055800",
                    "appealCount": "1", "appealFrom": "0", "appealStatus": "1", "punishDescription": "内容涉嫌欺诈",
                    "materials.count": "2", "materials[0].illegalContent": "违规内容1",
                    "materials[0].illegalContentURL": "https://xxxxx", "materials[0].appealReason": "内容是正常的",
                    "materials[0].proofMaterialIDs.count": "2", "materials[0].proofMaterialIDs[1]": "yyyy",
                    "materials[1].proofMaterialIDs[0]": "zzzz",
                ])
        ),
        .init(
            "SKIT EventSamples/OpenComponent/WxaCategoryAuditEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_fxxxxxxxa4b2]]></ToUserName>
                <FromUserName><![CDATA[odxxxxM-xxxxxxxx-trm4a7apsU8]]></FromUserName>
                <CreateTime>1488800000</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[wxa_category_audit]]></Event>
                <ret>2</ret>
                <first>1</first>
                <second>2</second>
                <reason><![CDATA[驳回原因]]></reason>
            </xml>
            """,
            .typed(
                "event.categoryAudit",
                ["result": "2", "firstCategory": "1", "secondCategory": "2", "reason": "驳回原因"])
        ),
        .init(
            "SKIT EventSamples/OpenComponent/WxaNicknameAuditEvent.xml",
            """
            <xml>
            \t<ToUserName><![CDATA[gh_fxxxxxxxa4b2]]></ToUserName>
            \t<FromUserName><![CDATA[odxxxxM-xxxxxxxx-trm4a7apsU8]]></FromUserName>
            \t<CreateTime>1488800000</CreateTime>
            \t<MsgType><![CDATA[event]]></MsgType>
            \t<Event><![CDATA[wxa_nickname_audit]]></Event>
            \t<ret>2</ret>
            \t<nickname>昵称</nickname>
            \t<reason>驳回原因</reason>
            </xml>
            """,
            .typed("event.nicknameAudit", ["result": "2", "nickname": "昵称", "reason": "驳回原因"])
        ),
        .init(
            "SKIT EventSamples/OpenComponent/WxaPrivacyApplyEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_fb9688c2a4b2]]></ToUserName>
                <FromUserName><![CDATA[od1P50M-fNQI5Gcq-trm4a7apsU8]]></FromUserName>
                <CreateTime>1488856741</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[wxa_privacy_apply]]></Event>
                <result_info>
                    <api_name>wx.choosePoi</api_name>
                    <apply_time>1644805538</apply_time>
                    <audit_id>421609337</audit_id>
                    <audit_time>1644828435</audit_time>
                    <reason>小程序内未含有相应使用场景</reason>
                    <status>2</status>
                </result_info>
            </xml>
            """,
            .typed(
                "event.privacyApply",
                [
                    "apiName": "wx.choosePoi", "applyTime": "1644805538", "auditID": "421609337",
                    "auditTime": "1644828435", "reason": "小程序内未含有相应使用场景", "status": "2",
                ])
        ),
        .init(
            "SKIT EventSamples/OpenComponent/BetaAppVerifyApplyEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1234567890</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[betaapp_verify_apply_event]]></Event>
                <ApplyAuthorizationInfoNoitfy>
                    <appid><![CDATA[小程序appid]]></appid>
                    <mp_appid><![CDATA[公众号appid]]></mp_appid>
                    <status><![CDATA[0]]></status>
                    <operation_time><![CDATA[操作的时间]]></operation_time>
                </ApplyAuthorizationInfoNoitfy>
            </xml>
            """,
            .typed(
                "event.betaAppVerifyApply",
                [
                    "appID": "小程序appid", "officialAccountAppID": "公众号appid", "status": "0",
                    "operationTime": "操作的时间", "message": "nil",
                ])
        ),
        .init(
            "SKIT EventSamples/OpenComponent/BetaAppAuthorizationApplyEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1234567890</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[betaapp_verify_event]]></Event>
                <ApplyAuthorizationInfoNoitfy>
                    <appid><![CDATA[小程序appid]]></appid>
                    <mp_appid><![CDATA[公众号appid]]></mp_appid>
                    <status><![CDATA[0]]></status>
                    <msg><![CDATA[ok]]></msg>
                    <operation_time><![CDATA[操作的时间]]></operation_time>
                </ApplyAuthorizationInfoNoitfy>
            </xml>
            """,
            .typed("event.betaAppVerify", ["appID": "小程序appid", "status": "0", "message": "ok"])
        ),
        .init(
            "SKIT EventSamples/OpenComponent/NotifyThirdFastVerifyBetaAppEvent.xml",
            """
            <xml>
                <AppId><![CDATA[第三方平台appid]]></AppId>
                <CreateTime>1535442403</CreateTime>
                <InfoType><![CDATA[notify_third_fastverifybetaapp]]></InfoType>
                <appid><![CDATA[小程序appid]]></appid>
                <status>0</status>
                <msg>OK</msg>
                <info>
                    <name><![CDATA[企业名称]]></name>
                    <code><![CDATA[企业代码]]></code>
                    <code_type>1</code_type>
                    <legal_persona_wechat><![CDATA[法人微信号]]></legal_persona_wechat>
                    <legal_persona_name><![CDATA[法人姓名]]></legal_persona_name>
                    <component_phone><![CDATA[第三方联系电话]]></component_phone>
                </info>
            </xml>
            """,
            .typed(
                "notice.fastVerificationBetaApp",
                [
                    "componentAppID": "第三方平台appid", "createTime": "1535442403", "appID": "小程序appid", "status": "0",
                    "message": "OK", "info.name": "企业名称", "info.code": "企业代码", "info.codeType": "1",
                    "info.legalPersonaWechat": "法人微信号", "info.legalPersonaName": "法人姓名",
                    "info.componentPhone": "第三方联系电话",
                ])
        ),
        .init(
            "SKIT EventSamples/Card/CardMerchantCheckResultEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[FromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[card_merchant_check_result]]></Event>
                <MerchantId>0</MerchantId>
                <IsPass>1</IsPass>
                <Reason><![CDATA[reason]]></Reason>
            </xml>
            """,
            .typed("event.cardMerchantCheckResult", ["merchantID": "0", "isPass": "true", "reason": "reason"])
        ),
        .init(
            "SKIT EventSamples/Card/UserGetCardEvent.xml (white space around CDATA)",
            """
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
                <UnionId>o6_bmasdasdsad6_2sgVt7hMZOPfL</UnionId>
            </xml>
            """,
            .typed(
                "event.userGetCard",
                [
                    "header.fromUserName": "oZI8Fj040-be6rlDohc6gkoPOQTQ", "cardID": "pZI8Fjwsy5fVPRBeD78J4RmqVvBc",
                    "userCardCode": "226009850808", "unionID": "o6_bmasdasdsad6_2sgVt7hMZOPfL", "outerString": "12b",
                ])
        ),
        .init(
            "SKIT EventSamples/Card/UserConsumeCardEvent.xml (white space around CDATA)",
            """
            <xml>
                <ToUserName> <![CDATA[gh_fc0a06a20993]]> </ToUserName>
                <FromUserName> <![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]> </FromUserName>
                <CreateTime>1472549042</CreateTime>
                <MsgType> <![CDATA[event]]> </MsgType>
                <Event> <![CDATA[user_consume_card]]> </Event>
                <CardId> <![CDATA[pZI8Fj8y-E8hpvho2d1ZvpGwQBvA]]> </CardId>
                <UserCardCode> <![CDATA[452998530302]]> </UserCardCode>
                <ConsumeSource> <![CDATA[FROM_API]]> </ConsumeSource>
                <LocationName> <![CDATA[]]> </LocationName>
                <StaffOpenId> <![CDATA[oZ********nJ3bPJu_Rtjkw4c]]> </StaffOpenId>
                <VerifyCode> <![CDATA[]]> </VerifyCode>
                <RemarkAmount> <![CDATA[]]> </RemarkAmount>
                <OuterStr> <![CDATA[xxxxx]]> </OuterStr>
            </xml>
            """,
            .typed("event.userConsumeCard", ["consumeSource": "FROM_API", "staffOpenID": "oZ********nJ3bPJu_Rtjkw4c"])
        ),
        .init(
            "SKIT EventSamples/Card/GiftCardPayDoneEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_3fcea188bf78]]></ToUserName>
                <FromUserName><![CDATA[obLatjgoYejavUtHsWwrX-2GtFJE]]></FromUserName>
                <CreateTime>1472631550</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[giftcard_pay_done]]></Event>
                <PageId><![CDATA[OQK0R3MaFnCm74Phw5hwFJlz5sn+jy1zzM2amDidDbU=]]></PageId>
                <OrderId><![CDATA[Z2y2rY74ksZX1ceuGA]]></OrderId>
            </xml>
            """,
            .typed(
                "event.giftCardPayDone",
                [
                    "pageID": "OQK0R3MaFnCm74Phw5hwFJlz5sn+jy1zzM2amDidDbU=", "orderID": "Z2y2rY74ksZX1ceuGA",
                    "isChatRoom": "nil", "isReturnBack": "nil",
                ])
        ),
        .init(
            "SKIT EventSamples/Card/GiftCardSendToFriendEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_3fcea188bf78]]></ToUserName>
                <FromUserName><![CDATA[obLatjgoYejavUtHsWwrX-2GtFJE]]></FromUserName>
                <CreateTime>1472631550</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[giftcard_send_to_friend]]></Event>
                <PageId><![CDATA[OQK0R3MaFnCm74Phw5hwFJlz5sn+jy1zzM2amDidDbU=]]></PageId>
                <OrderId><![CDATA[Z2y2rY74ksZX1ceuGA]]></OrderId>
                <IsChatRoom>true</IsChatRoom>
                <IsReturnBack><![CDATA[true]]></IsReturnBack>
            </xml>
            """,
            .typed(
                "event.giftCardSendToFriend",
                ["orderID": "Z2y2rY74ksZX1ceuGA", "isChatRoom": "true", "isReturnBack": "true"])
        ),
        .init(
            "SKIT EventSamples/Card/GiftCardUserAcceptEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_3fcea188bf78]]></ToUserName>
                <FromUserName><![CDATA[obLatjgoYejavUtHsWwrX-2GtFJE]]></FromUserName>
                <CreateTime>1472631800</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[giftcard_user_accept]]></Event>
                <PageId><![CDATA[OQK0R3MaFnCm74Phw5hwFJlz5sn+jy1zzM2amDidDbU=]]></PageId>
                <OrderId><![CDATA[Z2y2rY74ksZX1ceuGA]]></OrderId>
                <IsChatRoom>true</IsChatRoom>
            </xml>
            """,
            .typed("event.giftCardUserAccept", ["orderID": "Z2y2rY74ksZX1ceuGA", "isChatRoom": "true"])
        ),
        .init(
            "SKIT EventSamples/Card/UserAuthorizeInvoiceEvent.xml (white space around CDATA)",
            """
            <xml>
                <ToUserName> <![CDATA[gh_fc0a06a20993]]> </ToUserName>
                <FromUserName> <![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]> </FromUserName>
                <CreateTime>1475134700</CreateTime>
                <MsgType> <![CDATA[event]]> </MsgType>
                <Event> <![CDATA[user_authorize_invoice]]> </Event>
                <SuccOrderId> <![CDATA[1202933957956]]> </SuccOrderId>
                <FailOrderId> <![CDATA[]]> </FailOrderId>
                <AppId> <![CDATA[]]> </AppId>
                <Source> <![CDATA[]]> </Source>
            </xml>
            """,
            .typed(
                "event.userAuthorizeInvoice",
                ["succeededOrderID": "1202933957956", "failedOrderID": "", "authorizeAppID": "", "source": ""])
        ),
        .init(
            "SKIT EventSamples/Merchant/MerchantOrderEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[weixin_media1]]></ToUserName>
                <FromUserName><![CDATA[oDF3iYyVlek46AyTBbMRVV8VZVlI]]></FromUserName>
                <CreateTime>1398144192</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[merchant_order]]></Event>
                <OrderId><![CDATA[test_order_id]]></OrderId>
                <OrderStatus>2</OrderStatus>
                <ProductId><![CDATA[test_product_id]]></ProductId>
                <SkuInfo><![CDATA[10001:1000012;10002:100021]]></SkuInfo>
            </xml>
            """,
            .typed("event.merchantOrder", ["orderID": "test_order_id", "orderStatus": "2"])
        ),
        .init(
            "SKIT EventSamples/MpJob/FreePublishJobFinishEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName>
                <FromUserName><![CDATA[oV5CrjpxgaGXNHIQigzNlgLTnwic]]></FromUserName>
                <CreateTime>1481013459</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[FREEPUBLISHJOBFINISH]]></Event>
                <PublishEventInfo>
                    <publish_id>2247503051</publish_id>
                    <publish_status>0</publish_status>
                    <article_id>
                        <![CDATA[b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4]]>
                    </article_id>
                    <article_detail>
                        <count>1</count>
                        <item>
                            <idx>1</idx>
                            <article_url><![CDATA[ARTICLE_URL]]></article_url>
                        </item>
                    </article_detail>
                    <fail_idx>1</fail_idx>
                    <fail_idx>2</fail_idx>
                </PublishEventInfo>
            </xml>
            """,
            .unknown(because: "Event FREEPUBLISHJOBFINISH is SKIT's spelling; WeChat documents PUBLISHJOBFINISH")
        ),
        .init(
            "SKIT EventSamples/MpJob/MassSendJobFinishEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName>
                <FromUserName><![CDATA[oV5CrjpxgaGXNHIQigzNlgLTnwic]]></FromUserName>
                <CreateTime>1481013459</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[MASSSENDJOBFINISH]]></Event>
                <MsgID>1000001625</MsgID>
                <Status><![CDATA[err(30003)]]></Status>
                <TotalCount>0</TotalCount>
                <FilterCount>0</FilterCount>
                <SentCount>0</SentCount>
                <ErrorCount>0</ErrorCount>
                <CopyrightCheckResult>
                    <Count>2</Count>
                    <ResultList>
                        <item>
                            <ArticleIdx>1</ArticleIdx>
                            <UserDeclareState>0</UserDeclareState>
                            <AuditState>2</AuditState>
                            <OriginalArticleUrl><![CDATA[Url_1]]></OriginalArticleUrl>
                            <OriginalArticleType>1</OriginalArticleType>
                            <CanReprint>1</CanReprint>
                            <NeedReplaceContent>1</NeedReplaceContent>
                            <NeedShowReprintSource>1</NeedShowReprintSource>
                        </item>
                        <item>
                            <ArticleIdx>2</ArticleIdx>
                            <UserDeclareState>0</UserDeclareState>
                            <AuditState>2</AuditState>
                            <OriginalArticleUrl><![CDATA[Url_2]]></OriginalArticleUrl>
                            <OriginalArticleType>1</OriginalArticleType>
                            <CanReprint>1</CanReprint>
                            <NeedReplaceContent>1</NeedReplaceContent>
                            <NeedShowReprintSource>1</NeedShowReprintSource>
                        </item>
                    </ResultList>
                    <CheckState>2</CheckState>
                </CopyrightCheckResult>
                <ArticleUrlResult>
                    <Count>1</Count>
                    <ResultList>
                        <item>
                            <ArticleIdx>1</ArticleIdx>
                            <ArticleUrl><![CDATA[Url]]></ArticleUrl>
                        </item>
                    </ResultList>
                </ArticleUrlResult>
            </xml>
            """,
            .typed(
                "event.massSendJobFinish",
                [
                    "msgID": "1000001625", "status": "err(30003)", "totalCount": "0", "errorCount": "0",
                    "copyrightCheck.count": "2", "copyrightCheck.results.count": "2",
                    "copyrightCheck.results[1].originalArticleURL": "Url_2",
                    "copyrightCheck.results[1].auditState": "2",
                    "copyrightCheck.checkState": "2", "articleURLs.count": "1", "articleURLs[0].url": "Url",
                ])
        ),
        .init(
            "SKIT EventSamples/MpSubscribeMessage/SubscribeMessagePopupEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_123456789abc]]></ToUserName>
                <FromUserName><![CDATA[otFpruAK8D-E6EfStSYonYSBZ8_4]]></FromUserName>
                <CreateTime>1610969440</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[subscribe_msg_popup_event]]></Event>
                <SubscribeMsgPopupEvent>
                    <List>
                        <TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>
                        <SubscribeStatusString><![CDATA[accept]]></SubscribeStatusString>
                        <PopupScene>2</PopupScene>
                    </List>
                    <List>
                        <TemplateId><![CDATA[9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI]]></TemplateId>
                        <SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString>
                        <PopupScene>2</PopupScene>
                    </List>
                </SubscribeMsgPopupEvent>
            </xml>
            """,
            .typed(
                "event.subscribeMessagePopup",
                [
                    "items.count": "2", "items[0].templateID": "VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc",
                    "items[0].status": "accept", "items[0].popupScene": "2", "items[1].status": "reject",
                ])
        ),
        .init(
            "SKIT EventSamples/MpSubscribeMessage/SubscribeMessageChangeEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_123456789abc]]></ToUserName>
                <FromUserName><![CDATA[otFpruAK8D-E6EfStSYonYSBZ8_4]]></FromUserName>
                <CreateTime>1610969440</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[subscribe_msg_change_event]]></Event>
                <SubscribeMsgChangeEvent>
                    <List>
                        <TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>
                        <SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString>
                    </List>
                </SubscribeMsgChangeEvent>
            </xml>
            """,
            .typed("event.subscribeMessageChange", ["items.count": "1", "items[0].status": "reject"])
        ),
        .init(
            "SKIT EventSamples/MpSubscribeMessage/SubscribeMessageSentEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_123456789abc]]></ToUserName>
                <FromUserName><![CDATA[otFpruAK8D-E6EfStSYonYSBZ8_4]]></FromUserName>
                <CreateTime>1610969468</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[subscribe_msg_sent_event]]></Event>
                <SubscribeMsgSentEvent>
                    <List>
                        <TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>
                        <MsgID>1700827132819554304</MsgID>
                        <ErrorCode>0</ErrorCode>
                        <ErrorStatus><![CDATA[success]]></ErrorStatus>
                    </List>
                </SubscribeMsgSentEvent>
            </xml>
            """,
            .typed(
                "event.subscribeMessageSent",
                ["items[0].msgID": "1700827132819554304", "items[0].errorCode": "0", "items[0].errorStatus": "success"])
        ),
        .init(
            "SKIT EventSamples/OpenComponent/WeappAuditFailEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_fb9688c2a4b2]]></ToUserName>
                <FromUserName><![CDATA[od1P50M-fNQI5Gcq-trm4a7apsU8]]></FromUserName>
                <CreateTime>1488856591</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[weapp_audit_fail]]></Event>
                <Reason><![CDATA[1:账号信息不符合规范:<br>(1):包含色情因素<br>2:服务类目"金融业-保险_"与你提交代码审核时设置的功能页面内容不一致:<br>(1):功能页面设置的部分标签不属于所选的服务类目范围。<br>(2):功能页面设置的部分标签与该页面内容不相关。<br>]]></Reason>
                <FailTime>1488856591</FailTime>
                <ScreenShot>xxx|yyy|zzz</ScreenShot>
            </xml>
            """,
            .typed(
                "event.weappAuditFailure",
                ["failTime": "1488856591", "screenshot": "xxx|yyy|zzz"])
        ),
        .init(
            "SKIT EventSamples/OpenComponent/WeappAuditDelayEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_fb9688c2a4b2]]></ToUserName>
                <FromUserName><![CDATA[od1P50M-fNQI5Gcq-trm4a7apsU8]]></FromUserName>
                <CreateTime>1488856591</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[weapp_audit_delay]]></Event>
                <Reason><![CDATA[为了更好的服务小程序，您的服务商正在进行提审系统的优化，可能会导致审核时效的增长，请耐心等待]]></Reason>
                <DelayTime>1488856591</DelayTime>
            </xml>
            """,
            .typed("event.weappAuditDelay", ["delayTime": "1488856591"])
        ),
        .init(
            "SKIT EventSamples/OpenComponent/WeappAuditSuccessEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_fb9688c2a4b2]]></ToUserName>
                <FromUserName><![CDATA[od1P50M-fNQI5Gcq-trm4a7apsU8]]></FromUserName>
                <CreateTime>1488856741</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[weapp_audit_success]]></Event>
                <SuccTime>1488856741</SuccTime>
            </xml>
            """,
            .typed("event.weappAuditSuccess", ["successTime": "1488856741"])
        ),
        .init(
            "SKIT EventSamples/MpPush/UserAuthorizationRevokeEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_870882ca4b1]]></ToUserName>
                <FromUserName><![CDATA[owAqB1v0ahK_Xlc7GshIDdf2yf7E]]></FromUserName>
                <CreateTime>1626857200</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[user_authorization_revoke]]></Event>
                <OpenID><![CDATA[owAqB1nqaOYYWl0Ng484G2z5NIwU]]></OpenID>
                <AppID><![CDATA[wx13974bf780d3dc89]]></AppID>
                <RevokeInfo><![CDATA[1]]></RevokeInfo>
            </xml>
            """,
            .typed(
                "event.userAuthorizationRevoke",
                [
                    "openID": "owAqB1nqaOYYWl0Ng484G2z5NIwU", "appID": "wx13974bf780d3dc89", "revokeInfo": "1",
                    "unionID": "nil",
                ])
        ),
        .init(
            "SKIT EventSamples/Card/UserGiftingCardEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_3fcea188bf78]]></ToUserName>
                <FromUserName><![CDATA[obLatjjwDolFjRRd3doGIdwNqRXw]]></FromUserName>
                <CreateTime>1474181868</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[user_gifting_card]]></Event>
                <CardId><![CDATA[pbLatjhU-3pik3d4PsbVzvBxZvJc]]></CardId>
                <UserCardCode><![CDATA[297466945104]]></UserCardCode>
                <IsReturnBack>0</IsReturnBack>
                <FriendUserName><![CDATA[obLatjlNerkb62HtSdQUx66C4NTU]]></FriendUserName>
                <IsChatRoom>0</IsChatRoom>
            </xml>
            """,
            .typed("event.userGiftingCard", ["isReturnBack": "false", "isChatRoom": "false"])
        ),
        .init(
            "SKIT EventSamples/Card/OrderStatusFinanceSuccessEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[gh_7223c83d4be5]]></ToUserName>
                <FromUserName><![CDATA[ob5E7s-HoN9tslQY3-0I4qmgluHk]]></FromUserName>
                <CreateTime>1453295737</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[card_pay_order]]></Event>
                <OrderId><![CDATA[404091456]]></OrderId>
                <Status><![CDATA[ORDER_STATUS_FINANCE_SUCC]]></Status>
                <CreateOrderTime>1453295737</CreateOrderTime>
                <PayFinishTime>0</PayFinishTime>
                <Desc><![CDATA[]]></Desc>
                <FreeCoinCount><![CDATA[200]]></FreeCoinCount>
                <PayCoinCount><![CDATA[0]]></PayCoinCount>
                <RefundFreeCoinCount><![CDATA[0]]></RefundFreeCoinCount>
                <RefundPayCoinCount><![CDATA[0]]></RefundPayCoinCount>
                <OrderType><![CDATA[ORDER_TYPE_SYS_ADD]]></OrderType>
                <Memo><![CDATA[开通账户奖励]]></Memo>
                <ReceiptInfo><![CDATA[]]></ReceiptInfo>
            </xml>
            """,
            .typed("event.cardPayOrder", ["orderID": "404091456", "memo": "开通账户奖励"])
        ),
        .init(
            "SKIT EventSamples/MpMessage/TextMessageEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1348831860</CreateTime>
                <MsgType><![CDATA[text]]></MsgType>
                <Content><![CDATA[this is a test]]></Content>
                <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .typed("text", ["content": "this is a test", "msgID": "1234567890123456"])
        ),
        .init(
            "SKIT EventSamples/MpMessage/ImageMessageEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1348831860</CreateTime>
                <MsgType><![CDATA[image]]></MsgType>
                <PicUrl><![CDATA[this is a url]]></PicUrl>
                <MediaId><![CDATA[media_id]]></MediaId>
                <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .typed("image", ["picURL": "this is a url", "mediaID": "media_id"])
        ),
        .init(
            "SKIT EventSamples/MpMessage/VoiceMessageEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1357290913</CreateTime>
                <MsgType><![CDATA[voice]]></MsgType>
                <MediaId><![CDATA[media_id]]></MediaId>
                <Format><![CDATA[Format]]></Format>
                <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .typed("voice", ["mediaID": "media_id", "format": "Format"])
        ),
        .init(
            "SKIT EventSamples/MpMessage/VideoMessageEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1357290913</CreateTime>
                <MsgType><![CDATA[video]]></MsgType>
                <MediaId><![CDATA[media_id]]></MediaId>
                <ThumbMediaId><![CDATA[thumb_media_id]]></ThumbMediaId>
                <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .typed("video", ["mediaID": "media_id", "thumbMediaID": "thumb_media_id"])
        ),
        .init(
            "SKIT EventSamples/MpMessage/ShortVideoMessageEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1357290913</CreateTime>
                <MsgType><![CDATA[shortvideo]]></MsgType>
                <MediaId><![CDATA[media_id]]></MediaId>
                <ThumbMediaId><![CDATA[thumb_media_id]]></ThumbMediaId>
                <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .typed("shortVideo", ["mediaID": "media_id", "thumbMediaID": "thumb_media_id"])
        ),
        .init(
            "SKIT EventSamples/MpMessage/LocationMessageEvent.xml (holds a link message)",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1351776360</CreateTime>
                <MsgType><![CDATA[link]]></MsgType>
                <Title><![CDATA[公众平台官网链接]]></Title>
                <Description><![CDATA[公众平台官网链接]]></Description>
                <Url><![CDATA[url]]></Url>
                <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .typed("link", ["title": "公众平台官网链接", "description": "公众平台官网链接", "url": "url"])
        ),
        .init(
            "SKIT EventSamples/MpPush/ViewMiniProgramPushEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[FromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[view_miniprogram]]></Event>
                <EventKey><![CDATA[pages/index/index]]></EventKey>
                <MenuId>MENUID</MenuId>
            </xml>
            """,
            .typed("event.viewMiniProgram", ["eventKey": "pages/index/index", "menuID": "MENUID"])
        ),
        .init(
            "SKIT EventSamples/MpPush/UserEnterTempSessionEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1482048670</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[user_enter_tempsession]]></Event>
                <SessionFrom><![CDATA[sessionFrom]]></SessionFrom>
            </xml>
            """,
            .typed("event.userEnterTempSession", ["sessionFrom": "sessionFrom"])
        ),
        .init(
            "SKIT EventSamples/OpenComponent/ComponentVerifyTicketEvent.xml",
            """
            <xml>
                <AppId>some_appid</AppId>
                <CreateTime>1413192605</CreateTime>
                <InfoType>component_verify_ticket</InfoType>
                <ComponentVerifyTicket>some_verify_ticket</ComponentVerifyTicket>
            </xml>
            """,
            .typed(
                "notice.verifyTicket",
                ["componentAppID": "some_appid", "createTime": "1413192605", "ticket": "some_verify_ticket"])
        ),
        .init(
            "SKIT EventSamples/MpAccreditation/QualificationVerifyFailEvent.xml",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1442401156</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[qualification_verify_fail]]></Event>
                <FailTime>1442401122</FailTime>
                <FailReason><![CDATA[by time]]></FailReason>
            </xml>
            """,
            .typed("event.qualificationVerifyFailure", ["failTime": "1442401122", "failReason": "by time"])
        ),
    ]
}
