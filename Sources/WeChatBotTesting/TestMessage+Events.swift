import WeChatMessages

extension TestMessage {
    /// A follow; with a `scene`, one that came from that parametric QR code (`EventKey` `qrscene_<scene>`).
    public static func subscribe(scene: String? = nil) -> TestMessage {
        event {
            .subscribe(
                SubscribeEvent(header: $0, eventKey: scene.map { "qrscene_" + $0 }, ticket: scene.map { _ in "ticket" })
            )
        }
    }

    /// An unfollow.
    public static var unsubscribe: TestMessage {
        event { .unsubscribe(UnsubscribeEvent(header: $0)) }
    }

    /// A follower scanned the parametric QR code of `scene`.
    public static func scan(scene: String) -> TestMessage {
        event { .scan(ScanEvent(header: $0, eventKey: scene, ticket: "ticket")) }
    }

    /// A periodic location report (`LOCATION`).
    public static func locationEvent(latitude: Double, longitude: Double, precision: Double = 30) -> TestMessage {
        event { .location(LocationEvent(header: $0, latitude: latitude, longitude: longitude, precision: precision)) }
    }

    /// A tap on the click menu button `key`; `event` spells the `Event` value (WeChat's is `CLICK`).
    public static func click(key: String, event name: String = "CLICK") -> TestMessage {
        event { .click(ClickEvent(header: $0, eventKey: key, event: name)) }
    }

    /// A tap on a link menu button.
    public static func view(url: String, menuID: String? = nil) -> TestMessage {
        event { .view(ViewEvent(header: $0, eventKey: url, menuID: menuID)) }
    }

    /// A tap on a mini-program menu button.
    public static func viewMiniProgram(pagePath: String, menuID: String? = nil) -> TestMessage {
        event {
            .viewMiniProgram(
                ViewMiniProgramEvent(header: $0, eventKey: pagePath, menuID: menuID, event: "view_miniprogram"))
        }
    }

    /// A scan-code menu button's result (`scancode_push`, or `scancode_waitmsg` when `waitsForReply`).
    public static func scanCode(key: String, result: String, type: String = "qrcode", waitsForReply: Bool = false)
        -> TestMessage
    {
        event { header in
            waitsForReply
                ? .scanCodeWaitMessage(
                    ScanCodeEvent(
                        header: header, eventKey: key, scanType: type, scanResult: result, event: "scancode_waitmsg")
                )
                : .scanCodePush(
                    ScanCodeEvent(
                        header: header, eventKey: key, scanType: type, scanResult: result, event: "scancode_push")
                )
        }
    }

    /// The sources of a pictures menu button.
    public enum PictureSource: Sendable {
        /// `pic_sysphoto`.
        case systemPhoto
        /// `pic_photo_or_album`.
        case photoOrAlbum
        /// `pic_weixin`.
        case weixin
    }

    /// Pictures sent through a menu button.
    public static func pictures(key: String, from source: PictureSource, md5Sums: [String]) -> TestMessage {
        event { header in
            switch source {
            case .systemPhoto:
                .picturesSystemPhoto(
                    PicturesEvent(
                        header: header, eventKey: key, count: md5Sums.count, pictureMD5Sums: md5Sums,
                        event: "pic_sysphoto")
                )
            case .photoOrAlbum:
                .picturesPhotoOrAlbum(
                    PicturesEvent(
                        header: header, eventKey: key, count: md5Sums.count, pictureMD5Sums: md5Sums,
                        event: "pic_photo_or_album")
                )
            case .weixin:
                .picturesWeixin(
                    PicturesEvent(
                        header: header, eventKey: key, count: md5Sums.count, pictureMD5Sums: md5Sums,
                        event: "pic_weixin")
                )
            }
        }
    }

    /// A location picked through a menu button (`location_select`).
    public static func locationSelect(key: String, latitude: Double, longitude: Double, label: String) -> TestMessage {
        event {
            .locationSelect(
                LocationSelectEvent(
                    header: $0, eventKey: key, latitude: latitude, longitude: longitude, scale: 15, label: label)
            )
        }
    }

    /// A broadcast finished (`MASSSENDJOBFINISH`).
    public static func massSendJobFinish(msgID: Int64, status: String = "send success", sent: Int = 1) -> TestMessage {
        event {
            .massSendJobFinish(
                MassSendJobFinishEvent(
                    header: $0,
                    msgID: msgID,
                    status: status,
                    totalCount: sent,
                    filterCount: sent,
                    sentCount: sent,
                    errorCount: 0
                )
            )
        }
    }

    /// A template message finished (`TEMPLATESENDJOBFINISH`).
    public static func templateSendJobFinish(msgID: Int64, status: String = "success") -> TestMessage {
        event { .templateSendJobFinish(TemplateSendJobFinishEvent(header: $0, msgID: msgID, status: status)) }
    }

    /// A publish job finished (`PUBLISHJOBFINISH`); status 0 is success.
    public static func publishJobFinish(publishID: UInt64, status: Int = 0) -> TestMessage {
        event { .publishJobFinish(PublishJobFinishEvent(header: $0, publishID: publishID, publishStatus: status)) }
    }

    /// An event this library does not model, with the raw `Event` value `name`.
    public static func unknownEvent(_ name: String, key: String? = nil) -> TestMessage {
        event { header in
            var leaves = [XMLTree(name: "MsgType", text: "event"), XMLTree(name: "Event", text: name)]
            if let key { leaves.append(XMLTree(name: "EventKey", text: key)) }
            return .unknown(
                UnknownEvent(header: header, event: name, eventKey: key, raw: XMLTree(name: "xml", children: leaves)))
        }
    }
}
