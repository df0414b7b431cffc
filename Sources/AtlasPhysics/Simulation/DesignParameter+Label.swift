extension DesignParameter {
    /// A short name for people, as a form labels the field ("Cathode thickness"); ``key`` is what
    /// one types on the command line and in a URL.
    public var label: String {
        switch self {
        case .cathode: return "Cathode"
        case .cathodeThickness: return "Cathode thickness"
        case .area: return "Footprint area"
        case .diffusivity: return "Cathode Li diffusivity"
        case .cmax: return "Cathode c_max"
        case .xMin: return "Stoichiometry x_min (charged)"
        case .xMax: return "Stoichiometry x_max (discharged)"
        case .x0: return "Initial stoichiometry x0"
        case .kCathode: return "Cathode rate constant k"
        case .i0Anode: return "Li anode exchange current density"
        case .electrolyte: return "Electrolyte"
        case .electrolyteConductivity: return "Electrolyte conductivity"
        case .electrolyteThickness: return "Electrolyte thickness"
        case .interfaceResistance: return "Interface resistance"
        case .transferenceNumber: return "Transference number t+"
        case .saltDiffusivity: return "Salt diffusivity"
        case .saltConcentration: return "Salt concentration"
        case .temperature: return "Temperature"
        case .electrolyteActivationEnergy: return "Electrolyte activation energy"
        case .diffusivityActivationEnergy: return "Diffusivity activation energy"
        case .kActivationEnergy: return "Rate-constant activation energy"
        case .cutoff: return "Cut-off voltage"
        case .rate: return "C-rate"
        case .currentDensity: return "Current density"
        case .geometry: return "Geometry"
        case .areaGain: return "Area gain AG"
        case .electrolyteAreaFactor: return "Electrolyte area factor"
        case .anodeAreaFactor: return "Anode area factor"
        case .electrolytePathLength: return "Electrolyte path length"
        }
    }
}
