import AtlasCore
import AtlasData

/// The screening criteria as text — the options of `mbatlas screen`, the query parameters of
/// `GET /api/v1/screen` and the fields of the `/screen` form, under the same names — read into
/// ``ScreeningCriteria`` over the review's defaults. Every front end calls ``criteria(_:)``, so
/// they accept the same text and report the same errors.
///
/// ```swift
/// let options = ScreeningOptions(values: [.minConductivity: "1 uS/cm", .targetConductivity: "none"])
/// let criteria = try options.criteria(review.specifications)
/// ```
public struct ScreeningOptions: Sendable, Equatable {
    /// The text options, by their CLI name without `--` (also the API parameter names).
    public enum Option: String, CaseIterable, Sendable {
        /// Minimum ionic conductivity, any unit (`1e-6 S/cm`, `1 uS/cm`).
        case minConductivity = "min-conductivity"
        /// Target ionic conductivity, a separate criterion; `none` skips it.
        case targetConductivity = "target-conductivity"
        /// Maximum electronic conductivity; `none` skips it.
        case maxElectronic = "max-electronic"
        /// Voltage window vs Li that must be stable (`0-5 V`); `none` skips it.
        case window
        /// Electrode the electrolyte must be stable against (`Li`); `none` skips it.
        case stableWith = "stable-with"
        /// Highest processing temperature; a bare number is in °C (`400`, `400 C`, `400C`, `673 K`).
        case maxProcessTemperature = "max-process-temperature"
        /// Only this class: polymer, crystalline or glass.
        case electrolyteClass = "class"

        /// What the option means, for help texts and forms.
        public var help: String {
            switch self {
            case .minConductivity:
                return "Minimum ionic conductivity, greater than zero, in any unit (1e-6 S/cm, 1 uS/cm)."
            case .targetConductivity:
                return "Target ionic conductivity, a separate criterion, greater than zero ('none' to skip)."
            case .maxElectronic: return "Maximum electronic conductivity, greater than zero ('none' to skip)."
            case .window: return "Voltage window vs Li that must be stable, low to high, e.g. 0-5 V ('none' to skip)."
            case .stableWith:
                return
                    "Electrode the electrolyte must be stable against: Li, or an electrode a screened record was cycled against ('none' to skip)."
            case .maxProcessTemperature:
                return
                    "Highest processing temperature; a bare number is in °C (400 = 400 °C), or give the unit: 400 C, 673 K."
            case .electrolyteClass: return "Only this class: polymer, crystalline or glass."
            }
        }
    }

    /// The options given (blank text counts as not given).
    public var values: [Option: String]
    /// Require conformal coating of 3D structures (`--conformal-3d`).
    public var conformal3D: Bool

    public init(values: [Option: String] = [:], conformal3D: Bool = false) {
        self.values = values.compactMapValues { v in
            let t = v.trimmingSpaces
            return t.isEmpty ? nil : t
        }
        self.conformal3D = conformal3D
    }

    /// The review's defaults with the given options applied. Errors are
    /// ``AnalysisError/invalidOption(_:reason:)`` naming the option (`min-conductivity`).
    public func criteria(_ specifications: Specifications) throws(AnalysisError) -> ScreeningCriteria {
        var criteria = ScreeningCriteria.reviewDefaults(specifications)
        func none(_ s: String) -> Bool { s.lowercased() == "none" }
        if let s = values[.minConductivity] {
            criteria.minConductivity = try Self.conductivity(.minConductivity, s)
        }
        if let s = values[.targetConductivity] {
            criteria.targetConductivity = none(s) ? nil : try Self.conductivity(.targetConductivity, s)
        }
        if let s = values[.maxElectronic] {
            criteria.maxElectronic = none(s) ? nil : try Self.conductivity(.maxElectronic, s)
        }
        if let s = values[.window] {
            criteria.window = none(s) ? nil : try Self.window(s)
        }
        if let s = values[.stableWith] { criteria.stableWith = none(s) ? nil : s }
        criteria.conformal3D = conformal3D
        if let s = values[.maxProcessTemperature] {
            criteria.maxProcessTemperature = try Self.processTemperature(s)
        }
        if let c = values[.electrolyteClass] {
            guard let parsed = ElectrolyteClass(name: c) else {
                throw .invalidOption(
                    Option.electrolyteClass.rawValue, reason: "unknown class '\(c)' (polymer, crystalline or glass)")
            }
            criteria.electrolyteClass = parsed
        }
        return criteria
    }

    /// "0-5 V", "0–5V", "0..5" → 0...5 (volts).
    public static func window(_ text: String) throws(AnalysisError) -> ClosedRange<Double> {
        let name = Option.window.rawValue
        let value = try reading(.window) { () throws(CoreError) in
            try ReportedValue.parse(text.replacingOccurrences(of: "..", with: "–"), defaultUnit: Unit(.volt))
        }
        guard let q = value.reportedQuantity, q.unit.dimension == .voltage, case .range(let a, let b, _) = q.magnitude
        else {
            throw .invalidOption(name, reason: "expected a voltage range such as 0-5 V, found '\(text)'")
        }
        let lo = try reading(.window) { () throws(CoreError) in try Quantity(a, q.unit).value(in: Unit(.volt)) }
        let hi = try reading(.window) { () throws(CoreError) in try Quantity(b, q.unit).value(in: Unit(.volt)) }
        // A reversed window is a typing slip more often than not; guessing would hide it.
        guard lo < hi else {
            let f = QuantityFormatter(significantDigits: 4)
            throw .invalidOption(
                name,
                reason:
                    "the window must run from low to high, e.g. \(f.number(min(lo, hi)))-\(f.number(max(lo, hi))) V; got '\(text)'"
            )
        }
        return lo...hi
    }

    /// A conductivity threshold: any conductivity unit, strictly positive.
    static func conductivity(_ option: Option, _ text: String) throws(AnalysisError) -> Conductivity {
        let sigma = try reading(option) { () throws(CoreError) in try Conductivity(parsing: text) }
        guard sigma.si > 0, sigma.si.isFinite else {
            throw .invalidOption(option.rawValue, reason: "must be greater than zero, got \(sigma)")
        }
        return sigma
    }

    /// The processing-temperature limit: a bare number is in °C (the review states processing
    /// temperatures in °C, and the issue writes `--max-process-temperature 400 C`); `400 C`,
    /// `400C`, `400 °C` and `673 K` are read with their unit.
    public static func processTemperature(_ text: String) throws(AnalysisError) -> Temperature {
        try reading(.maxProcessTemperature) { () throws(CoreError) in
            try TemperatureText.parse(text, defaultUnit: Unit(.celsius))
        }
    }

    static func reading<T>(_ option: Option, _ body: () throws(CoreError) -> T) throws(AnalysisError) -> T {
        do {
            return try body()
        } catch {
            throw .invalidOption(option.rawValue, reason: error.message)
        }
    }
}
