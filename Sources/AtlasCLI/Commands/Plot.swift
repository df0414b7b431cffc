import ArgumentParser
import AtlasAnalysis
import AtlasFigures
import AtlasPhysics
import AtlasPlot
import AtlasStore
import Foundation

extension MBAtlas {
    /// `mbatlas plot NAME`: the review's figures regenerated from the (filtered) records, as SVG or PNG.
    public struct Plot: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Draw a figure from the records as SVG (or PNG through rsvg-convert).",
            discussion: "Figures:\n" + FigureName.allCases.map { "  \($0.rawValue.padding(14)) \($0.summary)" }.joined(separator: "\n"))

        @Argument(help: "Figure name: \(FigureName.allCases.map(\.rawValue).joined(separator: ", ")).")
        var name: String

        @Option(name: .shortAndLong, help: "Write to FILE (.svg, or .png with --png); default stdout.")
        var output: String?

        @Option(name: .customLong("where"), help: "Draw only the records matching this filter.")
        var filter: String?

        @Flag(help: "Render to PNG with rsvg-convert (Debian package librsvg2-bin).")
        var png = false

        @Option(help: "Ragone basis: areal (per cm² of footprint) or volumetric (per cm³ of cathode).")
        var basis: String = "areal"

        @Option(help: "Conductivity plot grouping: family or method.")
        var by: String = "family"

        @Option(help: "Spider chart: comma-separated family or class ids (default: classes and the most common families).")
        var families: String?

        @Option(help: "Width in px.")
        var width: Double = 800

        @Option(help: "A design file (JSON, see mbatlas simulate --help) to simulate: overlaid on ragone, drawn by discharge.")
        var design: String?

        @Option(help: "C-rates for the simulated design, comma separated (default 0.1,0.5,1,2,5,10,20,50).")
        var rates: String?

        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                let figure = try Failure.parse("figure") { try FigureName.parse(name) }
                guard let basis = FigureContext.RagoneBasis(rawValue: basis) else { throw Failure("--basis: areal or volumetric, found '\(self.basis)'") }
                guard let groupBy = FigureContext.GroupBy(rawValue: by) else { throw Failure("--by: family or method, found '\(by)'") }
                guard width >= 400, width <= 4000 else { throw Failure("--width: between 400 and 4000 px") }
                let query = try Failure.parse("--where") { try RecordQuery(where: filter) }
                let store = try store.open()
                var simulation: SimulatedDesign? = nil
                if design != nil || rates != nil || figure == .discharge {
                    simulation = try simulate()
                }
                let context = FigureContext(
                    records: try store.records(query), review: try store.review(), filter: filter, width: width, basis: basis,
                    groupBy: groupBy, families: families?.split(separator: ",").map { String($0).trimmingSpaces },
                    simulation: simulation)
                let drawn = try Figures.render(figure, context)
                let bytes: Data
                if png {
                    bytes = try Failure.parse("--png") { try PNGRenderer(zoom: 2).render(svg: drawn.svg) }
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
