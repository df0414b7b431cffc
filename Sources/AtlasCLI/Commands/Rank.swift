import ArgumentParser
import AtlasAnalysis
import AtlasCore
import AtlasStore

extension MBAtlas {
    /// `mbatlas rank`: the Pareto front of cells per architecture.
    public struct Rank: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract:
                "Pareto front of the cells: high capacity (in a comparable unit) and low fade per cycle, per architecture.",
            discussion: """
                Objectives: capacity, cycle-life, conductivity, energy, power. Records cycled fewer than 10 times, \
                and records whose retention exceeds 100 %, are left out of cycle-life rankings; a retention printed \
                as approximately 100 % is compared at the largest fade its printed precision allows (99.5 % for \
                "~100%"), not at zero. A record marked ⚠ has caveats, listed under its group: among them, each \
                objective whose value rests on an --assume-… value.
                """)

        @Option(name: .customLong("where"), help: "Rank only records matching this filter.")
        var filter: String?
        @Option(help: "Objectives, comma separated (default capacity,cycle-life).")
        var by: String = "capacity,cycle-life"
        @Flag(help: "Also list records that are not on the front.")
        var all = false
        @Option(help: "Output format.")
        var format: TableOrJSON = .table
        @OptionGroup var assumptions: AssumptionOptions
        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                let objectives = try Failure.parse("--by") { try RankingObjective.parse(by) }
                let query = try Failure.parse("--where") { try RecordQuery(where: filter) }
                let records = try store.open().records(query).map(\.record)
                let groups = ParetoRanking(objectives: objectives, calculator: try assumptions.calculator()).rank(
                    records)
                switch format {
                case .json: Output.write(RankingReport.json(groups).pretty)
                case .table: Output.write(RankingReport.text(groups, all: all))
                }
            }
        }
    }
}
