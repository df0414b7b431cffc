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

        @Option(name: .customLong("where"), help: "Filter expression over measurement fields (mbatlas fields --measurements).")
        var filter: String?

        @Option(name: .customLong("sort"), help: "Sort by FIELD or FIELD:desc (repeatable).")
        var sort: [String] = []

        @Option(help: "At most N measurements.")
        var limit: Int?

        @Option(help: "Output format: table, csv or json.")
        var format: OutputFormat = .table

        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                if let limit, limit < 0 { throw Failure("--limit: must not be negative") }
                let query = try Failure.parse("--where") { try MeasurementQuery(where: filter, sort: sort, limit: composition == nil ? limit : nil) }
                let temperature = try at.map { text in try Failure.parse("--at") { try Self.temperature(text) } }
                guard composition != nil || filter != nil else {
                    throw Failure("give a COMPOSITION or --where (e.g. mbatlas conductivity Li7La3Zr2O12)")
                }
                let store = try store.open()
                var measurements: [StoredMeasurement]
                var lookup: CompositionLookup?
                if let composition {
                    let found = try store.measurements(ofComposition: composition)
                    lookup = found
                    measurements = found.measurements
                    if query.filter != nil || !query.sort.isEmpty {
                        let allowed = try store.measurements(query)
                        let ids = Set(measurements.map(\.id))
                        measurements = allowed.filter { ids.contains($0.id) }
                    }
                    if let limit { measurements = Array(measurements.prefix(limit)) }
                } else {
                    measurements = try store.measurements(query)
                }
                let fits = SeriesFit.all(measurements.map(\.measurement))
                let result = ConductivityReport(lookup: lookup, measurements: measurements, fits: fits, temperature: temperature)
                switch format {
                case .table, .text: Output.write(result.table())
                case .csv: Output.write(result.csv())
                case .json: Output.write(result.json().pretty)
                }
            }
        }

        /// `25C`, `25 °C`, `298.15 K`; a bare number is refused (K or °C would be a guess).
        static func temperature(_ text: String) throws -> Temperature {
            let trimmed = text.trimmingSpaces
            if Double(trimmed) != nil { throw Failure("give a unit: \(trimmed)C or \(trimmed) K") }
            return try TemperatureText.parse(trimmed)
        }
    }
}

/// What `mbatlas conductivity` prints, in each format.
struct ConductivityReport {
    let lookup: CompositionLookup?
    let measurements: [StoredMeasurement]
    let fits: [SeriesFit]
    let temperature: Temperature?

    static func celsius(_ t: Temperature) -> String {
        QuantityFormatter(style: .ascii, significantDigits: 4).number(t.canonical - 273.15)
    }

    static func sigma(_ c: Conductivity) -> String {
        QuantityFormatter(style: .ascii, significantDigits: 3).number(c.canonical)
    }

    static func eV(_ x: Double, digits: Int = 3) -> String {
        QuantityFormatter(style: .ascii, significantDigits: digits).number(x)
    }

    /// `ref 139 (Murugan et al., …)`, `doi:10.…`, or the citation.
    static func citation(_ m: ConductivityMeasurement) -> String {
        if let ref = m.ref { return "ref. \(ref)" + (m.citation.map { " (\($0))" } ?? "") }
        if let doi = m.doi { return "doi:\(doi)" }
        return m.citation ?? "—"
    }

    static func flags(_ m: ConductivityMeasurement) -> String {
        var flags: [String] = []
        switch m.qualifier {
        case .exact: break
        case .approximate: flags.append("approx.")
        case .rangeRepresentative: flags.append("range mid-point")
        case .upperBound: flags.append("upper bound")
        case .lowerBound: flags.append("lower bound")
        }
        switch m.temperatureBasis {
        case .stated: break
        case .assumedRoomTemperature: flags.append("T assumed (RT, not stated)")
        case .roomTemperature: flags.append("T = RT as stated")
        }
        return flags.joined(separator: "; ")
    }

    var matchLine: String? {
        guard let lookup else { return nil }
        let sources = Set(measurements.map(\.measurement.source)).count
        let head = "\(lookup.query): \(measurements.count) measurement\(measurements.count == 1 ? "" : "s") from \(sources) source\(sources == 1 ? "" : "s")"
        switch lookup.method {
        case .perAtom(let c):
            return head + " (matched per atom as \(CompositionKey.normalizedFormula(c)): same elements, atom fractions within \(CompositionKey.tolerance))"
        case .textOnly:
            return head + " (matched by text only: '\(lookup.query)' is not a formula with numbers)"
        }
    }

