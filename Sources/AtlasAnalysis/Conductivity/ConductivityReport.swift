import AtlasCore
import AtlasData
import AtlasStore

/// The answer to a conductivity question — `mbatlas conductivity`, `GET /api/v1/conductivity` and
/// the `/conductivity` page: the measurements of a composition (matched per atom or by text) or of
/// a filter, the Arrhenius fits of every series in them, and each fit's value at a temperature.
/// ``json()`` and ``csv()`` are what the CLI prints and the API answers.
public struct ConductivityReport: Sendable {
    /// How the composition was matched (nil when the measurements were selected by a filter only).
    public let lookup: CompositionLookup?
    public let measurements: [StoredMeasurement]
    /// Fits of the series with 3 or more temperatures among ``measurements``.
    public let fits: [SeriesFit]
    /// The temperature the fits are evaluated at (`--at`).
    public let temperature: Temperature?
    /// For a formula: the names (not formulas) under which the review quotes values of the same
    /// families (`LLZO` for Li7La3Zr2O12's garnets), which a per-atom match cannot reach; the
    /// user can look them up by name. Empty otherwise.
    public let alsoByName: [String]

    public init(
        lookup: CompositionLookup?, measurements: [StoredMeasurement], fits: [SeriesFit], temperature: Temperature?,
        alsoByName: [String] = []
    ) {
        self.lookup = lookup
        self.measurements = measurements
        self.fits = fits
        self.temperature = temperature
        self.alsoByName = alsoByName
    }

    /// Looks the measurements up: every measurement of `composition` (narrowed to those `query`
    /// also selects, when it has a filter or a sort, and cut to `limit`), or, without a
    /// composition, the measurements `query` selects. Then fits every series.
    public static func compute(
        store: any MeasurementStore, composition: String?, query: MeasurementQuery, limit: Int?,
        temperature: Temperature?
    ) throws -> ConductivityReport {
        var measurements: [StoredMeasurement]
        var lookup: CompositionLookup?
        if let composition {
            let found = try store.measurements(ofComposition: composition)
            if case .textOnly = found.method, found.measurements.isEmpty {
                // Neither a name any source uses nor a formula: say what is wrong with it as a formula.
                do {
                    _ = try Formula.parse(composition)
                } catch {
                    throw AnalysisError.invalidOption(
                        "composition",
                        reason: "no measurement is named '\(composition)', and it is not a formula: \(error.message)")
                }
            }
            lookup = found
            measurements = found.measurements
            if query.filter != nil || !query.sort.isEmpty {
                var unlimited = query
                unlimited.limit = nil
                let allowed = try store.measurements(unlimited)
                let ids = Set(measurements.map(\.id))
                measurements = allowed.filter { ids.contains($0.id) }
            }
            if let limit { measurements = Array(measurements.prefix(limit)) }
        } else {
            var limited = query
            limited.limit = limit ?? query.limit
            measurements = try store.measurements(limited)
        }
        let fits = SeriesFit.all(measurements.map(\.measurement))
        var alsoByName: [String] = []
        if case .perAtom? = lookup?.method {
            let families = Set(measurements.map(\.measurement.family)).filter { $0 != .unclassified }
            if !families.isEmpty {
                let named = try store.measurements(
                    MeasurementQuery(
                        where: "source = review and normalized is na and family in ("
                            + families.map(\.rawValue).sorted().map { "\"\($0)\"" }.joined(separator: ", ") + ")"))
                alsoByName = Array(Set(named.map(\.measurement.compositionPrinted))).sorted()
            }
        }
        return ConductivityReport(
            lookup: lookup, measurements: measurements, fits: fits, temperature: temperature, alsoByName: alsoByName)
    }

    /// A temperature with a unit: `25C`, `25 °C`, `298.15 K`. A bare number is refused (K or °C
    /// would be a guess). Errors name the option `at`.
    public static func temperature(parsing text: String) throws(AnalysisError) -> Temperature {
        let trimmed = text.trimmingSpaces
        if Double(trimmed) != nil { throw .invalidOption("at", reason: "give a unit: \(trimmed)C or \(trimmed) K") }
        do {
            return try TemperatureText.parse(trimmed)
        } catch {
            throw .invalidOption("at", reason: error.message)
        }
    }

    public static func celsius(_ t: Temperature) -> String {
        QuantityFormatter(style: .ascii, significantDigits: 4).number(t.canonical - 273.15)
    }

    public static func sigma(_ c: Conductivity) -> String {
        QuantityFormatter(style: .ascii, significantDigits: 3).number(c.canonical)
    }

    public static func eV(_ x: Double, digits: Int = 3) -> String {
        QuantityFormatter(style: .ascii, significantDigits: digits).number(x)
    }

    /// `ref 139 (Murugan et al., …)`, `doi:10.…`, or the citation.
    public static func citation(_ m: ConductivityMeasurement) -> String {
        if let ref = m.ref { return "ref. \(ref)" + (m.citation.map { " (\($0))" } ?? "") }
        if let doi = m.doi { return "doi:\(doi)" }
        return m.citation ?? "—"
    }

