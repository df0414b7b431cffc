import AtlasData
import AtlasStore
import Hummingbird

extension Site {
    /// `/references`, `/api/v1/references`, `/api/v1/references/{number}` and
    /// `/api/v1/references/{number}.bib`.
    func addReferenceRoutes(to router: AtlasRouter) {
        router.get("/references") { request, _ in
            try refuseParameters(request)
            let citing = try recordsByReference()
            return Responses.html(ReferencesPage.render(try store.references(), citing: citing, links: .server))
        }
        router.get("/api/v1/references") { request, _ in
            try refuseParameters(request)
            let citing = try recordsByReference()
            return Responses.json(
                .array(try store.references().map { ReviewJSON.reference($0, recordIDs: citing[$0.number] ?? []) }))
        }
        router.get("/api/v1/references/{number}") { request, context in
            try refuseParameters(request)
            let text = context.parameters.get("number") ?? ""
            if text.hasSuffix(".bib") {
                let reference = try reference(String(text.dropLast(4)))
                return Responses.text(
                    Citations.bibtex(reference) + "\n", contentType: "application/x-bibtex; charset=utf-8")
            }
            let reference = try reference(text)
            return Responses.json(
                ReviewJSON.reference(reference, recordIDs: try recordsByReference()[reference.number] ?? []))
        }
    }

    func reference(_ text: String) throws -> Reference {
        guard let number = Int(text), number > 0 else {
            throw WebError.badRequest("reference number '\(text)': expected a positive whole number")
        }
        guard let reference = try store.reference(number) else {
            throw WebError.notFound("reference \(number) is not in the review's reference list")
        }
        return reference
    }

    /// Ids of the records citing each reference number.
    func recordsByReference() throws -> [Int: [Int]] {
        var map: [Int: [Int]] = [:]
        for s in try store.summaries(RecordQuery()) {
            if let ref = s.ref { map[ref, default: []].append(s.id) }
        }
        return map
    }
}
