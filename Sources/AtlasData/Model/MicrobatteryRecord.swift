import AtlasCore

/// One microbattery test: a Table 2 entry of the review, or a record a user imported in the same
/// shape. Every value keeps its printed text beside the parsed value.
///
/// When an entry lists several cells or values (two electrolytes, several microbatteries…), the
/// first listed is the primary one; the others are kept and linked by ``ReportedCell/variant``.
public struct MicrobatteryRecord: Hashable, Sendable, Identifiable {
    /// For review records, the entry number in Table 2 (1–75).
    public let id: Int
    /// The electrolyte name as printed.
    public let electrolyte: String
    /// The electrolyte's chemical formula where the source prints one.
    public let composition: String?
    public let family: ElectrolyteFamily
    public var electrolyteClass: ElectrolyteClass { family.electrolyteClass }
    /// Labels of parallel alternatives the entry lists (empty when there is one cell).
    public let variants: [String]
    /// The preparation method cell as printed.
    public let methodPrinted: String
    /// "prose" when the method was reconstructed from the review's prose.
    public let methodSource: String?
    public let methods: [PreparationMethod]
    /// Preparation conditions as printed (nil when nothing was recoverable).
    public let conditions: String?
    /// Electrolyte layer thickness, read from the conditions cell (or the prose, marked so).
    public let electrolyteThickness: [ReportedCell]
    /// Positive-electrode thickness where the table or the prose states it.
    public let cathodeThickness: [ReportedCell]
    public let conductivity: [ReportedCell]
    public let cells: [CellStack]
    public let structure: Structure
    /// Initial discharge capacity (or, for two entries, the energy density printed in that column).
    public let capacity: [ReportedCell]
    public let voltage: [ReportedCell]
    public let current: [ReportedCell]
    public let cycles: [ReportedCell]
    public let retention: [ReportedCell]
    /// Reference number in the review's reference list (review records always have one).
    public let ref: Int?
    /// Citation of a source outside the review (imported records), as the user gave it.
    public let citation: String?
    /// DOI of that source, if given.
    public let doi: String?
    public let notes: [EntryNote]

    public init(
        id: Int, electrolyte: String, composition: String?, family: ElectrolyteFamily,
        variants: [String], methodPrinted: String, methodSource: String? = nil, methods: [PreparationMethod],
        conditions: String?, electrolyteThickness: [ReportedCell] = [], cathodeThickness: [ReportedCell] = [],
        conductivity: [ReportedCell], cells: [CellStack], structure: Structure,
        capacity: [ReportedCell], voltage: [ReportedCell], current: [ReportedCell],
        cycles: [ReportedCell], retention: [ReportedCell], ref: Int?, citation: String? = nil, doi: String? = nil,
        notes: [EntryNote]
    ) {
        self.id = id
        self.electrolyte = electrolyte
        self.composition = composition
        self.family = family
        self.variants = variants
        self.methodPrinted = methodPrinted
        self.methodSource = methodSource
        self.methods = methods
        self.conditions = conditions
        self.electrolyteThickness = electrolyteThickness
        self.cathodeThickness = cathodeThickness
        self.conductivity = conductivity
        self.cells = cells
        self.structure = structure
        self.capacity = capacity
        self.voltage = voltage
        self.current = current
        self.cycles = cycles
        self.retention = retention
        self.ref = ref
        self.citation = citation
        self.doi = doi
        self.notes = notes
    }

    /// The primary (first listed) cell stack.
    public var primaryCell: CellStack? { cells.first }
}

extension MicrobatteryRecord {
    /// The columns that hold reported quantities, with the kinds each accepts.
    public enum QuantityColumn: String, CaseIterable, Sendable {
        case conductivity, capacity, voltage, current, cycles, retention
        case electrolyteThickness = "electrolyte_thickness"
        case cathodeThickness = "cathode_thickness"

        /// Kinds a value in this column may express. The capacity column also admits the energy
        /// densities two entries print there (entries 2 and 53).
        public var acceptedKinds: [QuantityKind] {
            switch self {
            case .conductivity: return [.conductivity]
            case .capacity:
                return [
                    .charge, .arealCapacity, .volumetricCapacity, .specificCapacity, .volumetricEnergy, .arealEnergy,
                ]
            case .voltage: return [.voltage]
            case .current: return [.current, .currentDensity, .specificCurrent, .cRate]
            case .cycles: return [.count]
            case .retention: return [.fraction]
            case .electrolyteThickness, .cathodeThickness: return [.length]
            }
        }
    }

    public func cells(in column: QuantityColumn) -> [ReportedCell] {
        switch column {
        case .conductivity: return conductivity
        case .capacity: return capacity
        case .voltage: return voltage
        case .current: return current
        case .cycles: return cycles
        case .retention: return retention
        case .electrolyteThickness: return electrolyteThickness
        case .cathodeThickness: return cathodeThickness
        }
    }
}
