import Testing
import WeChatBot
import WeChatBotTesting
import WeChatMessages

/// Whether a one-rule bot with `matcher` answers `message`.
private func matches<Payload>(
    _ matcher: Matcher<Payload>,
    _ message: TestMessage,
    from openID: String = "o_test_user"
) async -> Bool {
    let bot = Bot { On(matcher) { _, _ in .text("hit") } }
    return await bot.test { await $0.send(message, from: openID).text == "hit" }
}

@Suite("Matchers")
struct MatcherTests {
    @Test("every message kind has its own matcher and payload")
    func messageKinds() async {
        let bot = Bot {
            On(.text) { text, _ in .text("text \(text.content)") }
            On(.image) { image, _ in .text("image \(image.mediaID)") }
            On(.voice) { voice, _ in .text("voice \(voice.format)") }
            On(.video) { video, _ in .text("video \(video.mediaID)") }
            On(.shortVideo) { video, _ in .text("shortvideo \(video.mediaID)") }
            On(.location) { location, _ in .text("location \(location.label)") }
            On(.link) { link, _ in .text("link \(link.url)") }
            On(.miniProgramPage) { page, _ in .text("page \(page.pagePath)") }
            On(.unknownMessage) { message, _ in .text("unknown \(message.header.msgType)") }
            On(.event) { event, _ in .text("event \(event.name)") }
        }
        await bot.test { client in
            #expect(await client.send(.text("t")).text == "text t")
            #expect(await client.send(.image(mediaID: "i")).text == "image i")
            #expect(await client.send(.voice(mediaID: "v", format: "speex")).text == "voice speex")
            #expect(await client.send(.video(mediaID: "vid")).text == "video vid")
            #expect(await client.send(.shortVideo(mediaID: "s")).text == "shortvideo s")
            #expect(await client.send(.location(latitude: 23.1, longitude: 113.3, label: "广州")).text == "location 广州")
            #expect(await client.send(.link(title: "t", description: "d", url: "https://u")).text == "link https://u")
            #expect(
                await client.send(.miniProgramPage(appID: "wx1", title: "t", pagePath: "pages/a")).text
                    == "page pages/a")
            #expect(await client.send(.unknown(msgType: "file")).text == "unknown file")
            #expect(await client.send(.unsubscribe).text == "event unsubscribe")
        }
    }

    @Test("text: exact, prefix, contains")
    func textMatchers() async {
        #expect(await matches(.text("help"), .text("help")))
        #expect(await !matches(.text("help"), .text("help ")))
        #expect(await !matches(.text("help"), .text("Help")))
        #expect(await !matches(.text("help"), .image(mediaID: "help")))
        #expect(await matches(.text(prefix: "天气"), .text("天气 北京")))
        #expect(await !matches(.text(prefix: "天气"), .text("北京天气")))
        #expect(await matches(.text(contains: "咖啡"), .text("我要一杯咖啡，谢谢")))
        #expect(await !matches(.text(contains: "咖啡"), .text("茶")))
        #expect(await matches(.text(""), .text("")))
    }

    @Test("prefix and contains compare Unicode scalars, at every position, as Python's str does")
    func scalarTextMatching() async {
        // Emoji sequences and combining marks: one `Character` in Swift, several scalars in the text.
        #expect(await matches(.text(contains: "👨"), .text("家人👨‍👩‍👧")))
        #expect(await matches(.text(prefix: "e"), .text("e\u{301}té")))
        #expect(await !matches(.text(contains: "\u{E9}"), .text("e\u{301}")))
        // Matches at the start, the end and overlapping a partial match; a fragment longer than the text.
        #expect(await matches(.text(contains: "优惠券"), .text("优惠券")))
        #expect(await matches(.text(contains: "券"), .text("领优惠券")))
        #expect(await matches(.text(contains: "aab"), .text("aaab")))
        #expect(await !matches(.text(contains: "优惠券!"), .text("优惠券")))
        #expect(await !matches(.text(prefix: "优惠券!"), .text("优惠券")))
        // A fragment that shares a UTF-8 lead byte with the text but is another scalar.
        #expect(await !matches(.text(contains: "优"), .text("伙")))
        #expect(await matches(.text(contains: ""), .text("任何")))
        #expect(await matches(.text(prefix: ""), .text("")))
        #expect(await matches(.click(keyPrefix: "MENU_"), .click(key: "MENU_天气")))
    }

    @Test("text regex: positional and named captures reach the handler")
    func regexCaptures() async {
        let bot = Bot {
            On(.text(matching: /^(?<people>\d+)人\s*(\d{1,2}):(\d{2})$/)) { _, context in
                .text(
                    "\(context.captures["people"] ?? "-") \(context.captures[2] ?? "-"):\(context.captures[3] ?? "-") \(context.captures[0] ?? "-")"
                )
            }
            On(.text(matching: /^a(b)?c$/)) { _, context in
                .text(
                    "optional \(context.captures[1] ?? "absent") \(context.captures.count) \(context.captures[9] ?? "none")"
                )
            }
        }
        await bot.test { client in
            #expect(await client.send(.text("4人 19:30")).text == "4 19:30 4人 19:30")
            #expect(await client.send(.text("ac")).text == "optional absent 2 none")
            #expect(await client.send(.text("abc")).text == "optional b 2 none")
            #expect(await client.send(.text("x4人 19:30")) == .success)
        }
    }

    @Test("rules without a regex give handlers no captures")
    func noCaptures() async {
        let bot = Bot {
            On(.text("x")) { _, context in .text("\(context.captures.count) \(context.captures == .none)") }
        }
        await bot.test { #expect(await $0.send(.text("x")).text == "0 true") }
    }

    @Test("event kinds match their Event value case-insensitively, including unmodelled events")
    func eventKindsIgnoreCase() async {
        #expect(await matches(.event(.click), .click(key: "K")))
        #expect(await matches(.event(.click), .click(key: "K", event: "click")))
        #expect(await matches(.event(.click), .click(key: "K", event: "Click")))
        #expect(await !matches(.event(.click), .view(url: "https://u")))
        #expect(await matches(.event(.location), .locationEvent(latitude: 1, longitude: 2)))
        #expect(await matches(.event(EventKind(named: "weapp_audit_success")), .unknownEvent("WEAPP_AUDIT_SUCCESS")))
        #expect(await matches(.event(EventKind(named: "ShakearoundUserShake")), .unknownEvent("shakearoundusershake")))
        #expect(await !matches(.event(EventKind(named: "clic")), .click(key: "K")))
        #expect(await !matches(.event(.subscribe), .text("subscribe")))
    }

    @Test("a catalogued event kind hands the handler its typed payload; other kinds and unknowns do not match")
    func typedEventKind() async {
        let payDone = Self.giftCardOrder("giftcard_pay_done", orderID: "Z2y2rY74ksZX1ceuGA")
        let bot = Bot {
            On(.event(.giftCardPayDone)) { order, _ in .text("paid \(order.orderID)") }
            On(.event(.giftCardUserAccept)) { order, _ in .text("accepted \(order.orderID)") }
        }
        #expect(await bot.test { await $0.send(payDone).text } == "paid Z2y2rY74ksZX1ceuGA")
        let accepted = Self.giftCardOrder("GIFTCARD_USER_ACCEPT", orderID: "o2")
        #expect(await bot.test { await $0.send(accepted).text } == "accepted o2")
        #expect(await !matches(.event(.giftCardSendToFriend), payDone))
        #expect(await !matches(.event(.giftCardPayDone), .unknownEvent("giftcard_pay_done")))
        #expect(await matches(.event(EventKind(named: "giftcard_pay_done")), payDone))
    }

    private static func giftCardOrder(_ event: String, orderID: String) -> TestMessage {
        .event { header in
            let raw = XMLTree(
                name: "xml",
                children: [XMLTree(name: "Event", text: event), XMLTree(name: "OrderId", text: orderID)]
            )
            let order = GiftCardOrderEvent(header: header, raw: raw)
            return event.lowercased() == "giftcard_pay_done" ? .giftCardPayDone(order) : .giftCardUserAccept(order)
        }
    }

    @Test("typed event matchers: subscribe, unsubscribe, scan, LOCATION, click, view")
    func typedEvents() async {
        #expect(await matches(.subscribe, .subscribe()))
        #expect(await matches(.subscribe, .subscribe(scene: "1")))
        #expect(await matches(.unsubscribe, .unsubscribe))
        #expect(await matches(.scan, .scan(scene: "9")))
        #expect(await matches(.locationEvent, .locationEvent(latitude: 1, longitude: 2)))
        #expect(await !matches(.locationEvent, .location(latitude: 1, longitude: 2, label: "l")))
        #expect(await !matches(.location, .locationEvent(latitude: 1, longitude: 2)))
        #expect(await matches(.click, .click(key: "K")))
        #expect(await matches(.view, .view(url: "https://u")))
        #expect(await !matches(.click, .view(url: "K")))
    }

    @Test("event keys: exact, prefix and regex, on any event and on clicks")
    func eventKeys() async {
        #expect(await matches(.event(key: "MENU_A"), .click(key: "MENU_A")))
        #expect(await matches(.event(key: "https://u"), .view(url: "https://u")))
        #expect(await !matches(.event(key: "MENU_A"), .click(key: "MENU_AB")))
        #expect(await !matches(.event(key: "MENU_A"), .locationEvent(latitude: 1, longitude: 2)))
        #expect(await matches(.event(keyPrefix: "MENU_"), .scanCode(key: "MENU_SCAN", result: "r")))
        #expect(await !matches(.event(keyPrefix: "MENU_"), .click(key: "menu_x")))
        #expect(await matches(.event(keyMatching: /^COUPON_\d+$/), .click(key: "COUPON_5")))
        #expect(await !matches(.event(keyMatching: /^COUPON_\d+$/), .click(key: "COUPON_X")))
        #expect(await matches(.click(key: "A"), .click(key: "A")))
        #expect(await !matches(.click(key: "A"), .click(key: "a")))
        #expect(await matches(.click(keyPrefix: "DRINK_"), .click(key: "DRINK_LATTE")))
        #expect(await !matches(.click(keyPrefix: "DRINK_"), .click(key: "FOOD_CAKE")))
        #expect(await matches(.click(keyMatching: /^SIZE_(S|M|L)$/), .click(key: "SIZE_M")))
        #expect(await !matches(.click(keyMatching: /^SIZE_(S|M|L)$/), .click(key: "SIZE_XL")))
    }

    @Test("event key regex captures reach the handler")
    func eventKeyCaptures() async {
        let bot = Bot {
            On(.click(keyMatching: /^COUPON_(?<amount>\d+)$/)) { _, context in .text(context.captures["amount"] ?? "-")
            }
            On(.event(keyMatching: /^PAGE_(\d+)$/)) { _, context in .text(context.captures[1] ?? "-") }
        }
        await bot.test { client in
            #expect(await client.send(.click(key: "COUPON_20")).text == "20")
            #expect(await client.send(.view(url: "PAGE_7")).text == "7")
        }
    }

    @Test("QR scenes: subscribe from any or one scene, and scans of a scene")
    func qrScenes() async {
        #expect(await matches(.subscribe(scene: "table-7"), .subscribe(scene: "table-7")))
        #expect(await !matches(.subscribe(scene: "table-7"), .subscribe(scene: "table-8")))
        #expect(await !matches(.subscribe(scene: "table-7"), .subscribe()))
        #expect(await matches(.subscribeFromQRCode, .subscribe(scene: "x")))
        #expect(await !matches(.subscribeFromQRCode, .subscribe()))
        #expect(await matches(.scan(scene: "42"), .scan(scene: "42")))
        #expect(await !matches(.scan(scene: "42"), .scan(scene: "43")))
        let bot = Bot { On(.subscribeFromQRCode) { event, _ in .text(event.scene ?? "-") } }
        await bot.test { #expect(await $0.send(.subscribe(scene: "qrscene_nested")).text == "qrscene_nested") }
    }

    @Test("sender, account and custom predicates")
    func conditions() async {
        #expect(await matches(.sender("alice", "bob"), .text("x"), from: "bob"))
        #expect(await !matches(.sender("alice"), .text("x"), from: "mallory"))
        #expect(await matches(.text && .sender("alice"), .text("x"), from: "alice"))
        #expect(await !matches(.text && .sender("alice"), .image(mediaID: "m"), from: "alice"))
        #expect(await matches(.account(.testAccount), .voice(mediaID: "v")))
        #expect(await !matches(.account(.releaseTest(group: 1, .officialAccount)), .voice(mediaID: "v")))
        #expect(await matches(.message { $0.header.createTime >= BotTestClient.epoch }, .unsubscribe))
        #expect(await !matches(.message { _ in false }, .unsubscribe))
        #expect(await matches(.text.when { $0.content.count == 3 }, .text("abc")))
        #expect(await !matches(.text.when { $0.content.count == 3 }, .text("abcd")))
    }

    @Test("combinations: &&, ||, ! and .all / .any / .not")
    func combinations() async {
        let aOrB: Matcher<TextMessage> = .text("a") || .text("b")
        #expect(await matches(aOrB, .text("a")))
        #expect(await matches(aOrB, .text("b")))
        #expect(await !matches(aOrB, .text("c")))
        #expect(await matches(.text(prefix: "a") && .text(contains: "z"), .text("abz")))
        #expect(await !matches(.text(prefix: "a") && .text(contains: "z"), .text("ab")))
        #expect(await matches(!.text("a"), .text("b")))
        #expect(await !matches(!.text("a"), .text("a")))
        #expect(await !matches(!.text("a"), .image(mediaID: "b")), "negation keeps the kind")
        #expect(
            await matches(
                .all(.text(prefix: "x"), .text(contains: "y"), .text.when { $0.content.hasSuffix("z") }), .text("xyz")))
        #expect(await !matches(.all(.text(prefix: "x"), .text(contains: "y")), .text("xz")))
        #expect(await matches(.any(.click(key: "A"), .click(key: "B"), .click(key: "C")), .click(key: "C")))
        #expect(await !matches(.any(.click(key: "A"), .click(key: "B")), .click(key: "D")))
        #expect(await matches(.not(.sender("mallory")), .text("x"), from: "alice"))
        #expect(await !matches(.not(.sender("mallory")), .text("x"), from: "mallory"))
    }

    @Test("captures of both sides of && are merged")
    func mergedCaptures() async {
        let bot = Bot {
            On(.text(matching: /^(\w+)\s/) && .text(matching: /(?<tail>\d+)$/)) { _, context in
                .text("\(context.captures[1] ?? "-") \(context.captures[2] ?? "-") \(context.captures["tail"] ?? "-")")
            }
        }
        await bot.test { #expect(await $0.send(.text("order 12")).text == "order 12 12") }
    }

    @Test("a custom matcher built from an extractor")
    func customMatcher() async {
        let scanCodePush = Matcher<ScanCodeEvent>("scancode_push") { message in
            if case .event(.scanCodePush(let event)) = message { event } else { nil }
        }
        let bot = Bot { On(scanCodePush) { event, _ in .text(event.scanResult) } }
        await bot.test { client in
            #expect(await client.send(.scanCode(key: "S", result: "ISBN 978")).text == "ISBN 978")
            #expect(await client.send(.scanCode(key: "S", result: "x", waitsForReply: true)) == .success)
        }
    }
}
