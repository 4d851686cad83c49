/// A local file sent as WeChat's upload form: one file part (form field `media` by default) and optional
/// text fields (e.g. a permanent video's `description`).
public struct MediaUpload: Sendable, Hashable {
    /// The file's path on this machine.
    public var filePath: String
    /// The form field of the file part (`media` for every WeChat upload endpoint).
    public var fieldName: String
    /// The file name sent in the part's `Content-Disposition` (its extension tells WeChat the format).
    public var fileName: String
    /// The part's `Content-Type`.
    public var contentType: String
    /// Text fields sent before the file, in order.
    public var fields: [Field]

    /// A text form field.
    public struct Field: Sendable, Hashable {
        /// The field name.
        public var name: String
        /// Its value.
        public var value: String

        /// A field `name` = `value`.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The file at `filePath` in field `fieldName`; the file name defaults to the path's last component.
    public init(
        filePath: String, fieldName: String = "media", fileName: String? = nil, contentType: String,
        fields: [Field] = []
    ) {
        self.filePath = filePath
        self.fieldName = fieldName
        self.fileName = fileName ?? LocalFile.lastComponent(of: filePath)
        self.contentType = contentType
        self.fields = fields
    }
}
