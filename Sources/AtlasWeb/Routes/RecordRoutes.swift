import AtlasAnalysis
import AtlasStore
import Foundation
import HTTPTypes
import Hummingbird

extension Site {
    /// `/records`, `/records/{id}` (pages) and `GET/POST /api/v1/records`, `GET /api/v1/records/{id}`.
    func addRecordRoutes(to router: AtlasRouter) {
        router.get("/api/v1/records") { request, _ in
            try cache.response(key: "api " + (request.uri.query ?? ""), version: try store.dataVersion()) {
                try recordsAPI(try QueryString(decoding: request.uri.query))
            }
        }

        router.get("/api/v1/records/{id}") { request, context in
            let calculator = try metricsCalculator(try QueryString(decoding: request.uri.query))
            let id = context.parameters.get("id") ?? ""
            return try cache.response(
                key: "api record " + id + " " + (request.uri.query ?? ""), version: try store.dataVersion()
            ) {
                let stored = try record(id)
                let reference = try stored.record.ref.flatMap { try store.reference($0) }
                return Responses.rendered(
                    RecordReport.json(stored, reference: reference, calculator: calculator).pretty + "\n",
                    contentType: "application/json; charset=utf-8")
            }
        }

        router.post("/api/v1/records") { request, context in
            try await importRecords(request)
        }

        router.get("/records") { request, _ in
            try cache.response(key: "page " + (request.uri.query ?? ""), version: try store.dataVersion()) {
                try recordsPage(try QueryString(decoding: request.uri.query))
            }
        }

        router.get("/records/{id}") { request, context in
            let calculator = try metricsCalculator(try QueryString(decoding: request.uri.query))
            let id = context.parameters.get("id") ?? ""
            return try cache.response(
                key: "page record " + id + " " + (request.uri.query ?? ""), version: try store.dataVersion()
            ) {
                let stored = try record(id)
                let reference = try stored.record.ref.flatMap { try store.reference($0) }
                return Responses.renderedHTML(
                    RecordPage.render(
                        stored, reference: reference, metrics: calculator.metrics(for: stored.record), links: .server))
            }
        }
    }

    /// The filtered, sorted, paginated records in the CLI's JSON or CSV, with the number
    /// matching the filter in `X-Total-Count`.
    func recordsAPI(_ params: QueryString) throws -> Rendered {
        try params.requireKnown(
            { ["where", "sort", "limit", "offset", "format"].contains($0) }, known: "where, sort, limit, offset, format"
        )
        let selection = try RecordRequest(params)
        let format = params.nonBlank("format")?.lowercased() ?? "json"
        guard format == "json" || format == "csv" else {
            throw WebError.parameter("format", "expected json or csv, found '\(format)'")
        }
        let records = try store.records(selection.query)
        let total = try store.count(selection.query.filter)
        let headers: HTTPFields = [HTTPField.Name("X-Total-Count")!: String(total)]
        if format == "csv" {
            return Responses.rendered(
                RecordInterchange.csv(records), contentType: "text/csv; charset=utf-8", headers: headers)
        }
        return Responses.rendered(
            RecordInterchange.json(records), contentType: "application/json; charset=utf-8", headers: headers)
    }

    /// The metrics calculator for a record request, whose only parameters are the `assume-…`
    /// ones; 400 naming a parameter that is unknown or cannot be read.
    func metricsCalculator(_ params: QueryString) throws -> MetricsCalculator {
        try params.requireKnown(
            { MetricAssumptions.optionNames.contains($0) }, known: MetricAssumptions.optionNames.joined(separator: ", ")
        )
        return try MetricsCalculator(assumingFrom: params)
    }

    /// The record with the id in the path: 400 when it is not a positive whole number, 404 when
    /// no record has it.
    func record(_ text: String) throws -> StoredRecord {
        guard let id = Int(text), id > 0 else {
            throw WebError.badRequest("record id '\(text)': expected a positive whole number")
        }
        guard let stored = try store.record(id: id) else {
            throw WebError.notFound("record \(id) does not exist (the store has \(try store.count(nil)) records)")
        }
        return stored
    }

