import ArgumentParser
import AtlasStore

extension MBAtlas {
    /// `mbatlas export`: records as CSV or JSON in the interchange format `import` reads.
    public struct Export: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Write records as CSV or JSON (the format `mbatlas import` reads back).")

        @Option(name: .customLong("where"), help: "Export only records matching this filter.")
        var filter: String?

        @Option(help: "csv or json.")
        var format: CSVOrJSON = .json

        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                let query = try Failure.parse("--where") { try RecordQuery(where: filter) }
                let records = try store.open().records(query)
                switch format {
                case .csv: Output.write(RecordInterchange.csv(records))
                case .json: Output.write(RecordInterchange.json(records))
                }
            }
        }
    }
}
