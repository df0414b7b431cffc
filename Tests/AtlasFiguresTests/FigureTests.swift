import AtlasAnalysis
import AtlasData
import AtlasPhysics
import AtlasStore
import Foundation
import Testing

@testable import AtlasFigures

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Elements of an SVG document, read with XMLParser (so the SVG must be well-formed XML).
final class SVGElements: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
    }

    var elements: [Element] = []
    /// Character data of each `<text>` and `<tspan>`, in document order (visible text).
    var texts: [String] = []
    private var open: [String] = []
    private var buffer = ""

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw CocoaError(
                .fileReadCorruptFile,
                userInfo: [NSDebugDescriptionErrorKey: parser.parserError.map { "\($0)" } ?? "malformed SVG"])
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: name, attributes: attributes))
        flushText()
        open.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        flushText()
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if open.last == "text" || open.last == "tspan" { buffer += string }
    }

    private func flushText() {
        if !buffer.isEmpty { texts.append(buffer) }
        buffer = ""
    }

    /// Marks of records: elements whose `data-id` is `record-N`.
    var recordMarks: [Element] { elements.filter { $0.attributes["data-id"]?.hasPrefix("record-") == true } }

    var plotArea: (x: Double, y: Double, w: Double, h: Double)? {
        elements.first { $0.name == "rect" && $0.attributes["class"] == "plot-area" }.flatMap { r in
            guard let x = Double(r.attributes["x"] ?? ""), let y = Double(r.attributes["y"] ?? ""),
                let w = Double(r.attributes["width"] ?? ""), let h = Double(r.attributes["height"] ?? "")
            else { return nil }
            return (x, y, w, h)
        }
    }
}

@Suite("The review's figures from data")
struct FigureTests {
    static let store = Result { try SQLiteRecordStore(inMemory: true) }

    func context(_ filter: String? = nil) throws -> FigureContext {
        let store = try Self.store.get()
        return FigureContext(
            records: try store.records(RecordQuery(where: filter)), review: try store.review(), filter: filter)
    }

    /// Well-formed XML, and every coordinate attribute a finite number.
    func check(_ figure: AtlasFigure) throws -> SVGElements {
        let svg = try SVGElements(figure.svg)
        let numeric = ["x", "y", "cx", "cy", "r", "width", "height", "x1", "x2", "y1", "y2"]
        for element in svg.elements {
            for name in numeric {
                if let v = element.attributes[name] {
                    #expect(Double(v)?.isFinite == true, "\(element.name) \(name)=\(v)")
                }
            }
            for name in ["d", "points"] {
                if let v = element.attributes[name]?.lowercased() {
                    #expect(!v.contains("nan") && !v.contains("inf"), "\(element.name) \(name)")
                }
            }
        }
        return svg
    }

