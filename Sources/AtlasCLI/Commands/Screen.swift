import ArgumentParser
import AtlasAnalysis
import AtlasCore
import AtlasStore

extension MBAtlas {
    /// `mbatlas screen`: families and specific electrolytes against the review's specifications.
    public struct Screen: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract:
                "Screen electrolyte families and the records' electrolytes against the review's specifications, and rank them.",
            discussion: """
                Defaults are the review's stated targets: ionic conductivity at least 10⁻⁷ S cm⁻¹ (the printed \
                ">10⁻⁷ S m⁻¹" read as S cm⁻¹) and the target 10⁻⁴ S cm⁻¹, electronic conductivity at most \
                10⁻¹⁰ S cm⁻¹, stable over 0–5 V and against Li. Each criterion is pass, fail or unknown, with the \
                value and its source; candidates rank by the fraction of criteria passed (unknown is not pass).

                A quantity's number and unit may be one word or two: --min-conductivity 1e-6S/cm or \
                --min-conductivity 1e-6 S/cm; a bare processing temperature is in °C.
                """)

        @Option(parsing: .unconditional, help: ArgumentHelp(ScreeningOptions.Option.minConductivity.help))
        var minConductivity: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(ScreeningOptions.Option.targetConductivity.help))
        var targetConductivity: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(ScreeningOptions.Option.maxElectronic.help))
        var maxElectronic: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(ScreeningOptions.Option.window.help))
        var window: String?
        @Option(help: ArgumentHelp(ScreeningOptions.Option.stableWith.help))
        var stableWith: String?
        @Flag(name: .customLong("conformal-3d"), help: "Require conformal coating of 3D structures.")
        var conformal3d = false
        @Option(parsing: .unconditional, help: ArgumentHelp(ScreeningOptions.Option.maxProcessTemperature.help))
        var maxProcessTemperature: String?
        @Option(name: .customLong("class"), help: ArgumentHelp(ScreeningOptions.Option.electrolyteClass.help))
        var electrolyteClass: String?
        @Option(
            name: .customLong("where"),
            help: "Screen only the records matching this filter (families are always screened).")
        var filter: String?
        @Flag(help: "Only families, not individual records.")
        var familiesOnly = false
        @Option(help: "Show the first N candidates (table).")
        var limit: Int = 25
        @Option(help: "Output format.")
        var format: TableOrJSON = .table
        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                let store = try store.open()
                let review = try store.review()
                let options = ScreeningOptions(
                    values: [
                        .minConductivity: minConductivity, .targetConductivity: targetConductivity,
                        .maxElectronic: maxElectronic, .window: window, .stableWith: stableWith,
                        .maxProcessTemperature: maxProcessTemperature, .electrolyteClass: electrolyteClass,
                    ].compactMapValues { $0 },
                    conformal3D: conformal3d)
                let criteria = try Failure.option { () throws(AnalysisError) in
                    try options.criteria(review.specifications)
                }
                let query = try Failure.parse("--where") { try RecordQuery(where: filter) }
                let records = familiesOnly ? [] : try store.records(query).map(\.record)
                try Failure.option { () throws(AnalysisError) in
                    try Screening.requireStabilityEvidence(for: criteria.stableWith, records: records)
                }
                let ranked = Screening(criteria: criteria).screen(review: review, records: records)
                switch format {
                case .json: Output.write(ScreeningReport.json(ranked, criteria: criteria).pretty)
                case .table: Output.write(ScreeningReport.text(ranked, criteria: criteria, limit: limit))
                }
            }
        }
    }
}
