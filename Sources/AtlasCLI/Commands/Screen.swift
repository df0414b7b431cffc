import ArgumentParser
import AtlasAnalysis
import AtlasCore
import AtlasStore

extension MBAtlas {
    /// `mbatlas screen`: families and specific electrolytes against the review's specifications.
    public struct Screen: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Screen electrolyte families and the records' electrolytes against the review's specifications, and rank them.",
            discussion: """
                Defaults are the review's stated targets: ionic conductivity at least 10⁻⁷ S cm⁻¹ (the printed
                ">10⁻⁷ S m⁻¹" read as S cm⁻¹) and the target 10⁻⁴ S cm⁻¹, electronic conductivity at most
                10⁻¹⁰ S cm⁻¹, stable over 0–5 V and against Li. Each criterion is pass, fail or unknown, with the
                value and its source; candidates rank by the fraction of criteria passed (unknown is not pass).
                """)

        @Option(help: "Minimum ionic conductivity (any unit: 1e-6 S/cm, 1 uS/cm).")
        var minConductivity: String?
        @Option(help: "Target ionic conductivity, a separate criterion ('none' to skip).")
        var targetConductivity: String?
        @Option(help: "Maximum electronic conductivity ('none' to skip).")
        var maxElectronic: String?
        @Option(help: "Voltage window vs Li that must be stable, e.g. 0-5 V ('none' to skip).")
        var window: String?
        @Option(help: "Electrode the electrolyte must be stable against, e.g. Li ('none' to skip).")
        var stableWith: String?
        @Flag(name: .customLong("conformal-3d"), help: "Require conformal coating of 3D structures.")
        var conformal3d = false
        @Option(help: "Highest processing temperature, e.g. 400 C.")
        var maxProcessTemperature: String?
        @Option(name: .customLong("class"), help: "Only this class: polymer, crystalline or glass.")
        var electrolyteClass: String?
        @Option(name: .customLong("where"), help: "Screen only the records matching this filter (families are always screened).")
        var filter: String?
        @Flag(help: "Only families, not individual records.")
        var familiesOnly = false
        @Option(help: "Show the first N candidates (table).")
        var limit: Int = 25
        @Option(help: "table or json.")
        var format: OutputFormat = .table
        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                let store = try store.open()
                let review = try store.review()
                var criteria = ScreeningCriteria.reviewDefaults(review.specifications)
                func none(_ s: String?) -> Bool { s?.lowercased() == "none" }
                if let s = minConductivity { criteria.minConductivity = try Failure.parse("--min-conductivity") { try Conductivity(parsing: s) } }
                if let s = targetConductivity { criteria.targetConductivity = none(s) ? nil : try Failure.parse("--target-conductivity") { try Conductivity(parsing: s) } }
                if let s = maxElectronic { criteria.maxElectronic = none(s) ? nil : try Failure.parse("--max-electronic") { try Conductivity(parsing: s) } }
                if let s = window {
                    criteria.window = none(s) ? nil : try Failure.parse("--window") { try Self.window(s) }
                }
                if let s = stableWith { criteria.stableWith = none(s) ? nil : s }
                criteria.conformal3D = conformal3d
                if let s = maxProcessTemperature {
                    criteria.maxProcessTemperature = try Failure.parse("--max-process-temperature") { try Temperature(parsing: Self.celsius(s)) }
                }
                if let c = electrolyteClass {
                    guard let parsed = ElectrolyteClass(name: c) else { throw Failure("--class: unknown class '\(c)' (polymer, crystalline or glass)") }
                    criteria.electrolyteClass = parsed
                }
                let query = try Failure.parse("--where") { try RecordQuery(where: filter) }
                let records = familiesOnly ? [] : try store.records(query).map(\.record)
                let ranked = Screening(criteria: criteria).screen(review: review, records: records)
                switch format {
                case .json: Output.write(ScreeningReport.json(ranked, criteria: criteria).pretty)
                case .table, .text: Output.write(ScreeningReport.text(ranked, criteria: criteria, limit: limit))
                case .csv: throw Failure("--format: screen prints table or json")
                }
            }
        }

        /// "0-5 V", "0–5V", "0..5" → 0...5 (volts).
        static func window(_ text: String) throws -> ClosedRange<Double> {
            let value = try ReportedValue.parse(text.replacingOccurrences(of: "..", with: "–"), defaultUnit: Unit(.volt))
            guard let q = value.reportedQuantity, q.unit.dimension == .voltage, case .range(let a, let b, _) = q.magnitude else {
                throw Failure("expected a voltage range such as 0-5 V, found '\(text)'")
            }
            let lo = try Quantity(min(a, b), q.unit).value(in: Unit(.volt))
            let hi = try Quantity(max(a, b), q.unit).value(in: Unit(.volt))
            return lo...hi
        }

        /// A bare "400 C" means degrees Celsius here (a C-rate makes no sense for a temperature).
        static func celsius(_ text: String) -> String {
            let t = text.trimmingSpaces
            if t.hasSuffix("C") && !t.hasSuffix("°C") && !t.hasSuffix("degC") {
                return String(t.dropLast()).trimmingSpaces + " °C"
            }
            return t
        }
    }
}
