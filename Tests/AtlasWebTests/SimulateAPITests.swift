import AtlasStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AtlasWeb

@Suite("The simulator over HTTP: GET|POST /api/v1/simulate and /simulate")
struct SimulateAPITests {
    static let json: HTTPFields = [.contentType: "application/json"]

    @Test("GET answers `mbatlas simulate --format json` byte for byte: the default cell, a 3D pillar cell with rates")
    func getMatchesCLI() async throws {
        try await withAtlas { client in
            let plain = try await client.get("/api/v1/simulate")
            #expect(plain.status == .ok)
            #expect(plain.headers[.contentType] == "application/json; charset=utf-8")
            #expect(plain.text == (try CLIRunner.output(["simulate", "--format", "json"])))
            let pillars = try await client.get(
                "/api/v1/simulate?geometry=" + q("pillars:d=2um,gap=6um,h=20um")
                    + "&rates=0.1,1,10&cathode-thickness=0.5um")
            #expect(pillars.status == .ok)
            let cli = try CLIRunner.output([
                "simulate", "--geometry", "pillars:d=2um,gap=6um,h=20um", "--rates", "0.1,1,10", "--cathode-thickness",
                "0.5um",
                "--format", "json",
            ])
            #expect(pillars.text == cli)
            let rows = try #require(try pillars.json() as? [[String: Any]])
            #expect(rows.map { $0["c_rate"] as? Double } == [0.1, 1, 10])
            // The 3D cell holds more than the planar one at the same rate.
            let planar = try await client.get("/api/v1/simulate?rates=0.1&cathode-thickness=0.5um")
            let planarQ = try #require(
                (try planar.json() as? [[String: Any]])?.first?["delivered_capacity_uAh_per_cm2"] as? Double)
            #expect((rows[0]["delivered_capacity_uAh_per_cm2"] as? Double ?? 0) > 2 * planarQ)
            let reference = try await client.get("/api/v1/simulate?mesh=50&x0=0.55")
            #expect(
                reference.text
                    == (try CLIRunner.output(["simulate", "--mesh", "50", "--x0", "0.55", "--format", "json"])))
        }
    }

    @Test("POST takes a design file (the CLI's --design); query parameters override it")
    func postMatchesCLI() async throws {
        let design = #"{"name": "thick cathode", "cathode-thickness": "4 um", "electrolyte-conductivity": "2.4 uS/cm"}"#
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mbatlas-design-\(UUID().uuidString).json")
        try Data(design.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try await withAtlas { client in
            let r = try await client.post("/api/v1/simulate", headers: Self.json, body: design)
            #expect(r.status == .ok)
            #expect(r.text == (try CLIRunner.output(["simulate", "--design", file.path, "--format", "json"])))
            #expect(try r.object()["design"] as? String == "thick cathode")
            let over = try await client.post("/api/v1/simulate?x0=0.6&rates=1,2", headers: Self.json, body: design)
            #expect(
                over.text
                    == (try CLIRunner.output([
                        "simulate", "--design", file.path, "--x0", "0.6", "--rates", "1,2", "--format", "json",
                    ])))
        }
    }

    @Test("bad input is 400 (unreadable) or 422 (out of range) JSON naming the parameter")
    func errors() async throws {
        try await withAtlas { client in
            let cases: [(String, HTTPResponse.Status, String, String)] = [
                (
                    "x0=1.2", .unprocessableContent, "x0",
                    "x0: must lie in [x-min, 0.999·x-max) = [0.5, 0.999), since the discharge ends when the "
                        + "surface reaches 0.999·x-max; got 1.2"
                ),
                ("area=" + q("3 V"), .badRequest, "area", "area: 'V' is not an area unit at column 3"),
                ("rates=1,x", .badRequest, "rates", "rates: 'x' is not a positive C-rate"),
                (
                    "cutoff=4.5V", .unprocessableContent, "cutoff",
                    "cutoff: 4.5 V is not below the open-circuit voltage 4.186 V at x0"
                ),
                (
                    "electrolyte=PEO", .unprocessableContent, "salt-diffusivity",
                    "salt-diffusivity: a binary electrolyte (t₊ < 1) needs the salt diffusivity"
                ),
                (
                    "geometry=" + q("tubes:d=5um"), .badRequest, "geometry",
                    "geometry: cannot read 'tubes': missing wall=<length> for tubes"
                ),
                (
                    "rate=2C&current-density=1A/m2", .unprocessableContent, "current-density",
                    "current-density: give either rate or current-density, not both"
                ),
                ("mesh=100000", .badRequest, "mesh", "mesh: at most 2000 cells on this server; got 100000"),
                ("points=abc", .badRequest, "points", "points: expected a whole number, found 'abc'"),
            ]
            for (query, status, parameter, message) in cases {
                let r = try await client.get("/api/v1/simulate?" + query)
                #expect(r.status == status, "\(query)")
                #expect(
                    try r.object() as NSDictionary == ["error": message, "parameter": parameter] as NSDictionary,
                    "\(query)")
            }
            let unknown = try await client.get("/api/v1/simulate?thickness=1um")
            #expect(unknown.status == .badRequest)
            #expect(try unknown.object()["parameter"] as? String == "thickness")
            let media = try await client.post("/api/v1/simulate", headers: [.contentType: "text/plain"], body: "{}")
            #expect(media.status == .unsupportedMediaType)
            let malformed = try await client.post("/api/v1/simulate", headers: Self.json, body: "[1, 2]")
            #expect(malformed.status == .badRequest)
            #expect(
                try malformed.object()["error"] as? String
                    == "design file: design file: expected a JSON object of parameter names to values")
            let badKey = try await client.post("/api/v1/simulate", headers: Self.json, body: #"{"x0": 1.5}"#)
            #expect(badKey.status == .unprocessableContent)
            #expect(try badKey.object()["parameter"] as? String == "x0")
        }
    }

    @Test(
        "/simulate: the rate sweep, the discharge curves, the Ragone curve over the cells; bad input stays on it"
    )
    func page() async throws {
        try await withAtlas { client in
            let start = try await client.get("/simulate")
            #expect(start.status == .ok)
            #expect(start.text.contains("<h2>Rate sweep</h2>"))
            #expect(start.text.contains("id=\"figure-discharge\""))
            #expect(start.text.contains("id=\"figure-ragone\""))
            #expect(start.text.contains("simulated: default Li/LiPON/LiCoO₂ cell"))
            #expect(start.text.contains("placeholder=\"1um\""))
            let designed = try await client.get("/simulate?cathode-thickness=2um&rate=2C")
            #expect(designed.text.contains("<th scope=\"row\">delivered capacity</th>"))
            #expect(designed.text.contains("cell with cathode-thickness 2um"))
            #expect(!designed.text.contains("id=\"figure-ragone\""))
            let bad = try await client.get("/simulate?x0=3&cathode-thickness=" + q("<b>2um</b>"))
            #expect(bad.status == .badRequest || bad.status == .unprocessableContent)
            #expect(bad.text.contains("This design cannot be simulated"))
            #expect(!bad.text.contains("<b>2um"))
            #expect(bad.text.contains("value=\"&lt;b&gt;2um&lt;/b&gt;\""))
        }
    }
}
