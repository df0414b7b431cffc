import AtlasCore
import AtlasData
import AtlasStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AtlasWeb

@Suite("Conductivity over HTTP: /api/v1/conductivity, /api/v1/sources and /conductivity")
struct ConductivityAPITests {
    @Test("conductivity answers `mbatlas conductivity --format json|csv` byte for byte")
    func matchesCLI() async throws {
        try await withAtlas { client in
            let llzo = try await client.get("/api/v1/conductivity?composition=Li7La3Zr2O12&at=25C")
            #expect(llzo.status == .ok)
            #expect(
                llzo.text
                    == (try CLIRunner.output(["conductivity", "Li7La3Zr2O12", "--at", "25C", "--format", "json"])))
            #expect(try llzo.object()["matched"] as? String == "per atom")
            let csv = try await client.get("/api/v1/conductivity?composition=LLZO&format=csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text == (try CLIRunner.output(["conductivity", "LLZO", "--format", "csv"])))
            let filtered = try await client.get(
                "/api/v1/conductivity?where=" + q("family = garnet and temperature between 20 C and 30 C")
                    + "&sort=conductivity:desc&limit=8")
            let cli = try CLIRunner.output([
                "conductivity", "--where", "family = garnet and temperature between 20 C and 30 C", "--sort",
                "conductivity:desc",
                "--limit", "8", "--format", "json",
            ])
            #expect(filtered.text == cli)
            #expect((try filtered.object()["measurements"] as? [Any])?.count == 8)
        }
    }

    @Test("sources answer `mbatlas sources --format json|csv`")
    func sourcesMatchCLI() async throws {
        try await withAtlas { client in
            let json = try await client.get("/api/v1/sources")
            #expect(json.text == (try CLIRunner.output(["sources", "--format", "json"])))
            #expect(try json.array().map { $0["id"] as? String } == ["review", "obelix"])
            let csv = try await client.get("/api/v1/sources?format=csv")
            #expect(csv.text == (try CLIRunner.output(["sources", "--format", "csv"])))
        }
    }

    @Test(
        "errors: no composition or where; a bad filter (position); temperature, sort, format name the parameter"
    )
    func errors() async throws {
        try await withAtlas { client in
            let none = try await client.get("/api/v1/conductivity")
            #expect(none.status == .badRequest)
            #expect(
                try none.object() as NSDictionary == [
                    "error": "give composition or where (e.g. ?composition=Li7La3Zr2O12)"
                ] as NSDictionary)
            let filter = try await client.get("/api/v1/conductivity?where=" + q("temprature > 300"))
            #expect(filter.status == .badRequest)
            #expect(
                try filter.object() as NSDictionary == [
                    "error": "unknown field 'temprature' at column 1 (did you mean 'temperature'?)", "position": 1,
                ] as NSDictionary)
            let cases: [(String, String, String)] = [
                ("composition=LLZO&at=25", "at", "at: give a unit: 25C or 25 K"),
                ("composition=LLZO&sort=cycles", "sort", "sort: unknown sort field 'cycles'"),
                ("composition=LLZO&format=xml", "format", "format: expected json or csv, found 'xml'"),
                ("composition=LLZO&colour=red", "colour", ""),
            ]
            for (query, parameter, message) in cases {
                let r = try await client.get("/api/v1/conductivity?" + query)
                #expect(r.status == .badRequest, "\(query)")
                #expect(try r.object()["parameter"] as? String == parameter, "\(query)")
                if !message.isEmpty {
                    #expect((try r.object()["error"] as? String)?.hasPrefix(message) == true, "\(query): \(r.text)")
                }
            }
            let limit = try await client.get("/api/v1/conductivity?composition=LLZO&limit=-1")
            #expect(limit.status == .badRequest)
            #expect(try limit.object()["error"] as? String == "limit: expected a whole number ≥ 0, found '-1'")
        }
    }

    @Test("an import of measurements shows at once (the cache follows the data version), with Arrhenius fits and `at`")
    func importedSeriesAreFitted() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        try await withAtlas(store: store) { client in
            let before = try await client.get("/api/v1/conductivity?composition=Li6PS5Cl&at=25C")
            let count = (try before.object()["measurements"] as? [Any])?.count ?? -1
            #expect((try before.object()["fits"] as? [Any])?.isEmpty == true)
            // A series of one study at three temperatures (Ea = 0.3 eV), written behind the server's back.
            let source = MeasurementSource(
                id: "lab", name: "Lab series", kind: .imported, licence: "CC BY 4.0", attribution: "test",
                reference: nil,
                origin: nil, importFile: "lab.csv", importedAt: Date(timeIntervalSince1970: 0))
            let kB = 8.617333262e-5
            let measurements = [300.0, 350, 400].map { t in
                ConductivityMeasurement(
                    source: "lab", location: "line \(Int(t))", compositionPrinted: "Li6PS5Cl",
                    composition: CompositionKey.parse("Li6PS5Cl"), family: .argyrodite, familyLabel: nil,
                    temperature: Temperature(canonical: t), temperatureBasis: .stated,
                    conductivity: Conductivity(canonical: 1e2 / t * exp(-0.3 / (kB * t))), doi: "10.0000/lab")
            }
            _ = try store.replaceMeasurements(of: source, with: measurements)
            let after = try await client.get("/api/v1/conductivity?composition=Li6PS5Cl&at=25C")
            #expect((try after.object()["measurements"] as? [Any])?.count == count + 3)
            let fits = try #require(try after.object()["fits"] as? [[String: Any]])
            #expect(fits.count == 1)
            let sigmaT = try #require(fits.first?["sigma_T"] as? [String: Any])
            #expect(abs((sigmaT["activation_energy_eV"] as? Double ?? 0) - 0.3) < 1e-6)
            #expect((fits.first?["at"] as? [String: Any])?["extrapolated"] as? Bool == true)
            let sources = try await client.get("/api/v1/sources").array()
            #expect(sources.map { $0["id"] as? String } == ["review", "obelix", "lab"])
            let page = try await client.get("/conductivity?composition=Li6PS5Cl&at=25C")
            #expect(page.text.contains("Arrhenius fits"))
            #expect(page.text.contains("<span class=\"tag flag\">extrapolated</span>"))
        }
    }

    @Test(
        "/conductivity shows the match, the measurements and the sources; a bad filter keeps its text, with a caret"
    )
    func page() async throws {
        try await withAtlas { client in
            let start = try await client.get("/conductivity")
            #expect(start.status == .ok)
            #expect(start.text.contains("<h2 id=\"sources\">Sources</h2>"))
            #expect(start.text.contains("CC BY 4.0"))
            let llzo = try await client.get("/conductivity?composition=Li7La3Zr2O12&at=25C")
            #expect(llzo.text.contains("matched per atom as Li7La3Zr2O12"))
            #expect(llzo.text.contains("no value at 25 °C"))
            let many = try await client.get("/conductivity?where=" + q("conductivity > 0"))
            #expect(many.text.contains("Showing the first 200 of"))
            let bad = try await client.get("/conductivity?where=" + q("family = garnett"))
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("value=\"family = garnett\""))
            #expect(bad.text.contains("<span class=\"caret\">" + String(repeating: " ", count: 9) + "^</span>"))
        }
    }
}
