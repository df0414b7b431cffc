import Foundation

/// An open-circuit-voltage curve U(x) of an electrode vs Li/Li⁺ as a function of its lithium
/// stoichiometry x, with the range where the fit is valid and the publication it comes from.
public struct OpenCircuitVoltage: Sendable {
    /// U(x) in volts vs Li/Li⁺.
    public let potential: @Sendable (Double) -> Double
    /// dU/dx (V per unit stoichiometry), analytical where the fit allows.
    public let slope: @Sendable (Double) -> Double
    /// Stoichiometry range over which the fit was made.
    public let validRange: ClosedRange<Double>
    /// Citation of the fit (authors, journal, DOI).
    public let source: String

    public init(
        validRange: ClosedRange<Double>, source: String, potential: @escaping @Sendable (Double) -> Double,
        slope: @escaping @Sendable (Double) -> Double
    ) {
        self.potential = potential
        self.slope = slope
        self.validRange = validRange
        self.source = source
    }

    /// The potential range vs Li/Li⁺ the fit spans over `window`: min…max of 2001 evenly spaced
    /// samples (the same points ``ElectrodeMaterial/ocvAveragingInterval`` tests, so a range
    /// computed here keeps the whole window).
    public func span(over window: ClosedRange<Double>) -> ClosedRange<Double> {
        let samples = (0...2000).map {
            potential(window.lowerBound + Double($0) / Double(2000) * (window.upperBound - window.lowerBound))
        }
        return samples.min()!...samples.max()!
    }
}

extension OpenCircuitVoltage {
    /// LiCoO₂ (LiₓCoO₂) — the Dualfoil fit used by PyBaMM's Marquis2019 parameter set
    /// (`lico2_ocp_Dualfoil1998`), with s = 1.062·x:
    ///
    /// U = 2.16216 + 0.07645 tanh(30.834 − 54.4806 s) + 2.1581 tanh(52.294 − 50.294 s)
    ///     − 0.14169 tanh(11.0923 − 19.8543 s) + 0.2051 tanh(1.4684 − 5.4888 s)
    ///     + 0.2531 tanh((−s + 0.56478)/0.1316) − 0.02167 tanh((s − 0.525)/0.006)
    ///
    /// Sources: M. Doyle, J. Newman et al., Dualfoil (1998); S. G. Marquis, V. Sulzer, R. Timms,
    /// C. P. Please, S. J. Chapman, J. Electrochem. Soc. 2019, 166, A3693 (DOI 10.1149/2.0341915jes).
    ///
    /// Valid range: x 0.5–0.99, where PyBaMM's docstring of this function says the data were taken
    /// ("Dualfoil states that the data was measured by Oscar Garcia 2001 using Quallion electrodes
    /// for 0.5 < sto < 0.99 and by Marc Doyle for sto<0.4"; sto is the function's argument, x here;
    /// the separate Doyle data below 0.4 are not part of the range). Beyond s = 1 (x = 0.942) the
    /// fit collapses: 3.41 V at x = 0.96, 0.61 V at x = 0.99, 0.006 V at x = 1. The library averages
    /// it only down to the 3.0 V cut-off, x = 0.967 (``ElectrodeMaterial/meanVoltage``); the
    /// simulator's particles may reach x = 1, but its 3.0 V cut-off ends a discharge first.
    public static let licoo2Dualfoil = OpenCircuitVoltage(
        validRange: 0.5...0.99,
        source:
            "Dualfoil (Doyle & Newman, 1998) as in PyBaMM Marquis2019, Marquis et al., J. Electrochem. Soc. 2019, 166, A3693, doi:10.1149/2.0341915jes",
        potential: { x in
            let s = 1.062 * x
            return 2.16216 + 0.07645 * tanh(30.834 - 54.4806 * s) + 2.1581 * tanh(52.294 - 50.294 * s)
                - 0.14169 * tanh(11.0923 - 19.8543 * s) + 0.2051 * tanh(1.4684 - 5.4888 * s)
                + 0.2531 * tanh((-s + 0.56478) / 0.1316) - 0.02167 * tanh((s - 0.525) / 0.006)
        },
        slope: { x in
            let s = 1.062 * x
            func sech2(_ z: Double) -> Double {
                let c = cosh(z)
                return 1 / (c * c)
            }
            let dUds =
                0.07645 * -54.4806 * sech2(30.834 - 54.4806 * s)
                + 2.1581 * -50.294 * sech2(52.294 - 50.294 * s)
                - 0.14169 * -19.8543 * sech2(11.0923 - 19.8543 * s)
                + 0.2051 * -5.4888 * sech2(1.4684 - 5.4888 * s)
                + 0.2531 * (-1 / 0.1316) * sech2((-s + 0.56478) / 0.1316)
                - 0.02167 * (1 / 0.006) * sech2((s - 0.525) / 0.006)
            return 1.062 * dUds
        }
    )
}
