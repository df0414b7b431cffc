import Foundation
import Hummingbird

extension Site {
    /// `/design` (form and result) and `GET|POST /api/v1/design` (the `mbatlas design --format json` output).
    func addDesignRoutes(to router: AtlasRouter) {
        router.get("/design") { request, _ in
            let query = try QueryString(decoding: request.uri.query)
            let form = query.pairs.isEmpty ? DesignForm(DesignPage.defaults) : try DesignForm(query: query)
            do {
                return Responses.html(DesignPage.render(form, outcome: try form.evaluate(), error: nil))
            } catch {
                let web = WebError.from(error, path: "/design", maxBodySize: configuration.maxBodySize)
                guard web.status == .badRequest || web.status == .unprocessableContent else { throw error }
                return Responses.html(DesignPage.render(form, outcome: nil, error: web), status: web.status)
            }
        }
        router.get("/api/v1/design") { request, _ in
            let form = try DesignForm(query: try QueryString(decoding: request.uri.query))
            return Responses.json(text: try form.evaluate().jsonString() + "\n")
        }
        router.post("/api/v1/design") { request, _ in
            let mediaType =
                (request.headers[.contentType] ?? "").split(separator: ";").first
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            guard mediaType == "application/json" else {
                throw WebError(
                    .unsupportedMediaType,
                    "send the design as application/json, not '\(mediaType.isEmpty ? "no Content-Type" : mediaType)'")
            }
            let body = try await request.body.collect(upTo: configuration.maxBodySize)
            let form = try DesignForm(json: Data(body.readableBytesView))
            return Responses.json(text: try form.evaluate().jsonString() + "\n")
        }
    }
}
