import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasStore
import AtlasTestSupport
import Foundation
import Testing

@testable import AtlasFigures

/// A store with the bundled data (review records, review and OBELiX measurements) and an
/// imported source `lab` of Li3OCl studies with known activation energies.
enum LabStore {
    static let kB = ArrheniusFit.boltzmannConstant

    /// σ(T) = (A/T)·exp(−Eₐ/k_B T), scattered by the given factors (σT form, as the figure fits).
    static func sigma(_ celsius: Double, ea: Double, a: Double, scatter: Double = 1) -> Double {
        let t = celsius + 273.15
        return a / t * exp(-ea / (kB * t)) * scatter
    }

    static func measurement(
        _ printed: String, doi: String, celsius: Double, sigma: Double,
        qualifier: ConductivityMeasurement.Qualifier = .exact, line: Int
    ) -> ConductivityMeasurement {
        ConductivityMeasurement(
            source: "lab", location: "line \(line)", compositionPrinted: printed,
            composition: CompositionKey.parse(printed),
            family: .antiPerovskite, familyLabel: "Anti-Perovskite",
            temperature: Temperature(canonical: celsius + 273.15),
            temperatureBasis: .stated, conductivity: Conductivity(canonical: sigma), qualifier: qualifier, doi: doi)
    }

    /// Study A: 4 temperatures, Eₐ 0.35 eV; B: 3 temperatures, 0.50 eV; C: two distinct temperatures
    /// (no fit); D: an upper bound (not drawn); E: Li6O2Cl2, the same composition per atom,
    /// 3 temperatures, 0.42 eV.
    static let measurements: [ConductivityMeasurement] = {
        var all: [ConductivityMeasurement] = []
        var line = 2
        func add(
            _ printed: String, _ doi: String, _ c: Double, _ s: Double, _ q: ConductivityMeasurement.Qualifier = .exact
        ) {
            all.append(measurement(printed, doi: doi, celsius: c, sigma: s, qualifier: q, line: line))
            line += 1
        }
        for (c, f) in [(25.0, 1.03), (60, 0.97), (100, 1.02), (150, 0.99)] {
            add("Li3OCl", "10.9999/a", c, sigma(c, ea: 0.35, a: 2e4, scatter: f))
        }
        for c in [30.0, 80, 130] { add("Li3OCl", "10.9999/b", c, sigma(c, ea: 0.50, a: 5e5)) }
        for c in [25.0, 25, 50] { add("Li3OCl", "10.9999/c", c, sigma(c, ea: 0.3, a: 1e3)) }
        add("Li3OCl", "10.9999/d", 40, 1e-8, .upperBound)
        for c in [20.0, 70, 120] { add("Li6O2Cl2", "10.9999/e", c, sigma(c, ea: 0.42, a: 1e5)) }
        return all
    }()

    static let source = MeasurementSource(
        id: "lab", name: "Lab book 3", kind: .imported, licence: nil, attribution: "the tests",
        reference: nil, origin: "LabStore", importFile: "lab.csv", importedAt: Date(timeIntervalSince1970: 0))

    static let store = Result { () throws -> SQLiteRecordStore in
        let store = try SQLiteRecordStore(inMemory: true)
        _ = try store.replaceMeasurements(of: source, with: measurements)
        return store
    }

    static func context(composition: String? = nil, measurements: [StoredMeasurement] = []) throws -> FigureContext {
        let store = try store.get()
        return FigureContext(
            records: try store.records(RecordQuery()), review: try store.review(), measurements: measurements,
            measurementSources: try store.measurementSources().map(\.source),
            composition: try composition.map { try store.measurements(ofComposition: $0) })
    }
}

extension SVGElements {
    /// Marks of measurements: elements whose `data-id` is `measurement-N`, by N.
    var measurementMarks: [Int: Element] {
        var marks: [Int: Element] = [:]
        for e in elements {
            guard let id = e.attributes["data-id"], id.hasPrefix("measurement-"), let n = Int(id.dropFirst(12)) else {
                continue
            }
            marks[n] = e
        }
        return marks
    }

    /// Fitted lines (`<path class="series-line">`) by their series name.
    var seriesLines: [(name: String, xs: [Double])] {
        elements.filter { $0.name == "path" && $0.attributes["class"] == "series-line" }.map { e in
            let numbers = (e.attributes["d"] ?? "").split(whereSeparator: { "MLZ ,".contains($0) }).compactMap {
                Double($0)
            }
            return (e.attributes["data-series"] ?? "", stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] })
        }
    }
}

