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

        @Option(help: "Width in px (400–4000).")
        var width: String = String(Int(FigureOptions.defaultWidth))

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
                let asPNG = try pngOutput()
                var options = FigureOptions(
                    basis: basis, by: by, families: families, width: width, composition: composition,
                    measurementsWhere: measurementsWhere, sources: sources)
                if design != nil || rates != nil {
                    options.simulation = SimulationRequest(designFile: try designFile(), rates: rates)
                    options.designName = design.map { ($0 as NSString).lastPathComponent }
                }
                let query = try Failure.parse("--where") { try RecordQuery(where: filter) }
                let store = try store.open()
                let records = try store.records(query)
                let review = try store.review()
                let context: FigureContext
                do throws(FigureOptionError) {
                    context = try options.context(
                        for: figure, records: records, review: review, filter: filter, measurements: store)
                } catch {
                    throw failure(error)
                }
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

        /// The design file of `--design`, read here so that its path names it in errors.
        func designFile() throws -> DesignFile? {
            guard let path = design else { return nil }
            do {
                return try DesignFile(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw Failure("--design \(path): \(error.message)")
            }
        }

        /// The library's error in the command line's words (`--basis: …`, `--design FILE: …`).
        func failure(_ error: FigureOptionError) -> Failure {
            switch error {
            case .option(let option, let reason):
                return Failure("--\(option.rawValue): \(reason)")
            case .simulation(let e):
                switch e.origin {
                case .parameter(let key) where key == "rates": return Failure("--rates: \(e.error.reason)")
                case .parameter, .designFile:
                    return Failure((design.map { "--design \($0): " } ?? "") + e.error.message)
                case .simulation: return Failure(e.error.message)
                }
            case .figure, .data:
                return Failure(error.description)
            }
        }
    }
}
