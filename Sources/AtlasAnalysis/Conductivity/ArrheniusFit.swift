import AtlasCore
import Foundation

/// One conductivity measured at one temperature, the input of an Arrhenius fit.
public struct ConductivityPoint: Hashable, Sendable {
    public let temperature: Temperature
    public let conductivity: Conductivity
    /// The point's weight in the least-squares sum (1 unless the caller knows better: the data
    /// sets state no uncertainties, so every point counts the same).
    public let weight: Double

    public init(temperature: Temperature, conductivity: Conductivity, weight: Double = 1) {
        self.temperature = temperature
        self.conductivity = conductivity
        self.weight = weight
    }
}

/// Why a fit could not be made.
public enum ArrheniusError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer than three distinct temperatures (the standard error needs n − 2 ≥ 1 degrees of freedom).
    case tooFewTemperatures(found: Int)
    /// A temperature or conductivity that is zero, negative, infinite or NaN, or a weight that is not positive.
    case invalidPoint(String)

    public var description: String {
        switch self {
        case .tooFewTemperatures(let n):
            return "an Arrhenius fit needs measurements at 3 or more distinct temperatures, found \(n)"
        case .invalidPoint(let reason): return reason
        }
    }
}

/// A straight-line fit of conductivity against inverse temperature, the Arrhenius law of
/// thermally activated ion hopping.
///
/// Two forms are fitted by weighted least squares on x = 1/T:
/// - ``Form/sigmaT`` — ln(σT) = ln A − Eₐ/(k_B T), the form that follows from hopping theory
///   (σT ∝ exp(−Eₐ/k_B T)); A in S cm⁻¹ K;
/// - ``Form/sigma`` — ln σ = ln σ₀ − Eₐ/(k_B T), the form many papers fit; σ₀ in S cm⁻¹.
///
/// The two give activation energies that differ by about k_B·T̄ (≈ 0.03 eV near room
/// temperature); papers are compared in the form they used.
///
/// Contract (docs/CONDUCTIVITY.md):
/// - at least 3 distinct temperatures; every T and σ finite and > 0; weights finite and > 0;
/// - slope b, intercept a: b = Σw(x−x̄)(y−ȳ) / Σw(x−x̄)², a = ȳ − b x̄ with weighted means;
/// - Eₐ = −b·k_B, k_B = 8.617333262 × 10⁻⁵ eV K⁻¹ (CODATA 2018, exact since the 2019 SI);
/// - standard errors from the weighted residuals with n − 2 degrees of freedom:
///   s² = Σw r² / (n − 2), SE(b) = √(s² / Σw(x−x̄)²), SE(a) = √(s² (1/Σw + x̄²/Σw(x−x̄)²));
/// - R² = 1 − Σw r² / Σw(y−ȳ)² (1 when every y is equal and the line fits exactly).
///
/// ```swift
/// let fit = try ArrheniusFit(points, form: .sigmaT)
/// fit.activationEnergy                      // 0.355 eV
/// fit.conductivity(at: Temperature(canonical: 298.15))
/// fit.isExtrapolation(at: Temperature(canonical: 600))   // true outside the fitted range
/// ```
public struct ArrheniusFit: Hashable, Sendable {
    /// What is plotted against 1/T.
    public enum Form: String, Hashable, Sendable, CaseIterable {
        /// ln(σT) = ln A − Eₐ/(k_B T).
        case sigmaT = "ln(σT)"
        /// ln σ = ln σ₀ − Eₐ/(k_B T).
        case sigma = "ln σ"
    }

    /// Boltzmann constant in eV K⁻¹: CODATA 2018, exact in the SI since 2019
    /// (k_B = 1.380649 × 10⁻²³ J K⁻¹, e = 1.602176634 × 10⁻¹⁹ C).
    public static let boltzmannConstant = 8.617_333_262e-5

    public let form: Form
    public let activationEnergy: ActivationEnergy
    /// One standard error of ``activationEnergy``.
    public let activationEnergyError: ActivationEnergy
    /// ln of the pre-exponential factor: A in S cm⁻¹ K (σT form) or σ₀ in S cm⁻¹ (σ form).
    public let lnPrefactor: Double
    /// One standard error of ``lnPrefactor``.
    public let lnPrefactorError: Double
    /// Coefficient of determination of the (weighted) line.
    public let rSquared: Double
    /// The lowest and highest temperature fitted.
    public let temperatureRange: ClosedRange<Temperature>
    /// The points used, in the order given.
    public let points: [ConductivityPoint]

