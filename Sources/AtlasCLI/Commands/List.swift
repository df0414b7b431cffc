import ArgumentParser
import AtlasCore
import AtlasStore

extension MBAtlas {
    /// `mbatlas list`: records matching a filter, as a table, CSV or JSON.
    public struct List: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "List records matching a filter.",
            discussion: """
                Examples:
                  mbatlas list --where 'structure = 3D and conductivity >= 1 uS/cm'
                  mbatlas list --where 'family = LiPON and method != rf-sputtering' --sort cycles:desc
                  mbatlas list --where 'cycles > 500 and retention >= 90' --format json
                Fields and their units: mbatlas fields
                """)

        @OptionGroup var query: QueryOptions

        @Option(help: "Output format: table, csv or json.")
        var format: TableCSVOrJSON = .table

        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                let query = try query.query()
                let store = try store.open()
                switch format {
                case .table:
                    let rows = try store.summaries(query)
                    Output.write(Self.table(rows))
                case .csv: Output.write(RecordInterchange.csv(try store.records(query)))
                case .json: Output.write(RecordInterchange.json(try store.records(query)))
                }
            }
        }

        static func table(_ rows: [RecordSummary]) -> String {
            let table = TextTable(
                columns: [
                    .init(title: "id", rightAligned: true, shrinkable: false),
                    .init(title: "electrolyte", minWidth: 10),
                    .init(title: "family", minWidth: 7),
                    .init(title: "method", minWidth: 6),
                    .init(title: "σ (S/cm)", rightAligned: true, shrinkable: false),
                    .init(title: "cell", minWidth: 14),
                    .init(title: "arch", shrinkable: false),
                    .init(title: "capacity", minWidth: 10),
                    .init(title: "cycles", rightAligned: true, shrinkable: false),
                    .init(title: "ret (%)", rightAligned: true, shrinkable: false),
                    .init(title: "ref", rightAligned: true, shrinkable: false),
                ],
                rows: rows.map { r in
                    [
                        String(r.id), r.electrolyte, r.family,
                        r.methods.compactMap { PreparationMethod(rawValue: $0)?.abbreviation }.joined(separator: "+")
                            .nonEmpty ?? (r.method ?? "—"),
                        r.conductivity.map { QuantityFormatter(style: .ascii, significantDigits: 2).number($0) } ?? "—",
                        r.cell ?? "—", r.structure ?? "—", r.capacityRaw ?? "—",
                        Output.integer(r.cycles), Output.number(r.retention),
                        r.ref.map(String.init) ?? (r.doi != nil ? "doi" : "—"),
                    ]
                })
            return table.render(width: 100) + "\n\(rows.count) record\(rows.count == 1 ? "" : "s")"
        }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
