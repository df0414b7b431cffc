import AtlasStore
import Foundation

/// The `where`, `sort`, `limit` and `offset` parameters of a records request, read into a
/// ``RecordQuery`` with the same language and checks as the CLI's `--where`/`--sort`/`--limit`.
struct RecordRequest {
    /// The filter text as the user typed it (nil when blank).
    var filterText: String?
    /// Sort keys as given (`cycles:desc`), in order.
    var sortKeys: [String]
    var query: RecordQuery

    /// Reads the parameters. A bad filter is a 400 with the column it points at; a bad sort key,
    /// limit or offset is a 400 naming the parameter.
    init(_ params: QueryString, paginated: Bool = true) throws(WebError) {
        filterText = params.nonBlank("where")
        sortKeys = params.all("sort").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var query: RecordQuery
        do {
            query = try RecordQuery(where: filterText)
        } catch {
            throw .filter(error)
        }
        do {
            query.sort = try sortKeys.map { (key: String) throws(QueryError) in try SortKey.parse(key) }
        } catch {
            throw .parameter("sort", error.description)
        }
        if paginated {
            query.limit = try Self.wholeNumber(params, "limit")
            query.offset = try Self.wholeNumber(params, "offset") ?? 0
        }
        self.query = query
    }

    /// A parameter that must be a whole number ≥ 0, nil when absent.
    static func wholeNumber(_ params: QueryString, _ name: String) throws(WebError) -> Int? {
        guard let text = params.nonBlank(name) else { return nil }
        guard let n = Int(text), n >= 0 else { throw .parameter(name, "expected a whole number ≥ 0, found '\(text)'") }
        return n
    }
}
