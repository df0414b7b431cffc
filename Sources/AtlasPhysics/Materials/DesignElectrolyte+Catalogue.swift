import AtlasCore

// The solid electrolytes of the review, with the values its prose and Table 2 give.

extension DesignElectrolyte {
    /// LiPON, RF-sputtered (§5.1.1).
    public static let lipon = DesignElectrolyte(
        id: "LiPON", aliases: ["Li3.3PO3.9N0.17"], name: "LiPON", family: .lipon,
        conductivity: Cited(sigma(3e-6), .review(27, 59, 65, 203, section: "5.1.1")),
        reportedRange: Cited(
            1e-8...4.9e-6, .review(211, 275, section: "5.1"),
            note:
                "e-beam evaporated films '10⁻⁷–10⁻⁸ S cm⁻¹' (§5.1.4, ref. 275) up to 4.9 × 10⁻⁶ S cm⁻¹ at 22 °C for RF sputtering (§5.1.1, ref. 211)"
        ),
        referenceTemperature: roomTemperature,
        activationEnergy: Cited(
            ActivationEnergy(canonical: 0.58),
            Citation(
                "review ref. 266: Zhao, Fu & Qin, Thin Solid Films 2002, 415, 108, doi:10.1016/S0040-6090(02)00543-6 (PLD LiPON, 1.6 × 10⁻⁶ S cm⁻¹ at 25 °C)"
            ),
            note:
                "ref. 262 (Put et al., ACS Appl. Mater. Interfaces 2016, 8, 7060) reports 0.53–0.63 eV depending on N content"
        ),
        electronicConductivity: Cited(sigma(1e-14), .review(27, 59, 65, section: "5.1.1")),
        minimumThickness: Cited(
            Length(canonical: 0.110), .review(72, section: "5.1.1.2"),
            note: "'the optimal thickness for electrolyte should be not smaller than 110 nm'"),
        recommendedThickness: Cited(
            Length(canonical: 0.180), .review(72, section: "5.1.1.2"),
            note: "110 nm films showed pin-holes and self-discharge; >180 nm films much less"),
        typicalThickness: Cited(0.5...2.0, .review(section: "5.1.1"), note: "'thickness was within 0.5–2 µm'"))

    /// LiPONB: boron-containing LiPON (§5.1.1.1, Table 2 entry 40).
    public static let liponb = DesignElectrolyte(
        id: "LiPONB", aliases: [], name: "LiPONB", family: .liponb,
        conductivity: Cited(sigma(2.6e-6), .review(245, section: "Table 2, entry 40")),
        reportedRange: nil, referenceTemperature: roomTemperature, activationEnergy: nil,
        electronicConductivity: nil, minimumThickness: nil, recommendedThickness: nil,
        typicalThickness: Cited(1.4...1.4, .review(247, section: "Table 2, entry 42")))

    /// LiSiPON (§5.1.1.1 and §5.2).
    public static let lisipon = DesignElectrolyte(
        id: "LiSiPON", aliases: [], name: "LiSiPON", family: .lisipon,
        conductivity: Cited(sigma(1.24e-5), .review(294, section: "5.2")),
        reportedRange: Cited(8.8e-6...2.06e-5, .review(248, 295, section: "5.1.1.1, Table 2 entry 74")),
        referenceTemperature: roomTemperature, activationEnergy: nil, electronicConductivity: nil,
        minimumThickness: nil, recommendedThickness: nil, typicalThickness: nil)

    /// LiBON, Li₃.₀₉BO₂.₅₃N₀.₅₂ (§5.1.1.1): the review gives no conductivity.
    public static let libon = DesignElectrolyte(
        id: "LiBON", aliases: [], name: "LiBON", family: .libon,
        conductivity: nil, reportedRange: nil, referenceTemperature: roomTemperature,
        activationEnergy: nil, electronicConductivity: nil, minimumThickness: nil,
        recommendedThickness: nil, typicalThickness: nil)

    /// Li₂O–V₂O₅–SiO₂ glass (§5.2).
    public static let lvso = DesignElectrolyte(
        id: "LVSO", aliases: [], name: "LVSO", family: .lvso,
        conductivity: Cited(sigma(1e-6), .review(287, section: "Table 2, entry 44"), note: "RF-sputtered film"),
        reportedRange: Cited(1e-7...1e-5, .review(19, 286, section: "5.2")),
        referenceTemperature: roomTemperature, activationEnergy: nil,
        electronicConductivity: Cited(sigma(1e-10), .review(19, 286, section: "5.2")),
        minimumThickness: nil, recommendedThickness: nil, typicalThickness: nil)

    /// Amorphous Li₃PO₄ by ALD (Table 2 entry 72) — the electrolyte of the review's microtube cells.
    public static let lithiumPhosphate = DesignElectrolyte(
        id: "Li3PO4", aliases: ["LiPO"], name: "Li₃PO₄", family: .lithiumPhosphate,
        conductivity: Cited(sigma(0.62e-6), .review(274, section: "Table 2, entry 72"), note: "ALD film"),
        reportedRange: Cited(0.33e-6...0.8e-6, .review(268, 309, section: "Table 2, entries 70–72")),
        referenceTemperature: roomTemperature, activationEnergy: nil, electronicConductivity: nil,
        minimumThickness: nil, recommendedThickness: nil, typicalThickness: nil)

