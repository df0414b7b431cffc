import AtlasCore
import AtlasData
import AtlasStore

/// Statistics of the records in one group (an electrolyte family or a preparation method):
/// count, and median and range of conductivity, capacity (per form), cycles and retention.
///
/// Each record gives at most one value per quantity: the first it prints in that quantity's form
/// (``MicrobatteryRecord/primary``), whichever variant it belongs to. A record printing two
/// capacity forms counts in both (entry 14: 110 mA h g⁻¹ and 55 µA h cm⁻² µm⁻¹), and one printing
/// two values of a form counts with the first (entry 3: 62.1, not 64.5 µA h cm⁻² µm⁻¹). Only
/// printed values count, in canonical units (20 μA h cm⁻³ is 0.002 µA h cm⁻² µm⁻¹) — never a
/// value converted through a thickness, an area or a density. ``samples`` lists the values used,
/// so that each statistic can be reproduced.
public struct GroupStatistics: Sendable {
    /// One record's value of a quantity, as the statistics used it.
    public struct Sample: Hashable, Sendable {
        public let recordID: Int
        public let value: Double
    }

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

    /// The values behind each statistic, in record order, under the statistic's JSON key
    /// (`"capacity_areal_uAh_per_cm2"`).
    public let samples: [String: [Sample]]

    public var count: Int { recordIDs.count }

    init(key: String, name: String, records: [MicrobatteryRecord]) {
        self.key = key
        self.name = name
        recordIDs = records.map(\.id)
        let p = records.map { ($0.id, $0.primary) }
        func values(_ value: (PrimaryValues) -> Double?, positive: Bool = false) -> [Sample] {
            p.compactMap { id, primary in
                value(primary).flatMap { $0.isFinite && (!positive || $0 > 0) ? Sample(recordID: id, value: $0) : nil }
            }
        }
        let samples: [String: [Sample]] = [
            "conductivity_S_per_cm": values(\.conductivity, positive: true),
            "capacity_areal_uAh_per_cm2": values(\.capacityAreal),
            "capacity_volumetric_uAh_per_cm2_per_um": values(\.capacityVolumetric),
            "capacity_specific_mAh_per_g": values(\.capacitySpecific),
            "cycles": values { $0.cycles.map(Double.init) },
            "retention_percent": values(\.retention),
        ]
        self.samples = samples
        func numbers(_ key: String) -> [Double] { samples[key, default: []].map(\.value) }
        conductivity = Statistics(positive: numbers("conductivity_S_per_cm"))
        capacityAreal = Statistics(numbers("capacity_areal_uAh_per_cm2"))
        capacityVolumetric = Statistics(numbers("capacity_volumetric_uAh_per_cm2_per_um"))
        capacitySpecific = Statistics(numbers("capacity_specific_mAh_per_g"))
        cycles = Statistics(numbers("cycles"))
        retention = Statistics(numbers("retention_percent"))
    }

    /// One group per electrolyte family present, in review order (polymer, crystalline, glass),
    /// then by count.
    public static func byFamily(_ records: [MicrobatteryRecord]) -> [GroupStatistics] {
        let grouped = Dictionary(grouping: records, by: \.family)
        return ElectrolyteFamily.allCases.compactMap { f in
            grouped[f].map { GroupStatistics(key: f.rawValue, name: f.rawValue, records: $0) }
        }
        .sorted {
            let a = ElectrolyteFamily(name: $0.key)!.electrolyteClass.order
            let b = ElectrolyteFamily(name: $1.key)!.electrolyteClass.order
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

    /// JSON: `{key, name, count, record_ids, conductivity_S_per_cm: {count, min, median, max,
    /// values: [{record_id, value}]}, …}` — `values` are the numbers the statistic was taken over.
    public var json: JSONValue {
        func stats(_ key: String, _ s: Statistics?) -> (String, JSONValue) {
            guard let s else { return (key, .null) }
            let values = samples[key, default: []].map {
                JSONValue.object([("record_id", .integer($0.recordID)), ("value", .number($0.value))])
            }
            return (
                key,
                .object([
                    ("count", .integer(s.count)), ("min", .number(s.min)), ("median", .number(s.median)),
                    ("max", .number(s.max)),
                    ("values", .array(values)),
                ])
            )
        }
        return .object([
            ("key", .string(key)), ("name", .string(name)), ("count", .integer(count)),
            ("record_ids", .array(recordIDs.map(JSONValue.integer))),
            stats("conductivity_S_per_cm", conductivity), stats("capacity_areal_uAh_per_cm2", capacityAreal),
            stats("capacity_volumetric_uAh_per_cm2_per_um", capacityVolumetric),
            stats("capacity_specific_mAh_per_g", capacitySpecific), stats("cycles", cycles),
            stats("retention_percent", retention),
        ])
    }
}
