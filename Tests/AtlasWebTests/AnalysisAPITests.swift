import AtlasAnalysis
import AtlasFigures
import AtlasStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AtlasWeb

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The links of an SVG's marks, read with XMLParser (so the SVG must be well-formed XML).
final class SVGLinks: NSObject, XMLParserDelegate {
    var links: [String] = []
    var markCount = 0

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw TestFailure("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "a", let href = attributes["href"] { links.append(href) }
        if attributes["class"]?.split(separator: " ").contains("mark") == true { markCount += 1 }
    }

    /// Record ids the marks link to (`/records/12` → 12).
    var recordIDs: Set<Int> { Set(links.compactMap { $0.hasPrefix("/records/") ? Int($0.dropFirst(9)) : nil }) }
}

@Suite("Figures, screening, ranking and statistics over HTTP")
struct AnalysisAPITests {
    @Test("every figure is served as SVG that parses as XML, its record marks linking to /records/{id}")
    func everyFigure() async throws {
        try await withAtlas { client in
            for name in FigureName.allCases {
                // The Arrhenius plot is of one composition; Li3OCl has a measurement in OBELiX.
                let query = name == .arrhenius ? "?composition=Li3OCl" : ""
                let r = try await client.get("/api/v1/figures/\(name.rawValue).svg" + query)
                #expect(r.status == .ok, "\(name)")
                #expect(r.headers[.contentType] == "image/svg+xml; charset=utf-8")
                #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                let svg = try SVGLinks(r.text)
                // The discharge curves are lines; every other figure has marks.
                if name != .discharge { #expect(svg.markCount > 0, "\(name) has no marks") }
                // Records link to their pages; measurements of the outside data sets to their papers.
                #expect(
                    svg.links.allSatisfy {
                        $0.hasPrefix("/records/") || $0.hasPrefix("https://doi.org/")
                            || $0.hasPrefix("/families#family-")
                            || $0.hasPrefix("/methods#method-")
                    },
                    "\(name): \(svg.links.prefix(3))")
                if name == .arrhenius { #expect(svg.recordIDs.isEmpty && !svg.links.isEmpty) }
                if [.ragone, .ragone2D, .conductivity, .retention].contains(name) {
                    #expect(!svg.recordIDs.isEmpty, "\(name)")
                }
            }
        }
    }

    @Test("a figure follows the where filter and its options, and is byte for byte `mbatlas plot`")
    func figureMatchesCLI() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let threeD = Set(try store.records(try RecordQuery(where: "structure = 3D")).map(\.id))
        try await withAtlas(store: store) { client in
            let filtered = try await client.get("/api/v1/figures/ragone.svg?where=" + q("structure = 3D"))
            let ids = try SVGLinks(filtered.text).recordIDs
            #expect(!ids.isEmpty && ids.isSubset(of: threeD))
            #expect(filtered.text == (try CLIRunner.output(["plot", "ragone", "--where", "structure = 3D"])))
            let byMethod = try await client.get("/api/v1/figures/conductivity.svg?by=method&width=900")
            #expect(
                byMethod.text == (try CLIRunner.output(["plot", "conductivity", "--by", "method", "--width", "900"])))
            let volumetric = try await client.get("/api/v1/figures/ragone.svg?basis=volumetric")
            #expect(volumetric.text == (try CLIRunner.output(["plot", "ragone", "--basis", "volumetric"])))
            #expect(volumetric.text != (try await client.get("/api/v1/figures/ragone.svg")).text)
            let discharge = try await client.get("/api/v1/figures/discharge.svg?rates=1,5")
            #expect(discharge.text == (try CLIRunner.output(["plot", "discharge", "--rates", "1,5"])))
            // A design parameter simulates that design (the CLI takes it in a design file).
            let designed = try await client.get("/api/v1/figures/discharge.svg?cathode-thickness=2um&rates=1")
            #expect(designed.status == .ok)
            #expect(designed.text.contains("cell with cathode-thickness 2um"))
        }
    }

    @Test(
        "figure errors: unknown name 404, bad filter 400 (position), bad option 400 (parameter), nothing to draw 422"
    )
    func figureErrors() async throws {
        try await withAtlas { client in
            let unknown = try await client.get("/api/v1/figures/pie.svg")
            #expect(unknown.status == .notFound)
            #expect(
                try unknown.object() as NSDictionary == [
                    "error":
                        "unknown figure 'pie' (one of: "
                        + FigureName.allCases.map(\.rawValue).joined(separator: ", ") + ")"
                ] as NSDictionary)
            let bare = try await client.get("/api/v1/figures/ragone")
            #expect(bare.status == .notFound)
            #expect(
                (try bare.object()["error"] as? String)?.hasPrefix(
                    "figures are served as SVG: /api/v1/figures/NAME.svg") == true)
            let filter = try await client.get(
                "/api/v1/figures/ragone.svg?where=" + q("cycles > 10 and conductivty > 1"))
            #expect(filter.status == .badRequest)
            #expect(try filter.object()["position"] as? Int == 17)
            let basis = try await client.get("/api/v1/figures/ragone.svg?basis=cubic")
            #expect(basis.status == .badRequest)
            #expect(
                try basis.object() as NSDictionary == [
                    "error": "basis: areal or volumetric, found 'cubic'", "parameter": "basis",
                ] as NSDictionary)
            let width = try await client.get("/api/v1/figures/spider.svg?width=10")
            #expect(try width.object()["parameter"] as? String == "width")
            let typo = try await client.get("/api/v1/figures/ragone.svg?colour=red")
            #expect(typo.status == .badRequest)
            #expect(try typo.object()["parameter"] as? String == "colour")
            let empty = try await client.get("/api/v1/figures/ragone.svg?where=" + q("id = 9999"))
            #expect(empty.status == .unprocessableContent)
            #expect(
                try empty.object()["error"] as? String
                    == "ragone: no record in the selection has both an energy and a power density")
            let design = try await client.get("/api/v1/figures/discharge.svg?x0=3")
            #expect(design.status == .unprocessableContent)
            #expect(try design.object()["parameter"] as? String == "x0")
        }
    }

    @Test("a hostile record's text is escaped in every figure that shows it")
    func hostileRecordInFigures() async throws {
        let (store, id) = try hostileStore()
        try await withAtlas(store: store) { client in
            for name in ["retention", "conductivity"] {
                let r = try await client.get("/api/v1/figures/\(name).svg")
                #expect(r.status == .ok)
                #expect(try SVGLinks(r.text).recordIDs.contains(id), "\(name) lacks the record")
                #expect(!containsHostileMarkup(r.text), "\(name)")
                #expect(r.text.contains("&lt;b&gt;LiPON&lt;/b&gt;"), "\(name)")
            }
            let page = try await client.get("/figures")
            #expect(!containsHostileMarkup(page.text))
        }
    }

    @Test("screening is byte for byte `mbatlas screen --format json`, with the same options")
    func screenMatchesCLI() async throws {
        try await withAtlas { client in
            let plain = try await client.get("/api/v1/screen")
            #expect(plain.status == .ok)
            #expect(plain.text == (try CLIRunner.output(["screen", "--format", "json"])))
            let query =
                "min-conductivity=1uS/cm&target-conductivity=none&class=glass&window=0-4.5V&max-process-temperature="
                + q("400 C") + "&conformal-3d=true&where=" + q("structure = 3D")
            let given = try await client.get("/api/v1/screen?" + query)
            #expect(given.status == .ok)
            let cli = try CLIRunner.output([
                "screen", "--min-conductivity", "1uS/cm", "--target-conductivity", "none", "--class", "glass",
                "--window", "0-4.5V",
                "--max-process-temperature", "400 C", "--conformal-3d", "--where", "structure = 3D", "--format", "json",
            ])
            #expect(given.text == cli)
            let families = try await client.get("/api/v1/screen?families-only")
            #expect(families.text == (try CLIRunner.output(["screen", "--families-only", "--format", "json"])))
            #expect(
                try families.object()["candidates"].map {
                    ($0 as? [[String: Any]])?.allSatisfy { $0["kind"] as? String == "family" }
                } == true)
        }
    }

    @Test("screening errors name the parameter (400); a bad filter has its position")
    func screenErrors() async throws {
        try await withAtlas { client in
            let cases: [(String, String, String)] = [
                (
                    "min-conductivity=" + q("5 mAh/g"), "min-conductivity",
                    "min-conductivity: 'mAh/g' is not a conductivity unit at column 3"
                ),
                ("class=ceramic", "class", "class: unknown class 'ceramic' (polymer, crystalline or glass)"),
                ("window=5V", "window", "window: expected a voltage range such as 0-5 V, found '5V'"),
                ("conformal-3d=maybe", "conformal-3d", "conformal-3d: expected true or false, found 'maybe'"),
            ]
            for (query, parameter, message) in cases {
                let r = try await client.get("/api/v1/screen?" + query)
                #expect(r.status == .badRequest, "\(query)")
                #expect(
                    try r.object() as NSDictionary == ["error": message, "parameter": parameter] as NSDictionary,
                    "\(query)")
            }
            // A sign with no number once crashed the number parser, and with it the server.
            let sign = try await client.get("/api/v1/screen?min-conductivity=-x")
            #expect(sign.status == .badRequest)
            #expect(try sign.object()["parameter"] as? String == "min-conductivity")
            #expect(try await client.get("/healthz").status == .ok)
            let typo = try await client.get("/api/v1/screen?limit=3")
            #expect(typo.status == .badRequest)
            #expect(
                (try typo.object()["error"] as? String)?.hasPrefix("limit: unknown parameter (known: min-conductivity")
                    == true)
            let filter = try await client.get("/api/v1/screen?where=" + q("family = nope"))
            #expect(filter.status == .badRequest)
            #expect(try filter.object()["position"] as? Int == 10)
        }
    }

    @Test("ranking is byte for byte `mbatlas rank --format json`; bad objectives are 400 naming `by`")
    func rankMatchesCLI() async throws {
        try await withAtlas { client in
            let plain = try await client.get("/api/v1/rank")
            #expect(plain.status == .ok)
            #expect(plain.text == (try CLIRunner.output(["rank", "--format", "json"])))
            let given = try await client.get("/api/v1/rank?by=capacity,conductivity&where=" + q("class = glass"))
            #expect(
                given.text
                    == (try CLIRunner.output([
                        "rank", "--by", "capacity,conductivity", "--where", "class = glass", "--format", "json",
                    ])))
            let unknown = try await client.get("/api/v1/rank?by=capacity,speed")
            #expect(unknown.status == .badRequest)
            #expect(
                try unknown.object() as NSDictionary == [
                    "error":
                        "by: unknown objective 'speed' (one of: capacity, cycle-life, conductivity, energy, power)",
                    "parameter": "by",
                ] as NSDictionary)
            let one = try await client.get("/api/v1/rank?by=capacity")
            #expect(one.status == .badRequest)
            #expect(try one.object()["parameter"] as? String == "by")
        }
    }

    @Test("family and method statistics are `mbatlas families/methods --format json`; the lists carry them too")
    func statisticsMatchCLI() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let lipon = try store.records(try RecordQuery(where: "family = LiPON")).filter { $0.record.family == .lipon }
            .count
        try await withAtlas(store: store) { client in
            let families = try await client.get("/api/v1/families/statistics")
            #expect(families.text == (try CLIRunner.output(["families", "--format", "json"])))
            let methods = try await client.get("/api/v1/methods/statistics?where=" + q("structure = 3D"))
            #expect(
                methods.text == (try CLIRunner.output(["methods", "--where", "structure = 3D", "--format", "json"])))
            let list = try await client.get("/api/v1/families").array()
            let entry = try #require(list.first { $0["id"] as? String == "LiPON" })
            #expect((entry["statistics"] as? [String: Any])?["count"] as? Int == lipon)
            #expect(list.first { $0["is_class"] as? Bool == true }?["statistics"] is NSNull)
            let techniques = try await client.get("/api/v1/methods").array()
            #expect(techniques.contains { ($0["statistics"] as? [String: Any])?["count"] as? Int ?? 0 > 0 })
            let bad = try await client.get("/api/v1/families/statistics?where=" + q("cycles >"))
            #expect(bad.status == .badRequest)
            #expect(try bad.object()["position"] != nil)
        }
    }

    @Test("a record's detail is `mbatlas show --format json`, derived values with provenance included")
    func recordDetailMatchesCLI() async throws {
        try await withAtlas { client in
            for id in [1, 44] {
                let r = try await client.get("/api/v1/records/\(id)")
                #expect(r.text == (try CLIRunner.output(["show", String(id), "--format", "json"])))
                let derived = try #require(try r.object()["derived"] as? [String: Any])
                let fade = try #require(derived["fade_per_cycle"] as? [String: Any])
                #expect(fade["provenance"] as? String != nil && !((fade["inputs"] as? [String]) ?? []).isEmpty)
            }
        }
    }
}
