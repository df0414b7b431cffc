import AtlasCore
import AtlasData
import AtlasStore

/// Counts and ranges over a set of records — what `mbatlas summary` prints — computed from the
/// records themselves, never typed in.
public struct AtlasSummary: Sendable {
    public let recordCount: Int
    public let reviewRecords: Int
    public let importedRecords: Int
    /// Records per family, classes in review order, families by count.
    public let byFamily: [(family: ElectrolyteFamily, count: Int)]
    public let byClass: [(electrolyteClass: ElectrolyteClass, count: Int)]
    /// A record with two methods counts for both.
    public let byMethod: [(method: PreparationMethod, count: Int)]
    public let byArchitecture: [(architecture: Architecture?, count: Int)]
    /// S cm⁻¹.
    public let conductivity: Statistics?
    /// µA h cm⁻², µA h cm⁻² µm⁻¹, mA h g⁻¹, µA h.
    public let capacityAreal: Statistics?
    public let capacityVolumetric: Statistics?
    public let capacitySpecific: Statistics?
    public let capacityCharge: Statistics?
    public let cycles: Statistics?
    /// %.
    public let retention: Statistics?
    public let referenceCount: Int

    public init(records: [StoredRecord]) {
        let rs = records.map(\.record)
        recordCount = rs.count
        reviewRecords = records.filter { $0.origin == .review }.count
        importedRecords = recordCount - reviewRecords
        func counted<K: Hashable>(_ keys: [K]) -> [K: Int] { keys.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        let families = counted(rs.map(\.family))
        byFamily = ElectrolyteFamily.allCases.compactMap { f in families[f].map { (f, $0) } }
            .sorted { ($0.family.electrolyteClass.order, -$0.count) < ($1.family.electrolyteClass.order, -$1.count) }
        let classes = counted(rs.map(\.electrolyteClass))
        byClass = ElectrolyteClass.allCases.compactMap { c in classes[c].map { (c, $0) } }
        let methods = counted(rs.flatMap(\.methods))
        byMethod = methods.map { ($0.key, $0.value) }.sorted { ($1.count, $0.method.name) < ($0.count, $1.method.name) }
        let architectures = counted(rs.map(\.structure.architecture))
        byArchitecture = [Architecture.planar, .threeDimensional, nil].compactMap { a in
            architectures[a].map { (a, $0) }
        }
        let primaries = rs.map(\.primary)
        conductivity = Statistics(positive: primaries.compactMap(\.conductivity))
        capacityAreal = Statistics(primaries.compactMap(\.capacityAreal))
        capacityVolumetric = Statistics(primaries.compactMap(\.capacityVolumetric))
        capacitySpecific = Statistics(primaries.compactMap(\.capacitySpecific))
        capacityCharge = Statistics(primaries.compactMap(\.capacityCharge))
        cycles = Statistics(primaries.compactMap { $0.cycles.map(Double.init) })
        retention = Statistics(primaries.compactMap(\.retention))
        referenceCount = Set(rs.compactMap(\.ref)).count
    }
}

extension ElectrolyteClass {
    /// Review order: polymer (section 3), crystalline (4), glass (5).
    public var order: Int { ElectrolyteClass.allCases.firstIndex(of: self) ?? 0 }
}
