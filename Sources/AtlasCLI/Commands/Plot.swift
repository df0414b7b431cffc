import ArgumentParser
import AtlasAnalysis
import AtlasData
import AtlasFigures
import AtlasPhysics
import AtlasPlot
import AtlasStore
import Foundation

extension MBAtlas {
    /// `mbatlas plot NAME`: the review's figures regenerated from the (filtered) records, and the
    /// conductivity figures from the measurement store, as SVG or PNG.
    public struct Plot: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Draw a figure from the records and measurements as SVG (or PNG through rsvg-convert).",
            discussion: "Figures:\n"
                + FigureName.allCases.map { "  \($0.rawValue.padding(14)) \($0.summary)" }.joined(separator: "\n")
                + "\n\n" + """
                    Examples:
                      mbatlas plot ragone -o ragone.svg
                      mbatlas plot arrhenius --composition Li3OCl --format png -o li3ocl.png
                      mbatlas plot conductivity --sources review,obelix -o conductivity.svg
                      mbatlas plot conductivity --measurements-where 'family = garnet'
                    """)

        @Argument(help: "Figure name: \(FigureName.allCases.map(\.rawValue).joined(separator: ", ")).")
        var name: String

        @Option(name: .shortAndLong, help: "Write to FILE (.svg, or .png with --format png); default stdout.")
        var output: String?

        @Option(name: .customLong("where"), help: "Draw only the records matching this filter.")
        var filter: String?

        @Option(help: "Output format: svg (default) or png (rendered with rsvg-convert, Debian package librsvg2-bin).")
        var format: PlotFormat?

        @Flag(help: "Same as --format png.")
        var png = false

        @Option(help: "Ragone basis: areal (per cm² of footprint) or volumetric (per cm³ of cathode).")
        var basis: String = "areal"

        @Option(help: "Conductivity plot grouping: family or method.")
        var by: String = "family"

        @Option(
            help:
                "Arrhenius plot: the composition (formula, abbreviation or name), matched as mbatlas conductivity does."
        )
        var composition: String?

        @Option(
            name: .customLong("measurements-where"),
            help: ArgumentHelp(
                "conductivity and arrhenius: draw only the measurements matching this filter (mbatlas fields "
                    + "--measurements); conductivity default: \(FigureContext.defaultMeasurementFilter)."))
        var measurementsWhere: String?

        @Option(
            help: ArgumentHelp(
                "conductivity and arrhenius: comma-separated source ids to draw (mbatlas sources); 'review' is "
                    + "the review's records. Default: all."))
        var sources: String?

        @Option(
            help: "Spider chart: comma-separated family or class ids (default: classes and the most common families).")
        var families: String?

        @Option(help: "Width in px.")
        var width: Double = 800

        @Option(
            help:
                "A design file (JSON, see mbatlas simulate --help) to simulate: overlaid on ragone, drawn by discharge."
        )
        var design: String?

        @Option(help: "C-rates for the simulated design, comma separated (default 0.1,0.5,1,2,5,10,20,50).")
        var rates: String?

        @OptionGroup var store: StoreOptions

        public init() {}

        /// What `mbatlas plot` writes.
        enum PlotFormat: String, ExpressibleByArgument, CaseIterable {
            case svg, png
        }

        public func run() throws {
            try reportingFailures {
                let figure = try Failure.parse("figure") { try FigureName.parse(name) }
                guard let basis = FigureContext.RagoneBasis(rawValue: basis) else {
                    throw Failure("--basis: areal or volumetric, found '\(self.basis)'")
                }
                guard let groupBy = FigureContext.GroupBy(rawValue: by) else {
                    throw Failure("--by: family or method, found '\(by)'")
                }
                guard width >= 400, width <= 4000 else { throw Failure("--width: between 400 and 4000 px") }
                let asPNG = try pngOutput()
                let usesMeasurements = figure == .conductivity || figure == .arrhenius
                if composition != nil, figure != .arrhenius {
                    throw Failure("--composition: only for the arrhenius figure")
                }
                if !usesMeasurements, measurementsWhere != nil || sources != nil {
                    let option = measurementsWhere != nil ? "--measurements-where" : "--sources"
                    throw Failure("\(option): only for the conductivity and arrhenius figures")
                }
                if figure == .arrhenius, composition == nil {
                    throw Failure("arrhenius: give --composition, e.g. mbatlas plot arrhenius --composition Li3OCl")
                }
                if let composition, composition.trimmingSpaces.isEmpty {
                    throw Failure("--composition: empty")
                }
                let query = try Failure.parse("--where") { try RecordQuery(where: filter) }
                let measurementQuery = try measurementsWhere.map { text in
                    try Failure.parse("--measurements-where") { try MeasurementQuery(where: text) }
                }
                let store = try store.open()
                var simulation: SimulatedDesign? = nil
                if design != nil || rates != nil || figure == .discharge {
                    simulation = try simulate()
                }
                var records = try store.records(query)
                var measurements: [StoredMeasurement] = []
                var lookup: CompositionLookup? = nil
                var sourceList: [MeasurementSource] = []
                if usesMeasurements {
                    sourceList = try store.measurementSources().map(\.source)
                    let selected = try selectedSources(known: sourceList)
                    switch figure {
                    case .arrhenius:
                        let found = try store.measurements(ofComposition: composition!)
                        var kept = found.measurements
                        if let selected { kept = kept.filter { selected.contains($0.measurement.source) } }
                        if let measurementQuery {
                            let allowed = Set(try store.measurements(measurementQuery).map(\.id))
                            kept = kept.filter { allowed.contains($0.id) }
                        }
                        if kept.isEmpty, !found.measurements.isEmpty {
                            let n = found.measurements.count
                            let options = [
                                sources.map { "--sources \($0)" },
                                measurementsWhere.map { "--measurements-where '\($0)'" },
                            ]
                            .compactMap { $0 }.joined(separator: " and ")
                            let what = "\(n) measurement\(n == 1 ? "" : "s") of '\(found.query)'"
                            throw Failure("arrhenius: none of the \(what) is left by \(options)")
                        }
                        lookup = CompositionLookup(query: found.query, method: found.method, measurements: kept)
                    default:
                        if let selected, !selected.contains(MeasurementSource.review.id) { records = [] }
                        measurements = try FigureContext.outsideMeasurements(
                            from: store, filter: measurementsWhere, sources: selected)
                    }
                }
                let context = FigureContext(
                    records: records, review: try store.review(), filter: filter, width: width, basis: basis,
                    groupBy: groupBy, families: families?.split(separator: ",").map { String($0).trimmingSpaces },
                    simulation: simulation, measurements: measurements, measurementFilter: measurementsWhere,
                    measurementSources: sourceList, composition: lookup)
                let drawn = try Figures.render(figure, context)
                let bytes: Data
                if asPNG {
                    bytes = try Failure.parse("--format png") { try PNGRenderer(zoom: 2).render(svg: drawn.svg) }
                } else {
                    bytes = Data(drawn.svg.utf8)
                }
                if let output {
                    do {
                        try bytes.write(to: URL(fileURLWithPath: output))
                    } catch {
                        throw Failure("-o \(output): cannot write the file (\(error.localizedDescription))")
                    }
                    Output.warn("\(output): \(drawn.name.summary); \(drawn.note)")
                } else {
                    FileHandle.standardOutput.write(bytes)
                }
            }
        }

        /// True for PNG: `--format png` or `--png`; contradicting them is an error.
        func pngOutput() throws -> Bool {
            switch (format, png) {
            case (.svg?, true): throw Failure("--format svg and --png contradict each other")
            case (.png?, _), (nil, true): return true
            case (.svg?, false), (nil, false): return false
            }
        }

        /// The ids of `--sources`, checked against the store's sources; nil when not given.
        func selectedSources(known: [MeasurementSource]) throws -> Set<String>? {
            guard let sources else { return nil }
            let ids = sources.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            guard !ids.isEmpty else {
                throw Failure("--sources: empty (sources: \(known.map(\.id).joined(separator: ", ")))")
            }
            for id in ids where !known.contains(where: { $0.id == id }) {
                throw Failure("--sources: no source '\(id)' (sources: \(known.map(\.id).joined(separator: ", ")))")
            }
            return Set(ids)
        }
    }
}

extension MBAtlas.Plot {
    /// The design of `--design` (or the default Li/LiPON/LiCoO₂ thin-film cell) at `--rates`.
    func simulate() throws -> SimulatedDesign {
        var name = "default Li/LiPON/LiCoO₂ cell"
        var discharge = DischargeDesign.defaultThinFilm
        if let path = design {
            do {
                let file = try DesignFile(contentsOf: URL(fileURLWithPath: path))
                discharge = try file.design()
                name = file.name ?? (path as NSString).lastPathComponent
            } catch {
                throw Failure("--design \(path): \(error.message)")
            }
        }
        var list = RagoneCurve.standardRates
        if let rates {
            list = try rates.split(separator: ",").map { item in
                let text = String(item).trimmingSpaces
                guard let v = Double(text.hasSuffix("C") ? String(text.dropLast()) : text), v > 0 else {
                    throw Failure("--rates: '\(text)' is not a positive C-rate")
                }
                return v
            }
        }
        do {
            return try SimulatedDesign(name: name, model: CellModel(discharge), rates: list)
        } catch {
            throw Failure((design.map { "--design \($0): " } ?? "") + error.message)
        }
    }
}
