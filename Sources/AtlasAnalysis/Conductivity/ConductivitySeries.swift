import AtlasCore
import AtlasData

/// The measurements of one composition from one study: same source (data set), same paper
/// (DOI, else citation), same kind (total/bulk/unspecified) and the same normalised formula (or,
/// for text-only compositions, the same printed text). Only point values take part: bounds and
/// range representatives never enter a fit.
///
/// A series is the unit an Arrhenius fit is made on: mixing studies would fit the scatter between
/// laboratories, not a temperature dependence.
public struct ConductivitySeries: Sendable, Identifiable {
    /// `source|paper|kind|composition`.
    public let id: String
    public let source: String
    /// The DOI, else the citation, else "" (one series per source then).
    public let paper: String
    public let kind: ConductivityMeasurement.Kind
    /// Normalised formula, or the printed text for text-only compositions.
    public let composition: String
    /// How the first measurement printed it.
    public let compositionPrinted: String
    public let measurements: [ConductivityMeasurement]

    /// Distinct temperatures measured.
    public var temperatureCount: Int { Set(measurements.map(\.temperature.si)).count }

    /// The ``id`` of the series `measurement` belongs to, or nil when it takes part in none (a
    /// bound or a range's representative). Callers that keep their own records beside the
    /// measurements (a store row id) group them with this key.
    public static func key(of measurement: ConductivityMeasurement) -> String? {
        guard measurement.qualifier.isPointValue else { return nil }
        let paper = measurement.doi ?? measurement.citation ?? ""
        let composition = measurement.normalizedFormula ?? CompositionKey.textKey(measurement.compositionPrinted)
        return [measurement.source, paper, measurement.kind.rawValue, composition].joined(separator: "|")
    }

    /// Groups measurements into series, in order of first appearance.
    public static func group(_ measurements: [ConductivityMeasurement]) -> [ConductivitySeries] {
        var order: [String] = []
        var members: [String: [ConductivityMeasurement]] = [:]
        for m in measurements {
            guard let key = key(of: m) else { continue }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(m)
        }
        return order.map { key in
            let ms = members[key]!
            let first = ms[0]
            return ConductivitySeries(
                id: key, source: first.source, paper: first.doi ?? first.citation ?? "", kind: first.kind,
                composition: first.normalizedFormula ?? first.compositionPrinted,
                compositionPrinted: first.compositionPrinted,
                measurements: ms)
        }
    }
}

/// The two Arrhenius fits of one series.
public struct SeriesFit: Sendable, Identifiable {
    public let series: ConductivitySeries
    /// ln(σT) = ln A − Eₐ/(k_B T).
    public let sigmaT: ArrheniusFit
    /// ln σ = ln σ₀ − Eₐ/(k_B T).
    public let sigma: ArrheniusFit

    public var id: String { series.id }

    /// Fits a series with 3 or more distinct temperatures; nil otherwise.
    public init?(_ series: ConductivitySeries) {
        guard series.temperatureCount >= 3 else { return nil }
        let points = series.measurements.map {
            ConductivityPoint(temperature: $0.temperature, conductivity: $0.conductivity)
        }
        guard let sigmaT = try? ArrheniusFit(points, form: .sigmaT), let sigma = try? ArrheniusFit(points, form: .sigma)
        else { return nil }
        self.series = series
        self.sigmaT = sigmaT
        self.sigma = sigma
    }

    /// Fits every series of `measurements` that has 3 or more distinct temperatures.
    public static func all(_ measurements: [ConductivityMeasurement]) -> [SeriesFit] {
        ConductivitySeries.group(measurements).compactMap(SeriesFit.init)
    }

    /// The conductivity the σT fit gives at `temperature`, with whether that is outside the
    /// fitted range.
    public func estimate(at temperature: Temperature) -> ConductivityEstimate {
        ConductivityEstimate(
            temperature: temperature, conductivity: sigmaT.conductivity(at: temperature),
            isExtrapolated: sigmaT.isExtrapolation(at: temperature))
    }
}

/// A conductivity read off a fit at a requested temperature.
public struct ConductivityEstimate: Hashable, Sendable {
    public let temperature: Temperature
    public let conductivity: Conductivity
    /// True outside the fitted temperature range.
    public let isExtrapolated: Bool
}