    func table() -> String {
        var out: [String] = []
        if let matchLine { out.append(matchLine) }
        let rows = measurements.map { s -> [String] in
            let m = s.measurement
            return [
                m.source, m.compositionPrinted, m.family.rawValue, Self.celsius(m.temperature), Self.sigma(m.conductivity),
                m.kind == .unspecified ? "—" : m.kind.rawValue, Self.citation(m), Self.flags(m),
            ]
        }
        let table = TextTable(
            columns: [
                .init(title: "source", shrinkable: false), .init(title: "composition", minWidth: 12),
                .init(title: "family", minWidth: 8), .init(title: "T (°C)", rightAligned: true, shrinkable: false),
                .init(title: "σ (S/cm)", rightAligned: true, shrinkable: false), .init(title: "kind", shrinkable: false),
                .init(title: "citation", minWidth: 12), .init(title: "notes", minWidth: 8),
            ],
            rows: rows)
        out.append(table.render(width: 140))
        out.append("\(measurements.count) measurement\(measurements.count == 1 ? "" : "s")")
        if !fits.isEmpty {
            out.append("")
            out.append("Arrhenius fits (series of one study with ≥ 3 temperatures; ln(σT) = ln A − Eₐ/k_B T, and the ln σ form):")
            var columns: [TextTable.Column] = [
                .init(title: "source", shrinkable: false), .init(title: "composition", minWidth: 12),
                .init(title: "paper", minWidth: 12), .init(title: "n", rightAligned: true, shrinkable: false),
                .init(title: "T range (°C)", shrinkable: false), .init(title: "Eₐ σT (eV)", shrinkable: false),
                .init(title: "R²", rightAligned: true, shrinkable: false), .init(title: "Eₐ σ (eV)", shrinkable: false),
            ]
            if let temperature { columns.append(.init(title: "σ at \(Self.celsius(temperature)) °C", shrinkable: false)) }
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
            out.append("no Arrhenius fit: no study measured this at 3 or more temperatures, so no value at \(Self.celsius(temperature!)) °C")
        }
        return out.joined(separator: "\n")
    }

    static let csvColumns = [
        "source", "location", "composition", "normalized_formula", "family", "family_label", "temperature_K",
        "temperature_basis", "conductivity_S_per_cm", "qualifier", "kind", "space_group", "doi", "ref", "citation", "note",
    ]

    func csv() -> String {
        var lines = [CSVTable.line(Self.csvColumns)]
        for s in measurements {
            let m = s.measurement
            lines.append(CSVTable.line([
                m.source, m.location, m.compositionPrinted, m.normalizedFormula ?? "", m.family.rawValue, m.familyLabel ?? "",
                QuantityFormatter.shortest(m.temperature.canonical), m.temperatureBasis.rawValue,
                QuantityFormatter.shortest(m.conductivity.canonical), m.qualifier.rawValue, m.kind.rawValue,
                m.spaceGroup ?? "", m.doi ?? "", m.ref.map(String.init) ?? "", m.citation ?? "", m.note ?? "",
            ]))
        }
        return lines.joined(separator: "\n")
    }

    func json() -> JSONValue {
        let ms = measurements.map { s -> JSONValue in
            let m = s.measurement
            return .object([
                ("source", .string(m.source)), ("location", .string(m.location)), ("composition", .string(m.compositionPrinted)),
                ("normalized_formula", .string(m.normalizedFormula)), ("family", .string(m.family.rawValue)),
                ("family_label", .string(m.familyLabel)), ("temperature_K", .number(m.temperature.canonical)),
                ("temperature", .string(m.temperatureText)), ("conductivity_S_per_cm", .number(m.conductivity.canonical)),
                ("qualifier", .string(m.qualifier.rawValue)), ("kind", .string(m.kind.rawValue)),
                ("space_group", .string(m.spaceGroup)), ("doi", .string(m.doi)), ("ref", .integer(m.ref)),
                ("citation", .string(m.citation)), ("note", .string(m.note)),
            ])
        }
        let fitValues = fits.map { f -> JSONValue in
            func form(_ a: ArrheniusFit) -> JSONValue {
                .object([
                    ("form", .string(a.form.rawValue)), ("activation_energy_eV", .number(a.activationEnergy.canonical)),
                    ("activation_energy_standard_error_eV", .number(a.activationEnergyError.canonical)),
                    ("ln_prefactor", .number(a.lnPrefactor)), ("r_squared", .number(a.rSquared)),
                ])
            }
            var pairs: [(String, JSONValue)] = [
                ("source", .string(f.series.source)), ("paper", .string(f.series.paper)),
                ("composition", .string(f.series.composition)), ("kind", .string(f.series.kind.rawValue)),
                ("points", .integer(f.sigmaT.count)),
                ("temperature_min_K", .number(f.sigmaT.temperatureRange.lowerBound.canonical)),
                ("temperature_max_K", .number(f.sigmaT.temperatureRange.upperBound.canonical)),
                ("sigma_T", form(f.sigmaT)), ("sigma", form(f.sigma)),
            ]
            if let temperature {
                let e = f.estimate(at: temperature)
                pairs.append(("at", .object([
                    ("temperature_K", .number(temperature.canonical)), ("conductivity_S_per_cm", .number(e.conductivity.canonical)),
                    ("extrapolated", .bool(e.isExtrapolated)),
                ])))
            }
            return .object(pairs)
        }
        var top: [(String, JSONValue)] = []
        if let lookup {
            let method: String
            switch lookup.method {
            case .perAtom: method = "per atom"
            case .textOnly: method = "text only"
            }
            top += [("composition", .string(lookup.query)), ("matched", .string(method))]
        }
        top += [("measurements", .array(ms)), ("fits", .array(fitValues))]
        return .object(top)
    }
}
