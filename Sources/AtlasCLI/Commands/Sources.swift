import ArgumentParser
import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasStore

extension MBAtlas {
    /// `mbatlas sources`: where the conductivity measurements come from, with counts and licences.
    public struct SourcesCommand: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "sources",
            abstract: "List the sources of conductivity measurements with counts, licences, attribution and papers.",
            discussion: """
                Examples:
                  mbatlas sources
                  mbatlas sources --licence obelix      the full licence text bundled with OBELiX (CC BY 4.0)
                """)

        @Option(name: [.customLong("licence"), .customLong("license")], help: "Print the licence text of a source.")
        var licence: String?

        @Option(help: "Output format: table, csv or json.")
        var format: TableCSVOrJSON = .table

        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                let store = try store.open()
                let sources = try store.measurementSources()
                if let licence {
                    guard let summary = sources.first(where: { $0.source.id.lowercased() == licence.lowercased() })
                    else {
                        throw Failure(
                            "--licence: no source '\(licence)' (sources: \(sources.map(\.source.id).joined(separator: ", ")))"
                        )
                    }
                    if summary.source.id == MeasurementSource.obelix.id {
                        Output.write(try OBELiXDataset.licenceText())
                    } else if let text = summary.source.licence {
                        Output.write("\(summary.source.id): \(text) (no licence file is bundled for this source)")
                    } else {
                        throw Failure("--licence: source '\(summary.source.id)' states no licence")
                    }
                    return
                }
                switch format {
                case .table: Output.write(Self.text(sources))
                case .csv: Output.write(SourcesReport.csv(sources))
                case .json: Output.write(SourcesReport.json(sources).pretty)
                }
            }
        }

        static func text(_ sources: [SourceSummary]) -> String {
            let table = TextTable(
                columns: [
                    .init(title: "source", shrinkable: false), .init(title: "kind", shrinkable: false),
                    .init(title: "measurements", rightAligned: true, shrinkable: false),
                    .init(title: "compositions", rightAligned: true, shrinkable: false),
                    .init(title: "temperatures", shrinkable: false), .init(title: "licence", minWidth: 10),
                ],
                rows: sources.map { s in
                    [
                        s.source.id, s.source.kind.rawValue, String(s.measurements), String(s.compositions),
                        SourcesReport.temperatureRange(s), s.source.licence ?? "none stated",
                    ]
                })
            var out = [table.render(width: 120), ""]
            for s in sources {
                out.append("\(s.source.id): \(s.source.name)")
                out.append("  attribution: \(s.source.attribution)")
                if let reference = s.source.reference { out.append("  paper: \(reference)") }
                if let origin = s.source.origin { out.append("  origin: \(origin)") }
                if let file = s.source.importFile {
                    let date = s.source.importedAt.map { " on \($0.formatted(.iso8601))" } ?? ""
                    out.append("  imported from \(file)\(date)")
                }
                if s.source.id == MeasurementSource.obelix.id {
                    out.append("  licence text: mbatlas sources --licence obelix")
                }
            }
            return out.joined(separator: "\n")
        }
    }
}