    /// Fits `points`; throws ``ArrheniusError`` for fewer than 3 distinct temperatures or a
    /// point that is not positive and finite.
    public init(_ points: [ConductivityPoint], form: Form = .sigmaT) throws(ArrheniusError) {
        for p in points {
            let t = p.temperature.si
            let s = p.conductivity.si
            guard t.isFinite, t > 0 else {
                throw .invalidPoint("temperature \(p.temperature) is not above absolute zero")
            }
            guard s.isFinite, s > 0 else { throw .invalidPoint("conductivity \(p.conductivity) is not positive") }
            guard p.weight.isFinite, p.weight > 0 else { throw .invalidPoint("weight \(p.weight) is not positive") }
        }
        let distinct = Set(points.map { $0.temperature.si }).count
        guard distinct >= 3 else { throw .tooFewTemperatures(found: distinct) }

        let xs = points.map { 1 / $0.temperature.canonical }
        let ys = points.map { p -> Double in
            let sigma = p.conductivity.canonical
            return form == .sigmaT ? log(sigma * p.temperature.canonical) : log(sigma)
        }
        let ws = points.map(\.weight)
        let line = WeightedLine(x: xs, y: ys, w: ws)

        self.form = form
        self.points = points
        let k = Self.boltzmannConstant
        self.activationEnergy = ActivationEnergy(canonical: -line.slope * k)
        self.activationEnergyError = ActivationEnergy(canonical: line.slopeError * k)
        self.lnPrefactor = line.intercept
        self.lnPrefactorError = line.interceptError
        self.rSquared = line.rSquared
        let temperatures = points.map(\.temperature)
        self.temperatureRange = temperatures.min()!...temperatures.max()!
    }

    /// The pre-exponential factor: A (S cm⁻¹ K) for the σT form, σ₀ (S cm⁻¹) for the σ form.
    public var prefactor: Double { exp(lnPrefactor) }

    /// The conductivity the line gives at `temperature` (inside or outside the fitted range;
    /// see ``isExtrapolation(at:)``).
    public func conductivity(at temperature: Temperature) -> Conductivity {
        let t = temperature.canonical
        let lnY = lnPrefactor - activationEnergy.canonical / (Self.boltzmannConstant * t)
        let sigma = form == .sigmaT ? exp(lnY) / t : exp(lnY)
        return Conductivity(canonical: sigma)
    }

    /// True when `temperature` lies outside the fitted temperature range.
    public func isExtrapolation(at temperature: Temperature) -> Bool {
        !temperatureRange.contains(temperature)
    }

    /// Number of points used.
    public var count: Int { points.count }
}

/// A weighted least-squares straight line y = intercept + slope·x.
struct WeightedLine {
    let slope: Double
    let intercept: Double
    let slopeError: Double
    let interceptError: Double
    let rSquared: Double

    /// Needs at least 3 points with at least 2 distinct x (checked by the caller).
    init(x: [Double], y: [Double], w: [Double]) {
        let sw = w.reduce(0, +)
        let mx = zip(w, x).reduce(0) { $0 + $1.0 * $1.1 } / sw
        let my = zip(w, y).reduce(0) { $0 + $1.0 * $1.1 } / sw
        var sxx = 0.0
        var sxy = 0.0
        var syy = 0.0
        for i in x.indices {
            let dx = x[i] - mx
            let dy = y[i] - my
            sxx += w[i] * dx * dx
            sxy += w[i] * dx * dy
            syy += w[i] * dy * dy
        }
        slope = sxy / sxx
        intercept = my - slope * mx
        var ssr = 0.0
        for i in x.indices {
            let r = y[i] - intercept - slope * x[i]
            ssr += w[i] * r * r
        }
        let dof = Double(x.count - 2)
        let s2 = ssr / dof
        slopeError = (s2 / sxx).squareRoot()
        interceptError = (s2 * (1 / sw + mx * mx / sxx)).squareRoot()
        rSquared = syy > 0 ? 1 - ssr / syy : 1
    }
}
