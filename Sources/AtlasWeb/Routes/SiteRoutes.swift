import AtlasAnalysis
import AtlasFigures
import AtlasStore
import HTTPTypes
import Hummingbird

extension Site {
    /// `/` (home), `/healthz`, `/static/atlas.css`.
    func addSiteRoutes(to router: AtlasRouter) {
        router.get("/") { request, _ in
            try refuseParameters(request)
            return try cache.response(key: "home", version: try store.dataVersion()) {
                let records = try store.records(RecordQuery())
                let summary = AtlasSummary(records: records)
                let review = try review.review()
                let figures = figureItems(
                    HomePage.headlineFigures, try FigureParameters(QueryString()), records: records, links: .server)
                return Responses.renderedHTML(
                    HomePage.render(
                        summary, families: review.families.count, techniques: review.techniques.count, figures: figures,
                        links: .server))
            }
        }
        router.get("/healthz") { _, _ in
            let count = try store.count(nil)
            return Responses.json(.object([("status", .string("ok")), ("records", .integer(count))]))
        }
        let css = stylesheet
        router.get("/static/atlas.css") { _, _ in
            Responses.text(
                css, contentType: "text/css; charset=utf-8", headers: [.cacheControl: "public, max-age=3600"])
        }
    }
}
