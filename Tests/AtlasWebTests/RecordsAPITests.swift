import AtlasAnalysis
import AtlasData
import AtlasStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AtlasWeb

@Suite("GET /api/v1/records and /api/v1/records/{id}")
struct RecordsAPITests {
    @Test(
        "the records list is byte-for-byte the CLI's --format json for the same filter, with the total in X-Total-Count"
    )
    func listMatchesInterchangeJSON() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let expected = RecordInterchange.json(try store.records(try RecordQuery(where: "structure = 3D")))
        let want = try ReviewDataset.bundled().records.filter { $0.structure.architecture == .threeDimensional }.map(
            \.id)
        try await withAtlas(store: store) { client in
            let r = try await client.get("/api/v1/records?where=" + q("structure = 3D"))
            #expect(r.status == .ok)
            #expect(r.headers[.contentType] == "application/json; charset=utf-8")
            #expect(r.text == expected)
            #expect(try r.array().compactMap { $0["id"] as? Int } == want)
            #expect(r.headers[HTTPField.Name("X-Total-Count")!] == String(want.count))
        }
    }

    @Test("sort, limit and offset select the same page as the store; X-Total-Count ignores the page")
    func sortLimitOffset() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let all = try store.summaries(try RecordQuery(where: "cycles is not na", sort: ["cycles:desc"]))
        try await withAtlas(store: store) { client in
            let r = try await client.get(
                "/api/v1/records?where=" + q("cycles is not na") + "&sort=cycles:desc&limit=5&offset=2")
            #expect(r.status == .ok)
            #expect(try r.array().compactMap { $0["id"] as? Int } == Array(all.dropFirst(2).prefix(5).map(\.id)))
            #expect(r.headers[HTTPField.Name("X-Total-Count")!] == String(all.count))
            // Two keys, comma-separated or repeated, mean the same order.
            let a = try await client.get("/api/v1/records?sort=family,cycles:desc")
            let b = try await client.get("/api/v1/records?sort=family&sort=cycles:desc")
            #expect(a.text == b.text)
        }
    }

    @Test("format=csv is the CLI's CSV export of the same set")
    func csv() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let expected = RecordInterchange.csv(try store.records(try RecordQuery(where: "family = LiPON")))
        try await withAtlas(store: store) { client in
            let r = try await client.get("/api/v1/records?where=" + q("family = LiPON") + "&format=csv")
            #expect(r.status == .ok)
            #expect(r.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(r.text == expected)
        }
    }

    @Test("a malformed filter is 400 with the library's message and the column it points at")
    func filterErrors() async throws {
        try await withAtlas { client in
            let cases: [(String, String, Int)] = [
                ("conductivty > 1e-6", "unknown field 'conductivty' at column 1 (did you mean 'conductivity'?)", 1),
                ("conductivity > 5 mAh/g", "'mAh/g' is not a conductivity unit at column 18", 18),
                ("(family = LiPON", "unbalanced '(' opened at column 1", 1),
            ]
            for (filter, message, position) in cases {
                let r = try await client.get("/api/v1/records?where=" + q(filter))
                #expect(r.status == .badRequest, "\(filter)")
                let body = try r.object()
                #expect(body["error"] as? String == message)
                #expect(body["position"] as? Int == position)
                #expect(Set(body.keys) == ["error", "position"])
            }
        }
    }

    @Test("bad sort, limit, offset and format are 400 naming the parameter (`parameter`), without a position")
    func parameterErrors() async throws {
        try await withAtlas { client in
            let cases: [(String, String)] = [
                ("sort=cycels", "sort: unknown sort field 'cycels' (did you mean 'cycles'?)"),
                ("limit=-1", "limit: expected a whole number ≥ 0, found '-1'"),
                ("offset=x", "offset: expected a whole number ≥ 0, found 'x'"),
                ("format=xml", "format: expected json or csv, found 'xml'"),
                ("where=%ZZ", "malformed percent-encoding in the query string: '%ZZ'"),
            ]
            for (query, message) in cases {
                let r = try await client.get("/api/v1/records?" + query)
                #expect(r.status == .badRequest, "\(query)")
                var body: [String: Any] = ["error": message]
                if !query.hasPrefix("where") { body["parameter"] = String(query.prefix { $0 != "=" }) }
                #expect(try r.object() as NSDictionary == body as NSDictionary, "\(query)")
            }
        }
    }

    @Test("a record's detail is RecordReport.json (values, derived values, reference); unknown ids 404, malformed 400")
    func detail() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let stored = try #require(try store.record(id: 1))
        let expected = RecordReport.json(stored, reference: try store.reference(56)).pretty + "\n"
        try await withAtlas(store: store) { client in
            let r = try await client.get("/api/v1/records/1")
            #expect(r.status == .ok)
            #expect(r.text == expected)
            let missing = try await client.get("/api/v1/records/999")
            #expect(missing.status == .notFound)
            #expect(try missing.object()["error"] as? String == "record 999 does not exist (the store has 75 records)")
            let bad = try await client.get("/api/v1/records/abc")
            #expect(bad.status == .badRequest)
            #expect(try bad.object()["error"] as? String == "record id 'abc': expected a positive whole number")
        }
    }

    @Test("unknown API paths are a JSON 404, and no error body carries SQL or a stack trace")
    func unknownPath() async throws {
        try await withAtlas { client in
            let r = try await client.get("/api/v1/nothing")
            #expect(r.status == .notFound)
            #expect(try r.object() as NSDictionary == ["error": "nothing at /api/v1/nothing"] as NSDictionary)
            for uri in [
                "/api/v1/records?where=" + q("ref = 'x' or 1=1 --"), "/api/v1/records?where=" + q("cycles > \"1\""),
            ] {
                let e = try await client.get(uri)
                #expect(e.status == .badRequest)
                for leak in ["SELECT", "record.", "sqlite", "Error Domain", ".swift"] {
                    #expect(!e.text.contains(leak), "\(uri): \(e.text)")
                }
            }
        }
    }

    @Test("families, methods and references list the review's data with record counts that match their filters")
    func curatedData() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let review = try store.review()
        try await withAtlas(store: store) { client in
            let families = try await client.get("/api/v1/families").array()
            #expect(families.count == review.families.count)
            for f in families {
                let filter = try #require(f["record_filter"] as? String)
                let count = try store.count(try QueryParser().parse(filter))
                #expect(f["record_count"] as? Int == count, "\(filter)")
            }
            let lipon = try #require(families.first { $0["id"] as? String == "LiPON" })
            #expect(lipon["record_filter"] as? String == "family = LiPON")
            let methods = try await client.get("/api/v1/methods").array()
            #expect(methods.map { $0["id"] as? String } == review.techniques.map(\.id))
            let ald = try #require(methods.first { $0["id"] as? String == "ald" })
            let aldCount = try store.count(try QueryParser().parse("method = ald"))
            #expect(ald["record_count"] as? Int == aldCount)
            let references = try await client.get("/api/v1/references").array()
            #expect(references.count == 310)
            let ref56 = try await client.get("/api/v1/references/56").object()
            #expect((ref56["records"] as? [Int])?.contains(1) == true)
            #expect((ref56["bibtex"] as? String)?.hasPrefix("@article{jetybayeva2021ref56,") == true)
            let bib = try await client.get("/api/v1/references/56.bib")
            #expect(bib.headers[.contentType] == "application/x-bibtex; charset=utf-8")
            #expect(bib.text == Citations.bibtex(try #require(try store.reference(56))) + "\n")
            #expect(try await client.get("/api/v1/references/311").status == .notFound)
            #expect(try await client.get("/api/v1/references/x").status == .badRequest)
        }
    }

    @Test("repeated queries are answered the same until the store changes, whoever changes it")
    func cachedAnswersFollowTheStore() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        try await withAtlas(store: store) { client in
            let uri = "/api/v1/records?where=" + q("origin = import")
            let page = "/records?where=" + q("origin = import")
            #expect(try await client.get(uri).text == "[]\n")
            #expect(try await client.get(page).text.contains("No record matches this filter."))
            // A write that does not go through the server (another process would do the same).
            let parsed = RecordInterchange.candidates(csv: importCSV(electrolyte: "fresh"))
            _ = try store.importRecords(parsed.candidates, options: .init(sourceName: "side.csv"))
            #expect(try await client.get(uri).array().map { $0["electrolyte"] as? String } == ["fresh"])
            #expect(try await client.get(page).text.contains(">fresh</a>"))
        }
    }

    @Test("/healthz answers ok with the record count")
    func health() async throws {
        try await withAtlas { client in
            let r = try await client.get("/healthz")
            #expect(r.status == .ok)
            #expect(try r.object() as NSDictionary == ["status": "ok", "records": 75] as NSDictionary)
        }
    }

    @Test("a parameter an endpoint does not take is 400 naming it, so a typo never turns a filter off")
    func unknownParameters() async throws {
        try await withAtlas { client in
            for (uri, name) in [
                ("/api/v1/records?wher=" + q("structure = 3D"), "wher"), ("/records?bogus=1", "bogus"),
                ("/api/v1/records/1?x=1", "x"), ("/api/v1/families?x=1", "x"), ("/api/v1/methods?x=1", "x"),
                ("/api/v1/references?x=1", "x"), ("/families?x=1", "x"),
            ] {
                let r = try await client.get(uri)
                #expect(r.status == .badRequest, "\(uri)")
                if uri.hasPrefix("/api/") { #expect(try r.object()["parameter"] as? String == name, "\(uri)") }
            }
        }
    }

    @Test("a known path asked with a method it does not take is 405 with Allow; an unknown path stays 404")
    func methodNotAllowed() async throws {
        try await withAtlas { client in
            let put = try await client.execute(uri: "/api/v1/records", method: .put, headers: [:], body: nil)
            #expect(put.status == .methodNotAllowed)
            #expect(put.headers[.allow] == "GET, HEAD, POST")
            #expect(
                try put.object()["error"] as? String
                    == "PUT is not allowed on /api/v1/records (allowed: GET, HEAD, POST)")
            let delete = try await client.execute(uri: "/api/v1/records/1", method: .delete, headers: [:], body: nil)
            #expect(delete.status == .methodNotAllowed)
            #expect(delete.headers[.allow] == "GET, HEAD")
            let missing = try await client.execute(uri: "/api/v1/nothing", method: .delete, headers: [:], body: nil)
            #expect(missing.status == .notFound)
        }
    }

    @Test("a bad sort key on the records page is labelled as the sort's fault, with the way to sort descending")
    func sortErrorOnPage() async throws {
        try await withAtlas { client in
            let r = try await client.get("/records?where=" + q("structure = 3D") + "&sort=-cycles")
            #expect(r.status == .badRequest)
            #expect(r.text.contains("The sort parameter cannot be used: "))
            #expect(
                r.text.contains("to sort descending, write &#39;cycles:desc&#39;")
                    || r.text.contains("to sort descending, write 'cycles:desc'"))
            #expect(!r.text.contains("This filter cannot be read"))
        }
    }

    @Test("a record's derived values take assume-… parameters, named when they cannot be read")
    func assumptions() async throws {
        try await withAtlas { client in
            let r = try await client.get("/api/v1/records/1?assume-area=" + q("2 cm2"))
            #expect(r.status == .ok)
            let areal = try #require((try r.object()["derived"] as? [String: Any])?["capacity_areal"] as? [String: Any])
            #expect(areal["value"] as? Double == 75)
            let bad = try await client.get("/api/v1/records/1?assume-area=5")
            #expect(bad.status == .badRequest)
            #expect(try bad.object()["parameter"] as? String == "assume-area")
            let page = try await client.get("/records/1?assume-area=" + q("2 cm2")).text
            #expect(page.contains("assumption given by the user"))
            let rank = try await client.get("/api/v1/rank?assume-cathode-thickness=1um")
            #expect(rank.status == .ok)
        }
    }
}