    public static func flags(_ m: ConductivityMeasurement) -> String {
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

    public var matchLine: String? {
        guard let lookup else { return nil }
        let sources = Set(measurements.map(\.measurement.source)).count
        let head =
            "\(lookup.query): \(measurements.count) measurement\(measurements.count == 1 ? "" : "s") "
            + "from \(sources) source\(sources == 1 ? "" : "s")"
        switch lookup.method {
        case .perAtom(let c):
            return head
                + " (matched per atom as \(CompositionKey.normalizedFormula(c)): same elements, "
                + "atom fractions within \(CompositionKey.tolerance))"
        case .textOnly:
            return head + " (matched by text only: '\(lookup.query)' is not a formula with numbers)"
        }
    }

    /// "The review also quotes garnet values under names, not formulas: LLZO — look them up by name."
    public var alsoByNameLine: String? {
        guard !alsoByName.isEmpty else { return nil }
        let families = Set(measurements.map(\.measurement.family).filter { $0 != .unclassified }.map(\.rawValue))
            .sorted()
            .joined(separator: ", ")
        return "The review also quotes \(families) values under names, not formulas, which a formula does not match: "
            + alsoByName.joined(separator: ", ") + " (mbatlas conductivity NAME lists them)."
    }

    public static let csvColumns = [
        "source", "location", "composition", "normalized_formula", "family", "family_label", "temperature_K",
        "temperature_basis", "conductivity_S_per_cm", "qualifier", "kind", "space_group", "doi", "ref", "citation",
        "note",
    ]

    public func csv() -> String {
        var lines = [CSVTable.line(Self.csvColumns)]
        for s in measurements {
            let m = s.measurement
            lines.append(
                CSVTable.line([
                    m.source, m.location, m.compositionPrinted, m.normalizedFormula ?? "", m.family.rawValue,
                    m.familyLabel ?? "",
                    QuantityFormatter.shortest(m.temperature.canonical), m.temperatureBasis.rawValue,
                    QuantityFormatter.shortest(m.conductivity.canonical), m.qualifier.rawValue, m.kind.rawValue,
                    m.spaceGroup ?? "", m.doi ?? "", m.ref.map(String.init) ?? "", m.citation ?? "", m.note ?? "",
                ]))
        }
        return lines.joined(separator: "\n")
    }

    public func json() -> JSONValue {
        let ms = measurements.map { s -> JSONValue in
            let m = s.measurement
            return .object([
                ("source", .string(m.source)), ("location", .string(m.location)),
                ("composition", .string(m.compositionPrinted)),
                ("normalized_formula", .string(m.normalizedFormula)), ("family", .string(m.family.rawValue)),
                ("family_label", .string(m.familyLabel)), ("temperature_K", .number(m.temperature.canonical)),
                ("temperature", .string(m.temperatureText)),
                ("conductivity_S_per_cm", .number(m.conductivity.canonical)),
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
                pairs.append(
                    (
                        "at",
                        .object([
                            ("temperature_K", .number(temperature.canonical)),
                            ("conductivity_S_per_cm", .number(e.conductivity.canonical)),
                            ("extrapolated", .bool(e.isExtrapolated)),
                        ])
                    ))
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
        if lookup != nil { top.append(("also_by_name", .array(alsoByName.map(JSONValue.string)))) }
        top += [("measurements", .array(ms)), ("fits", .array(fitValues))]
        return .object(top)
    }
}

/// The sources of conductivity measurements as `mbatlas sources` and `GET /api/v1/sources` give
/// them: counts, temperature range, licence and attribution.
public enum SourcesReport {
    /// One JSON object per source.
    public static func json(_ sources: [SourceSummary]) -> JSONValue {
        .array(sources.map(json))
    }

    /// `{id, kind, name, measurements, compositions, temperature_min_K, …, import_file}`.
    public static func json(_ s: SourceSummary) -> JSONValue {
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

    /// The same as CSV with a header line.
    public static func csv(_ sources: [SourceSummary]) -> String {
        var lines = [
            CSVTable.line([
                "id", "kind", "name", "measurements", "compositions", "temperature_min_K", "temperature_max_K",
                "licence",
                "attribution", "reference", "origin", "import_file",
            ])
        ]
        for s in sources {
            lines.append(
                CSVTable.line([
                    s.source.id, s.source.kind.rawValue, s.source.name, String(s.measurements), String(s.compositions),
                    s.temperatureRange.map { QuantityFormatter.shortest($0.lowerBound.canonical) } ?? "",
                    s.temperatureRange.map { QuantityFormatter.shortest($0.upperBound.canonical) } ?? "",
                    s.source.licence ?? "", s.source.attribution, s.source.reference ?? "", s.source.origin ?? "",
                    s.source.importFile ?? "",
                ]))
        }
        return lines.joined(separator: "\n")
    }

    /// "25 °C" or "−10–300 °C"; "—" when the source has no measurement.
    public static func temperatureRange(_ s: SourceSummary) -> String {
        guard let r = s.temperatureRange else { return "—" }
        let f = QuantityFormatter(style: .ascii, significantDigits: 4)
        let lo = f.number(r.lowerBound.canonical - 273.15)
        let hi = f.number(r.upperBound.canonical - 273.15)
        return lo == hi ? "\(lo) °C" : "\(lo)–\(hi) °C"
    }
}
