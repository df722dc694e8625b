/// Which CSV columns hold which ticket fields. Column names match the header exactly (case-sensitive).
///
/// Only ``text`` is required. Columns the mapping does not name become ticket ``Ticket/fields`` (when
/// ``unmappedColumnsAsFields`` is true); empty cells are left out.
public struct CSVColumnMapping: Sendable, Hashable, Codable {
    /// The message text. The default is `text`.
    public var text = "text"
    /// The ticket id; when this column is absent from the header, ids are `<file name>:<line>`. The default is `id`.
    public var id = "id"
    /// The subject. The default is `subject`.
    public var subject = "subject"
    /// The creation time (kept as written). The default is `created_at`.
    public var createdAt = "created_at"
    /// The channel name. The default is `channel`; when absent the channel is ``Channel/csv``.
    public var channel = "channel"
    /// The customer id. The default is `customer_id`.
    public var customerID = "customer_id"
    /// The customer e-mail. The default is `customer_email`.
    public var customerEmail = "customer_email"
    /// The customer name. The default is `customer_name`.
    public var customerName = "customer_name"
    /// The customer tier. The default is `tier`.
    public var customerTier = "tier"
    /// Tags, separated by `;` or `,`. The default is `tags`.
    public var tags = "tags"
    /// The priority (`low`, `normal`, `high`, `urgent`, `p1`…). The default is `priority`.
    public var priority = "priority"
    /// Whether other columns become form fields. The default is true.
    public var unmappedColumnsAsFields = true
    /// The field delimiter. The default is a comma; files ending in `.tsv` use a tab.
    public var delimiter: String = ","

    public init() {}

    /// Every column name the mapping uses, for telling mapped from unmapped columns.
    var mappedColumns: Set<String> {
        [text, id, subject, createdAt, channel, customerID, customerEmail, customerName, customerTier, tags, priority]
    }
}
