import AtlasCore

/// One ionic conductivity at one temperature, from one source: the review (Table 2 or a family
/// profile), a bundled data set (OBELiX) or a table a user imported (the Liverpool Ionics
/// Dataset, a mapped CSV).
///
/// The composition keeps its printed text; ``composition`` is its parsed, normalised form when
/// the text is a formula with numbers (nil for abbreviations such as `LLZO`, symbolic formulas such
/// as `Li3xLa2/3-xTiO3`, and names), which are then matched by text only.
///
/// ```swift
/// let m = ConductivityMeasurement(
///     source: "obelix", location: "ID jqc", compositionPrinted: "Li7BiO6", family: .oxide,
///     familyLabel: "hexaoxometalates", temperature: .roomTemperature, temperatureBasis: .assumedRoomTemperature,
///     conductivity: Conductivity(canonical: 1.58489e-06))
/// m.normalizedFormula     // "Li7BiO6"
/// ```
public struct ConductivityMeasurement: Hashable, Sendable {
    /// Which conductivity was measured.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// Grains and grain boundaries together (what a pellet's impedance arc gives overall).
        case total
        /// The grains alone.
        case bulk
        /// The source does not say.
        case unspecified
    }

    /// How the number stands for the conductivity.
    public enum Qualifier: String, Hashable, Sendable, CaseIterable, Codable {
        /// A value as reported.
        case exact
        /// Reported as approximate (`~0.05 S cm⁻¹`).
        case approximate
        /// The representative of a reported range (see ``AtlasCore/ReportedQuantity/representative``).
        case rangeRepresentative = "range"
        /// Reported as an upper bound (`<1E-10`): the value stored is the bound.
        case upperBound = "upper bound"
        /// Reported as a lower bound (`>1E-3`): the value stored is the bound.
        case lowerBound = "lower bound"

        /// Whether the value is a measurement a fit may use (not a bound, not a range's mid-point).
        public var isPointValue: Bool { self == .exact || self == .approximate }
    }

    /// Where the temperature came from.
    public enum TemperatureBasis: String, Hashable, Sendable, CaseIterable, Codable {
        /// The source gives it.
        case stated
        /// The source gives none; room temperature (25 °C) is assumed.
        case assumedRoomTemperature = "assumed"
        /// The source says "room temperature" without a number; 25 °C is used.
        case roomTemperature = "room temperature"
    }

    /// Source id (``MeasurementSource/id``): `review`, `obelix`, `liverpool`, or an import's id.
    public let source: String
    /// Where in the source: `Table 2 entry 56`, `ID jqc`, `line 12`.
    public let location: String
    /// The composition (or material name) as the source prints it.
    public let compositionPrinted: String
    /// The composition parsed from ``compositionPrinted``, nil when it is not a formula with numbers.
    public let composition: Composition?
    public let family: MeasurementFamily
    /// The family label the source printed, kept as it was (nil when the source gives none).
    public let familyLabel: String?
    public let temperature: Temperature
    public let temperatureBasis: TemperatureBasis
    public let conductivity: Conductivity
    public let qualifier: Qualifier
    public let kind: Kind
    public let spaceGroup: String?
    public let doi: String?
    /// The review's reference number (review measurements).
    public let ref: Int?
    /// A citation in words where there is no reference number or DOI.
    public let citation: String?
    /// What a reader must know about this value (range, prose source, data-set correction…).
    public let note: String?

    public init(
        source: String, location: String, compositionPrinted: String, composition: Composition? = nil,
        family: MeasurementFamily, familyLabel: String?, temperature: Temperature,
        temperatureBasis: TemperatureBasis, conductivity: Conductivity, qualifier: Qualifier = .exact,
        kind: Kind = .unspecified, spaceGroup: String? = nil, doi: String? = nil, ref: Int? = nil,
        citation: String? = nil, note: String? = nil
    ) {
        self.source = source
        self.location = location
        self.compositionPrinted = compositionPrinted
        self.composition = composition
        self.family = family
        self.familyLabel = familyLabel
        self.temperature = temperature
        self.temperatureBasis = temperatureBasis
        self.conductivity = conductivity
        self.qualifier = qualifier
        self.kind = kind
        self.spaceGroup = spaceGroup
        self.doi = doi
        self.ref = ref
        self.citation = citation
        self.note = note
    }

    /// The normalised formula (``CompositionKey/normalizedFormula``), or nil when the printed
    /// composition is not a formula with numbers.
    public var normalizedFormula: String? { composition.map(CompositionKey.normalizedFormula) }

    /// The element key used to find candidates for matching (``CompositionKey/elementKey``).
    public var elementKey: String? { composition.map(CompositionKey.elementKey) }

    /// What the temperature is, in words: `25 °C (assumed: room temperature, not stated)`.
    public var temperatureText: String {
        let celsius = QuantityFormatter(significantDigits: 4).number(temperature.canonical - 273.15)
        switch temperatureBasis {
        case .stated: return "\(celsius) °C"
        case .assumedRoomTemperature: return "assumed \(celsius) °C (room temperature, not stated)"
        case .roomTemperature: return "\(celsius) °C (stated as room temperature)"
        }
    }
}

extension Measure where Kind == Kinds.Temperature {
    /// Room temperature as the atlas reads it: 25 °C = 298.15 K, the IUPAC standard ambient
    /// temperature (SATP; IUPAC Gold Book, "standard conditions for gases", and Compendium of
    /// Chemical Terminology, 2nd ed., 1997).
    public static let roomTemperature = Temperature(canonical: 298.15)
}
