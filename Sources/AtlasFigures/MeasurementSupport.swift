import AtlasCore
import AtlasData
import AtlasStore

extension FigureContext {
    /// The measurements `conductivity` draws beside the records when no filter is given: room
    /// temperature, so that values measured at 300 °C do not stand beside room-temperature ones.
    public static let defaultMeasurementFilter = "temperature between 20 C and 30 C"

    /// The measurements `conductivity` draws beside the records: those matching `filter` (the
    /// measurement query language, default ``defaultMeasurementFilter``) from every source but the
    /// review, whose values are drawn from its records; only from `sources` when given (ids).
    public static func outsideMeasurements(
        from store: any MeasurementStore, filter: String? = nil, sources: Set<String>? = nil
    ) throws -> [StoredMeasurement] {
        let query = try MeasurementQuery(where: filter ?? defaultMeasurementFilter)
        return try store.measurements(query).filter { stored in
            let source = stored.measurement.source
            return source != MeasurementSource.review.id && (sources?.contains(source) ?? true)
        }
    }
}

/// How the measurement figures name sources and format their numbers.
enum MeasurementText {
    /// A short name for legends: "OBELiX", "Liverpool Ionics Dataset", "Review (Jetybayeva et al.
    /// 2021)", else the source's own name when at most 32 characters, else its id.
    static func shortName(_ id: String, sources: [MeasurementSource]) -> String {
        switch id {
        case MeasurementSource.review.id: return "Review (Jetybayeva et al. 2021)"
        case MeasurementSource.obelix.id: return "OBELiX"
        case "liverpool": return "Liverpool Ionics Dataset"
        default:
            guard let source = sources.first(where: { $0.id == id }) else { return id }
            return source.name.count <= 32 ? source.name : id
        }
    }

    /// How the source line credits a source: authors, where it is published, its licence.
    static func credit(_ id: String, sources: [MeasurementSource]) -> String {
        switch id {
        case MeasurementSource.review.id:
            return "Jetybayeva et al., J. Mater. Chem. A 2021, 9, 15140 (Table 2 and family profiles)"
        case MeasurementSource.obelix.id:
            return "OBELiX, Therrien et al., arXiv:2502.14234 (CC BY 4.0)"
        case "liverpool":
            return "Liverpool Ionics Dataset, Hargreaves et al., npj Comput. Mater. 2023, 9, 9"
        default:
            guard let source = sources.first(where: { $0.id == id }) else { return id }
            var text = source.name
            if let reference = source.reference { text += ", " + reference }
            if let licence = source.licence { text += " (\(licence))" }
            return text
        }
    }

    /// `doi:10.1021/ja305709z`, else the citation, else the measurement's place in its source.
    static func paper(_ m: ConductivityMeasurement) -> String {
        if let doi = m.doi { return "doi:\(doi)" }
        if let ref = m.ref { return "ref. \(ref)" }
        return m.citation ?? m.location
    }

    /// A link to the paper: `https://doi.org/…` for the (first, when several are joined by `|`)
    /// DOI, when it is one token; else nil.
    static func link(_ m: ConductivityMeasurement) -> String? {
        guard let first = m.doi?.split(separator: "|").first.map(String.init)?.trimmingSpaces, !first.isEmpty,
            !first.contains(where: { $0.isWhitespace || $0 == "\"" })
        else { return nil }
        return "https://doi.org/" + first
    }

    /// `25 °C`, `30.51 °C`.
    static func celsius(_ t: Temperature) -> String {
        QuantityFormatter(significantDigits: 4).number(t.canonical - 273.15) + " °C"
    }

    /// `1.41 × 10⁻⁴ S cm⁻¹`.
    static func sigma(_ c: Conductivity) -> String {
        QuantityFormatter(significantDigits: 3).number(c.canonical) + " S cm⁻¹"
    }

    /// The tooltip of a measurement's mark:
    /// "Li3OCl · Liverpool Ionics Dataset · doi:10.1021/ja305709z · 30.51 °C · 1.41 × 10⁻⁴ S cm⁻¹".
    static func tooltip(_ m: ConductivityMeasurement, sources: [MeasurementSource]) -> String {
        var temperature = celsius(m.temperature)
        switch m.temperatureBasis {
        case .stated: break
        case .roomTemperature: temperature += " (room temperature as stated)"
        case .assumedRoomTemperature: temperature += " (assumed: not stated)"
        }
        var parts = [
            m.compositionPrinted, shortName(m.source, sources: sources), paper(m), temperature, sigma(m.conductivity),
        ]
        if m.kind != .unspecified { parts.append(m.kind.rawValue) }
        if m.qualifier == .approximate { parts.append("approximate") }
        return parts.joined(separator: " · ")
    }

    /// `0.230 ± 0.017 eV`: the error to two significant digits, the value to the same decimal
    /// (2–4 decimals); the value alone to 3 decimals when the error is not finite or below 0.00005
    /// eV (points exactly on a line).
    static func energy(_ value: Double, error: Double) -> String {
        guard error.isFinite, error >= 0.000_05 else { return fixed(value, 3) + " eV" }
        let decimals = min(4, max(2, 1 - Int((log10Floor(error)))))
        return "\(fixed(value, decimals)) ± \(fixed(error, decimals)) eV"
    }

    private static func log10Floor(_ x: Double) -> Double {
        var exponent = 0.0
        var v = x
        while v >= 10 {
            v /= 10
            exponent += 1
        }
        while v < 1 {
            v *= 10
            exponent -= 1
        }
        return exponent
    }

    /// `x` with exactly `decimals` digits after the point (ASCII digits, Unicode minus).
    static func fixed(_ x: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(x) * scale).rounded()
        var digits = String(Int(rounded))
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        let split = digits.index(digits.endIndex, offsetBy: -decimals)
        let body = decimals == 0 ? digits : digits[..<split] + "." + digits[split...]
        return (x < 0 && rounded > 0 ? "−" : "") + body
    }
}
