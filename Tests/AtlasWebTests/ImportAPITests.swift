import AtlasStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AtlasWeb

@Suite("POST /api/v1/records")
struct ImportAPITests {
    static let token = "s3cret-token"
    static let csv: HTTPFields = [.contentType: "text/csv", .authorization: "Bearer \(token)"]

    @Test("without a configured token the server is read-only: 403, nothing written")
    func readOnly() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        try await withAtlas(store: store) { client in
            let r = try await client.post("/api/v1/records", headers: Self.csv, body: importCSV(electrolyte: "X"))
            #expect(r.status == .forbidden)
            #expect(
                try r.object()["error"] as? String
                    == "this server is read-only; start it with --write-token-file or MBATLAS_WRITE_TOKEN set to accept imports"
            )
        }
        #expect(try store.count(nil) == 75)
    }

    @Test("a missing, malformed or wrong bearer token is 401 with a WWW-Authenticate challenge")
    func unauthorized() async throws {
        try await withAtlas(writeToken: Self.token) { client in
            for auth in [nil, "Basic abc", "Bearer", "Bearer wrong", "Bearer \(Self.token)x"] {
                var headers: HTTPFields = [.contentType: "text/csv"]
                if let auth { headers[.authorization] = auth }
                let r = try await client.post("/api/v1/records", headers: headers, body: importCSV(electrolyte: "X"))
                #expect(r.status == .unauthorized, "\(auth ?? "none")")
                #expect(r.headers[.wwwAuthenticate] == "Bearer realm=\"mbatlas\"")
                #expect(
                    try r.object()["error"] as? String
                        == "missing or wrong bearer token (send Authorization: Bearer TOKEN)")
            }
        }
    }

    @Test("a body that is neither CSV nor JSON is 415")
    func unsupportedMediaType() async throws {
        try await withAtlas(writeToken: Self.token) { client in
            let r = try await client.post(
                "/api/v1/records", headers: [.contentType: "application/xml", .authorization: "Bearer \(Self.token)"],
                body: "<x/>")
            #expect(r.status == .unsupportedMediaType)
            #expect(
                try r.object()["error"] as? String
                    == "send the records as text/csv or application/json, not 'application/xml'")
        }
    }

    @Test("a body over the limit is 413, whether announced by Content-Length or found while reading")
    func tooLarge() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let big = importCSV(electrolyte: String(repeating: "a", count: 1 << 20))
        try await withAtlas(writeToken: Self.token, store: store) { client in
            var headers = Self.csv
            headers[.contentLength] = String(big.utf8.count)
            let r = try await client.post("/api/v1/records", headers: headers, body: big)
            #expect(r.status == .contentTooLarge)
            #expect(
                try r.object()["error"] as? String
                    == "request body larger than 1 MiB; split the import into smaller files")
        }
        // A small limit and no Content-Length: the limit is enforced while collecting the body.
        try await withAtlas(writeToken: Self.token, maxBodySize: 64, store: store) { client in
            let r = try await client.post(
                "/api/v1/records", headers: Self.csv, body: importCSV(electrolyte: String(repeating: "b", count: 100)))
            #expect(r.status == .contentTooLarge)
            #expect(
                try r.object()["error"] as? String
                    == "request body larger than 64 bytes; split the import into smaller files")
        }
        #expect(try store.count(nil) == 75)
    }

    @Test("valid CSV is written (201) and readable at once; the report lists the new ids")
    func importsCSV() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        try await withAtlas(writeToken: Self.token, store: store) { client in
            let r = try await client.post(
                "/api/v1/records?source=lab.csv", headers: Self.csv, body: importCSV(electrolyte: "LiPON-lab"))
            #expect(r.status == .created, "\(r.text)")
            let report = try r.object()
            #expect(report["written"] as? [Int] == [SQLiteRecordStore.firstImportedID])
            #expect(report["accepted"] as? Int == 1)
            #expect((report["rejected"] as? [Any])?.isEmpty == true)
            let detail = try await client.get("/api/v1/records/\(SQLiteRecordStore.firstImportedID)").object()
            #expect(detail["electrolyte"] as? String == "LiPON-lab")
            #expect(detail["import_file"] as? String == "lab.csv")
        }
        #expect(try store.count(nil) == 76)
    }

    @Test(
        "JSON in the export format round-trips: export a record, delete nothing, import it as a duplicate only with allow_duplicates"
    )
    func importsJSON() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        try await withAtlas(writeToken: Self.token, store: store) { client in
            let exported = try await client.get("/api/v1/records?where=" + q("id = 5")).text
            // Strip the id so a new one is assigned; the same cell and source is a duplicate.
            let body = exported.replacingOccurrences(of: "\"id\": 5,", with: "")
            let headers: HTTPFields = [
                .contentType: "application/json; charset=utf-8", .authorization: "Bearer \(Self.token)",
            ]
            let duplicate = try await client.post("/api/v1/records", headers: headers, body: body)
            #expect(duplicate.status == .unprocessableContent)
            let failure = try duplicate.object()
            #expect(failure["error"] as? String == "1 row rejected, 0 valid; nothing written")
            let rejection = try #require((failure["rejected"] as? [[String: Any]])?.first)
            #expect((rejection["reason"] as? String)?.hasPrefix("duplicate of record 5") == true)
            #expect(
                (rejection["reason"] as? String)?.hasSuffix("use allow_duplicates=true to import it anyway") == true)
            #expect(
                duplicate.text.hasPrefix(
                    "{\n  \"error\": \"1 row rejected, 0 valid; nothing written\",\n  \"written\": []"))
            let allowed = try await client.post("/api/v1/records?allow_duplicates=true", headers: headers, body: body)
            #expect(allowed.status == .created, "\(allowed.text)")
        }
        #expect(try store.count(nil) == 76)
    }

    @Test("one bad row rejects the whole file (422, line:column: reason) and a dry run writes nothing (200)")
    func allOrNothing() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let body =
            "electrolyte,family,structure,cell,conductivity_raw,ref\nA,LiPON,2D,Li/LiPON/LiCoO2,2 uS/cm,56\nB,unobtainium,2D,Li/X/LiCoO2,1 uS/cm,56\n"
        try await withAtlas(writeToken: Self.token, store: store) { client in
            let r = try await client.post("/api/v1/records", headers: Self.csv, body: body)
            #expect(r.status == .unprocessableContent)
            let failure = try r.object()
            #expect(failure["written"] as? [Int] == [])
            #expect(failure["accepted"] as? Int == 1)
            let rejected = try #require(failure["rejected"] as? [[String: Any]])
            #expect(rejected.count == 1)
            #expect(rejected.first?["line"] as? Int == 3)
            #expect(rejected.first?["column"] as? Int == 3)
            #expect((rejected.first?["reason"] as? String)?.hasPrefix("family: unknown family 'unobtainium'") == true)
            let dry = try await client.post(
                "/api/v1/records?dry_run=true", headers: Self.csv, body: importCSV(electrolyte: "dry"))
            #expect(dry.status == .ok)
            #expect(try dry.object()["dry_run"] as? Bool == true)
            #expect(try dry.object()["written"] as? [Int] == [])
        }
        #expect(try store.count(nil) == 75)
    }

    @Test(
        "malformed JSON is 422 naming line:column in plain words; an empty body of records is 422; a typo'd option is 400"
    )
    func malformedAndEmpty() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let json: HTTPFields = [.contentType: "application/json", .authorization: "Bearer \(Self.token)"]
        try await withAtlas(writeToken: Self.token, store: store) { client in
            let broken = try await client.post(
                "/api/v1/records", headers: json, body: "[\n  {\"electrolyte\": \"LiPON\",\n   \"family\": }\n]")
            #expect(broken.status == .unprocessableContent)
            let rejection = try #require((try broken.object()["rejected"] as? [[String: Any]])?.first)
            #expect(rejection["line"] as? Int == 3 && rejection["column"] as? Int == 14)
            let reason = try #require(rejection["reason"] as? String)
            #expect(
                reason.hasPrefix("not valid JSON") && !reason.contains("Domain=") && !reason.contains("UserInfo"),
                "\(reason)")
            let empty = try await client.post("/api/v1/records", headers: json, body: "[]")
            #expect(empty.status == .unprocessableContent)
            #expect(try empty.object()["error"] as? String == "the body holds no records; nothing written")
            let typo = try await client.post(
                "/api/v1/records?dryrun=true", headers: Self.csv, body: importCSV(electrolyte: "typo"))
            #expect(typo.status == .badRequest)
            #expect(try typo.object()["parameter"] as? String == "dryrun")
        }
        #expect(try store.count(nil) == 75)
    }
}
