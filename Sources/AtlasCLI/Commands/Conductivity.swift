import ArgumentParser
import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasStore
import Foundation

extension MBAtlas {
    /// `mbatlas conductivity [COMPOSITION] [--at T] [--where …]`: measurements from every source,
    /// with Arrhenius fits where a study measured 3 or more temperatures.
    public struct ConductivityCommand: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "conductivity",
            abstract: "Ionic conductivities from the review, OBELiX and imported data sets, with Arrhenius fits.",
            discussion: """
                Examples:
                  mbatlas conductivity Li7La3Zr2O12                 every measurement of LLZO, per atom (Li14La6Zr4O24 matches too)
                  mbatlas conductivity Li10GeP2S12 --at 60C         … and each fit's value at 60 °C (flagged when extrapolated)
                  mbatlas conductivity LLZO                         abbreviations and symbolic formulas match by text only
                  mbatlas conductivity --where 'family = garnet and temperature between 20 C and 30 C'
                Fields: mbatlas fields --measurements. Sources and licences: mbatlas sources.
                """)

        @Argument(help: "A composition (formula, abbreviation or name as printed); omit to list by --where.")
        var composition: String?

        @Option(help: "Temperature for the fitted value, with a unit: 25C, 25 °C, 298.15 K.")
        var at: String?

        @Option(
            name: .customLong("where"),
            help: "Filter expression over measurement fields (mbatlas fields --measurements).")
        var filter: String?

        @Option(name: .customLong("sort"), help: "Sort by FIELD or FIELD:desc (repeatable).")
        var sort: [String] = []

        @Option(help: "At most N measurements.")
        var limit: Int?

        @Option(help: "Output format: table, csv or json.")
        var format: TableCSVOrJSON = .table

        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                if let limit, limit < 0 { throw Failure("--limit: must not be negative") }
                let query = try Failure.parse("--where") {
                    try MeasurementQuery(where: filter, sort: sort, limit: composition == nil ? limit : nil)
                }
                let temperature = try at.map { text in
                    try Failure.option { () throws(AnalysisError) in try ConductivityReport.temperature(parsing: text) }
                }
                guard composition != nil || filter != nil else {
                    throw Failure("give a COMPOSITION or --where (e.g. mbatlas conductivity Li7La3Zr2O12)")
                }
                let store = try store.open()
                let result = try ConductivityReport.compute(
                    store: store, composition: composition, query: query, limit: limit, temperature: temperature)
                switch format {
                case .table: Output.write(result.table())
                case .csv: Output.write(result.csv())
                case .json: Output.write(result.json().pretty)
                }
            }
        }
    }
}

extension ConductivityReport {
    /// The aligned table `mbatlas conductivity` prints.
    func table() -> String {
        var out: [String] = []
        if let matchLine { out.append(matchLine) }
        if let alsoByNameLine { out.append(alsoByNameLine) }
        let rows = measurements.map { s -> [String] in
            let m = s.measurement
            return [
                m.source, m.compositionPrinted, m.family.rawValue, Self.celsius(m.temperature),
                Self.sigma(m.conductivity),
                m.kind == .unspecified ? "—" : m.kind.rawValue, Self.citation(m), Self.flags(m),
            ]
        }
        let table = TextTable(
            columns: [
                .init(title: "source", shrinkable: false), .init(title: "composition", minWidth: 12),
                .init(title: "family", minWidth: 8), .init(title: "T (°C)", rightAligned: true, shrinkable: false),
                .init(title: "σ (S/cm)", rightAligned: true, shrinkable: false),
                .init(title: "kind", shrinkable: false),
                .init(title: "citation", minWidth: 12), .init(title: "notes", minWidth: 8),
            ],
            rows: rows)
        out.append(table.render(width: 140))
        out.append("\(measurements.count) measurement\(measurements.count == 1 ? "" : "s")")
        if !fits.isEmpty {
            out.append("")
            out.append(
                "Arrhenius fits (series of one study with ≥ 3 temperatures; ln(σT) = ln A − Eₐ/k_B T, and the ln σ form):"
            )
            var columns: [TextTable.Column] = [
                .init(title: "source", shrinkable: false), .init(title: "composition", minWidth: 12),
                .init(title: "paper", minWidth: 12), .init(title: "n", rightAligned: true, shrinkable: false),
                .init(title: "T range (°C)", shrinkable: false), .init(title: "Eₐ σT (eV)", shrinkable: false),
                .init(title: "R²", rightAligned: true, shrinkable: false), .init(title: "Eₐ σ (eV)", shrinkable: false),
            ]
            if let temperature {
                columns.append(.init(title: "σ at \(Self.celsius(temperature)) °C", shrinkable: false))
            }
            let fitRows = fits.map { f -> [String] in
                let r = f.sigmaT.temperatureRange
                var row = [
                    f.series.source, f.series.compositionPrinted, f.series.paper.isEmpty ? "—" : f.series.paper,
                    String(f.sigmaT.count), "\(Self.celsius(r.lowerBound))–\(Self.celsius(r.upperBound))",
                    "\(Self.eV(f.sigmaT.activationEnergy.canonical)) ± \(Self.eV(f.sigmaT.activationEnergyError.canonical, digits: 2))",
                    QuantityFormatter(style: .ascii, significantDigits: 4).number(f.sigmaT.rSquared),
                    "\(Self.eV(f.sigma.activationEnergy.canonical)) ± \(Self.eV(f.sigma.activationEnergyError.canonical, digits: 2))",
                ]
                if let temperature {
                    let e = f.estimate(at: temperature)
                    row.append(Self.sigma(e.conductivity) + (e.isExtrapolated ? " (extrapolated)" : ""))
                }
                return row
            }
            out.append(TextTable(columns: columns, rows: fitRows).render(width: 160))
        } else if temperature != nil {
            out.append(
                "no Arrhenius fit: no study measured this at 3 or more temperatures, so no value at \(Self.celsius(temperature!)) °C"
            )
        }
        return out.joined(separator: "\n")
    }
}
