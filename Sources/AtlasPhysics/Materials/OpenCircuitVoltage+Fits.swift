import Foundation

extension OpenCircuitVoltage {
    /// LiFePO₄ — the fit PyBaMM uses in its Prada2013 parameter set (`LFP_ocp_Afshar2017`):
    ///
    /// U(x) = 3.4077 − 0.020269·x + 0.5·exp(−150·x) − 0.9·exp(−30·(1 − x))
    ///
    /// Source: S. Afshar, K. Morris, A. Khajepour, "Efficient electrochemical model for lithium-ion
    /// cells", arXiv:1709.03970 (2017), as cited in PyBaMM's Prada2013 set.
    public static let lfpAfshar2017 = OpenCircuitVoltage(
        validRange: 0...1,
        source: "Afshar, Morris & Khajepour, arXiv:1709.03970 (2017), as used in PyBaMM's Prada2013 parameter set",
        potential: { x in 3.4077 - 0.020269 * x + 0.5 * exp(-150 * x) - 0.9 * exp(-30 * (1 - x)) },
        slope: { x in -0.020269 - 75 * exp(-150 * x) - 27 * exp(-30 * (1 - x)) }
    )

    /// LiₓMn₂O₄ (LMO spinel, 4 V plateau) — the fit of Fuller, Doyle & Newman:
    ///
    /// U(x) = 4.06279 + 0.0677504·tanh(−21.8502·x + 12.8268)
    ///        − 0.105734·[(1.00167 − x)^(−0.379571) − 1.575994]
    ///        − 0.045·exp(−71.69·x⁸) + 0.01·exp(−200·(x − 0.19))
    ///
    /// Source: T. F. Fuller, M. Doyle, J. Newman, "Simulation and optimization of the dual lithium
    /// ion insertion cell", J. Electrochem. Soc. 141 (1994) 1. The paper itself was not read here;
    /// the coefficients are those of MPET (TRI-AMDD/mpet, `mpet/electrode/materials/LiMn2O4_ss2.py`,
    /// docstring "Fuller, Doyle, Newman, 1994"), which reproduces that paper's cell with them
    /// (`configs/params_system_Fuller94.cfg`, listed in MPET's benchmarks), and an independent
    /// finite-element script carries the same numbers (with 1.576 for 1.575994).
    ///
    /// Valid range: x from 0.2 (MPET's initial cathode filling for the Fuller 1994 cell) to 1.
    /// Below x ≈ 0.19 the last term grows without bound (0.2 V at x = 0.175, 3 × 10¹⁴ V at 0), and
    /// the bracket diverges at x = 1.00167.
    public static let lmoFuller1994 = OpenCircuitVoltage(
        validRange: 0.2...1.0,
        source:
            "Fuller, Doyle & Newman, J. Electrochem. Soc. 141 (1994) 1, doi:10.1149/1.2054684, coefficients as in MPET (TRI-AMDD/mpet, LiMn2O4_ss2)",
        potential: { x in
            4.06279 + 0.0677504 * tanh(-21.8502 * x + 12.8268)
                - 0.105734 * (pow(1.00167 - x, -0.379571) - 1.575994)
                - 0.045 * exp(-71.69 * pow(x, 8)) + 0.01 * exp(-200 * (x - 0.19))
        },
        slope: { x in
            let c = cosh(-21.8502 * x + 12.8268)
            return -0.0677504 * 21.8502 / (c * c)
                - 0.105734 * 0.379571 * pow(1.00167 - x, -1.379571)
                + 0.045 * 71.69 * 8 * pow(x, 7) * exp(-71.69 * pow(x, 8))
                - 2 * exp(-200 * (x - 0.19))
        }
    )

    /// LiNi₀.₈Co₀.₁₅Al₀.₀₅O₂ (NCA) — the polynomial-plus-exponential fit of Kim et al. as in
    /// PyBaMM's NCA_Kim2011 set (`nca_ocp_Kim2011`):
    ///
    /// U(x) = 1.638x¹⁰ − 2.222x⁹ + 15.056x⁸ − 23.488x⁷ + 81.246x⁶ − 344.566x⁵ + 621.3475x⁴
    ///        − 554.774x³ + 264.427x² − 66.3691x + 11.8058 − 0.61386·exp(5.8201·x^136.4)
    ///
    /// Source: G.-H. Kim, K. Smith, K.-J. Lee, S. Santhanagopalan, A. Pesaran, J. Electrochem. Soc.
    /// 2011, 158, A955. The x^136.4 term makes U fall steeply as x → 1; PyBaMM gives no validity
    /// interval, so none is claimed beyond the stoichiometry axis.
    public static let ncaKim2011 = OpenCircuitVoltage(
        validRange: 0...1,
        source:
            "Kim, Smith, Lee, Santhanagopalan & Pesaran, J. Electrochem. Soc. 2011, 158, A955, doi:10.1149/1.3597614, as in PyBaMM's NCA_Kim2011 set",
        potential: { x in
            let c: [Double] = [
                11.8058, -66.3691, 264.427, -554.774, 621.3475, -344.566, 81.246, -23.488, 15.056, -2.222, 1.638,
            ]
            var u = 0.0
            for k in stride(from: c.count - 1, through: 0, by: -1) { u = u * x + c[k] }
            return u - 0.61386 * exp(5.8201 * pow(x, 136.4))
        },
        slope: { x in
            let c: [Double] = [
                11.8058, -66.3691, 264.427, -554.774, 621.3475, -344.566, 81.246, -23.488, 15.056, -2.222, 1.638,
            ]
            var du = 0.0
            for k in stride(from: c.count - 1, through: 1, by: -1) { du = du * x + Double(k) * c[k] }
            let e = x > 0 ? 0.61386 * exp(5.8201 * pow(x, 136.4)) * 5.8201 * 136.4 * pow(x, 135.4) : 0
            return du - e
        }
    )

