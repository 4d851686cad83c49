public import WeChatMessages

extension Matcher where Payload == Event {
    /// Every event.
    public static var event: Matcher {
        .kind(.event, "event") { if case .event(let event) = $0 { event } else { nil } }
    }

    /// Events whose `EventKey` is exactly `key`.
    public static func event(key: String) -> Matcher {
        event.field("key", \.eventKey, equals: key)
    }

    /// Events whose `EventKey` starts with `prefix`.
    public static func event(keyPrefix prefix: String) -> Matcher {
        event.field("key", \.eventKey, hasPrefix: prefix)
    }

    /// Events whose `EventKey` `regex` finds a match in; its groups reach the handler as `context.captures`.
    public static func event(keyMatching regex: some RegexComponent) -> Matcher {
        event.field("key", \.eventKey, matching: regex)
    }
}

extension Matcher {
    /// Events of `kind`, whatever the case of their `Event` value; the handler gets the kind's payload.
    ///
    /// A typed kind such as `.userGetCard` hands over its typed payload (`UserGetCardEvent`), so an event of
    /// that name that decoded as `.unknown` (a required element missing) does not match it;
    /// `EventKind(named:)` matches any event of that name, typed or not, and hands over the whole `Event`.
    public static func event(_ kind: EventKind<Payload>) -> Matcher {
        let summary = "event:\(kind.name)"
        return Matcher(kinds: .event, shape: .kind(summary), summary: summary) { message in
            if case .event(let event) = message { kind.payload(of: event) } else { nil }
        } test: { _, _ in
            RuleCaptures.none
        }
    }
}

extension Matcher where Payload == SubscribeEvent {
    /// Every follow, plain or from a QR code.
    public static var subscribe: Matcher {
        .event(.subscribe)
    }

    /// Follows that came from scanning a parametric QR code, whatever its scene.
    public static var subscribeFromQRCode: Matcher {
        subscribe.filter(shape: .opaque, summary: "event:subscribe from QR code") { $0.scene != nil }
    }

    /// Follows that came from the parametric QR code of `scene` (`EventKey` `qrscene_<scene>`).
    public static func subscribe(scene: String) -> Matcher {
        subscribe.field("scene", \.scene, equals: scene)
    }
}

extension Matcher where Payload == UnsubscribeEvent {
    /// Every unfollow. Replies to it are never shown.
    public static var unsubscribe: Matcher {
        .event(.unsubscribe)
    }
}

extension Matcher where Payload == ScanEvent {
    /// Every scan of a parametric QR code by a follower.
    public static var scan: Matcher {
        .event(.scan)
    }

    /// Scans of the parametric QR code of `scene`.
    public static func scan(scene: String) -> Matcher {
        scan.field("scene", \.eventKey, equals: scene)
    }
}

extension Matcher where Payload == LocationEvent {
    /// Every periodic location report (the `LOCATION` event, not a shared `location` message).
    public static var locationEvent: Matcher {
        .event(.location)
    }
}

extension Matcher where Payload == ClickEvent {
    /// Every tap on a click menu button.
    public static var click: Matcher {
        .event(.click)
    }

    /// Taps on the button whose key is exactly `key`.
    public static func click(key: String) -> Matcher {
        click.field("key", \.eventKey, equals: key, index: .clickKey)
    }

    /// Taps on buttons whose key starts with `prefix`.
    public static func click(keyPrefix prefix: String) -> Matcher {
        click.field("key", \.eventKey, hasPrefix: prefix)
    }

    /// Taps on buttons whose key `regex` finds a match in; its groups reach the handler as `context.captures`.
    public static func click(keyMatching regex: some RegexComponent) -> Matcher {
        click.field("key", \.eventKey, matching: regex)
    }
}

extension Matcher where Payload == ViewEvent {
    /// Every tap on a link menu button.
    public static var view: Matcher {
        .event(.view)
    }
}
