/// A card coin order changed (`card_pay_order`).
public struct CardPayOrderEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The order (`OrderId`).
    public var orderID: String
    /// The order's state (`Status`), e.g. `ORDER_STATUS_FINANCE_SUCC`.
    public var status: String
    /// When the order was created (`CreateOrderTime`, Unix seconds).
    public var createOrderTime: Int64
    /// When payment completed (`PayFinishTime`, Unix seconds).
    public var payFinishTime: Int64
    /// The order's description (`Desc`).
    public var orderDescription: String
    /// Free coins (`FreeCoinCount`).
    public var freeCoinCount: String
    /// Paid coins (`PayCoinCount`).
    public var payCoinCount: String
    /// Free coins refunded (`RefundFreeCoinCount`).
    public var refundFreeCoinCount: String
    /// Paid coins refunded (`RefundPayCoinCount`).
    public var refundPayCoinCount: String
    /// The kind of order (`OrderType`).
    public var orderType: String
    /// The order's note (`Memo`).
    public var memo: String
    /// The invoice information (`ReceiptInfo`).
    public var receiptInfo: String
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        orderID: String,
        status: String,
        createOrderTime: Int64,
        payFinishTime: Int64,
        orderDescription: String,
        freeCoinCount: String,
        payCoinCount: String,
        refundFreeCoinCount: String,
        refundPayCoinCount: String,
        orderType: String,
        memo: String,
        receiptInfo: String,
        event: String = "card_pay_order"
    ) {
        self.header = header
        self.orderID = orderID
        self.status = status
        self.createOrderTime = createOrderTime
        self.payFinishTime = payFinishTime
        self.orderDescription = orderDescription
        self.freeCoinCount = freeCoinCount
        self.payCoinCount = payCoinCount
        self.refundFreeCoinCount = refundFreeCoinCount
        self.refundPayCoinCount = refundPayCoinCount
        self.orderType = orderType
        self.memo = memo
        self.receiptInfo = receiptInfo
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.orderID = tree["OrderId"] ?? ""
        self.status = tree["Status"] ?? ""
        self.createOrderTime = tree.int64("CreateOrderTime") ?? 0
        self.payFinishTime = tree.int64("PayFinishTime") ?? 0
        self.orderDescription = tree["Desc"] ?? ""
        self.freeCoinCount = tree["FreeCoinCount"] ?? ""
        self.payCoinCount = tree["PayCoinCount"] ?? ""
        self.refundFreeCoinCount = tree["RefundFreeCoinCount"] ?? ""
        self.refundPayCoinCount = tree["RefundPayCoinCount"] ?? ""
        self.orderType = tree["OrderType"] ?? ""
        self.memo = tree["Memo"] ?? ""
        self.receiptInfo = tree["ReceiptInfo"] ?? ""
    }
}
