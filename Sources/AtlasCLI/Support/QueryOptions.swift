import ArgumentParser
import AtlasStore

/// `--where`, `--sort` and `--limit`, parsed into a ``RecordQuery`` with errors naming the option.
public struct QueryOptions: ParsableArguments {
    @Option(
        name: .customLong("where"),
        help: "Filter expression, e.g. 'family = LiPON and cycles > 500' (fields: mbatlas fields).")
    public var filter: String?

    @Option(
        name: .customLong("sort"), help: "Sort by FIELD or FIELD:desc (repeatable); records without a value come last.")
    public var sort: [String] = []

    @Option(help: "At most N records.")
    public var limit: Int?

    public init() {}

    public func query() throws -> RecordQuery {
        if let limit, limit < 0 { throw Failure("--limit: must not be negative") }
        let filter = try Failure.parse("--where") { try RecordQuery(where: self.filter).filter }
        let keys = try Failure.parse("--sort") { try sort.map { try SortKey.parse($0) } }
        return RecordQuery(filter: filter, sort: keys, limit: limit)
    }
}