    /// LiNi₀.₈Mn₀.₁Co₀.₁O₂ (NMC811, LG M50):
    /// U = −0.8090x + 4.4875 − 0.0428 tanh(18.5138(x − 0.5542)) − 17.7326 tanh(15.7890(x − 0.3117))
    ///     + 17.5842 tanh(15.9308(x − 0.3120)).
    ///
    /// Source: C.-H. Chen, F. Brosa Planella, K. O'Regan, D. Gastol, W. D. Widanage, E. Kendrick,
    /// J. Electrochem. Soc. 167 (2020) 080534, doi:10.1149/1945-7111/ab9050 (PyBaMM Chen2020).
    public static let nmc811Chen2020 = OpenCircuitVoltage(
        validRange: 0.25...1.0,
        source: "Chen et al., J. Electrochem. Soc. 167 (2020) 080534, doi:10.1149/1945-7111/ab9050 (PyBaMM Chen2020)",
        potential: { x in
            -0.8090 * x + 4.4875 - 0.0428 * tanh(18.5138 * (x - 0.5542))
                - 17.7326 * tanh(15.7890 * (x - 0.3117)) + 17.5842 * tanh(15.9308 * (x - 0.3120))
        },
        slope: { x in
            func sech2(_ z: Double) -> Double {
                let c = cosh(z)
                return 1 / (c * c)
            }
            return -0.8090 - 0.0428 * 18.5138 * sech2(18.5138 * (x - 0.5542))
                - 17.7326 * 15.7890 * sech2(15.7890 * (x - 0.3117))
                + 17.5842 * 15.9308 * sech2(15.9308 * (x - 0.3120))
        }
    )

    /// Graphite — the fit of Kim et al. as in PyBaMM's NCA_Kim2011 set (`graphite_ocp_Kim2011`):
    ///
    /// U(x) = 0.124 + 1.5·exp(−70x) − 0.0351·tanh((x − 0.286)/0.083) − 0.0045·tanh((x − 0.9)/0.119)
    ///        − 0.035·tanh((x − 0.99)/0.05) − 0.0147·tanh((x − 0.5)/0.034)
    ///        − 0.102·tanh((x − 0.194)/0.142) − 0.022·tanh((x − 0.98)/0.0164)
    ///        − 0.011·tanh((x − 0.124)/0.0226) + 0.0155·tanh((x − 0.105)/0.029)
    ///
    /// Source: Kim et al., J. Electrochem. Soc. 2011, 158, A955, as in PyBaMM.
    public static let graphiteKim2011 = OpenCircuitVoltage(
        validRange: 0...1,
        source:
            "Kim, Smith, Lee, Santhanagopalan & Pesaran, J. Electrochem. Soc. 2011, 158, A955, doi:10.1149/1.3597614, as in PyBaMM's NCA_Kim2011 set",
        potential: { x in
            var u = 0.124 + 1.5 * exp(-70 * x)
            for (a, c, w) in graphiteTerms { u += a * tanh((x - c) / w) }
            return u
        },
        slope: { x in
            var du = -105 * exp(-70 * x)
            for (a, c, w) in graphiteTerms {
                let ch = cosh((x - c) / w)
                du += a / (w * ch * ch)
            }
            return du
        }
    )

    /// (amplitude, centre, width) of the tanh terms of the Kim 2011 graphite fit.
    private static let graphiteTerms: [(Double, Double, Double)] = [
        (-0.0351, 0.286, 0.083), (-0.0045, 0.9, 0.119), (-0.035, 0.99, 0.05), (-0.0147, 0.5, 0.034),
        (-0.102, 0.194, 0.142), (-0.022, 0.98, 0.0164), (-0.011, 0.124, 0.0226), (0.0155, 0.105, 0.029),
    ]
}
