import AtlasAnalysis
import AtlasStore
import Hummingbird

extension Site {
    /// `/screen` (screening and the Pareto front), `GET /api/v1/screen` (`mbatlas screen --format
    /// json`) and `GET /api/v1/rank` (`mbatlas rank --format json`).
    func addScreenRoutes(to router: AtlasRouter) {
        router.get("/screen") { request, _ in
            try cache.response(key: "screen page " + (request.uri.query ?? ""), version: try store.dataVersion()) {
                try screenPage(try QueryString(decoding: request.uri.query))
            }
        }
        router.get("/api/v1/screen") { request, _ in
            try cache.response(key: "screen api " + (request.uri.query ?? ""), version: try store.dataVersion()) {
                let parameters = try ScreenParameters(try QueryString(decoding: request.uri.query))
                let (candidates, criteria) = try screen(parameters, records: nil)
                return Responses.rendered(
                    ScreeningReport.json(candidates, criteria: criteria).pretty + "\n",
                    contentType: "application/json; charset=utf-8")
            }
        }
        router.get("/api/v1/rank") { request, _ in
            try cache.response(key: "rank api " + (request.uri.query ?? ""), version: try store.dataVersion()) {
                let params = try QueryString(decoding: request.uri.query)
                try params.requireKnown(
                    { ["where", "by"].contains($0) || MetricAssumptions.optionNames.contains($0) },
                    known: (["where", "by"] + MetricAssumptions.optionNames).joined(separator: ", "))
                let query: RecordQuery
                do throws(QueryError) {
                    query = try RecordQuery(where: params.nonBlank("where"))
                } catch {
                    throw WebError.filter(error)
                }
                let objectives = try RankingObjective.parse(params.nonBlank("by") ?? ScreenPage.defaultObjectives)
                let groups = ParetoRanking(
                    objectives: objectives, calculator: try MetricsCalculator(assumingFrom: params)
                )
                .rank(try store.records(query).map(\.record))
                return Responses.rendered(
                    RankingReport.json(groups).pretty + "\n", contentType: "application/json; charset=utf-8")
            }
        }
    }

    /// Screens the families and (unless families only) the records the filter selects, as
    /// `mbatlas screen` does; `records` overrides the store's selection (a report's records).
    func screen(_ parameters: ScreenParameters, records: [StoredRecord]?) throws -> ([Candidate], ScreeningCriteria) {
        let review = try review.review()
        let criteria = try parameters.options.criteria(review.specifications)
        let selected = parameters.familiesOnly ? [] : try (records ?? store.records(parameters.query)).map(\.record)
        try Screening.requireStabilityEvidence(for: criteria.stableWith, records: selected)
        return (Screening(criteria: criteria).screen(review: review, records: selected), criteria)
    }

    /// The screening page: the form, the results and the Pareto front. Unreadable input is shown
    /// above the form with status 400.
    func screenPage(_ params: QueryString) throws -> Rendered {
        var values: [String: String] = [:]
        for (name, value) in params.pairs where !value.isEmpty { values[name] = value }
        var page = ScreenPage(
            values: values, conformal3D: (try? params.flag("conformal-3d")) ?? false,
            familiesOnly: (try? params.flag("families-only")) ?? false, criteria: nil, candidates: [], ranking: [],
            objectives: [], error: nil, links: .server, scope: nil)
        do {
            let parameters = try ScreenParameters(params, extra: ["by"])
            let records = try store.records(parameters.query)
            (page.candidates, page.criteria) = try screen(parameters, records: records)
            page.objectives = try RankingObjective.parse(params.nonBlank("by") ?? ScreenPage.defaultObjectives)
            page.ranking = ParetoRanking(objectives: page.objectives).rank(records.map(\.record))
        } catch {
            let web = WebError.from(error, path: "/screen", maxBodySize: configuration.maxBodySize)
            guard web.status == .badRequest else { throw error }
            page.error = web
            return Responses.renderedHTML(page.render(), status: web.status)
        }
        return Responses.renderedHTML(page.render())
    }
}
