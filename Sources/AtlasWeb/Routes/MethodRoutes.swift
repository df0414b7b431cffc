import AtlasData
import AtlasStore
import Hummingbird

extension Site {
    /// `/methods` and `/api/v1/methods`: the review's techniques with record counts.
    func addMethodRoutes(to router: AtlasRouter) {
        router.get("/methods") { _, _ in
            try cache.response(key: "methods page", version: try store.dataVersion()) {
                Responses.renderedHTML(MethodsPage.render(try methodEntries()))
            }
        }
        router.get("/api/v1/methods") { _, _ in
            try cache.response(key: "methods api", version: try store.dataVersion()) {
                Responses.rendered(
                    JSONValue.array(try methodEntries().map { ReviewJSON.technique($0.technique, filter: $0.filter, count: $0.count) }).pretty + "\n",
                    contentType: "application/json; charset=utf-8")
            }
        }
    }

    /// Each technique with `method = <id>` and the number of records made by it.
    func methodEntries() throws -> [MethodsPage.Entry] {
        try review.review().techniques.map { t in
            let filter = "method = \(t.method.rawValue)"
            return MethodsPage.Entry(technique: t, filter: filter, count: try store.count(try QueryParser().parse(filter)))
        }
    }
}
