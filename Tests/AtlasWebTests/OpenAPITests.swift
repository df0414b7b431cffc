import AtlasStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Yams

@testable import AtlasWeb

@Suite("OpenAPI document against live responses")
struct OpenAPITests {
    /// Normalizes YAML- and JSON-parsed trees to compare them.
    static func normalized(_ v: Any) -> AnyHashable {
        if let d = v as? [String: Any] { return d.mapValues(normalized) as [String: AnyHashable] }
        if let d = v as? [AnyHashable: Any] {
            return Dictionary(uniqueKeysWithValues: d.map { ("\($0.key)", normalized($0.value)) })
                as [String: AnyHashable]
        }
        if let a = v as? [Any] { return a.map(normalized) as [AnyHashable] }
        if type(of: v) == Bool.self { return (v as! Bool) ? "true" : "false" }
        if OpenAPIChecker.isBool(v) { return (v as! NSNumber).boolValue ? "true" : "false" }
        if let n = v as? NSNumber { return n.doubleValue }
        if let i = v as? Int { return Double(i) }
        if let d = v as? Double { return d }
        if let s = v as? String { return s }
        return "null"
    }

    static func firstDifference(_ a: AnyHashable, _ b: AnyHashable, at path: String) -> String? {
        if let x = a as? [String: AnyHashable], let y = b as? [String: AnyHashable] {
            for key in Set(x.keys).union(y.keys).sorted() {
                guard let u = x[key], let v = y[key] else { return "\(path).\(key) (present in one only)" }
                if let d = firstDifference(u, v, at: "\(path).\(key)") { return d }
            }
            return nil
        }
        if let x = a as? [AnyHashable], let y = b as? [AnyHashable] {
            guard x.count == y.count else { return "\(path) (lengths \(x.count) and \(y.count))" }
            for i in x.indices { if let d = firstDifference(x[i], y[i], at: "\(path)[\(i)]") { return d } }
            return nil
        }
        return a == b ? nil : "\(path): \(a) vs \(b)"
    }

