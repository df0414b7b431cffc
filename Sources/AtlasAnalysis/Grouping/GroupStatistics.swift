import AtlasCore
import AtlasData
import AtlasStore

/// Statistics of the records in one group (an electrolyte family or a preparation method):
/// count, and median and range of conductivity, capacity (per form), cycles and retention.
public struct GroupStatistics: Sendable {
    /// The family's raw value or the method's identifier.
    public let key: String
    /// Display name.
    public let name: String
    public let recordIDs: [Int]
    /// S cm⁻¹ (median of an even count is the geometric mean of the middle pair).
    public let conductivity: Statistics?
    /// µA h cm⁻².
    public let capacityAreal: Statistics?
    /// µA h cm⁻² µm⁻¹.
    public let capacityVolumetric: Statistics?
    /// mA h g⁻¹.
    public let capacitySpecific: Statistics?
    public let cycles: Statistics?
    /// %.
    public let retention: Statistics?

    public var count: Int { recordIDs.count }

    init(key: String, name: String, records: [MicrobatteryRecord]) {
        self.key = key
        self.name = name
        recordIDs = records.map(\.id)
        let p = records.map(\.primary)
        conductivity = Statistics(positive: p.compactMap(\.conductivity))
        capacityAreal = Statistics(p.compactMap(\.capacityAreal))
        capacityVolumetric = Statistics(p.compactMap(\.capacityVolumetric))
        capacitySpecific = Statistics(p.compactMap(\.capacitySpecific))
        cycles = Statistics(p.compactMap { $0.cycles.map(Double.init) })
        retention = Statistics(p.compactMap(\.retention))
    }

    /// One group per electrolyte family present, in review order (polymer, crystalline, glass),
    /// then by count.
    public static func byFamily(_ records: [MicrobatteryRecord]) -> [GroupStatistics] {
        let grouped = Dictionary(grouping: records, by: \.family)
        return ElectrolyteFamily.allCases.compactMap { f in
            grouped[f].map { GroupStatistics(key: f.rawValue, name: f.rawValue, records: $0) }
        }
        .sorted {
            let a = ElectrolyteFamily(name: $0.key)!.electrolyteClass.order, b = ElectrolyteFamily(name: $1.key)!.electrolyteClass.order
            return (a, -$0.count, $0.key) < (b, -$1.count, $1.key)
        }
    }

    /// One group per preparation method present (a record with two methods is in both), by count.
    public static func byMethod(_ records: [MicrobatteryRecord]) -> [GroupStatistics] {
        var grouped: [PreparationMethod: [MicrobatteryRecord]] = [:]
        for r in records { for m in r.methods { grouped[m, default: []].append(r) } }
        return grouped.map { GroupStatistics(key: $0.key.rawValue, name: $0.key.name, records: $0.value) }
            .sorted { (-$0.count, $0.name) < (-$1.count, $1.name) }
    }

    /// JSON: `{key, name, count, record_ids, conductivity_S_per_cm: {count, min, median, max}, …}`.
    public var json: JSONValue {
        func stats(_ s: Statistics?) -> JSONValue {
            guard let s else { return .null }
            return .object([("count", .integer(s.count)), ("min", .number(s.min)), ("median", .number(s.median)), ("max", .number(s.max))])
        }
        return .object([
            ("key", .string(key)), ("name", .string(name)), ("count", .integer(count)),
            ("record_ids", .array(recordIDs.map(JSONValue.integer))),
            ("conductivity_S_per_cm", stats(conductivity)), ("capacity_areal_uAh_per_cm2", stats(capacityAreal)),
            ("capacity_volumetric_uAh_per_cm2_per_um", stats(capacityVolumetric)),
            ("capacity_specific_mAh_per_g", stats(capacitySpecific)), ("cycles", stats(cycles)),
            ("retention_percent", stats(retention)),
        ])
    }
}