/// Centre of a mark: `cx`/`cy` for circles, else the middle of its path's points.
func centre(_ mark: SVGElements.Element) -> (x: Double, y: Double)? {
    if let x = Double(mark.attributes["cx"] ?? ""), let y = Double(mark.attributes["cy"] ?? "") { return (x, y) }
    if let x = Double(mark.attributes["x"] ?? ""), let y = Double(mark.attributes["y"] ?? ""),
        let w = Double(mark.attributes["width"] ?? ""), let h = Double(mark.attributes["height"] ?? "")
    {
        return (x + w / 2, y + h / 2)
    }
    let numbers = (mark.attributes["d"] ?? mark.attributes["points"] ?? "")
        .split(whereSeparator: { "MLZHVmlzhv ,".contains($0) }).compactMap { Double($0) }
    guard numbers.count >= 2 else { return nil }
    let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
    let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
    return ((xs.min()! + xs.max()!) / 2, (ys.min()! + ys.max()!) / 2)
}

@Suite("Arrhenius figure")
struct ArrheniusFigureTests {
    @Test("one fitted line per study with ≥ 3 temperatures, over that study's own 1000/T range")
    func linesPerFittedStudy() throws {
        let ctx = try LabStore.context(composition: "Li3OCl")
        let lookup = try #require(ctx.composition)
        let figure = try Figures.render(.arrhenius, ctx)
        let svg = try SVGElements(figure.svg)
        let fits = SeriesFit.all(lookup.measurements.map(\.measurement))
        // A, B and E (Li6O2Cl2 is Li3OCl per atom); C has two distinct temperatures, OBELiX one.
        #expect(fits.count == 3)
        let lines = svg.seriesLines
        #expect(lines.count == fits.count)
        let marks = svg.measurementMarks
        for doi in ["10.9999/a", "10.9999/b", "10.9999/e"] {
            let line = try #require(lines.first { $0.name.contains("doi:\(doi)") }, "no line for \(doi)")
            let ids = lookup.measurements.filter { $0.measurement.doi == doi }.map(\.id)
            let xs = try ids.map { try #require(marks[$0].flatMap(centre)).x }
            #expect(abs(line.xs.min()! - xs.min()!) < 0.5 && abs(line.xs.max()! - xs.max()!) < 0.5, "\(doi)")
        }
        #expect(!lines.contains { $0.name.contains("10.9999/c") })
    }

    @Test("marks equal the point measurements: bounds left out and said so; each mark finite and inside the plot")
    func marksEqualMeasurements() throws {
        let ctx = try LabStore.context(composition: "Li3OCl")
        let lookup = try #require(ctx.composition)
        let figure = try Figures.render(.arrhenius, ctx)
        let svg = try SVGElements(figure.svg)
        let expected = Set(lookup.measurements.filter { $0.measurement.qualifier.isPointValue }.map(\.id))
        #expect(lookup.measurements.count == expected.count + 1)
        #expect(Set(svg.measurementMarks.keys) == expected)
        #expect(figure.svg.contains("1 bound or range not drawn"))
        let area = try #require(svg.plotArea)
        for (id, mark) in svg.measurementMarks {
            let c = try #require(centre(mark), "mark \(id) has no position")
            #expect(c.x.isFinite && c.y.isFinite)
            #expect(c.x >= area.x - 0.5 && c.x <= area.x + area.w + 0.5, "mark \(id) x \(c.x)")
            #expect(c.y >= area.y - 0.5 && c.y <= area.y + area.h + 0.5, "mark \(id) y \(c.y)")
        }
        for line in svg.seriesLines {
            #expect(line.xs.allSatisfy { $0.isFinite && $0 >= area.x - 0.5 && $0 <= area.x + area.w + 0.5 })
        }
        // Hotter is further left on 1000/T: study A's marks run right to left as T rises.
        let a = lookup.measurements.filter { $0.measurement.doi == "10.9999/a" }
            .sorted { $0.measurement.temperature < $1.measurement.temperature }
        let xs = try a.map { try #require(svg.measurementMarks[$0.id].flatMap(centre)).x }
        #expect(xs == xs.sorted(by: >))
    }

    @Test("the legend gives each fit's Eₐ ± standard error in eV, recovering the Eₐ the data were made with")
    func legendActivationEnergies() throws {
        let ctx = try LabStore.context(composition: "Li3OCl")
        let lookup = try #require(ctx.composition)
        let svg = try SVGElements(try Figures.render(.arrhenius, ctx).svg)
        let fits = SeriesFit.all(lookup.measurements.map(\.measurement))
        for fit in fits {
            let ea = MeasurementText.energy(
                fit.sigmaT.activationEnergy.canonical, error: fit.sigmaT.activationEnergyError.canonical)
            #expect(
                svg.texts.contains { $0.contains("doi:\(fit.series.paper)") && $0.hasSuffix("Eₐ = \(ea)") }, "\(ea)")
        }
        let byPaper = Dictionary(
            uniqueKeysWithValues: fits.map { ($0.series.paper, $0.sigmaT.activationEnergy.canonical) })
        #expect(abs(byPaper["10.9999/a"]! - 0.35) < 0.01)
        #expect(abs(byPaper["10.9999/b"]! - 0.50) < 1e-9)
        #expect(abs(byPaper["10.9999/e"]! - 0.42) < 1e-9)
        #expect(svg.texts.contains("Temperature (°C)"))
        #expect(svg.texts.contains { $0.contains("(2 temperatures, no fit)") })
    }

    @Test("nothing to draw is one clear error: no composition, no match, only bounds")
    func errors() throws {
        #expect(throws: FigureError.self) { try Figures.render(.arrhenius, try LabStore.context()) }
        let none = try LabStore.context(composition: "Li2Zn9O9")
        #expect(
            throws: FigureError(
                figure: "arrhenius",
                reason: "no measurement of 'Li2Zn9O9' in any source (matched per atom as Li2Zn9O9); "
                    + "mbatlas conductivity --where 'composition ~ …' searches by text")
        ) { try Figures.render(.arrhenius, none) }
        var bounds = try LabStore.context(composition: "Li3OCl")
        let lookup = try #require(bounds.composition)
        bounds.composition = CompositionLookup(
            query: "Li3OCl", method: lookup.method,
            measurements: lookup.measurements.filter { $0.measurement.qualifier == .upperBound })
        #expect(throws: FigureError.self) { try Figures.render(.arrhenius, bounds) }
    }