    @Test("the served YAML is an OpenAPI 3.1 document equal to the JSON form and documents every /api/v1 route")
    func documentIsServed() async throws {
        try await withAtlas { client in
            let yaml = try await client.get("/api/openapi.yaml")
            #expect(yaml.status == .ok)
            #expect(yaml.headers[.contentType] == "application/yaml; charset=utf-8")
            let json = try await client.get("/api/openapi.json")
            let fromYAML = try #require(try Yams.load(yaml: yaml.text))
            let fromJSON = try JSONSerialization.jsonObject(with: Data(json.text.utf8))
            let difference = Self.firstDifference(Self.normalized(fromYAML), Self.normalized(fromJSON), at: "$")
            #expect(difference == nil, "YAML and JSON differ at \(difference ?? "")")
            let checker = try OpenAPIChecker(json: json.text)
            #expect(checker.document["openapi"] as? String == "3.1.0")
            #expect(
                Set(checker.paths.keys) == [
                    "/healthz", "/api/v1/records", "/api/v1/records/{id}", "/api/v1/families", "/api/v1/methods",
                    "/api/v1/references", "/api/v1/references/{number}", "/api/v1/design",
                    "/api/v1/families/statistics",
                    "/api/v1/methods/statistics", "/api/v1/figures/{name}.svg", "/api/v1/screen", "/api/v1/rank",
                    "/api/v1/simulate",
                    "/api/v1/conductivity", "/api/v1/sources",
                ])
        }
    }

    @Test("every endpoint's live answers — successes and errors — match their documented status and schema")
    func liveResponsesConform() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let token = "t0ken"
        try await withAtlas(writeToken: token, store: store) { client in
            let checker = try OpenAPIChecker(json: try await client.get("/api/openapi.json").text)
            let csv: HTTPFields = [.contentType: "text/csv", .authorization: "Bearer \(token)"]
            let cases: [(String, String, () async throws -> TestResponse)] = [
                ("/healthz", "get", { try await client.get("/healthz") }),
                ("/api/v1/records", "get", { try await client.get("/api/v1/records") }),
                ("/api/v1/records", "get", { try await client.get("/api/v1/records?format=csv&limit=3") }),
                ("/api/v1/records", "get", { try await client.get("/api/v1/records?where=" + q("family = nope")) }),
                ("/api/v1/records", "get", { try await client.get("/api/v1/records?limit=x") }),
                (
                    "/api/v1/records", "post",
                    {
                        try await client.post(
                            "/api/v1/records?dry_run=1", headers: csv, body: importCSV(electrolyte: "A"))
                    }
                ),
                (
                    "/api/v1/records", "post",
                    { try await client.post("/api/v1/records", headers: csv, body: importCSV(electrolyte: "B")) }
                ),
                (
                    "/api/v1/records", "post",
                    { try await client.post("/api/v1/records", headers: csv, body: "electrolyte\nX\n") }
                ),
                (
                    "/api/v1/records", "post",
                    { try await client.post("/api/v1/records", headers: [.contentType: "text/csv"], body: "x") }
                ),
                (
                    "/api/v1/records", "post",
                    {
                        try await client.post(
                            "/api/v1/records", headers: [.authorization: "Bearer \(token)"], body: "x")
                    }
                ),
                ("/api/v1/records/{id}", "get", { try await client.get("/api/v1/records/1") }),
                ("/api/v1/records/{id}", "get", { try await client.get("/api/v1/records/34") }),
                (
                    "/api/v1/records/{id}", "get",
                    { try await client.get("/api/v1/records/\(SQLiteRecordStore.firstImportedID)") }
                ),
                ("/api/v1/records/{id}", "get", { try await client.get("/api/v1/records/0") }),
                ("/api/v1/records/{id}", "get", { try await client.get("/api/v1/records/4242") }),
                ("/api/v1/families", "get", { try await client.get("/api/v1/families") }),
                ("/api/v1/methods", "get", { try await client.get("/api/v1/methods") }),
                ("/api/v1/references", "get", { try await client.get("/api/v1/references") }),
                ("/api/v1/references/{number}", "get", { try await client.get("/api/v1/references/56") }),
                ("/api/v1/references/{number}", "get", { try await client.get("/api/v1/references/999") }),
                (
                    "/api/v1/design", "get",
                    {
                        try await client.get(
                            "/api/v1/design?cathode=LiCoO2:1um&electrolyte=LiPON:1.5um&anode=Li&area=1mm2")
                    }
                ),
                (
                    "/api/v1/design", "get",
                    {
                        try await client.get(
                            "/api/v1/design?cathode=LiCoO2:1um&electrolyte=LiPON:1.5um&anode=Li&target_energy=24uWh")
                    }
                ),
                (
                    "/api/v1/design", "get",
                    { try await client.get("/api/v1/design?cathode=LiCoO2:1um&electrolyte=LiPON:0.05um&anode=Li") }
                ),
                (
                    "/api/v1/design", "get",
                    { try await client.get("/api/v1/design?cathode=X&electrolyte=LiPON:1um&anode=Li") }
                ),
                (
                    "/api/v1/design", "post",
                    {
                        try await client.post(
                            "/api/v1/design", headers: [.contentType: "application/json"],
                            body: #"{"cathode": "LiCoO2:1um", "electrolyte": "LiPON:1.5um", "anode": "Li"}"#)
                    }
                ),
                (
                    "/api/v1/design", "post",
                    { try await client.post("/api/v1/design", headers: [.contentType: "text/plain"], body: "x") }
                ),
                (
                    "/api/v1/families/statistics", "get",
                    { try await client.get("/api/v1/families/statistics?where=" + q("class = glass")) }
                ),
                (
                    "/api/v1/families/statistics", "get",
                    { try await client.get("/api/v1/families/statistics?where=" + q("x = 1")) }
                ),
                ("/api/v1/methods/statistics", "get", { try await client.get("/api/v1/methods/statistics") }),
                ("/api/v1/methods/statistics", "get", { try await client.get("/api/v1/methods/statistics?sort=id") }),
                ("/api/v1/figures/{name}.svg", "get", { try await client.get("/api/v1/figures/ragone.svg") }),
                (
                    "/api/v1/figures/{name}.svg", "get",
                    { try await client.get("/api/v1/figures/techniques.svg?width=1200") }
                ),
                ("/api/v1/figures/{name}.svg", "get", { try await client.get("/api/v1/figures/ragone.svg?basis=x") }),
                (
                    "/api/v1/figures/{name}.svg", "get",
                    { try await client.get("/api/v1/figures/ragone.svg?where=" + q("cycles >")) }
                ),
                ("/api/v1/figures/{name}.svg", "get", { try await client.get("/api/v1/figures/pie.svg") }),
                (
                    "/api/v1/figures/{name}.svg", "get",
                    { try await client.get("/api/v1/figures/ragone.svg?where=" + q("id = 9999")) }
                ),
                ("/api/v1/screen", "get", { try await client.get("/api/v1/screen") }),
                (
                    "/api/v1/screen", "get",
                    { try await client.get("/api/v1/screen?class=glass&families-only&target-conductivity=none") }
                ),
                ("/api/v1/screen", "get", { try await client.get("/api/v1/screen?window=x") }),
                ("/api/v1/rank", "get", { try await client.get("/api/v1/rank") }),
                ("/api/v1/rank", "get", { try await client.get("/api/v1/rank?by=energy,power,cycle-life") }),
                ("/api/v1/rank", "get", { try await client.get("/api/v1/rank?by=x") }),
                ("/api/v1/simulate", "get", { try await client.get("/api/v1/simulate") }),
                ("/api/v1/simulate", "get", { try await client.get("/api/v1/simulate?rates=0.1,10&area-gain=5") }),
                ("/api/v1/simulate", "get", { try await client.get("/api/v1/simulate?x0=2") }),
                ("/api/v1/simulate", "get", { try await client.get("/api/v1/simulate?area=x") }),
                (
                    "/api/v1/simulate", "post",
                    {
                        try await client.post(
                            "/api/v1/simulate",
                            headers: [.contentType: "application/json"], body: #"{"name": "n", "x0": 0.6}"#)
                    }
                ),
                (
                    "/api/v1/simulate", "post",
                    {
                        try await client.post(
                            "/api/v1/simulate",
                            headers: [.contentType: "application/json"], body: #"{"x0": 2}"#)
                    }
                ),
                (
                    "/api/v1/simulate", "post",
                    {
                        try await client.post(
                            "/api/v1/simulate",
                            headers: [.contentType: "text/csv"], body: "x")
                    }
                ),
                (
                    "/api/v1/conductivity", "get",
                    { try await client.get("/api/v1/conductivity?composition=Li7La3Zr2O12&at=25C") }
                ),
                (
                    "/api/v1/conductivity", "get",
                    { try await client.get("/api/v1/conductivity?where=" + q("family = garnet") + "&format=csv") }
                ),
                ("/api/v1/conductivity", "get", { try await client.get("/api/v1/conductivity") }),
                ("/api/v1/sources", "get", { try await client.get("/api/v1/sources") }),
                ("/api/v1/sources", "get", { try await client.get("/api/v1/sources?format=csv") }),
                ("/api/v1/sources", "get", { try await client.get("/api/v1/sources?format=x") }),
            ]
            var statuses: [String: Set<Int>] = [:]
            for (path, method, request) in cases {
                let response = try await request()
                statuses["\(method) \(path)", default: []].insert(response.status.code)
                let problems = checker.problems(response, path: path, method: method)
                #expect(
                    problems.isEmpty, "\(method.uppercased()) \(path) → \(response.status.code): \(problems.prefix(5))")
            }
            // The cases above reach these statuses, so the checks covered them.
            #expect(statuses["get /api/v1/records"] == [200, 400])
            #expect(statuses["post /api/v1/records"] == [200, 201, 401, 415, 422])
            #expect(statuses["get /api/v1/records/{id}"] == [200, 400, 404])
            #expect(statuses["get /api/v1/design"] == [200, 400, 422])
            #expect(statuses["get /api/v1/figures/{name}.svg"] == [200, 400, 404, 422])
            #expect(statuses["get /api/v1/simulate"] == [200, 400, 422])
            #expect(statuses["post /api/v1/simulate"] == [200, 415, 422])
            for path in ["families/statistics", "methods/statistics", "screen", "rank", "conductivity", "sources"] {
                #expect(statuses["get /api/v1/\(path)"] == [200, 400], "\(path)")
            }
        }
        // 403 (read-only) and 413 on a server without a token / with a tiny limit.
        try await withAtlas(maxBodySize: 16) { client in
            let checker = try OpenAPIChecker(json: try await client.get("/api/openapi.json").text)
            let forbidden = try await client.post("/api/v1/records", headers: [.contentType: "text/csv"], body: "x")
            #expect(forbidden.status == .forbidden)
            #expect(checker.problems(forbidden, path: "/api/v1/records", method: "post").isEmpty)
        }
        try await withAtlas(writeToken: token, maxBodySize: 16) { client in
            let checker = try OpenAPIChecker(json: try await client.get("/api/openapi.json").text)
            let big = try await client.post(
                "/api/v1/records", headers: [.contentType: "text/csv", .authorization: "Bearer \(token)"],
                body: importCSV(electrolyte: "x"))
            #expect(big.status == .contentTooLarge)
            #expect(checker.problems(big, path: "/api/v1/records", method: "post").isEmpty)
        }
    }

    @Test("the checker itself rejects a body that breaks the schema")
    func checkerCatchesViolations() throws {
        let checker = try OpenAPIChecker(json: OpenAPIDocument.document.compact)
        let record = OpenAPIDocument.document
        _ = record
        let good: [String: Any] = ["error": "x", "position": 3]
        #expect(checker.check(good, ["$ref": "#/components/schemas/Error"], at: "$").isEmpty)
        #expect(!checker.check(["error": 1], ["$ref": "#/components/schemas/Error"], at: "$").isEmpty)
        #expect(!checker.check(["message": "x"], ["$ref": "#/components/schemas/Error"], at: "$").isEmpty)
        #expect(!checker.check(["error": "x", "stack": "…"], ["$ref": "#/components/schemas/Error"], at: "$").isEmpty)
    }
}
