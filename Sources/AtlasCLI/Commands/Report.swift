import ArgumentParser
import AtlasStore
import AtlasWeb
import Foundation

extension MBAtlas {
    /// `mbatlas report -o DIR`: the static HTML report (``StaticReport``) of the records.
    public struct Report: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract:
                "Write a static HTML report — pages, figures as SVG files, the stylesheet — to a folder that opens "
                + "from file://.",
            discussion: """
                The report has the web explorer's pages, rendered by the same views with relative links: index.html \
                (counts and the headline figures), records.html and a page per record with its citation, figures.html \
                and figures/NAME.svg, screen.html (screening with the review's criteria and the Pareto front), \
                families.html and methods.html (statistics and the review's profiles), references.html and atlas.css.

                Examples:
                  mbatlas report -o atlas-report
                  mbatlas report -o report-3d --where 'structure = 3D'
                """)

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "Folder to write; created if missing, and refused if not empty unless --force.", valueName: "dir"))
        var output: String

        @Option(name: .customLong("where"), help: "Report only the records matching this filter.")
        var filter: String?

        @Flag(
            help: "Write into a folder that is not empty: the report's files are replaced, other files are left alone.")
        var force = false

        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                let store = try store.open()
                let report = try Failure.parse("--where") { try StaticReport(store: store, filter: filter) }
                let written = try report.write(to: URL(fileURLWithPath: output), force: force)
                Output.write(
                    "\(output): wrote \(written.files.count) files — index.html, \(written.records) record pages, "
                        + "\(written.figures) figures (SVG), screening, families, methods, references; "
                        + "open \(output)/index.html"
                )
            }
        }
    }
}
