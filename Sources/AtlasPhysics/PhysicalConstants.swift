/// Exact SI defining constants (2019 SI, CODATA 2018), used by every electrochemical formula.
public enum PhysicalConstants {
    /// Faraday constant F = e·N_A, C mol⁻¹ (exact).
    public static let faraday = 96_485.332_123_310_0184
    /// Molar gas constant R = k_B·N_A, J mol⁻¹ K⁻¹ (exact).
    public static let gas = 8.314_462_618_153_24
    /// Boltzmann constant k_B, eV K⁻¹ (exact).
    public static let boltzmannEV = 8.617_333_262e-5
    /// Avogadro constant N_A, mol⁻¹ (exact).
    public static let avogadro = 6.022_140_76e23
    /// 0 °C in kelvin.
    public static let zeroCelsius = 273.15
}
