/// A curator's note on one field of an entry: what the extraction showed, and what was decided.
public struct EntryNote: Hashable, Sendable, Codable {
    /// The field the note is about ("retention", "voltage", or "entry" for the whole entry).
    public let field: String
    /// The raw extracted fragment, when the note reports a reconstruction.
    public let extracted: String?
    public let text: String
    /// The prose's value, when the note records a table/prose disagreement for an empty cell.
    public let prose: String?

    public init(field: String, extracted: String? = nil, text: String, prose: String? = nil) {
        self.prose = prose
        self.field = field
        self.extracted = extracted
        self.text = text
    }
}
