import ArgumentParser
import AtlasAnalysis
import AtlasStore

extension MBAtlas {
    /// `mbatlas families`: statistics of the records per electrolyte family, with the review's profile.
    public struct Families: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract:
                "Per-family statistics of the records (count, median and range of conductivity, capacity, cycles, retention) and what the review states.",
            discussion: GroupReport.valuesUsed)

        @Option(name: .customLong("where"), help: "Only records matching this filter.")
        var filter: String?
        @Option(help: "Show the review's profile of one family (name as in `mbatlas families`).")
        var profile: String?
        @Option(help: "Output format.")
        var format: TableOrJSON = .table
        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                let store = try store.open()
                let review = try store.review()
                if let name = profile {
                    guard
                        let p = review.families.first(where: {
                            $0.id.lowercased() == name.lowercased() || $0.name.lowercased() == name.lowercased()
                        })
                    else {
                        throw Failure(
                            "--profile: unknown family '\(name)' (one of: \(review.families.map(\.id).joined(separator: ", ")))"
                        )
                    }
                    Output.write(format == .json ? GroupReport.profileJSON(p).pretty : GroupReport.profileText(p))
                    return
                }
                let query = try Failure.parse("--where") { try RecordQuery(where: filter) }
                let groups = GroupStatistics.byFamily(try store.records(query).map(\.record))
                switch format {
                case .json: Output.write(GroupReport.json(groups, profiles: review.families).pretty)
                case .table: Output.write(GroupReport.text(groups, title: "family", profiles: review.families))
                }
            }
        }
    }

    /// `mbatlas methods`: statistics per preparation method, with the review's technique notes.
    public struct Methods: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Per-method statistics of the records and the review's notes on each deposition technique.",
            discussion: GroupReport.valuesUsed)

        @Option(name: .customLong("where"), help: "Only records matching this filter.")
        var filter: String?
        @Option(help: "Output format.")
        var format: TableOrJSON = .table
        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                let store = try store.open()
                let review = try store.review()
                let query = try Failure.parse("--where") { try RecordQuery(where: filter) }
                let groups = GroupStatistics.byMethod(try store.records(query).map(\.record))
                switch format {
                case .json: Output.write(GroupReport.json(groups, techniques: review.techniques).pretty)
                case .table: Output.write(GroupReport.text(groups, title: "method", techniques: review.techniques))
                }
            }
        }
    }
}