    /// LLTO perovskite, amorphous PLD film (§4.4).
    public static let llto = DesignElectrolyte(
        id: "LLTO", aliases: ["Li3xLa2/3-xTiO3"], name: "LLTO", family: .perovskite,
        conductivity: Cited(sigma(3e-4), .review(188, section: "4.4"), note: "amorphous PLD film"),
        reportedRange: Cited(
            1.8e-7...1e-3, .review(18, 181, 190, section: "4.4"), note: "e-beam film 1.8 × 10⁻⁷ up to bulk 10⁻³ S cm⁻¹"),
        referenceTemperature: roomTemperature, activationEnergy: nil, electronicConductivity: nil,
        minimumThickness: nil, recommendedThickness: nil, typicalThickness: nil)

    /// LLZO garnet, sol-gel thin film (§4.1).
    public static let llzo = DesignElectrolyte(
        id: "LLZO", aliases: ["Li7La3Zr2O12"], name: "LLZO", family: .garnet,
        conductivity: Cited(sigma(1.6e-6), .review(149, section: "4.1"), note: "sol-gel thin film"),
        reportedRange: Cited(
            1.6e-6...1.02e-3, .review(139, 140, 149, section: "4.1"),
            note: "thin film up to bulk (1.02 × 10⁻³ at 30 °C)"),
        referenceTemperature: roomTemperature, activationEnergy: nil, electronicConductivity: nil,
        minimumThickness: nil, recommendedThickness: nil, typicalThickness: nil)

    /// LATP NASICON, RF-sputtered thin film (§4.2).
    public static let latp = DesignElectrolyte(
        id: "LATP", aliases: ["Li1.3Al0.3Ti1.7(PO4)3"], name: "LATP", family: .nasicon,
        conductivity: Cited(sigma(2.46e-5), .review(160, section: "4.2"), note: "RF-sputtered thin film"),
        reportedRange: Cited(
            1e-6...1e-3, .review(157, 158, 159, 161, section: "4.2"), note: "annealed films ~10⁻⁶ up to bulk 10⁻³"),
        referenceTemperature: roomTemperature, activationEnergy: nil, electronicConductivity: nil,
        minimumThickness: nil, recommendedThickness: nil, typicalThickness: nil)

    /// PEO-type solid polymer; design value of the SiO₂–PEG hybrid (§3.1.1.1).
    public static let peo = DesignElectrolyte(
        id: "PEO", aliases: ["PEG", "SiO2-PEG"], name: "PEO-type polymer", family: .solidPolymer,
        conductivity: Cited(sigma(2.6e-5), .review(63, section: "3.1.1.1"), note: "SiO₂–PEG hybrid"),
        reportedRange: Cited(1e-8...1e-5, .review(120, 122, 127, 128, section: "3.3"), note: "PEO-based electrolytes"),
        referenceTemperature: roomTemperature, activationEnergy: nil, electronicConductivity: nil,
        minimumThickness: nil, recommendedThickness: nil, typicalThickness: nil)

    /// PVDF-HFP gel polymer (§3.2).
    public static let pvdfHfp = DesignElectrolyte(
        id: "PVDF-HFP", aliases: ["GPE"], name: "PVDF-HFP gel", family: .gelPolymer,
        conductivity: Cited(sigma(1.88e-3), .review(116, section: "3.2"), note: "PVdF-HFP/P13FSI/LiTFSI at 25 °C"),
        reportedRange: Cited(1e-4...1e-3, .review(112, 113, 114, section: "3.2"), note: "gel polymer electrolytes"),
        referenceTemperature: Cited(Temperature(si: PhysicalConstants.zeroCelsius + 25), .review(116, section: "3.2")),
        activationEnergy: nil, electronicConductivity: nil, minimumThickness: nil,
        recommendedThickness: nil, typicalThickness: nil)

    /// Silica-based ionogel (§3.2): "up to 10⁻³ S cm⁻¹".
    public static let ionogel = DesignElectrolyte(
        id: "ionogel", aliases: [], name: "ionogel", family: .ionogel,
        conductivity: Cited(sigma(1e-3), .review(14, 118, 119, section: "3.2"), note: "'up to 10⁻³ S cm⁻¹'"),
        reportedRange: nil, referenceTemperature: roomTemperature, activationEnergy: nil,
        electronicConductivity: nil, minimumThickness: nil, recommendedThickness: nil,
        typicalThickness: nil)

    /// All design electrolytes.
    public static let all: [DesignElectrolyte] = [
        lipon, liponb, lisipon, libon, lvso, lithiumPhosphate, llto, llzo, latp, peo, pvdfHfp, ionogel,
    ]
}
