import ArgumentParser
import AtlasAnalysis
import AtlasFigures
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
                let context = FigureContext(
                    records: try store.records(query), review: try store.review(), filter: filter, width: width, basis: basis,
                    groupBy: groupBy, families: families?.split(separator: ",").map { String($0).trimmingSpaces })
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