    @Test("a hand-made context with a value that cannot be placed draws the rest and says so")
    func invalidValues() throws {
        var ctx = try LabStore.context(composition: "Li3OCl")
        let lookup = try #require(ctx.composition)
        let bad = StoredMeasurement(
            id: 999_999,
            measurement: LabStore.measurement("Li3OCl", doi: "10.9999/a", celsius: 40, sigma: -1, line: 99))
        ctx.composition = CompositionLookup(
            query: lookup.query, method: lookup.method, measurements: lookup.measurements + [bad])
        let figure = try Figures.render(.arrhenius, ctx)
        #expect(figure.svg.contains("1 value not positive and finite, not drawn"))
        #expect(try SVGElements(figure.svg).measurementMarks[999_999] == nil)
        #expect(try SVGElements(figure.svg).seriesLines.count == 3)
    }

    @Test("energies: the error to 2 significant digits and the value to the same decimal")
    func energyText() {
        #expect(MeasurementText.energy(0.2304, error: 0.0171) == "0.230 ± 0.017 eV")
        #expect(MeasurementText.energy(0.3692, error: 0.0093) == "0.3692 ± 0.0093 eV")
        #expect(MeasurementText.energy(0.42, error: 0.12) == "0.42 ± 0.12 eV")
        #expect(MeasurementText.energy(0.5, error: 0) == "0.500 eV")
        #expect(MeasurementText.energy(0.5, error: 1e-17) == "0.500 eV")
        #expect(MeasurementText.energy(-0.089, error: 0.05) == "−0.089 ± 0.050 eV")
    }

    /// Li0.5La0.5TiO3 in the Liverpool set: three studies with 3–6 temperatures each
    /// (doi:10.1016/j.jallcom.2009.07.091, 10.1016/j.ssi.2008.08.013, 10.1016/j.ssi.2009.08.002).
    @Test(
        "real data: Li0.5La0.5TiO3 from the Liverpool set and OBELiX, three fitted studies",
        .enabled(if: SharedDatasets.hasLiverpool, "shared/datasets/liverpool-ionics not found (set ATLAS_SHARED)"))
    func liverpool() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let table = try LiverpoolDataset.read(csv: SharedDatasets.liverpoolText(), file: "LiIonDatabase.csv")
        _ = try store.replaceMeasurements(of: .liverpool(file: "LiIonDatabase.csv", at: nil), with: table.measurements)
        let lookup = try store.measurements(ofComposition: "Li0.5La0.5TiO3")
        let ctx = FigureContext(
            records: [], review: try store.review(), measurementSources: try store.measurementSources().map(\.source),
            composition: lookup)
        let svg = try SVGElements(try Figures.render(.arrhenius, ctx).svg)
        #expect(svg.seriesLines.count == 3)
        #expect(Set(svg.measurementMarks.keys) == Set(lookup.measurements.map(\.id)))
        #expect(Set(lookup.measurements.map(\.measurement.source)) == ["obelix", "liverpool"])
    }
}

