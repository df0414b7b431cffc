import AtlasAnalysis
import AtlasData
import AtlasStore
import Hummingbird

extension Site {
    /// `/methods`, `/api/v1/methods` (the review's techniques with record counts and the statistics
    /// of their records) and `/api/v1/methods/statistics` (`mbatlas methods --format json`).
    func addMethodRoutes(to router: AtlasRouter) {
        router.get("/methods") { request, _ in
            try refuseParameters(request)
            return try cache.response(key: "methods page", version: try store.dataVersion()) {
                let statistics = GroupStatistics.byMethod(try store.records(RecordQuery()).map(\.record))
                return Responses.renderedHTML(
                    MethodsPage.render(
                        try methodEntries(), statistics: statistics,
                        links: .server))
            }
        }
        router.get("/api/v1/methods") { request, _ in
            try refuseParameters(request)
            return try cache.response(key: "methods api", version: try store.dataVersion()) {
                let statistics = GroupStatistics.byMethod(try store.records(RecordQuery()).map(\.record))
                let byKey = Dictionary(statistics.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
                let entries = try methodEntries().map { e -> JSONValue in
                    guard
                        case .object(var pairs) = ReviewJSON.technique(
                            e.technique, filter: e.filter,
                            count: e.count)
                    else {
                        return .null
                    }
                    pairs.append(("statistics", byKey[e.technique.method.rawValue]?.json ?? .null))
                    return .object(pairs)
                }
                return Responses.rendered(
                    JSONValue.array(entries).pretty + "\n",
                    contentType: "application/json; charset=utf-8")
            }
        }
        router.get("/api/v1/methods/statistics") { request, _ in
            try cache.response(
                key: "methods statistics " + (request.uri.query ?? ""),
                version: try store.dataVersion()
            ) {
                let records = try filteredRecords(try QueryString(decoding: request.uri.query))
                let groups = GroupStatistics.byMethod(records.map(\.record))
                return Responses.rendered(
                    GroupReport.json(groups, techniques: try review.review().techniques).pretty + "\n",
                    contentType: "application/json; charset=utf-8")
            }
        }
    }

    /// Each technique with `method = <id>` and the number of records made by it.
    func methodEntries() throws -> [MethodsPage.Entry] {
        try review.review().techniques.map { t in
            let filter = "method = \(t.method.rawValue)"
            return MethodsPage.Entry(
                technique: t, filter: filter, count: try store.count(try QueryParser().parse(filter)))
        }
    }
}
