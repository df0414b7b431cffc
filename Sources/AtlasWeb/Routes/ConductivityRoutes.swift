import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasStore
import Hummingbird

extension Site {
    /// `/conductivity` (search page), `GET /api/v1/conductivity` (`mbatlas conductivity --format
    /// json|csv`) and `GET /api/v1/sources` (`mbatlas sources --format json|csv`).
    func addConductivityRoutes(to router: AtlasRouter) {
        router.get("/conductivity") { request, _ in
            try cache.response(key: "conductivity page " + (request.uri.query ?? ""), version: try store.dataVersion())
            {
                try conductivityPage(try QueryString(decoding: request.uri.query))
            }
        }
        router.get("/api/v1/conductivity") { request, _ in
            try cache.response(key: "conductivity api " + (request.uri.query ?? ""), version: try store.dataVersion()) {
                let params = try QueryString(decoding: request.uri.query)
                try params.requireKnown(
                    { Self.conductivityNames.contains($0) }, known: Self.conductivityNames.joined(separator: ", "))
                let format = params.nonBlank("format")?.lowercased() ?? "json"
                guard format == "json" || format == "csv" else {
                    throw WebError.parameter("format", "expected json or csv, found '\(format)'")
                }
                guard params.nonBlank("composition") != nil || params.nonBlank("where") != nil else {
                    throw WebError.badRequest("give composition or where (e.g. ?composition=Li7La3Zr2O12)")
                }
                let report = try conductivity(params, pageLimit: nil).report
                if format == "csv" {
                    return Responses.rendered(report.csv() + "\n", contentType: "text/csv; charset=utf-8")
                }
                return Responses.rendered(report.json().pretty + "\n", contentType: "application/json; charset=utf-8")
            }
        }
        router.get("/api/v1/sources") { request, _ in
            try cache.response(key: "sources api " + (request.uri.query ?? ""), version: try store.dataVersion()) {
                let params = try QueryString(decoding: request.uri.query)
                try params.requireKnown({ $0 == "format" }, known: "format")
                let format = params.nonBlank("format")?.lowercased() ?? "json"
                guard format == "json" || format == "csv" else {
                    throw WebError.parameter("format", "expected json or csv, found '\(format)'")
                }
                let sources = try measurementStore().measurementSources()
                if format == "csv" {
                    return Responses.rendered(SourcesReport.csv(sources) + "\n", contentType: "text/csv; charset=utf-8")
                }
                return Responses.rendered(
                    SourcesReport.json(sources).pretty + "\n", contentType: "application/json; charset=utf-8")
            }
        }
    }

    static let conductivityNames = ["composition", "at", "where", "sort", "limit", "format"]

    func measurementStore() throws -> any MeasurementStore {
        guard let measurements else {
            throw WebError.notFound("this server's store holds no conductivity measurements")
        }
        return measurements
    }

    /// Reads `composition`, `at`, `where`, `sort` and `limit` as `mbatlas conductivity` reads its
    /// argument and options, and looks the measurements up. `pageLimit` caps a filter-only search
    /// (the page); the answer then also says how many measurements the filter selects.
    func conductivity(_ params: QueryString, pageLimit: Int?) throws -> (report: ConductivityReport, matching: Int?) {
        let composition = params.nonBlank("composition")
        let filter = params.nonBlank("where")
        let sort = params.all("sort").flatMap { $0.split(separator: ",") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        .filter { !$0.isEmpty }
        var limit = try RecordRequest.wholeNumber(params, "limit")
        var query: MeasurementQuery
        do {
            query = try MeasurementQuery(where: filter)
        } catch {
            throw WebError.filter(error)
        }
        do {
            query.sort = try sort.map { (key: String) throws(QueryError) in
                try SortKey.parse(key, catalogue: .measurements)
            }
        } catch {
            throw WebError.parameter("sort", error.description)
        }
        query.limit = composition == nil ? limit : nil
        let temperature = try params.nonBlank("at").map { text throws in
            try ConductivityReport.temperature(parsing: text)
        }
        let store = try measurementStore()
        var matching: Int?
        if let pageLimit, composition == nil, limit == nil {
            matching = try store.measurementCount(query.filter)
            limit = pageLimit
        }
        let report = try ConductivityReport.compute(
            store: store, composition: composition, query: query, limit: limit, temperature: temperature)
        return (report, matching)
    }

    /// Measurements a filter-only search shows on the page (the CSV has them all).
    static let conductivityPageLimit = 200

    func conductivityPage(_ params: QueryString) throws -> Rendered {
        var page = ConductivityPage(
            composition: params["composition"] ?? "", at: params["at"] ?? "", filterText: params["where"] ?? "",
            report: nil,
            matching: nil, limit: Self.conductivityPageLimit, sources: try measurementStore().measurementSources(),
            error: nil)
        guard params.nonBlank("composition") != nil || params.nonBlank("where") != nil else {
            return Responses.renderedHTML(page.render())
        }
        do {
            try params.requireKnown(
                { Self.conductivityNames.contains($0) }, known: Self.conductivityNames.joined(separator: ", "))
            (page.report, page.matching) = try conductivity(params, pageLimit: Self.conductivityPageLimit)
        } catch {
            let web = WebError.from(error, path: "/conductivity", maxBodySize: configuration.maxBodySize)
            guard web.status == .badRequest else { throw error }
            page.error = web
            return Responses.renderedHTML(page.render(), status: web.status)
        }
        return Responses.renderedHTML(page.render())
    }
}
