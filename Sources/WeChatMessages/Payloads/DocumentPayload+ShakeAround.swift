// Shake-around (iBeacon) events:
// https://developers.weixin.qq.com/doc/offiaccount/Shake_Nearby/Shake_RedPack/Lottery_binding_event.html

/// One iBeacon a shake saw (`ChosenBeacon`, `AroundBeacons/AroundBeacon`).
public struct ShakeAroundBeacon: Sendable, Hashable {
    /// The beacon's UUID (`Uuid`).
    public var uuid: String
    /// Its major number (`Major`), as sent.
    public var major: String
    /// Its minor number (`Minor`), as sent.
    public var minor: String
    /// The estimated distance in metres (`Distance`).
    public var distance: Double?

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(uuid: String, major: String, minor: String, distance: Double? = nil) {
        self.uuid = uuid
        self.major = major
        self.minor = minor
        self.distance = distance
    }

    init(decoding tree: XMLTree) {
        self.init(
            uuid: tree["Uuid"] ?? "", major: tree["Major"] ?? "", minor: tree["Minor"] ?? "",
            distance: tree.double("Distance"))
    }
}

extension DocumentPayload where Schema == PayloadSchemas.ShakeAroundUserShake {
    /// The nearest beacon (`ChosenBeacon`).
    public var chosenBeacon: ShakeAroundBeacon? { raw.child("ChosenBeacon").map(ShakeAroundBeacon.init(decoding:)) }
    /// The other beacons in range (`AroundBeacons/AroundBeacon`); 0, 1 or many.
    public var aroundBeacons: [ShakeAroundBeacon] {
        raw.child("AroundBeacons")?.children(named: "AroundBeacon").map(ShakeAroundBeacon.init(decoding:)) ?? []
    }
}

extension DocumentPayload where Schema == PayloadSchemas.ShakeAroundLotteryBind {
    /// The lottery (`LotteryId`).
    public var lotteryID: String { raw["LotteryId"] ?? "" }
    /// The red packet's ticket (`Ticket`).
    public var ticket: String? { raw["Ticket"] }
    /// The amount in fen (`Money`).
    public var money: Int? { raw.int("Money") }
    /// When the packet was bound to the user (`BindTime`, Unix seconds).
    public var bindTime: Int64? { raw.int64("BindTime") }
}
