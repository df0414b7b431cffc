import ArgumentParser
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
        var format: OutputFormat = .table

        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                let store = try store.open()
                let sources = try store.measurementSources()
                if let licence {
                    guard let summary = sources.first(where: { $0.source.id.lowercased() == licence.lowercased() }) else {
                        throw Failure("--licence: no source '\(licence)' (sources: \(sources.map(\.source.id).joined(separator: ", ")))")
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
                case .table, .text: Output.write(Self.text(sources))
                case .csv: Output.write(Self.csv(sources))
                case .json: Output.write(JSONValue.array(sources.map(Self.json)).pretty)
                }
            }
        }

        static func range(_ s: SourceSummary) -> String {
            guard let r = s.temperatureRange else { return "—" }
            let f = QuantityFormatter(style: .ascii, significantDigits: 4)
            let lo = f.number(r.lowerBound.canonical - 273.15), hi = f.number(r.upperBound.canonical - 273.15)
        return lo == hi ? "\(lo) °C" : "\(lo)–\(hi) °C"
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
                    [s.source.id, s.source.kind.rawValue, String(s.measurements), String(s.compositions), range(s), s.source.licence ?? "none stated"]
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
                if s.source.id == MeasurementSource.obelix.id { out.append("  licence text: mbatlas sources --licence obelix") }
            }
            return out.joined(separator: "\n")
        }

        static func csv(_ sources: [SourceSummary]) -> String {
            var lines = [CSVTable.line(["id", "kind", "name", "measurements", "compositions", "temperature_min_K", "temperature_max_K", "licence", "attribution", "reference", "origin", "import_file"])]
            for s in sources {
                lines.append(CSVTable.line([
                    s.source.id, s.source.kind.rawValue, s.source.name, String(s.measurements), String(s.compositions),
                    s.temperatureRange.map { QuantityFormatter.shortest($0.lowerBound.canonical) } ?? "",
                    s.temperatureRange.map { QuantityFormatter.shortest($0.upperBound.canonical) } ?? "",
                    s.source.licence ?? "", s.source.attribution, s.source.reference ?? "", s.source.origin ?? "", s.source.importFile ?? "",
                ]))
            }
            return lines.joined(separator: "\n")
        }

        static func json(_ s: SourceSummary) -> JSONValue {
            .object([
                ("id", .string(s.source.id)), ("kind", .string(s.source.kind.rawValue)), ("name", .string(s.source.name)),
                ("measurements", .integer(s.measurements)), ("compositions", .integer(s.compositions)),
                ("temperature_min_K", .number(s.temperatureRange?.lowerBound.canonical)),
                ("temperature_max_K", .number(s.temperatureRange?.upperBound.canonical)),
                ("licence", .string(s.source.licence)), ("attribution", .string(s.source.attribution)),
                ("reference", .string(s.source.reference)), ("origin", .string(s.source.origin)),
                ("import_file", .string(s.source.importFile)),
            ])
        }
    }
}
