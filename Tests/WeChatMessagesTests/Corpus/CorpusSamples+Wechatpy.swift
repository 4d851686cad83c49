// Payloads from wechatpy's tests/test_events.py and tests/test_parser.py (https://github.com/wechatpy/wechatpy),
// copied as they are.

extension CorpusSamples {
    static let wechatpy: [CorpusSample] = [
        .init(
            "wechatpy tests/test_events.py test_scan_code_push_event",
            """
            <xml>
            <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
            <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
            <CreateTime>1408090502</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[scancode_push]]></Event>
            <EventKey><![CDATA[6]]></EventKey>
            <ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType>
            <ScanResult><![CDATA[1]]></ScanResult>
            </ScanCodeInfo>
            </xml>
            """,
            .typed("event.scanCodePush", ["eventKey": "6", "scanType": "qrcode", "scanResult": "1"])
        ),
        .init(
            "wechatpy tests/test_events.py test_scan_code_waitmsg_event",
            """
            <xml>
            <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
            <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
            <CreateTime>1408090606</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[scancode_waitmsg]]></Event>
            <EventKey><![CDATA[6]]></EventKey>
            <ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType>
            <ScanResult><![CDATA[2]]></ScanResult>
            </ScanCodeInfo>
            </xml>
            """,
            .typed("event.scanCodeWaitMessage", ["scanType": "qrcode", "scanResult": "2"])
        ),
        .init(
            "wechatpy tests/test_events.py test_pic_sysphoto_event",
            """
            <xml>
            <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
            <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
            <CreateTime>1408090651</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[pic_sysphoto]]></Event>
            <EventKey><![CDATA[6]]></EventKey>
            <SendPicsInfo><Count>1</Count>
            <PicList>
                <item>
                <PicMd5Sum><![CDATA[1b5f7c23b5bf75682a53e7b6d163e185]]></PicMd5Sum>
                </item>
            </PicList>
            </SendPicsInfo>
            </xml>
            """,
            .typed(
                "event.picturesSystemPhoto", ["count": "1", "pictureMD5Sums[0]": "1b5f7c23b5bf75682a53e7b6d163e185"])
        ),
        .init(
            "wechatpy tests/test_events.py test_pic_photo_or_album_event",
            """
            <xml>
            <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
            <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
            <CreateTime>1408090816</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[pic_photo_or_album]]></Event>
            <EventKey><![CDATA[6]]></EventKey>
            <SendPicsInfo><Count>1</Count>
            <PicList>
            <item>
            <PicMd5Sum><![CDATA[5a75aaca956d97be686719218f275c6b]]></PicMd5Sum>
            </item>
            </PicList>
            </SendPicsInfo>
            </xml>
            """,
            .typed(
                "event.picturesPhotoOrAlbum", ["count": "1", "pictureMD5Sums[0]": "5a75aaca956d97be686719218f275c6b"])
        ),
        .init(
            "wechatpy tests/test_events.py test_pic_wechat_event",
            """
            <xml>
            <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
            <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
            <CreateTime>1408090816</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[pic_weixin]]></Event>
            <EventKey><![CDATA[6]]></EventKey>
            <SendPicsInfo><Count>1</Count>
            <PicList>
            <item>
            <PicMd5Sum><![CDATA[5a75aaca956d97be686719218f275c6b]]></PicMd5Sum>
            </item>
            </PicList>
            </SendPicsInfo>
            </xml>
            """,
            .typed("event.picturesWeixin", ["count": "1", "pictureMD5Sums.count": "1"])
        ),
        .init(
            "wechatpy tests/test_events.py test_location_select_event",
            """
            <xml>
            <ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>
            <FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>
            <CreateTime>1408091189</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[location_select]]></Event>
            <EventKey><![CDATA[6]]></EventKey>
            <SendLocationInfo><Location_X><![CDATA[23]]></Location_X>
            <Location_Y><![CDATA[113]]></Location_Y>
            <Scale><![CDATA[15]]></Scale>
            <Label><![CDATA[广州市海珠区客村艺苑路 106号]]></Label>
            <Poiname><![CDATA[]]></Poiname>
            </SendLocationInfo>
            </xml>
            """,
            .typed("event.locationSelect", ["scale": "15", "label": "广州市海珠区客村艺苑路 106号", "poiName": ""])
        ),
        .init(
            "wechatpy tests/test_events.py test_merchant_order_event",
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
            .typed(
                "event.merchantOrder",
                [
                    "orderID": "test_order_id", "orderStatus": "2", "productID": "test_product_id",
                    "skuInfo": "10001:1000012;10002:100021",
                ])
        ),
        .init(
            "wechatpy tests/test_events.py test_kf_create_session_event",
            """
            <xml>
            <ToUserName><![CDATA[touser]]></ToUserName>
            <FromUserName><![CDATA[fromuser]]></FromUserName>
            <CreateTime>1399197672</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[kf_create_session]]></Event>
            <KfAccount><![CDATA[test1@test]]></KfAccount>
            </xml>
            """,
            .typed("event.kfCreateSession", ["kfAccount": "test1@test"])
        ),
        .init(
            "wechatpy tests/test_events.py test_kf_close_session_event",
            """
            <xml>
            <ToUserName><![CDATA[touser]]></ToUserName>
            <FromUserName><![CDATA[fromuser]]></FromUserName>
            <CreateTime>1399197672</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[kf_close_session]]></Event>
            <KfAccount><![CDATA[test1@test]]></KfAccount>
            </xml>
            """,
            .typed("event.kfCloseSession", ["kfAccount": "test1@test"])
        ),
        .init(
            "wechatpy tests/test_events.py test_kf_switch_session_event",
            """
            <xml>
            <ToUserName><![CDATA[touser]]></ToUserName>
            <FromUserName><![CDATA[fromuser]]></FromUserName>
            <CreateTime>1399197672</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[kf_switch_session]]></Event>
            <FromKfAccount><![CDATA[test1@test]]></FromKfAccount>
            <ToKfAccount><![CDATA[test2@test]]></ToKfAccount>
            </xml>
            """,
            .typed("event.kfSwitchSession", ["fromKfAccount": "test1@test", "toKfAccount": "test2@test"])
        ),
        .init(
            "wechatpy tests/test_events.py test_template_send_job_finish_event",
            """
            <xml>
            <ToUserName><![CDATA[touser]]></ToUserName>
            <FromUserName><![CDATA[fromuser]]></FromUserName>
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
            "wechatpy tests/test_events.py test_shakearound_user_shake_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[fromUser]]></FromUserName>
            <CreateTime>1433332012</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[ShakearoundUserShake]]></Event>
            <ChosenBeacon>
                <Uuid><![CDATA[uuid]]></Uuid>
                <Major>major</Major>
                <Minor>minor</Minor>
                <Distance>0.057</Distance>
            </ChosenBeacon>
            <AroundBeacons>
                <AroundBeacon>
                    <Uuid><![CDATA[uuid]]></Uuid>
                    <Major>major</Major>
                    <Minor>minor</Minor>
                    <Distance>166.816</Distance>
                </AroundBeacon>
                <AroundBeacon>
                    <Uuid><![CDATA[uuid]]></Uuid>
                    <Major>major</Major>
                    <Minor>minor</Minor>
                    <Distance>15.013</Distance>
                </AroundBeacon>
            </AroundBeacons>
            </xml>
            """,
            .typed(
                "event.shakeAroundUserShake",
                [
                    "chosenBeacon.uuid": "uuid", "chosenBeacon.major": "major", "chosenBeacon.minor": "minor",
                    "chosenBeacon.distance": "0.057", "aroundBeacons.count": "2",
                    "aroundBeacons[0].distance": "166.816",
                    "aroundBeacons[1].distance": "15.013",
                ])
        ),
        .init(
            "wechatpy tests/test_events.py test_wifi_connected_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>123456789</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[WifiConnected]]></Event>
            <ConnectTime>0</ConnectTime>
            <ExpireTime>0</ExpireTime>
            <VendorId><![CDATA[3001224419]]></VendorId>
            <PlaceId><![CDATA[1234]]></PlaceId>
            <DeviceNo><![CDATA[00:1f:7a:ad:5c:a8]]></DeviceNo>
            </xml>
            """,
            .typed(
                "event.wifiConnected",
                [
                    "connectTime": "0", "expireTime": "0", "vendorID": "3001224419", "shopID": "1234",
                    "deviceNumber": "00:1f:7a:ad:5c:a8",
                ])
        ),
        .init(
            "wechatpy tests/test_events.py test_qualification_verify_success_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>1442401156</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[qualification_verify_success]]></Event>
            <ExpiredTime>1442401156</ExpiredTime>
            </xml>
            """,
            .typed("event.qualificationVerifySuccess", ["expiredTime": "1442401156"])
        ),
        .init(
            "wechatpy tests/test_events.py test_qualification_verify_fail_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>1442401156</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[qualification_verify_fail]]></Event>
            <FailTime>1442401122</FailTime>
            <FailReason><![CDATA[by time]]></FailReason>
            </xml>
            """,
            .typed("event.qualificationVerifyFailure", ["failTime": "1442401122", "failReason": "by time"])
        ),
        .init(
            "wechatpy tests/test_events.py test_naming_verify_success_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>1442401093</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[naming_verify_success]]></Event>
            <ExpiredTime>1442401093</ExpiredTime>
            </xml>
            """,
            .typed("event.namingVerifySuccess", ["expiredTime": "1442401093"])
        ),
        .init(
            "wechatpy tests/test_events.py test_naming_verify_fail_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>1442401061</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[naming_verify_fail]]></Event>
            <FailTime>1442401061</FailTime>
            <FailReason><![CDATA[by time]]></FailReason>
            </xml>
            """,
            .typed("event.namingVerifyFailure", ["failTime": "1442401061", "failReason": "by time"])
        ),
        .init(
            "wechatpy tests/test_events.py test_annual_renew_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>1442401004</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[annual_renew]]></Event>
            <ExpiredTime>1442401004</ExpiredTime>
            </xml>
            """,
            .typed("event.annualRenew", ["expiredTime": "1442401004"])
        ),
        .init(
            "wechatpy tests/test_events.py test_verify_expired_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>1442400900</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[verify_expired]]></Event>
            <ExpiredTime>1442400900</ExpiredTime>
            </xml>
            """,
            .typed("event.verifyExpired", ["expiredTime": "1442400900"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_text_message",
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
            .typed("text", ["content": "this is a test", "header.createTime": "1348831860"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_image_message",
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
            "wechatpy tests/test_parser.py test_parse_voice_message",
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
            .typed("voice", ["mediaID": "media_id", "format": "Format", "recognition": "nil"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_video_message",
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
            "wechatpy tests/test_parser.py test_parse_location_message",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[fromUser]]></FromUserName>
            <CreateTime>1351776360</CreateTime>
            <MsgType><![CDATA[location]]></MsgType>
            <Location_X>23.134521</Location_X>
            <Location_Y>113.358803</Location_Y>
            <Scale>20</Scale>
            <Label><![CDATA[位置信息]]></Label>
            <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .typed("location", ["latitude": "23.134521", "label": "位置信息"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_link_message",
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
            .typed("link", ["title": "公众平台官网链接", "url": "url"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_subscribe_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>123456789</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[subscribe]]></Event>
            </xml>
            """,
            .typed("event.subscribe", ["eventKey": "nil"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_subscribe_event_with_last_trade_no",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>123456789</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[subscribe]]></Event>
            <EventKey><![CDATA[last_trade_no_4008072001201701105817415015]]></EventKey>
            </xml>
            """,
            .typed("event.subscribe", ["eventKey": "last_trade_no_4008072001201701105817415015"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_subscribe_scan_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
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
            "wechatpy tests/test_parser.py test_parse_scan_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>123456789</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[SCAN]]></Event>
            <EventKey><![CDATA[123123]]></EventKey>
            <Ticket><![CDATA[TICKET]]></Ticket>
            </xml>
            """,
            .typed("event.scan", ["eventKey": "123123", "ticket": "TICKET"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_location_event",
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
            .typed("event.location", ["latitude": "23.137466", "longitude": "113.352425"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_click_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[FromUser]]></FromUserName>
            <CreateTime>123456789</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[CLICK]]></Event>
            <EventKey><![CDATA[EVENTKEY]]></EventKey>
            </xml>
            """,
            .typed("event.click", ["eventKey": "EVENTKEY"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_view_event",
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
            .typed("event.view", ["eventKey": "www.qq.com"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_unknown_message",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[fromUser]]></FromUserName>
            <CreateTime>1348831860</CreateTime>
            <MsgType><![CDATA[notsure]]></MsgType>
            <MsgId>1234567890123456</MsgId>
            </xml>
            """,
            .unknown(because: "MsgType `notsure` is wechatpy's made-up type for its unknown-message test")
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_subscribe_scan_product_event (scanbarcode)",
            """
            <xml>
            <ToUserName><![CDATA[gh_fbe8a958756e]]></ToUserName>
            <FromUserName><![CDATA[otAzGjrS4AYCmeJM1GhEOcHXXTAo]]></FromUserName>
            <CreateTime>1433259128</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[subscribe]]></Event>
            <EventKey><![CDATA[scanbarcode|keystandard|keystr]]></EventKey>
            </xml>
            """,
            .typed("event.subscribe", ["eventKey": "scanbarcode|keystandard|keystr", "ticket": "nil"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_subscribe_scan_product_event (scanimage)",
            """
            <xml>
            <ToUserName><![CDATA[gh_fbe8a958756e]]></ToUserName>
            <FromUserName><![CDATA[otAzGjrS4AYCmeJM1GhEOcHXXTAo]]></FromUserName>
            <CreateTime>1433259128</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[subscribe]]></Event>
            <EventKey><![CDATA[scanimage|keystandard|keystr]]></EventKey>
            </xml>
            """,
            .typed("event.subscribe", ["eventKey": "scanimage|keystandard|keystr"])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_user_authorize_invoice_event",
            """
            <xml>
            <ToUserName><![CDATA[gh_fc0a06a20993]]></ToUserName>
            <FromUserName><![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]></FromUserName>
            <CreateTime>1475134700</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[user_authorize_invoice]]></Event>
            <SuccOrderId><![CDATA[1202933957956]]></SuccOrderId>
            <FailOrderId><![CDATA[]]></FailOrderId>
            <AppId><![CDATA[wx1234567887654321]]></AppId>
            <Source><![CDATA[]]></Source>
            </xml>
            """,
            .typed(
                "event.userAuthorizeInvoice",
                [
                    "succeededOrderID": "1202933957956", "failedOrderID": "", "authorizeAppID": "wx1234567887654321",
                    "source": "",
                ])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_submit_invoice_title_event",
            """
            <xml>
            <ToUserName><![CDATA[gh_fc0a06a20993]]></ToUserName>
            <FromUserName><![CDATA[oZI8Fj040-be6rlDohc6gkoPOQTQ]]></FromUserName>
            <CreateTime>1475134700</CreateTime>
            <MsgType><![CDATA[event]]></MsgType>
            <Event><![CDATA[submit_invoice_title]]></Event>
            <title><![CDATA[样例公司抬头]]></title>
            <tax_no><![CDATA[1486715661]]></tax_no>
            <addr><![CDATA[abc]]></addr>
            <phone><![CDATA[13313331333]]></phone>
            <bank_type><![CDATA[bt]]></bank_type>
            <bank_no><![CDATA[bn]]></bank_no>
            <attach><![CDATA[at]]></attach>
            <title_type><![CDATA[InvoiceUserTitleBusinessType]]></title_type>
            </xml>
            """,
            .typed(
                "event.submitInvoiceTitle",
                [
                    "title": "样例公司抬头", "taxNumber": "1486715661", "address": "abc", "phone": "13313331333",
                    "bankType": "bt", "bankNumber": "bn", "attach": "at", "titleType": "InvoiceUserTitleBusinessType",
                ])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_device_text_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[fromUser]]></FromUserName>
            <CreateTime>1348831860</CreateTime>
            <MsgType><![CDATA[device_text]]></MsgType>
            <MsgId>1234567890123456</MsgId>
            <OpenID><![CDATA[123]]></OpenID>
            <DeviceID><![CDATA[123]]></DeviceID>
            <DeviceType><![CDATA[123]]></DeviceType>
            <SessionID><![CDATA[123]]></SessionID>
            <Content><![CDATA[MTIz]]></Content>
            </xml>
            """,
            .typed(
                "deviceText",
                [
                    "msgID": "1234567890123456", "openID": "123", "deviceID": "123", "deviceType": "123",
                    "sessionID": "123", "content": "MTIz",
                ])
        ),
        .init(
            "wechatpy tests/test_parser.py test_parse_device_bind_event",
            """
            <xml>
            <ToUserName><![CDATA[toUser]]></ToUserName>
            <FromUserName><![CDATA[fromUser]]></FromUserName>
            <CreateTime>1348831860</CreateTime>
            <MsgType><![CDATA[device_event]]></MsgType>
            <MsgId>1234567890123456</MsgId>
            <Event><![CDATA[bind]]></Event>
            <OpenID><![CDATA[123]]></OpenID>
            <DeviceID><![CDATA[123]]></DeviceID>
            <DeviceType><![CDATA[123]]></DeviceType>
            <SessionID><![CDATA[123]]></SessionID>
            <Content><![CDATA[MTIz]]></Content>
            </xml>
            """,
            .typed("deviceEvent", ["event": "bind", "deviceID": "123", "content": "MTIz", "operationType": "nil"])
        ),
    ]
}
