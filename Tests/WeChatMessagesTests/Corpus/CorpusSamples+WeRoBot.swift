// Payloads from WeRoBot's tests/test_parser.py (https://github.com/offu/WeRoBot), copied as they are.

extension CorpusSamples {
    static let weRoBot: [CorpusSample] = [
        .init(
            "WeRoBot tests/test_parser.py test_text_message",
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
            .typed(
                "text",
                [
                    "header.toUserName": "toUser", "header.fromUserName": "fromUser",
                    "header.createTime": "1348831860", "content": "this is a test", "msgID": "1234567890123456",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_image_message",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1348831860</CreateTime>
                <MsgType><![CDATA[image]]></MsgType>
                <PicUrl><![CDATA[this is a url]]></PicUrl>
                <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .typed("image", ["picURL": "this is a url", "msgID": "1234567890123456", "msgDataID": "nil"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_location_message",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1351776360</CreateTime>
                <MsgType><![CDATA[location]]></MsgType>
                <Location_X>23.134521</Location_X>
                <Location_Y>113.358803</Location_Y>
                <Scale>20</Scale>
                <Label><![CDATA[Location]]></Label>
                <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .typed(
                "location",
                ["latitude": "23.134521", "longitude": "113.358803", "scale": "20", "label": "Location"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_link_message",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1351776360</CreateTime>
                <MsgType><![CDATA[link]]></MsgType>
                <Title><![CDATA[WeRoBot]]></Title>
                <Description><![CDATA[Link to WeRoBot]]></Description>
                <Url><![CDATA[https://github.com/whtsky/WeRoBot]]></Url>
                <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .typed(
                "link",
                ["title": "WeRoBot", "description": "Link to WeRoBot", "url": "https://github.com/whtsky/WeRoBot"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_voice_message",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1357290913</CreateTime>
                <MsgType><![CDATA[voice]]></MsgType>
                <MediaId><![CDATA[media_id]]></MediaId>
                <Format><![CDATA[Format]]></Format>
                <Recognition><![CDATA[Meow~]]></Recognition>
                <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .typed("voice", ["mediaID": "media_id", "format": "Format", "recognition": "Meow~"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_unknown_message",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>1351776360</CreateTime>
                <MsgType><![CDATA[unknown]]></MsgType>
                <Title><![CDATA[WeRoBot]]></Title>
                <Description><![CDATA[Link to WeRoBot]]></Description>
                <Url><![CDATA[https://github.com/whtsky/WeRoBot]]></Url>
                <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .unknown(because: "MsgType `unknown` is WeRoBot's made-up type for its unknown-message test")
        ),
        .init(
            "WeRoBot tests/test_parser.py test_subscribe_event (plain)",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[FromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[subscribe]]></Event>
            </xml>
            """,
            .typed("event.subscribe", ["eventKey": "nil", "ticket": "nil", "header.createTime": "123456789"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_subscribe_event (QR code)",
            """
            <xml><ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[FromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[subscribe]]></Event>
                <EventKey><![CDATA[qrscene_123123]]></EventKey>
                <Ticket><![CDATA[TICKET]]></Ticket>
            </xml>
            """,
            .typed("event.subscribe", ["eventKey": "qrscene_123123", "ticket": "TICKET"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_unsubscribe_event",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[unsubscribe]]></Event>
            </xml>
            """,
            .typed("event.unsubscribe", ["eventKey": "nil", "header.fromUserName": "fromUser"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_scan_event",
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
            "WeRoBot tests/test_parser.py test_scan_push_event",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[FromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[scancode_push]]></Event>
                <EventKey><![CDATA[EVENTKEY]]></EventKey>
                <ScanCodeInfo>
                    <ScanType><![CDATA[qrcode]]></ScanType>
                    <ScanResult><![CDATA[www.qq.com]]></ScanResult>
                </ScanCodeInfo>
            </xml>
            """,
            .typed("event.scanCodePush", ["eventKey": "EVENTKEY", "scanType": "qrcode", "scanResult": "www.qq.com"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_scan_waitmsg_event",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[FromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[scancode_waitmsg]]></Event>
                <EventKey><![CDATA[EVENTKEY]]></EventKey>
                <ScanCodeInfo>
                    <ScanType><![CDATA[qrcode]]></ScanType>
                    <ScanResult><![CDATA[www.qq.com]]></ScanResult>
                </ScanCodeInfo>
            </xml>
            """,
            .typed(
                "event.scanCodeWaitMessage",
                ["eventKey": "EVENTKEY", "scanType": "qrcode", "scanResult": "www.qq.com"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_pic_sysphoto_event (one picture)",
            """
            <xml>
                <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
                <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
                <CreateTime>1408090651</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[pic_sysphoto]]></Event>
                <EventKey><![CDATA[6]]></EventKey>
                <SendPicsInfo>
                    <Count>1</Count>
                    <PicList>
                        <item>
                            <PicMd5Sum><![CDATA[1b5f7c23b5bf75682a53e7b6d163e185]]></PicMd5Sum>
                        </item>
                    </PicList>
                </SendPicsInfo>
            </xml>
            """,
            .typed(
                "event.picturesSystemPhoto",
                [
                    "eventKey": "6", "count": "1", "pictureMD5Sums.count": "1",
                    "pictureMD5Sums[0]": "1b5f7c23b5bf75682a53e7b6d163e185",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_pic_sysphoto_event (two pictures)",
            """
                <xml>
                    <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
                    <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
                    <CreateTime>1408090651</CreateTime>
                    <MsgType><![CDATA[event]]></MsgType>
                    <Event><![CDATA[pic_sysphoto]]></Event>
                    <EventKey><![CDATA[6]]></EventKey>
                    <SendPicsInfo>
                        <Count>2</Count>
                        <PicList>
                            <item>
                                <PicMd5Sum><![CDATA[1b5f7c23b5bf75682a53e7b6d163e185]]></PicMd5Sum>
                            </item>
                            <item>
                                <PicMd5Sum><![CDATA[233]]></PicMd5Sum>
                            </item>
                        </PicList>
                    </SendPicsInfo>
                </xml>
            """,
            .typed(
                "event.picturesSystemPhoto",
                [
                    "count": "2", "pictureMD5Sums.count": "2", "pictureMD5Sums[0]": "1b5f7c23b5bf75682a53e7b6d163e185",
                    "pictureMD5Sums[1]": "233",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_pic_photo_or_album_event",
            """
            <xml>
                <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
                <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
                <CreateTime>1408090816</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[pic_photo_or_album]]></Event>
                <EventKey><![CDATA[6]]></EventKey>
                <SendPicsInfo>
                    <Count>1</Count>
                    <PicList>
                        <item>
                            <PicMd5Sum><![CDATA[5a75aaca956d97be686719218f275c6b]]></PicMd5Sum>
                        </item>
                    </PicList>
                </SendPicsInfo>
            </xml>
            """,
            .typed(
                "event.picturesPhotoOrAlbum",
                ["count": "1", "pictureMD5Sums[0]": "5a75aaca956d97be686719218f275c6b"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_card_pass_check_event",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[FromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[card_pass_check]]></Event>
                <CardId><![CDATA[cardid]]></CardId>
                <RefuseReason><![CDATA[非法代制]]></RefuseReason>
            </xml>
            """,
            .typed("event.cardPassCheck", ["cardID": "cardid", "refuseReason": "非法代制"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_card_not_pass_check_event",
            """
                <xml>
                    <ToUserName><![CDATA[toUser]]></ToUserName>
                    <FromUserName><![CDATA[FromUser]]></FromUserName>
                    <CreateTime>123456789</CreateTime>
                    <MsgType><![CDATA[event]]></MsgType>
                    <Event><![CDATA[card_not_pass_check]]></Event>
                    <CardId><![CDATA[cardid]]></CardId>
                    <RefuseReason><![CDATA[非法代制]]></RefuseReason>
                </xml>
            """,
            .typed("event.cardNotPassCheck", ["cardID": "cardid", "refuseReason": "非法代制"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_user_get_card_event (WeChat's card docs, white space around CDATA)",
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
                </xml>
            """,
            .typed(
                "event.userGetCard",
                [
                    "header.toUserName": "gh_fc0a06a20993", "header.msgType": "event", "event": "user_get_card",
                    "cardID": "pZI8Fjwsy5fVPRBeD78J4RmqVvBc", "isGiveByFriend": "false", "userCardCode": "226009850808",
                    "friendUserName": "", "outerID": "0", "oldUserCardCode": "", "outerString": "12b",
                    "isRestoreMemberCard": "false", "isRecommendByFriend": "false", "unionID": "nil",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_user_gifting_card_event",
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
            .typed(
                "event.userGiftingCard",
                [
                    "cardID": "pbLatjhU-3pik3d4PsbVzvBxZvJc", "userCardCode": "297466945104", "isReturnBack": "false",
                    "friendUserName": "obLatjlNerkb62HtSdQUx66C4NTU", "isChatRoom": "false",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_user_del_card_event",
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
            .typed("event.userDeleteCard", ["cardID": "cardid", "userCardCode": "12312312", "outerString": "nil"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_user_consume_card_event (white space around CDATA)",
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
            .typed(
                "event.userConsumeCard",
                [
                    "cardID": "pZI8Fj8y-E8hpvho2d1ZvpGwQBvA", "userCardCode": "452998530302",
                    "consumeSource": "FROM_API",
                    "locationName": "", "staffOpenID": "oZ********nJ3bPJu_Rtjkw4c", "verifyCode": "",
                    "remarkAmount": "", "outerString": "xxxxx", "locationID": "nil",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_user_pay_from_pay_cell_event",
            """
                <xml>
                    <ToUserName><![CDATA[gh_e2243xxxxxxx]]></ToUserName>
                    <FromUserName><![CDATA[oo2VNuOUuZGMxxxxxxxx]]></FromUserName>
                    <CreateTime>1442390947</CreateTime>
                    <MsgType><![CDATA[event]]></MsgType>
                    <Event><![CDATA[user_pay_from_pay_cell]]></Event>
                    <CardId><![CDATA[po2VNuCuRo-8sxxxxxxxxxxx]]></CardId>
                    <UserCardCode><![CDATA[38050000000]]></UserCardCode>
                    <TransId><![CDATA[10022403432015000000000]]></TransId>
                    <LocationId>291710000</LocationId>
                    <Fee><![CDATA[10000]]></Fee>
                    <OriginalFee><![CDATA[10000]]> </OriginalFee>
                </xml>
            """,
            .typed(
                "event.userPayFromPayCell",
                [
                    "cardID": "po2VNuCuRo-8sxxxxxxxxxxx", "userCardCode": "38050000000",
                    "transactionID": "10022403432015000000000", "locationID": "291710000", "fee": "10000",
                    "originalFee": "10000",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_user_view_card_event (white space around CDATA)",
            """
                <xml>
                    <ToUserName> <![CDATA[gh_fcxxxx6a20993]]> </ToUserName>
                    <FromUserName> <![CDATA[oZI8Fj040-xxxxx6gkoPOQTQ]]> </FromUserName>
                    <CreateTime>1467811138</CreateTime>
                    <MsgType> <![CDATA[event]]> </MsgType>
                    <Event> <![CDATA[user_view_card]]> </Event>
                    <CardId> <![CDATA[pZI8Fj2ezBbxxxxxT2UbiiWLb7Bg]]> </CardId>
                    <UserCardCode> <![CDATA[4xxxxxxxx8558]]> </UserCardCode>
                    <OuterStr> <![CDATA[12b]]> </OuterStr>
                </xml>
            """,
            .typed(
                "event.userViewCard",
                ["cardID": "pZI8Fj2ezBbxxxxxT2UbiiWLb7Bg", "userCardCode": "4xxxxxxxx8558", "outerString": "12b"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_user_enter_session_from_card_event",
            """
                <xml>
                    <ToUserName><![CDATA[toUser]]></ToUserName>
                    <FromUserName><![CDATA[FromUser]]></FromUserName>
                    <CreateTime>123456789</CreateTime>
                    <MsgType><![CDATA[event]]></MsgType>
                    <Event><![CDATA[user_enter_session_from_card]]></Event>
                    <CardId><![CDATA[cardid]]></CardId>
                    <UserCardCode><![CDATA[12312312]]></UserCardCode>
                </xml>
            """,
            .typed("event.userEnterSessionFromCard", ["cardID": "cardid", "userCardCode": "12312312"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_update_member_card_event",
            """
                <xml>
                    <ToUserName><![CDATA[gh_9e1765b5568e]]></ToUserName>
                    <FromUserName><![CDATA[ojZ8YtyVyr30HheH3CM73y7h4jJE]]></FromUserName>
                    <CreateTime>1445507140</CreateTime>
                    <MsgType><![CDATA[event]]></MsgType>
                    <Event><![CDATA[update_member_card]]></Event>
                    <CardId><![CDATA[pjZ8Ytx-nwvpCRyQneH3Ncmh6N94]]></CardId>
                    <UserCardCode><![CDATA[485027611252]]></UserCardCode>
                    <ModifyBonus>3</ModifyBonus>
                    <ModifyBalance>0</ModifyBalance>
                </xml>
            """,
            .typed(
                "event.updateMemberCard",
                [
                    "cardID": "pjZ8Ytx-nwvpCRyQneH3Ncmh6N94", "userCardCode": "485027611252", "modifyBonus": "3",
                    "modifyBalance": "0",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_card_sku_remind_event",
            """
                <xml>
                    <ToUserName><![CDATA[gh_2d62d*****0]]></ToUserName>
                    <FromUserName><![CDATA[oa3LFuBvWb7*********]]></FromUserName>
                    <CreateTime>1443838506</CreateTime>
                    <MsgType><![CDATA[event]]></MsgType>
                    <Event><![CDATA[card_sku_remind]]></Event>
                    <CardId><![CDATA[pa3LFuAh2P65**********]]></CardId>
                    <Detail><![CDATA[the card's quantity is equal to 0]]></Detail>
                </xml>
            """,
            .typed(
                "event.cardSkuRemind",
                ["cardID": "pa3LFuAh2P65**********", "detail": "the card's quantity is equal to 0"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_card_pay_order_event",
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
            .typed(
                "event.cardPayOrder",
                [
                    "orderID": "404091456", "status": "ORDER_STATUS_FINANCE_SUCC", "createOrderTime": "1453295737",
                    "payFinishTime": "0", "orderDescription": "", "freeCoinCount": "200", "payCoinCount": "0",
                    "refundFreeCoinCount": "0", "refundPayCoinCount": "0", "orderType": "ORDER_TYPE_SYS_ADD",
                    "memo": "开通账户奖励", "receiptInfo": "",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_submit_membercard_user_info_event",
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
            .typed(
                "event.submitMemberCardUserInfo",
                [
                    "header.toUserName": "gh_3fcea188bf78", "cardID": "pbLatjtZ7v1BG_ZnTjbW85GYc_E8",
                    "userCardCode": "018255396048",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_pic_weixin_event",
            """
            <xml>
                <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
                <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
                <CreateTime>1408090816</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[pic_weixin]]></Event>
                <EventKey><![CDATA[6]]></EventKey>
                <SendPicsInfo>
                    <Count>1</Count>
                    <PicList>
                        <item>
                            <PicMd5Sum><![CDATA[5a75aaca956d97be686719218f275c6b]]></PicMd5Sum>
                        </item>
                    </PicList>
                </SendPicsInfo>
            </xml>
            """,
            .typed("event.picturesWeixin", ["eventKey": "6", "pictureMD5Sums[0]": "5a75aaca956d97be686719218f275c6b"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_location_select_event",
            """
            <xml>
                <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
                <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
                <CreateTime>1408091189</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[location_select]]></Event>
                <EventKey><![CDATA[6]]></EventKey>
                <SendLocationInfo>
                    <Location_X><![CDATA[23]]></Location_X>
                    <Location_Y><![CDATA[113]]></Location_Y>
                    <Scale><![CDATA[15]]></Scale>
                    <Label><![CDATA[广州市海珠区客村艺苑路 106号]]></Label>
                    <Poiname><![CDATA[]]></Poiname>
                </SendLocationInfo>
            </xml>
            """,
            .typed(
                "event.locationSelect",
                [
                    "eventKey": "6", "latitude": "23.0", "longitude": "113.0", "scale": "15",
                    "label": "广州市海珠区客村艺苑路 106号", "poiName": "",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_click_event",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[CLICK]]></Event>
                <EventKey><![CDATA[EVENTKEY]]></EventKey>
            </xml>
            """,
            .typed("event.click", ["eventKey": "EVENTKEY", "event": "CLICK"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_view_event",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[FromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[VIEW]]></Event>
                <EventKey><![CDATA[www.qq.com]]></EventKey>
            </xml>
            """,
            .typed("event.view", ["eventKey": "www.qq.com", "menuID": "nil"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_location_event",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[fromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[LOCATION]]></Event>
                <Latitude>23.137466</Latitude>
                <Longitude>113.352425</Longitude>
                <Precision>119.385040</Precision>
            </xml>
            """,
            .typed("event.location", ["latitude": "23.137466", "longitude": "113.352425", "precision": "119.38504"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_template_send_job_finish_event (success)",
            """
            <xml>
                <ToUserName><![CDATA[gh_7f083739789a]]></ToUserName>
                <FromUserName><![CDATA[oia2TjuEGTNoeX76QEjQNrcURxG8]]></FromUserName>
                <CreateTime>1395658920</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event>
                <MsgID>200163836</MsgID>
                <Status><![CDATA[success]]></Status>
            </xml>
            """,
            .typed("event.templateSendJobFinish", ["msgID": "200163836", "status": "success"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_template_send_job_finish_event (failure)",
            """
            <xml>
                <ToUserName><![CDATA[gh_7f083739789a]]></ToUserName>
                <FromUserName><![CDATA[oia2TjuEGTNoeX76QEjQNrcURxG8]]></FromUserName>
                <CreateTime>1395658984</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event>
                <MsgID>200163840</MsgID>
                <Status><![CDATA[failed: system failed]]></Status>
            </xml>
            """,
            .typed("event.templateSendJobFinish", ["msgID": "200163840", "status": "failed: system failed"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_user_scan_product_event",
            """
            <xml>
                <ToUserName><![CDATA[gh_4e47c9c9ecad]]></ToUserName>
                <FromUserName><![CDATA[okkeXs1nI-xU4ql8-5BXkv1f0gDo]]></FromUserName>
                <CreateTime>1438250110</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[user_scan_product]]></Event>
                <KeyStandard><![CDATA[ean13]]></KeyStandard>
                <KeyStr><![CDATA[6901481811083]]></KeyStr>
                <Country><![CDATA[中国]]></Country>
                <Province><![CDATA[广东]]></Province>
                <City><![CDATA[揭阳]]></City>
                <Sex>1</Sex>
                <Scene>2</Scene>
                <ExtInfo><![CDATA[123]]></ExtInfo>
            </xml>
            """,
            .typed(
                "event.userScanProduct",
                [
                    "keyStandard": "ean13", "keyString": "6901481811083", "country": "中国", "province": "广东",
                    "city": "揭阳", "sex": "1", "scene": "2", "extraInfo": "123", "regionCode": "nil",
                ])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_user_scan_product_enter_session_event",
            """
            <xml>
                <ToUserName><![CDATA[gh_fbe8a958756e]]></ToUserName>
                <FromUserName><![CDATA[otAzGjrS4AYCmeJM1GhEOcHXXTAo]]></FromUserName>
                <CreateTime>1433259128</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[user_scan_product_enter_session]]></Event>
                <KeyStandard><![CDATA[ena13]]></KeyStandard>
                <KeyStr><![CDATA[6954767461373]]></KeyStr>
                <ExtInfo><![CDATA[]]></ExtInfo>
            </xml>
            """,
            .typed(
                "event.userScanProductEnterSession",
                ["keyStandard": "ena13", "keyString": "6954767461373", "extraInfo": "", "country": "nil"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_user_scan_product_async_event",
            """
            <xml>
                <ToUserName><![CDATA[gh_fbe8a958756e]]></ToUserName>
                <FromUserName><![CDATA[otAzGjrS4AYCmeJM1GhEOcHXXTAo]]></FromUserName>
                <CreateTime>1434541327</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[user_scan_product_async]]></Event>
                <KeyStandard><![CDATA[qrcode]]></KeyStandard>
                <KeyStr><![CDATA[lincolntest2]]></KeyStr>
                <ExtInfo><![CDATA[123]]></ExtInfo>
                <RegionCode><![CDATA[440105]]></RegionCode>
            </xml>
            """,
            .typed(
                "event.userScanProductAsync",
                ["keyStandard": "qrcode", "keyString": "lincolntest2", "extraInfo": "123", "regionCode": "440105"])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_user_scan_product_verify_action_event",
            """
            <xml>
                <ToUserName><![CDATA[gh_404e58ec528e]]></ToUserName>
                <FromUserName><![CDATA[od_ikt8qi21-hVTtYgm8xSfTLH5w]]></FromUserName>
                <CreateTime>1450429257</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[user_scan_product_verify_action]]></Event>
                <KeyStandard><![CDATA[ean13]]></KeyStandard>
                <KeyStr><![CDATA[6901481811083]]></KeyStr>
                <Result><![CDATA[verify_ok]]></Result>
                <ReasonMsg><![CDATA[]]></ReasonMsg>
            </xml>
            """,
            .typed(
                "event.userScanProductVerifyAction",
                ["keyStandard": "ean13", "keyString": "6901481811083", "result": "verify_ok", "reasonMessage": ""])
        ),
        .init(
            "WeRoBot tests/test_parser.py test_unknown_event",
            """
            <xml>
                <ToUserName><![CDATA[toUser]]></ToUserName>
                <FromUserName><![CDATA[FromUser]]></FromUserName>
                <CreateTime>123456789</CreateTime>
                <MsgType><![CDATA[event]]></MsgType>
                <Event><![CDATA[unknown]]></Event>
            </xml>
            """,
            .unknown(because: "Event `unknown` is WeRoBot's made-up name for its unknown-event test")
        ),
    ]
}
