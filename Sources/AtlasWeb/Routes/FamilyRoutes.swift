import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasStore
import Hummingbird

extension Site {
    /// `/families`, `/api/v1/families` (the review's family profiles with record counts and the
    /// statistics of their records) and `/api/v1/families/statistics` (`mbatlas families --format json`).
    func addFamilyRoutes(to router: AtlasRouter) {
        router.get("/families") { request, _ in
            try refuseParameters(request)
            return try cache.response(key: "families page", version: try store.dataVersion()) {
                let statistics = GroupStatistics.byFamily(try store.records(RecordQuery()).map(\.record))
                return Responses.renderedHTML(
                    FamiliesPage.render(
                        try familyEntries(), statistics: statistics,
                        links: .server))
            }
        }
        router.get("/api/v1/families") { request, _ in
            try refuseParameters(request)
            return try cache.response(key: "families api", version: try store.dataVersion()) {
                let statistics = GroupStatistics.byFamily(try store.records(RecordQuery()).map(\.record))
                let byKey = Dictionary(statistics.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
                let entries = try familyEntries().map { e -> JSONValue in
                    guard
                        case .object(var pairs) = ReviewJSON.family(
                            e.profile, filter: e.filter,
                            count: e.count)
                    else { return .null }
                    pairs.append(("statistics", e.profile.family.flatMap { byKey[$0.rawValue]?.json } ?? .null))
                    return .object(pairs)
                }
                return Responses.rendered(
                    JSONValue.array(entries).pretty + "\n",
                    contentType: "application/json; charset=utf-8")
            }
        }
        router.get("/api/v1/families/statistics") { request, _ in
            try cache.response(
                key: "families statistics " + (request.uri.query ?? ""),
                version: try store.dataVersion()
            ) {
                let records = try filteredRecords(try QueryString(decoding: request.uri.query))
                let groups = GroupStatistics.byFamily(records.map(\.record))
                return Responses.rendered(
                    GroupReport.json(groups, profiles: try review.review().families).pretty + "\n",
                    contentType: "application/json; charset=utf-8")
            }
        }
    }

    /// Each profile with the filter that selects its records (a class profile: `class = …`; a
    /// family: `family = …`, which includes its variants) and the number of records it selects.
    func familyEntries() throws -> [FamiliesPage.Entry] {
        try review.review().families.map { profile in
            let filter =
                profile.family.map { "family = \($0.rawValue)" } ?? "class = \(profile.electrolyteClass.rawValue)"
            return FamiliesPage.Entry(
                profile: profile, filter: filter, count: try store.count(try QueryParser().parse(filter)))
        }
    }

    /// The records of a request that takes only `where` (the statistics endpoints).
    func filteredRecords(_ params: QueryString) throws -> [StoredRecord] {
        try params.requireKnown({ $0 == "where" }, known: "where")
        do {
            return try store.records(try RecordQuery(where: params.nonBlank("where")))
        } catch let error as QueryError {
            throw WebError.filter(error)
        }
    }
}
