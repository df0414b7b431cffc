import AtlasCore
import Foundation
import Testing

@testable import AtlasAnalysis

/// Synthetic Arrhenius data with known parameters: the fit must give them back.
@Suite("Arrhenius fit")
struct ArrheniusFitTests {
    static let k = ArrheniusFit.boltzmannConstant

    /// σ(T) = A/T · exp(−Eₐ/k_B T), times a deterministic "noise" factor per point.
    static func points(ea: Double, lnA: Double, temperatures: [Double], noise: [Double] = []) -> [ConductivityPoint] {
        temperatures.enumerated().map { i, t in
            let factor = noise.isEmpty ? 1 : exp(noise[i % noise.count])
            let sigma = exp(lnA - ea / (k * t)) / t * factor
            return ConductivityPoint(
                temperature: Temperature(canonical: t), conductivity: Conductivity(canonical: sigma))
        }
    }

    @Test("recovers Eₐ and A exactly from noise-free σT data")
    func exactRecovery() throws {
        let pts = Self.points(ea: 0.45, lnA: log(2.5e5), temperatures: [273.15, 298.15, 323.15, 373.15, 423.15])
        let fit = try ArrheniusFit(pts, form: .sigmaT)
        #expect(abs(fit.activationEnergy.canonical - 0.45) < 1e-9)
        #expect(abs(fit.prefactor / 2.5e5 - 1) < 1e-9)
        #expect(abs(fit.rSquared - 1) < 1e-12)
        #expect(fit.activationEnergyError.canonical < 1e-9)
        #expect(fit.count == 5)
        #expect(fit.temperatureRange.lowerBound.canonical == 273.15)
        #expect(fit.temperatureRange.upperBound.canonical == 423.15)
    }

    /// ±5 % scatter in σ (ln factors ±0.05) over a 150 K span: Eₐ and A within 1 %.
    @Test("recovers Eₐ and A within 1 % from scattered data", arguments: [0.25, 0.40, 0.60])
    func scatteredRecovery(ea: Double) throws {
        let temperatures = stride(from: 250.0, through: 500.0, by: 12.5).map { $0 }
        let noise = [0.004, -0.003, 0.002, -0.004, 0.001, 0.003, -0.002]
        let pts = Self.points(ea: ea, lnA: log(1e4), temperatures: temperatures, noise: noise)
        let fit = try ArrheniusFit(pts, form: .sigmaT)
        #expect(abs(fit.activationEnergy.canonical / ea - 1) < 0.01)
        #expect(abs(fit.prefactor / 1e4 - 1) < 0.01)
        #expect(fit.rSquared > 0.999)
        // The true value lies within 3 standard errors.
        #expect(abs(fit.activationEnergy.canonical - ea) < 3 * fit.activationEnergyError.canonical)
    }

    /// In the σ form the same data give Eₐ smaller by about k_B·T̄: d ln σ / d(1/T) = −Eₐ/k_B − T.
    @Test("the ln σ form differs from the ln(σT) form by about k_B·T")
    func sigmaForm() throws {
        let temperatures = [290.0, 300.0, 310.0, 320.0]
        let pts = Self.points(ea: 0.30, lnA: log(1e5), temperatures: temperatures)
        let sigmaT = try ArrheniusFit(pts, form: .sigmaT)
        let sigma = try ArrheniusFit(pts, form: .sigma)
        let meanT = temperatures.reduce(0, +) / Double(temperatures.count)
        let difference = sigmaT.activationEnergy.canonical - sigma.activationEnergy.canonical
        #expect(abs(difference - Self.k * meanT) < 0.001)
        // Both lines reproduce the measured points inside the range.
        for p in pts {
            #expect(abs(sigma.conductivity(at: p.temperature) / p.conductivity - 1) < 0.01)
            #expect(abs(sigmaT.conductivity(at: p.temperature) / p.conductivity - 1) < 1e-9)
        }
    }

    @Test("values outside the fitted range are flagged as extrapolated")
    func extrapolation() throws {
        let pts = Self.points(ea: 0.5, lnA: log(1e6), temperatures: [350, 400, 450])
        let fit = try ArrheniusFit(pts)
        #expect(fit.isExtrapolation(at: Temperature(canonical: 298.15)))
        #expect(!fit.isExtrapolation(at: Temperature(canonical: 400)))
        #expect(!fit.isExtrapolation(at: Temperature(canonical: 350)))
        let expected = exp(log(1e6) - 0.5 / (Self.k * 298.15)) / 298.15
        #expect(abs(fit.conductivity(at: Temperature(canonical: 298.15)).canonical / expected - 1) < 1e-9)
    }

    @Test("fewer than three distinct temperatures is an error, not a fit")
    func tooFew() {
        let pts = Self.points(ea: 0.3, lnA: 10, temperatures: [300, 300, 350, 350])
        #expect(throws: ArrheniusError.tooFewTemperatures(found: 2)) { try ArrheniusFit(pts) }
        #expect(throws: ArrheniusError.tooFewTemperatures(found: 0)) { try ArrheniusFit([]) }
    }

    @Test("non-positive conductivities and weights are refused")
    func invalid() {
        var pts = Self.points(ea: 0.3, lnA: 10, temperatures: [300, 320, 340])
        pts[1] = ConductivityPoint(temperature: pts[1].temperature, conductivity: Conductivity(canonical: 0))
        #expect(throws: ArrheniusError.self) { try ArrheniusFit(pts) }
        let weighted = Self.points(ea: 0.3, lnA: 10, temperatures: [300, 320, 340]).map {
            ConductivityPoint(temperature: $0.temperature, conductivity: $0.conductivity, weight: 0)
        }
        #expect(throws: ArrheniusError.self) { try ArrheniusFit(weighted) }
    }

    /// Doubling one point's weight is the same as listing it twice.
    @Test("a weight of 2 counts like a repeated point")
    func weights() throws {
        let base = Self.points(
            ea: 0.35, lnA: 12, temperatures: [300, 330, 360, 390], noise: [0.02, -0.03, 0.01, 0.04])
        let repeated = base + [base[2]]
        let weighted = base.enumerated().map { i, p in
            ConductivityPoint(temperature: p.temperature, conductivity: p.conductivity, weight: i == 2 ? 2 : 1)
        }
        let a = try ArrheniusFit(repeated)
        let b = try ArrheniusFit(weighted)
        #expect(abs(a.activationEnergy.canonical - b.activationEnergy.canonical) < 1e-12)
        #expect(abs(a.lnPrefactor - b.lnPrefactor) < 1e-9)
    }
}
