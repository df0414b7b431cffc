import Foundation

/// The graphite/NCA cell of PyBaMM's `NCA_Kim2011` parameter set (Kim, Smith, Lee,
/// Santhanagopalan & Pesaran, J. Electrochem. Soc. 2011, 158, A955), the source the library
/// already cites for the NCA and graphite OCV fits, densities (c_max) and diffusivities. It is used
/// here for one thing: the stoichiometry window each electrode is cycled over, over which the
/// electrode's mean potential is the average of its OCV fit.
///
/// The set states no window directly. It states the cell's charged state (the initial
/// concentrations), its lower voltage cut-off and the two electrodes' lithium capacities
/// (thickness × active volume fraction × c_max). The window is the discharge those numbers define,
/// as PyBaMM defines it: lithium leaves the graphite and enters the NCA in equal amounts
/// (Δn per electrode area) until the open-circuit voltage U_NCA(x_p) − U_graphite(x_n) falls to
/// the cut-off:
///
///     x_p = x_p0 + Δn / Q_p,   x_n = x_n0 − Δn / Q_n,   Q = L · ε · c_max.
///
/// Result (tested): NCA x 0.41 → 0.983, graphite x 0.630 → 0.0682; mean potentials 3.756 V and
/// 0.138 V vs Li/Li⁺ (a 3.62 V couple). The set's charged state has an OCV of 4.07 V, below its
/// stated 4.2 V upper cut-off; the window starts at the stated concentrations, not at 4.2 V, so its
/// width (NCA Δx = 0.573) is this model cell's utilisation, not a limit of the material — charged
/// to 4.2 V by the same lithium balance, the cell would start at NCA x = 0.342.
///
/// The set is not consistent about the charged state: its graphite exchange-current function
/// states `sto = 0.36  # stoichiometry at 100% SOC`, while the initial concentration the window
/// starts from gives graphite x = 18 081/28 700 = 0.630 (its NCA function's `sto = 0.41` agrees
/// with the NCA initial concentration). The library follows the initial concentrations, which
/// are the set's cell parameters; the 0.36 is a reference point of a kinetic function.
public enum KimGraphiteNCACell {
    /// Where every number below comes from.
    public static let source = Citation(
        "PyBaMM NCA_Kim2011 parameter set (\(kim2011)): initial and maximum "
            + "concentrations, electrode thicknesses, active material volume fractions, lower voltage cut-off")

    /// The publication behind the set.
    public static let kim2011 =
        "Kim, Smith, Lee, Santhanagopalan & Pesaran, J. Electrochem. Soc. 2011, 158, A955, doi:10.1149/1.3597614"

    /// The window's origin in a few words, for the mean potential's basis.
    public static let window = Citation("discharge of PyBaMM's NCA_Kim2011 cell to 2.7 V")

    // Positive electrode (NCA), as the set states them.
    static let positiveMaximumConcentration = 49_000.0  // mol m⁻³, 'Maximum concentration in positive electrode'
    static let positiveInitialConcentration = 20_090.0  // mol m⁻³, 'Initial concentration in positive electrode'
    static let positiveThickness = 50e-6  // m, 'Positive electrode thickness'
    static let positiveActiveFraction = 0.41  // 'Positive electrode active material volume fraction'

    // Negative electrode (graphite).
    static let negativeMaximumConcentration = 28_700.0  // mol m⁻³, 'Maximum concentration in negative electrode'
    static let negativeInitialConcentration = 18_081.0  // mol m⁻³, 'Initial concentration in negative electrode'
    static let negativeThickness = 70e-6  // m, 'Negative electrode thickness'
    static let negativeActiveFraction = 0.51  // 'Negative electrode active material volume fraction'

    /// V, 'Lower voltage cut-off [V]'.
    static let lowerCutoff = 2.7

    /// The stoichiometry windows of the discharge from the stated charged state to the lower
    /// cut-off: (NCA x from charged to discharged, graphite x from discharged to charged).
    public static let dischargeWindows: (positive: ClosedRange<Double>, negative: ClosedRange<Double>) = {
        let qp = positiveThickness * positiveActiveFraction * positiveMaximumConcentration  // mol m⁻²
        let qn = negativeThickness * negativeActiveFraction * negativeMaximumConcentration
        let xp0 = positiveInitialConcentration / positiveMaximumConcentration
        let xn0 = negativeInitialConcentration / negativeMaximumConcentration
        func state(_ moved: Double) -> (xp: Double, xn: Double) { (xp0 + moved / qp, xn0 - moved / qn) }
        func ocv(_ moved: Double) -> Double {
            let s = state(moved)
            return OpenCircuitVoltage.ncaKim2011.potential(s.xp) - OpenCircuitVoltage.graphiteKim2011.potential(s.xn)
        }
        // The OCV falls monotonically over the discharge (tested); it reaches the cut-off before
        // either electrode runs out (NCA full at x = 1, graphite empty at x = 0).
        var lo = 0.0
        var hi = min(qp * (1 - xp0), qn * xn0)
        // 200 halvings reach the last bit of a Double.
        for _ in 0..<200 {
            let mid = (lo + hi) / 2
            if ocv(mid) > lowerCutoff { lo = mid } else { hi = mid }
        }
        let end = state(lo)
        return (xp0...end.xp, end.xn...xn0)
    }()

    /// The potential range vs Li/Li⁺ an electrode's fit spans over `window` (min…max of 2000 samples).
    static func potentialRange(_ ocv: OpenCircuitVoltage, over window: ClosedRange<Double>) -> ClosedRange<Double> {
        ocv.span(over: window)
    }
}
