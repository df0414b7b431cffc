import AtlasCore

/// One value of a table cell: the text as printed in the review beside the value parsed from it,
/// with what the review prints around it and where the value came from.
public struct ReportedCell: Hashable, Sendable {
    /// Where a value was read.
    public enum Provenance: String, Hashable, Sendable, Codable {
        /// A legible table cell.
        case table
        /// The table cell was garbled or lost in extraction; the value was reconstructed from the
        /// review's prose about the same reference.
        case prose
        /// A value of a record a user imported, as the file gives it.
        case imported
    }

    /// The value as the review prints it (`"~100%"`, `"3–4.2 V"`, `"C/50; cycled at 60 °C"`).
    public let printed: String
    /// The parsed value (``ReportedValue/notAvailable`` for "NA").
    public let value: ReportedValue
    /// The quantity kind the value's unit expresses, nil for NA.
    public let kind: QuantityKind?
    /// A qualifier printed with the value ("1st cycle", "cycled at 60 °C").
    public let condition: String?
    /// Index into the entry's ``MicrobatteryRecord/variants`` when the entry lists parallel values.
    public let variant: Int?
    public let provenance: Provenance
    /// What the prose states for the same quantity when it differs from the table.
    public let prose: String?
    /// The text the value was parsed from when it is not the whole printed text
    /// (printed "100 µA cm⁻² (2C)" → parsed from "100 µA cm⁻²").
    public let parsedFrom: String?

    public init(
        printed: String, value: ReportedValue, kind: QuantityKind?, condition: String? = nil,
        variant: Int? = nil, provenance: Provenance = .table, prose: String? = nil, parsedFrom: String? = nil
    ) {
        self.parsedFrom = parsedFrom == printed ? nil : parsedFrom
        self.printed = printed
        self.value = value
        self.kind = kind
        self.condition = condition
        self.variant = variant
        self.provenance = provenance
        self.prose = prose
    }

    /// The reported quantity, nil for NA.
    public var quantity: ReportedQuantity? { value.reportedQuantity }
}