    @Test("Ragone: one mark per record with an energy/power pair, each inside the plot, linked and titled")
    func ragone() throws {
        let ctx = try context()
        let figure = try Figures.render(.ragone, ctx)
        let svg = try check(figure)
        let calculator = MetricsCalculator()
        let expected = ctx.records.filter {
            let m = calculator.metrics(for: $0.record)
            return (m.energyAreal?.value ?? 0) > 0 && (m.powerAreal?.value ?? 0) > 0
        }.map(\.id)
        #expect(Set(svg.recordMarks.compactMap { $0.attributes["data-id"] }) == Set(expected.map { "record-\($0)" }))
        #expect(svg.recordMarks.count == expected.count)
        #expect(figure.recordIDs.sorted() == expected.sorted())
        #expect(
            svg.elements.filter { $0.name == "a" }.compactMap { $0.attributes["href"] }.contains(
                "/records/\(expected[0])"))
        #expect(svg.elements.contains { $0.name == "title" })
        try expectInsidePlot(svg, "ragone")
    }

    /// Every record mark lies in the plot area (within a mark's size): the axes' ranges hold all points.
    func expectInsidePlot(_ svg: SVGElements, _ name: String) throws {
        let area = try #require(svg.plotArea, "\(name) has no plot area")
        for mark in svg.recordMarks {
            // Circles have a centre; other shapes are paths, placed at the centre of their points' box.
            let numbers = (mark.attributes["d"] ?? "").split(whereSeparator: { !"0123456789.-".contains($0) })
                .compactMap { Double($0) }
            let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
            let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
            let boxX = xs.min().flatMap { lo in xs.max().map { (lo + $0) / 2 } }
            let boxY = ys.min().flatMap { lo in ys.max().map { (lo + $0) / 2 } }
            let x = try #require(
                Double(mark.attributes["cx"] ?? mark.attributes["x"] ?? "") ?? boxX, "\(name): a mark without x")
            let y = try #require(
                Double(mark.attributes["cy"] ?? mark.attributes["y"] ?? "") ?? boxY, "\(name): a mark without y")
            #expect(
                x >= area.x - 6 && x <= area.x + area.w + 6 && y >= area.y - 6 && y <= area.y + area.h + 6,
                "\(name): \(mark.attributes["data-id"] ?? "?") at (\(x), \(y)) outside \(area)")
        }
    }

    @Test("Ragone follows the filter: 3D cells only")
    func ragoneFiltered() throws {
        let figure = try Figures.render(.ragone, try context("structure = 3D"))
        let store = try Self.store.get()
        let threeD = Set(try store.records(RecordQuery(where: "structure = 3D")).map(\.id))
        #expect(Set(figure.recordIDs).isSubset(of: threeD))
        #expect(figure.svg.contains("Records matching: structure = 3D"))
    }

    @Test("Ragone 2D: only planar cells, classed by cathode thickness")
    func ragone2D() throws {
        let ctx = try context()
        let figure = try Figures.render(.ragone2D, ctx)
        let planar = Set(ctx.records.filter { $0.record.structure.architecture == .planar }.map(\.id))
        #expect(Set(figure.recordIDs).isSubset(of: planar))
        #expect(figure.svg.contains("cathode thickness not stated"))
        try expectInsidePlot(try check(figure), "ragone-2d")
    }

    @Test("retention and conductivity plots mark every record with the data they need, inside the plot")
    func retentionAndConductivity() throws {
        let ctx = try context()
        let retention = try Figures.render(.retention, ctx)
        let expected = ctx.records.filter { ($0.record.primary.cycles ?? 0) > 0 && $0.record.primary.retention != nil }
        let retentionSVG = try check(retention)
        #expect(
            Set(retentionSVG.recordMarks.compactMap { $0.attributes["data-id"] })
                == Set(expected.map { "record-\($0.id)" }))
        try expectInsidePlot(retentionSVG, "retention")
        let conductivity = try Figures.render(.conductivity, ctx)
        let withSigma = ctx.records.filter { $0.record.conductivity.contains { $0.quantity != nil } }
        let conductivitySVG = try check(conductivity)
        #expect(conductivitySVG.recordMarks.count == withSigma.count)
        try expectInsidePlot(conductivitySVG, "conductivity")
    }

    @Test("spider: every axis value lies in 0–1 and is computed from the family profiles")
    func spider() throws {
        let review = try ReviewDataset.bundled()
        for profile in review.families {
            let classProfile = review.families.first { $0.id == profile.electrolyteClass.rawValue }
            for v in SpiderFigure.values(profile, classProfile: profile.isClass ? nil : classProfile) {
                if let v { #expect(v.value >= 0 && v.value <= 1, "\(profile.id)") }
            }
        }
        let lipon = try #require(review.families.first { $0.id == "LiPON" })
        let values = SpiderFigure.values(lipon, classProfile: nil)
        // σ typical 3 × 10⁻⁶ S cm⁻¹ → (log₁₀ 3e-6 + 8)/6; σₑ 10⁻¹⁴ → 1; window 0–5.5 V covers 0–5 V → 1.
        #expect(abs((values[0]?.value ?? -1) - (log10(3e-6) + 8) / 6) < 1e-12)
        #expect(values[1]?.value == 1)
        #expect(values[2]?.value == 1)
        _ = try check(try Figures.render(.spider, try context()))
    }

    @Test("techniques: one row per technique the review describes")
    func techniques() throws {
        let figure = try Figures.render(.techniques, try context())
        let svg = try check(figure)
        let rows = svg.elements.filter { $0.attributes["data-id"]?.hasPrefix("technique-") == true }
        #expect(!rows.isEmpty)
        #expect(figure.svg.contains("Atomic layer deposition"))
    }

    @Test("a filter that leaves nothing to draw is a clear error")
    func nothingToDraw() throws {
        #expect(throws: FigureError.self) { try Figures.render(.ragone, try context("ref = 1")) }
    }

    @Test("Ragone and spider match their golden SVGs (re-record with RECORD_SNAPSHOTS=1)")
    func snapshots() throws {
        let ctx = try context()
        try Golden.expect(try Figures.render(.ragone, ctx).svg, matches: "ragone")
        try Golden.expect(try Figures.render(.spider, ctx).svg, matches: "spider")
    }
}