@Suite("Conductivity figure with the outside data sets")
struct ConductivityFigureTests {
    @Test("outside measurements: every source but the review, at 20–30 °C unless a filter says otherwise")
    func selection() throws {
        let store = try LabStore.store.get()
        let all = try FigureContext.outsideMeasurements(from: store)
        #expect(!all.contains { $0.measurement.source == "review" })
        #expect(Set(all.map(\.measurement.source)) == ["obelix", "lab"])
        #expect(all.allSatisfy { (293.15...303.15).contains($0.measurement.temperature.canonical) })
        let lab = try FigureContext.outsideMeasurements(from: store, filter: "temperature > 0 K", sources: ["lab"])
        #expect(lab.count == LabStore.measurements.count)
        #expect(throws: QueryError.self) {
            try FigureContext.outsideMeasurements(from: store, filter: "temprature > 3")
        }
    }

    @Test(
        "a mark for every point measurement of each source, the review's records unchanged, a legend entry per source")
    func marksPerSource() throws {
        let store = try LabStore.store.get()
        let measurements = try FigureContext.outsideMeasurements(from: store)
        let ctx = try LabStore.context(measurements: measurements)
        let figure = try Figures.render(.conductivity, ctx)
        let svg = try SVGElements(figure.svg)
        let withSigma = ctx.records.filter { $0.record.conductivity.contains { $0.quantity != nil } }
        #expect(svg.recordMarks.count == withSigma.count)
        #expect(Set(figure.recordIDs) == Set(withSigma.map(\.id)))
        let marks = svg.measurementMarks
        for source in ["obelix", "lab"] {
            let expected = Set(
                measurements.filter { $0.measurement.source == source && $0.measurement.qualifier.isPointValue }
                    .map(\.id))
            #expect(!expected.isEmpty)
            #expect(
                Set(
                    marks.keys.filter { id in measurements.contains { $0.id == id && $0.measurement.source == source } }
                )
                    == expected, "\(source)")
        }
        #expect(marks.count == measurements.filter { $0.measurement.qualifier.isPointValue }.count)
        let obelix = measurements.filter { $0.measurement.source == "obelix" && $0.measurement.qualifier.isPointValue }
        #expect(svg.texts.contains("OBELiX (\(obelix.count))"))
        #expect(svg.texts.contains { $0.hasPrefix("Lab book 3 (") })
        #expect(svg.texts.contains("Review, Table 2 records (\(withSigma.count))"))
        #expect(svg.texts.contains("Source"))
        #expect(figure.svg.contains("arXiv:2502.14234"))
        // Marks of different sources differ in shape or colour.
        let style = { (id: Int) -> String in
            let e = marks[id]!
            return e.name + (e.attributes["fill"] ?? "") + (e.attributes["stroke"] ?? "")
        }
        let labID = try #require(measurements.first { $0.measurement.source == "lab" }?.id)
        #expect(style(obelix[0].id) != style(labID))
        // Families the review does not treat get their own rows.
        #expect(svg.texts.contains("anti-perovskite"))
        let area = try #require(svg.plotArea)
        for (id, mark) in marks {
            let c = try #require(centre(mark))
            #expect(
                c.x >= area.x - 0.5 && c.x <= area.x + area.w + 0.5 && c.y >= area.y && c.y <= area.y + area.h, "\(id)")
        }
    }

    @Test("categories run class by class, the review's families first within a class")
    func categoryOrder() {
        let categories = ConductivityFigure.categories(Set(MeasurementFamily.allCases))
        #expect(categories.count == MeasurementFamily.allCases.count)
        let groups = categories.map { $0.group ?? "" }
        var seen: [String] = []
        for g in groups where seen.last != g {
            #expect(!seen.contains(g), "group \(g) is split")
            seen.append(g)
        }
        #expect(seen == ["polymer", "crystalline", "glass", "other"])
        let crystalline = categories.filter { $0.group == "crystalline" }.map(\.label)
        #expect(Array(crystalline.prefix(5)) == ["garnet", "NASICON", "LISICON", "thio-LISICON", "perovskite"])
    }

    @Test("the review's figure alone is byte-identical to the one drawn before outside data (golden recorded then)")
    func reviewOnlyGolden() throws {
        let ctx = try LabStore.context()
        try Golden.expect(try Figures.render(.conductivity, ctx).svg, matches: "conductivity-review")
    }

    @Test("by preparation method the outside data sets are not drawn, and the subtitle says so")
    func byMethod() throws {
        let store = try LabStore.store.get()
        var ctx = try LabStore.context(measurements: try FigureContext.outsideMeasurements(from: store))
        ctx.groupBy = .method
        let figure = try Figures.render(.conductivity, ctx)
        let svg = try SVGElements(figure.svg)
        #expect(svg.measurementMarks.isEmpty)
        #expect(figure.svg.contains("The outside data sets give no preparation method and are not drawn"))
    }
}
