import AtlasAnalysis
import AtlasFigures
import AtlasStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import AtlasWeb

@Suite("Pages of figures, screening, statistics and derived values")
struct AnalysisPageTests {
    /// The inline `<svg>` documents of a page.
    static func inlineSVGs(_ page: String) -> [String] {
        page.components(separatedBy: "<svg ").dropFirst().map {
            "<svg " + ($0.components(separatedBy: "</svg>").first ?? "") + "</svg>"
        }
    }

    @Test("the navigation bar has every section, the new ones included")
    func navigation() async throws {
        try await withAtlas { client in
            let home = try await client.get("/").text
            for (path, title) in [
                ("/figures", "Figures"), ("/screen", "Screening"), ("/conductivity", "Conductivity"),
                ("/simulate", "Simulator"),
            ] {
                #expect(home.contains("<a href=\"\(path)\">\(title)</a>"), "\(path)")
            }
            let figures = try await client.get("/figures").text
            #expect(figures.contains("<a href=\"/figures\" aria-current=\"page\">Figures</a>"))
        }
    }

    @Test("/figures draws every figure inline; marks link to record pages; the filter is kept and followed")
    func figuresPage() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let threeD = Set(try store.records(try RecordQuery(where: "structure = 3D")).map(\.id))
        try await withAtlas(store: store) { client in
            let all = try await client.get("/figures")
            #expect(all.status == .ok)
            let svgs = Self.inlineSVGs(all.text)
            // Every figure but the Arrhenius plot, which is of one composition and needs one.
            let drawn = FigureName.allCases.filter { $0 != .arrhenius }
            #expect(svgs.count == drawn.count)
            for name in drawn { #expect(all.text.contains("id=\"figure-\(name.rawValue)\"")) }
            #expect(!all.text.contains("id=\"figure-arrhenius\""))
            let arrhenius = try await client.get("/figures?composition=Li3OCl")
            #expect(arrhenius.text.contains("id=\"figure-arrhenius\""))
            #expect(Self.inlineSVGs(arrhenius.text).count == FigureName.allCases.count)
            #expect(all.text.contains("href=\"/api/v1/figures/ragone.svg\""))
            let ragone = try SVGLinks(svgs[0])
            #expect(ragone.markCount > 20 && !ragone.recordIDs.isEmpty)
            let filtered = try await client.get("/figures?where=" + q("structure = 3D") + "&basis=volumetric")
            #expect(filtered.text.contains("value=\"structure = 3D\""))
            #expect(filtered.text.contains("<option value=\"volumetric\" selected>"))
            #expect(
                filtered.text.contains(
                    "href=\"/api/v1/figures/ragone.svg?where=structure%20%3D%203D&amp;basis=volumetric\""))
            let ids = Self.inlineSVGs(filtered.text).map { (try? SVGLinks($0).recordIDs) ?? [] }.reduce(Set<Int>()) {
                $0.union($1)
            }
            #expect(!ids.isEmpty && ids.isSubset(of: threeD))
            // A figure with nothing to draw says why and the others are still drawn.
            let none = try await client.get("/figures?where=" + q("class = crystalline"))
            #expect(none.status == .ok)
            #expect(none.text.contains("This figure cannot be drawn for this selection"))
            #expect(Self.inlineSVGs(none.text).count >= 3)
            let bad = try await client.get("/figures?where=" + q("cycles > 10 and conductivty > 1"))
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("<span class=\"caret\">" + String(repeating: " ", count: 16) + "^</span>"))
            #expect(Self.inlineSVGs(bad.text).isEmpty)
        }
    }

    @Test("the home page shows the Ragone plot and the spider chart inline")
    func homeFigures() async throws {
        try await withAtlas { client in
            let home = try await client.get("/").text
            let svgs = Self.inlineSVGs(home)
            #expect(svgs.count == 2)
            #expect(home.contains("id=\"figure-ragone\"") && home.contains("id=\"figure-spider\""))
            #expect(try !SVGLinks(svgs[0]).recordIDs.isEmpty)
        }
    }

    @Test("/screen shows each criterion's verdict with its value and source, and the Pareto front")
    func screenPage() async throws {
        try await withAtlas { client in
            let r = try await client.get("/screen")
            #expect(r.status == .ok)
            for outcome in ["pass", "fail", "unknown"] {
                #expect(r.text.contains("<span class=\"badge \(outcome)\">\(outcome)</span>"))
            }
            #expect(r.text.contains("Table 2, entry 39 (ref. 32)"))
            #expect(r.text.contains("href=\"/families#family-lipon\""))
            #expect(r.text.contains("<h2 id=\"pareto\">Pareto front of the cells</h2>"))
            #expect(r.text.contains("href=\"/api/v1/screen\""))
            let options = try await client.get(
                "/screen?min-conductivity=1uS/cm&class=glass&families-only=true&by=capacity,conductivity")
            #expect(options.text.contains("value=\"1uS/cm\""))
            #expect(options.text.contains("Criteria: ionic conductivity ≥ 10⁻⁶ S cm⁻¹;"))
            #expect(!options.text.contains("(entry "))
            #expect(options.text.contains("Objectives: capacity, conductivity."))
            let bad = try await client.get("/screen?min-conductivity=" + q("<b>fast</b>"))
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("This cannot be screened: </strong>min-conductivity: "))
            #expect(!bad.text.contains("<b>fast"))
        }
    }

    @Test("families and methods pages show the statistics of their records")
    func statisticsPages() async throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let groups = GroupStatistics.byFamily(try store.records(RecordQuery()).map(\.record))
        let lipon = try #require(groups.first { $0.key == "LiPON" })
        try await withAtlas(store: store) { client in
            let families = try await client.get("/families").text
            #expect(families.contains("<h2 id=\"statistics\">Statistics of the records by family</h2>"))
            #expect(
                families.contains(
                    "<th scope=\"row\"><a href=\"#family-lipon\">LiPON</a></th><td class=\"num\">\(lipon.count)</td>"))
            #expect(families.contains(Format.number(lipon.conductivity?.median, digits: 2)))
            let methods = try await client.get("/methods").text
            #expect(methods.contains("<h2 id=\"statistics\">Statistics of the records by method</h2>"))
            #expect(methods.contains("href=\"/api/v1/methods/statistics\""))
        }
    }

    @Test("spider-chart marks link to their family's section and technique rows to their method's section")
    func familyAndTechniqueMarksLink() async throws {
        try await withAtlas { client in
            let families = try await client.get("/families").text
            let methods = try await client.get("/methods").text
            for (figure, page, text) in [("spider", "/families", families), ("techniques", "/methods", methods)] {
                let svg = try await client.get("/api/v1/figures/\(figure).svg").text
                let targets = Set(
                    svg.components(separatedBy: "href=\"").dropFirst().compactMap {
                        $0.split(separator: "\"").first.map(String.init)
                    })
                #expect(!targets.isEmpty, "\(figure) has no links")
                for target in targets {
                    let parts = target.split(separator: "#", maxSplits: 1).map(String.init)
                    #expect(parts.first == page, "\(figure): \(target)")
                    #expect(parts.count == 2 && text.contains("id=\"\(parts[1])\""), "\(figure): no section \(target)")
                }
            }
        }
    }

    @Test("a record page lists its derived values with their formulas and inputs")
    func derivedValues() async throws {
        try await withAtlas { client in
            let r = try await client.get("/records/1").text
            #expect(r.contains("<h2 id=\"derived\">Derived values</h2>"))
            #expect(r.contains("<th scope=\"row\">fade per cycle</th>"))
            #expect(r.contains("1 − (retention/100)^(1/cycles)"))
            #expect(r.contains("<li>retention 99% (Table 2)</li>"))
        }
    }
}