/// Byte-for-byte comparison with `__Snapshots__/NAME.svg`.
enum Golden {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    }

    static func expect(_ svg: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name + ".svg")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try svg.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(
            svg == golden, "\(name).svg differs from its golden file; inspect and re-record with RECORD_SNAPSHOTS=1",
            sourceLocation: sourceLocation)
    }
}

@Suite("Figure options as text (the CLI's options, the API's parameters)")
struct FigureOptionsTests {
    static let store = Result { try SQLiteRecordStore(inMemory: true) }

    @Test("options read into the context; bad ones name the option")
    func options() throws {
        let store = try Self.store.get()
        let records = try store.records(RecordQuery())
        let review = try store.review()
        let context = try FigureOptions(basis: "volumetric", by: "METHOD", families: "LiPON, glass", width: "640")
            .context(for: .ragone, records: records, review: review, filter: nil)
        #expect(context.basis == .volumetric && context.groupBy == .method && context.width == 640)
        #expect(context.families == ["LiPON", "glass"] && context.simulation == nil)
        #expect(throws: FigureOptionError.option(.basis, "areal or volumetric, found 'x'")) {
            try FigureOptions(basis: "x").context(for: .ragone, records: records, review: review, filter: nil)
        }
        #expect(throws: FigureOptionError.option(.width, "between 400 and 4000 px, found '99'")) {
            try FigureOptions(width: "99").context(for: .ragone, records: records, review: review, filter: nil)
        }
        #expect(throws: FigureOptionError.option(.by, "family or method, found 'ref'")) {
            try FigureOptions(by: "ref").context(for: .conductivity, records: records, review: review, filter: nil)
        }
    }

    @Test("marks link with the prefix and suffix given (a static report's files)")
    func links() throws {
        let store = try Self.store.get()
        let context = try FigureOptions().context(
            for: .ragone, records: try store.records(RecordQuery()), review: try store.review(), filter: nil,
            linkPrefix: "../records/", linkSuffix: ".html")
        let figure = try Figures.render(.ragone, context)
        let links = try SVGElements(figure.svg).elements.filter { $0.name == "a" }.compactMap { $0.attributes["href"] }
        #expect(links.count == figure.recordIDs.count && !links.isEmpty)
        #expect(links.allSatisfy { $0.hasPrefix("../records/") && $0.hasSuffix(".html") })
    }

    @Test("discharge simulates the default cell, or the design given, named by its settings")
    func simulation() throws {
        let store = try Self.store.get()
        let review = try store.review()
        let plain = try FigureOptions().context(for: .discharge, records: [], review: review, filter: nil)
        #expect(plain.simulation?.name == FigureOptions.defaultCellName)
        #expect(plain.simulation?.discharges.rates == RagoneCurve.standardRates)
        let designed = FigureOptions(
            simulation: SimulationRequest(settings: [(key: "cathode-thickness", value: "2um")], rates: "1,5"))
        let context = try designed.context(for: .discharge, records: [], review: review, filter: nil)
        #expect(context.simulation?.name == "cell with cathode-thickness 2um")
        #expect(context.simulation?.discharges.rates == [1, 5])
        #expect(throws: FigureOptionError.self) {
            try FigureOptions(simulation: SimulationRequest(settings: [(key: "x0", value: "3")]))
                .context(for: .discharge, records: [], review: review, filter: nil)
        }
    }
}
