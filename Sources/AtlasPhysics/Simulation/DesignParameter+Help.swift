import AtlasCore

extension DesignParameter {
    /// What the parameter sets, in one sentence without the default: the help of the
    /// `mbatlas simulate` option and the label's explanation on the `/simulate` form.
    public var summary: String {
        switch self {
        case .cathode:
            let names = IntercalationCathode.all.map(\.name)
            return "Cathode: \(names.dropLast().joined(separator: ", ")) or \(names.last!); "
                + "sets c_max, window, x0, and its published D and cut-off where it has them."
        case .cathodeThickness: return "Cathode film (or 3D shell) thickness L."
        case .area: return "Footprint area."
        case .diffusivity: return "Li diffusivity D in the cathode at 25 °C."
        case .cmax: return "Maximum Li concentration c_max in the cathode."
        case .xMin: return "Lower stoichiometry x_min of the cycling window (charged)."
        case .xMax: return "Upper stoichiometry x_max of the window (discharged)."
        case .x0: return "Initial stoichiometry x0."
        case .kCathode: return "Cathode rate constant k in i0 = k·F·√(c_s(c_max − c_s)) at 25 °C."
        case .i0Anode: return "Exchange current density of the Li metal anode."
        case .electrolyte:
            return "Electrolyte: LiPON (single-ion) or PEO (binary, t+ 0.2); sets the conductivity, its reference "
                + "temperature and activation energy from the materials library."
        case .electrolyteConductivity:
            return "Electrolyte ionic conductivity at the electrolyte's reference temperature (25 °C)."
        case .electrolyteThickness: return "Electrolyte thickness."
        case .interfaceResistance: return "Cathode–electrolyte interface area-specific resistance."
        case .transferenceNumber:
            return "Li+ transference number t+ (< 1: binary electrolyte with concentration polarization)."
        case .saltDiffusivity: return "Salt diffusivity of a binary electrolyte."
        case .saltConcentration: return "Salt concentration of a binary electrolyte."
        case .temperature: return "Cell temperature, e.g. 25C or 298K."
        case .electrolyteActivationEnergy:
            return "Activation energy of the electrolyte conductivity; without one the cell can only be "
                + "simulated at the conductivity's reference temperature."
        case .diffusivityActivationEnergy:
            return "Activation energy of the cathode diffusivity (default: none, D fixed)."
        case .kActivationEnergy: return "Activation energy of the cathode rate constant (default: none, k fixed)."
        case .cutoff: return "Cut-off voltage."
        case .rate: return "Discharge rate as a C-rate, e.g. 2C or C/10."
        case .currentDensity: return "Discharge current per footprint area, instead of the rate, e.g. 1A/m2."
        case .geometry:
            return "Cell geometry: planar, or a 3D scaffold coated by the cathode and electrolyte: "
                + "pillars:d=2um,gap=4um,h=20um, pores:…, plates:w=…,gap=…,h=…, "
                + "tubes:D=…,wall=…,gap=…,h=… "
                + "(see mbatlas design --help)."
        case .areaGain:
            return
                "Generic 3D cell: interface area gain AG of a conformal stack "
                + "(cathode, electrolyte and anode areas × AG)."
        case .electrolyteAreaFactor: return "Electrolyte conduction area per footprint area (default: AG)."
        case .anodeAreaFactor: return "Anode interface area per footprint area (default: AG)."
        case .electrolytePathLength: return "Effective ionic path through the electrolyte (default: its thickness)."
        }
    }

    /// The default as one would type it — the value of ``DischargeDesign/defaultThinFilm`` — or nil
    /// when the parameter has none of its own (it follows another, or only some designs need it).
    /// A test applies each of these to the default cell and checks that nothing changes.
    public var defaultText: String? {
        switch self {
        case .cathode: return "LiCoO2"
        case .cathodeThickness: return "1um"
        case .area: return "1cm2"
        case .diffusivity: return "1e-15m2/s"
        case .cmax: return "51385mol/m3"
        case .xMin: return "0.5"
        case .xMax: return "1.0"
        case .x0: return "0.5"
        case .kCathode: return "4.66e-10m/s"
        case .i0Anode: return "10A/m2"
        case .electrolyte: return "LiPON"
        case .electrolyteConductivity: return "3e-6S/cm"
        case .electrolyteThickness: return "1um"
        case .interfaceResistance: return "0ohm.cm2"
        case .transferenceNumber: return "1"
        case .temperature: return "25C"
        case .electrolyteActivationEnergy: return "0.58eV"
        case .cutoff: return "3.0V"
        case .rate: return "1C"
        case .geometry: return "planar"
        case .areaGain: return "1"
        case .saltDiffusivity, .saltConcentration, .diffusivityActivationEnergy, .kActivationEnergy, .currentDensity,
            .electrolyteAreaFactor, .anodeAreaFactor, .electrolytePathLength:
            return nil
        }
    }

    /// The defaults of a parameter that the chosen cathode or electrolyte sets, one per material
    /// (`LiPON 0.58eV; PEO none`), or nil when the parameter does not depend on the material (or
    /// every material has the same value). The help shows these instead of the default cell's
    /// value alone, which would mislead for the other materials.
    public var materialDefaults: String? {
        // Five significant digits, as typed on a command line (`23679mol/m3`, `5.9e-18m2/s`).
        let g = QuantityFormatter(style: .ascii, significantDigits: 5).number
        func perCathode(_ value: (IntercalationCathode) -> String) -> String? {
            let values = IntercalationCathode.all.map(value)
            guard Set(values).count > 1 else { return nil }
            return zip(IntercalationCathode.all, values).map { "\($0.name) \($1)" }.joined(separator: ", ")
        }
        func perElectrolyte(_ value: (ElectrolyteMaterial) -> String) -> String? {
            let values = ElectrolyteMaterial.all.map(value)
            guard Set(values).count > 1 else { return nil }
            return zip(ElectrolyteMaterial.all, values).map { "\($0.name) \($1)" }.joined(separator: ", ")
        }
        let base = DischargeDesign.defaultThinFilm
        switch self {
        case .cmax: return perCathode { "\(g($0.maximumConcentration.si))mol/m3" }
        case .xMin, .x0: return perCathode { g($0.lowerStoichiometry) }
        case .xMax: return perCathode { g($0.upperStoichiometry) }
        case .diffusivity: return perCathode { "\(g(($0.diffusivity ?? base.diffusivity).si))m2/s" }
        case .cutoff: return perCathode { "\(g(($0.cutoff ?? base.cutoff).si))V" }
        case .electrolyteConductivity:
            return perElectrolyte { $0.conductivity.map { "\(g($0.canonical))S/cm" } ?? "none (give one)" }
        case .electrolyteActivationEnergy:
            return perElectrolyte { $0.activationEnergy.map { "\(g($0.canonical))eV" } ?? "none" }
        case .transferenceNumber:
            return perElectrolyte { material in
                switch material.transport {
                case .singleIon: return "1"
                case .binary(let t): return g(t)
                }
            }
        default: return nil
        }
    }

    /// ``summary`` with the default appended: `Footprint area. (default: 1cm2)`, or the defaults
    /// per material (`(default: LiPON 0.58eV, PEO none)`).
    public var help: String {
        if let perMaterial = materialDefaults { return "\(summary) (default: \(perMaterial))" }
        guard let shown = defaultText else { return summary }
        return "\(summary) (default: \(shown))"
    }
}
