/// A document to index: an identifier, named text fields and string metadata.
///
/// Fields are matched against the index's ``IndexOptions/fields`` by name; a field the schema does not
/// list is ignored. Metadata values are exact strings used by ``MetadataFilter``.
public struct SearchDocument: Sendable, Hashable, Codable {
    /// The caller's identifier, unique within an index (for example `kb-billing-refund` or `T-1042`).
    public var id: String
    /// Text fields by name (for example `title`, `body`, `tags`).
    public var fields: [String: String]
    /// String metadata by key (for example `kind: kb`, `intent`, `product`).
    public var metadata: [String: String]

    /// Creates a document.
    public init(id: String, fields: [String: String], metadata: [String: String] = [:]) {
        self.id = id
        self.fields = fields
        self.metadata = metadata
    }
}

/// Documents in columns: the compact input for building large indexes.
///
/// `fields[name][i]` and `metadata[key][i]` belong to `ids[i]`; every column has `ids.count` entries
/// (use an empty string for an absent field and `nil` for absent metadata).
public struct DocumentBatch: Sendable {
    /// Document identifiers.
    public var ids: [String]
    /// Text columns by field name.
    public var fields: [String: [String]]
    /// Metadata columns by key.
    public var metadata: [String: [String?]]

    /// Creates a batch from columns.
    public init(ids: [String], fields: [String: [String]], metadata: [String: [String?]] = [:]) {
        self.ids = ids
        self.fields = fields
        self.metadata = metadata
    }

    /// Creates a batch from documents, keeping their order.
    ///
    /// - Complexity: O(*n* · (*f* + *m*)) for *n* documents with *f* field and *m* metadata names in total.
    public init(_ documents: [SearchDocument]) {
        var fieldNames = Set<String>()
        var metaKeys = Set<String>()
        for d in documents {
            fieldNames.formUnion(d.fields.keys)
            metaKeys.formUnion(d.metadata.keys)
        }
        ids = documents.map(\.id)
        var fields: [String: [String]] = [:]
        for name in fieldNames.sorted() { fields[name] = documents.map { $0.fields[name] ?? "" } }
        var metadata: [String: [String?]] = [:]
        for key in metaKeys.sorted() { metadata[key] = documents.map { $0.metadata[key] } }
        self.fields = fields
        self.metadata = metadata
    }

    /// The number of documents.
    public var count: Int { ids.count }

    /// The document at `index`, rebuilt from the columns.
    public func document(at index: Int) -> SearchDocument {
        var f: [String: String] = [:]
        for (name, column) in fields where index < column.count && !column[index].isEmpty { f[name] = column[index] }
        var m: [String: String] = [:]
        for (key, column) in metadata where index < column.count { if let v = column[index] { m[key] = v } }
        return SearchDocument(id: ids[index], fields: f, metadata: m)
    }
}
