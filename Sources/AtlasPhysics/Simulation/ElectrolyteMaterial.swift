import AtlasCore

/// How the electrolyte carries current.
public enum ElectrolyteTransport: Sendable, Equatable {
    /// Only Li⁺ moves (t₊ = 1): glasses and ceramics such as LiPON. The electrolyte is a resistor.
    case singleIon
    /// A binary salt in a polymer host (t₊ < 1): the anion also moves, so the salt piles up at
    /// the anode and is depleted at the cathode (concentration polarization).
    case binary(transferenceNumber: Double)
}

/// An electrolyte the simulator knows by name, with the values it implies. Values it leaves
/// `nil` must be given explicitly (the atlas has no single cited number for them).
public struct ElectrolyteMaterial: Sendable {
    public let name: String
    /// Ionic conductivity at 25 °C.
    public let conductivity: Conductivity?
    /// Arrhenius activation energy of the conductivity.
    public let activationEnergy: ActivationEnergy?
    public let transport: ElectrolyteTransport
    public let source: String

    public static let all: [ElectrolyteMaterial] = [.lipon, .peo]

    public static func named(_ text: String) -> ElectrolyteMaterial? {
        let key = IntercalationCathode.normalized(text)
        return all.first { IntercalationCathode.normalized($0.name) == key }
    }

    /// LiPON: single-ion glass. σ = 3 µS cm⁻¹ at 25 °C (the atlas's default thin-film cell; the
    /// review's Table 2 lists 0.25–5.3 µS cm⁻¹ for sputtered and ALD LiPON), activation energy
    /// 0.53 eV for nitrogen-rich sputtered films (B. Put, P. M. Vereecken, J. Meersschaut,
    /// A. Sepúlveda, A. Stesmans, ACS Appl. Mater. Interfaces 8 (2016) 7060: 0.63 → 0.53 eV as
    /// the nitrogen content rises).
    public static let lipon = ElectrolyteMaterial(
        name: "LiPON", conductivity: Conductivity(canonical: 3e-6),
        activationEnergy: ActivationEnergy(canonical: 0.53), transport: .singleIon,
        source:
            "σ: atlas default (review Table 2: 0.25–5.3 µS/cm); Ea 0.53 eV: Put et al., ACS Appl. Mater. Interfaces 8 (2016) 7060"
    )

    /// PEO-based salt-in-polymer: t₊ = 0.2, the low end of the 0.2–0.3 the review reports for
    /// PEO-based electrolytes (§3, refs 120, 122, 127, 128). Conductivity, salt diffusivity and
    /// salt concentration vary by orders of magnitude with salt, temperature and processing, so
    /// they must be given.
    public static let peo = ElectrolyteMaterial(
        name: "PEO", conductivity: nil, activationEnergy: nil, transport: .binary(transferenceNumber: 0.2),
        source: "t₊ 0.2: review §3 (PEO-based electrolytes, t₊ 0.2–0.3)"
    )
}
