import Foundation

// Published OCV fits for cathodes other than LiCoO₂, in the same form as
// ``OpenCircuitVoltage/licoo2Dualfoil``. Each is the fit shipped in a PyBaMM parameter set, with
// the publication the fit comes from; the slope is analytical and checked against a finite
// difference in the tests.

extension OpenCircuitVoltage {
    /// LiFePO₄: U = 3.4077 − 0.020269 x + 0.5 e^{−150x} − 0.9 e^{−30(1−x)}.
    ///
    /// Source: S. Afshar, K. Morris, A. Khajepour, "Efficient electrochemical model for
    /// lithium-ion cells", arXiv:1709.03970 (2017), as used by PyBaMM's Prada2013 set.
    public static let lifepo4Afshar = OpenCircuitVoltage(
        validRange: 0.0...1.0,
        source: "Afshar, Morris & Khajepour, arXiv:1709.03970 (2017), as in PyBaMM Prada2013",
        potential: { x in 3.4077 - 0.020269 * x + 0.5 * exp(-150 * x) - 0.9 * exp(-30 * (1 - x)) },
        slope: { x in -0.020269 - 75 * exp(-150 * x) - 27 * exp(-30 * (1 - x)) }
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

    /// LiNi₀.₈Co₀.₁₅Al₀.₀₅O₂ (NCA): a tenth-degree polynomial plus −0.61386 e^{5.8201 x^{136.4}}.
    ///
    /// Source: G.-H. Kim, K. Smith, K.-J. Lee, S. Santhanagopalan, A. Pesaran, J. Electrochem. Soc.
    /// 158 (2011) A955, doi:10.1149/1.3597614 (PyBaMM NCA_Kim2011).
    public static let ncaKim2011 = OpenCircuitVoltage(
        validRange: 0.3...1.0,
        source: "Kim et al., J. Electrochem. Soc. 158 (2011) A955, doi:10.1149/1.3597614 (PyBaMM NCA_Kim2011)",
        potential: { x in
            var p = 0.0
            for c in ncaCoefficients { p = p * x + c }
            return p - 0.61386 * exp(5.8201 * pow(x, 136.4))
        },
        slope: { x in
            var p = 0.0
            let n = ncaCoefficients.count - 1
            for (i, c) in ncaCoefficients.dropLast().enumerated() { p = p * x + Double(n - i) * c }
            let e = x > 0 ? 5.8201 * 136.4 * pow(x, 135.4) * exp(5.8201 * pow(x, 136.4)) : 0
            return p - 0.61386 * e
        }
    )

    /// Coefficients of x¹⁰ … x⁰ of the Kim et al. (2011) NCA fit.
    private static let ncaCoefficients: [Double] = [
        1.638, -2.222, 15.056, -23.488, 81.246, -344.566, 621.3475, -554.774, 264.427, -66.3691, 11.8058,
    ]
}