    /// One page of the filtered, sorted set. A filter that cannot be read is shown in the box
    /// with its error and a caret (status 400); the rest of the page still works.
    func recordsPage(_ params: QueryString) throws -> Rendered {
        let pageSize = configuration.pageSize
        let filterText = params["where"] ?? ""
        try params.requireKnown({ ["where", "sort", "page"].contains($0) }, known: "where, sort, page")
        let sortKeys = params.all("sort").filter { !$0.isEmpty }
        var page = RecordsPage(
            filterText: filterText, sort: sortKeys.last, rows: [], total: 0, page: 1, pageSize: pageSize, error: nil)
        let selection: RecordRequest
        do {
            selection = try RecordRequest(params, paginated: false)
        } catch {
            page.error = error
            return Responses.renderedHTML(page.render(), status: error.status)
        }
        page.total = try store.count(selection.query.filter)
        if let text = params.nonBlank("page") {
            guard let n = Int(text), n >= 1 else {
                throw WebError.badRequest("page: expected a page number ≥ 1, found '\(text)'")
            }
            page.page = min(n, page.pageCount)
        }
        var query = selection.query
        query.limit = pageSize
        query.offset = (page.page - 1) * pageSize
        page.rows = try store.summaries(query)
        return Responses.renderedHTML(page.render())
    }

    /// `POST /api/v1/records`: the same validation and all-or-nothing rule as `mbatlas import`.
    /// Checks in order: writes enabled (403), bearer token (401), media type (415), size (413).
    func importRecords(_ request: Request) async throws -> Response {
        guard let token = configuration.writeToken else {
            throw WebError(
                .forbidden,
                "this server is read-only; start it with --write-token-file or MBATLAS_WRITE_TOKEN set to accept imports"
            )
        }
        guard let given = BearerToken.parse(request.headers[.authorization]), BearerToken.matches(given, token) else {
            throw WebError(.unauthorized, "missing or wrong bearer token (send Authorization: Bearer TOKEN)")
        }
        let mediaType =
            (request.headers[.contentType] ?? "").split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        let isJSON: Bool
        switch mediaType {
        case "application/json": isJSON = true
        case "text/csv": isJSON = false
        default:
            throw WebError(
                .unsupportedMediaType,
                "send the records as text/csv or application/json, not '\(mediaType.isEmpty ? "no Content-Type" : mediaType)'"
            )
        }
        let limit = configuration.maxBodySize
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw WebError(
                .contentTooLarge, "request body larger than \(ByteSize(limit)); split the import into smaller files")
        }
        let body = try await request.body.collect(upTo: limit)
        guard
            let text = body.getString(at: body.readerIndex, length: body.readableBytes).flatMap({ s -> String? in
                s.utf8.count == body.readableBytes ? s : nil
            })
        else {
            throw WebError.badRequest("the body is not UTF-8 text")
        }
        let params = try QueryString(decoding: request.uri.query)
        try params.requireKnown(
            { ["dry_run", "allow_duplicates", "source"].contains($0) }, known: "dry_run, allow_duplicates, source")
        let dryRun = try params.flag("dry_run")
        let options = ImportOptions(
            dryRun: dryRun, allowDuplicates: try params.flag("allow_duplicates"),
            sourceName: params.nonBlank("source") ?? "api")
        let parsed = isJSON ? RecordInterchange.candidates(json: text) : RecordInterchange.candidates(csv: text)
        if parsed.candidates.isEmpty && parsed.rejected.isEmpty {
            throw WebError(.unprocessableContent, "the body holds no records; nothing written")
        }
        var report = ImportReport(
            written: [], accepted: parsed.candidates.count, rejected: parsed.rejected, dryRun: dryRun)
        if parsed.rejected.isEmpty {
            report = try store.importRecords(parsed.candidates, options: options)
        }
        let json = ImportReportJSON.json(report)
        guard report.succeeded else {
            let n = report.rejected.count
            throw WebError(
                .unprocessableContent,
                "\(n) row\(n == 1 ? "" : "s") rejected, \(report.accepted) valid; nothing written",
                details: ImportReportJSON.members(report))
        }
        return Responses.json(json, status: dryRun ? .ok : .created)
    }
}

/// `Authorization: Bearer TOKEN`.
enum BearerToken {
    static func parse(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// Compares in time independent of where the first difference is.
    static func matches(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8)
        let b = Array(expected.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<max(a.count, b.count) {
            difference |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0)
        }
        return difference == 0
    }
}
