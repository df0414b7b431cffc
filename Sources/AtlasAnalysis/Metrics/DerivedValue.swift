import AtlasCore

/// A value the atlas computes from a record rather than reads from it, with how it was obtained.
///
/// Absent (nil at the call site) — never zero — when an input is missing. `provenance` says which
/// formula was used; `inputs` lists the values that went in, each with where it came from.
public struct DerivedValue: Hashable, Sendable {
    public let kind: QuantityKind
    /// In the kind's canonical unit.
    public let value: Double
    /// The formula or rule, in words ("areal capacity × nominal voltage").
    public let provenance: String
    /// The inputs, each described with its source ("capacity 48 μA h cm⁻² (Table 2)").
    public let inputs: [String]
    /// Caveats that a reader must see ("retention above 100 %").
    public let flags: [String]

    public init(kind: QuantityKind, value: Double, provenance: String, inputs: [String], flags: [String] = []) {
        self.kind = kind
        self.value = value
        self.provenance = provenance
        self.inputs = inputs
        self.flags = flags
    }

    public var quantity: Quantity { Quantity(value, kind.canonicalUnit) }

    /// `700 µW h cm⁻²`, four significant digits.
    public var text: String { QuantityFormatter(significantDigits: 4).string(from: quantity) }
}

/// Values the user supplies for conversions the review's data cannot do alone (a thickness, a
/// density or an area not printed for the record). Every use is stated in the provenance.
public struct MetricAssumptions: Hashable, Sendable {
    public var cathodeThickness: Length?
    public var cathodeDensity: MassDensity?
    public var area: Area?

    public init(cathodeThickness: Length? = nil, cathodeDensity: MassDensity? = nil, area: Area? = nil) {
        self.cathodeThickness = cathodeThickness
        self.cathodeDensity = cathodeDensity
        self.area = area
    }

    public static let none = MetricAssumptions()

    /// Ends every input that is one of these assumptions, so that a reader (and
    /// ``DerivedValue/assumptions``) can tell it from a value the record prints.
    public static let marker = "(assumption given by the user)"
}
