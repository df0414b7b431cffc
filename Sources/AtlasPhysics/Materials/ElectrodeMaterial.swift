import AtlasCore
import Foundation

/// Whether an electrode material is used as the positive (cathode) or negative (anode) electrode.
public enum ElectrodeRole: String, Codable, Sendable, CaseIterable {
    case cathode
    case anode
}

/// The lithium reaction that defines a material's theoretical capacity: n electrons (and Li⁺)
/// exchanged per formula unit of molar mass M, so Q = n·F / (3.6·M) mA h g⁻¹.
public struct LithiumReaction: Sendable {
    /// The reaction as written in chemistry (`LiCoO₂ ⇄ CoO₂ + Li⁺ + e⁻`).
    public let equation: String
    /// Electrons exchanged per formula unit.
    public let electrons: Double
    /// Why this n is the definition (and where that is stated).
    public let source: Citation
    let composition: FormulaUnit

    init(_ equation: String, electrons: Double, per composition: FormulaUnit, source: Citation) {
        self.equation = equation
        self.electrons = electrons
        self.composition = composition
        self.source = source
    }

    /// Molar mass of the formula unit the capacity is counted per, g mol⁻¹ (IUPAC 2021 weights).
    public var formulaMass: Double { composition.molarMass }

    /// Q = n·F / (3.6·M): coulombs per gram divided by 3.6 C per mA h.
    public var theoreticalSpecificCapacity: SpecificCapacity {
        let milliampHoursPerGram = electrons * PhysicalConstants.faraday / (3.6 * formulaMass)
        return SpecificCapacity(canonical: milliampHoursPerGram)
    }
}

/// How a material's density is known.
public enum DensityBasis: Sendable {
    /// Computed from a crystallographic unit cell (X-ray density).
    case crystal(CrystalCell)
    /// A tabulated (handbook) value.
    case tabulated(Cited<MassDensity>)
    /// Implied by a model parameter set's maximum lithium concentration c_max with one Li per
    /// formula unit: ρ = c_max·M.
    case maximumConcentration(molPerCubicMetre: Double, source: Citation)
}

/// One electrode material of the library, with every number's source.
///
/// Capacities are computed, not typed in: the theoretical specific capacity follows from the
/// reaction (n, M); the practical one multiplies it by the usable stoichiometry window; the
/// volumetric one (µA h cm⁻² µm⁻¹, i.e. per footprint and per µm of film) multiplies that by the
/// density. Where the review only states a practical volumetric value (TiOS), that value is
/// used and said to be the review's.
public struct ElectrodeMaterial: Sendable, Identifiable {
    /// Command-line name (`LiCoO2`, `Li4Ti5O12`).
    public let id: String
    /// Other accepted names (`LCO`, `LTO`).
    public let aliases: [String]
    /// Display name with subscripts (`LiCoO₂`).
    public let name: String
    public let role: ElectrodeRole
    public let reaction: LithiumReaction?
    /// A literature value of the theoretical (or stated) specific capacity that the computation is
    /// checked against.
    public let citedSpecificCapacity: Cited<SpecificCapacity>?
    /// A practical specific capacity as the review states it (LTO 160 mA h g⁻¹), shown beside
    /// the computed theoretical one; not used in computations.
    public let statedPracticalSpecificCapacity: Cited<SpecificCapacity>?
    /// The fraction of the reaction's n that is used in practice (x = 0.5 of LiₓCoO₂).
    public let usableFraction: Cited<Double>
    public let densityBasis: DensityBasis?
    /// A practical capacity per footprint and per µm as the review states it (used only when the
    /// library cannot compute one).
    public let statedVolumetricCapacity: Cited<VolumetricCapacity>?
    /// Operating potential range vs Li/Li⁺, volts.
    public let voltageRange: Cited<ClosedRange<Double>>?
    /// A published OCV fit U(x), and the stoichiometry interval of x that the usable window spans.
    public let openCircuitVoltage: OpenCircuitVoltage?
    public let ocvWindow: ClosedRange<Double>?
    /// Where the window comes from, when it is not the reaction's own definition (NCA, graphite:
    /// the discharge of the PyBaMM NCA_Kim2011 cell).
    public let ocvWindowSource: Citation?
    /// Lithium chemical diffusivity, m² s⁻¹ (a single value is a range of zero width).
    public let diffusivity: Cited<ClosedRange<Double>>?
    /// Volume change on (de)lithiation, as stated by the source.
    public let volumeChange: Cited<String>?

    init(
        id: String, aliases: [String] = [], name: String, role: ElectrodeRole,
        reaction: LithiumReaction?, citedSpecificCapacity: Cited<SpecificCapacity>? = nil,
        statedPracticalSpecificCapacity: Cited<SpecificCapacity>? = nil,
        usableFraction: Cited<Double> = Cited(1, .computed("the whole reaction is counted")),
        density: DensityBasis?, statedVolumetricCapacity: Cited<VolumetricCapacity>? = nil,
        voltageRange: Cited<ClosedRange<Double>>?, openCircuitVoltage: OpenCircuitVoltage? = nil,
        ocvWindow: ClosedRange<Double>? = nil, ocvWindowSource: Citation? = nil,
        diffusivity: Cited<ClosedRange<Double>>? = nil,
        volumeChange: Cited<String>? = nil
    ) {
        self.id = id
        self.aliases = aliases
        self.name = name
        self.role = role
        self.reaction = reaction
        self.citedSpecificCapacity = citedSpecificCapacity
        self.statedPracticalSpecificCapacity = statedPracticalSpecificCapacity
        self.usableFraction = usableFraction
        self.densityBasis = density
        self.statedVolumetricCapacity = statedVolumetricCapacity
        self.voltageRange = voltageRange
        self.openCircuitVoltage = openCircuitVoltage
        self.ocvWindow = ocvWindow
        self.ocvWindowSource = ocvWindowSource
        self.diffusivity = diffusivity
        self.volumeChange = volumeChange
    }

    /// Theoretical specific capacity n·F/(3.6·M), or nil when no reaction is defined.
    public var theoreticalSpecificCapacity: SpecificCapacity? { reaction?.theoreticalSpecificCapacity }

    /// Theoretical capacity times the usable fraction of the reaction.
    public var practicalSpecificCapacity: SpecificCapacity? {
        theoreticalSpecificCapacity.map { $0 * usableFraction.value }
    }

    /// Density from the crystal cell, the handbook or the model parameter set; nil when none is cited.
    public var density: MassDensity? {
        switch densityBasis {
        case .crystal(let cell):
            guard let m = reaction?.formulaMass else { return nil }
            return cell.density(molarMass: m)
        case .tabulated(let cited):
            return cited.value
        case .maximumConcentration(let cMax, _):
            guard let m = reaction?.formulaMass else { return nil }
            return MassDensity(si: cMax * m * 1e-3)  // mol m⁻³ × g mol⁻¹ → g m⁻³ → kg m⁻³
        case nil:
            return nil
        }
    }

    /// The concentration of lithium sites the reaction fills, c_max = n·ρ/M (mol m⁻³) — for an
    /// X-ray density Z·n/(N_A·V_cell), independent of the atomic weights — or exactly the c_max
    /// the density was derived from (``DensityBasis/maximumConcentration(molPerCubicMetre:source:)``).
    /// This is the c_max of an intercalation model (x = c/c_max).
    public var lithiumSiteConcentration: Concentration? {
        if case .maximumConcentration(let cMax, _) = densityBasis { return Concentration(si: cMax) }
        guard let reaction, let rho = density else { return nil }
        // kg m⁻³ × 1000 g/kg ÷ g mol⁻¹ = mol m⁻³.
        return Concentration(si: reaction.electrons * rho.si * 1000 / reaction.formulaMass)
    }

    /// Where the density comes from, in words.
    public var densitySource: String? {
        switch densityBasis {
        case .crystal(let cell): return "X-ray density from the unit cell (\(cell.lattice)); cell: \(cell.source)"
        case .tabulated(let cited): return "tabulated: \(cited.source)"
        case .maximumConcentration(let c, let source):
            return "ρ = c_max·M with c_max = \(QuantityFormatter(significantDigits: 6).number(c)) mol m⁻³ (\(source))"
        case nil: return nil
        }
    }

    /// Theoretical capacity per footprint and per µm of film (µA h cm⁻² µm⁻¹) = Q·ρ, no window.
    public var theoreticalVolumetricCapacity: VolumetricCapacity? {
        guard let q = theoreticalSpecificCapacity, let rho = density else { return nil }
        return VolumetricCapacity(si: q.si * rho.si)
    }

    /// The capacity per footprint and per µm the design calculator uses, and how it was obtained:
    /// practical specific capacity × density when both are known, else the review's stated value.
    public func designVolumetricCapacity() throws(PhysicsError) -> (value: VolumetricCapacity, basis: String) {
        if let q = practicalSpecificCapacity, let rho = density {
            let fraction = usableFraction.value
            let window = fraction == 1 ? "" : " × x \(QuantityFormatter(significantDigits: 3).number(fraction))"
            return (VolumetricCapacity(si: q.si * rho.si), "n·F/(3.6·M)\(window) × ρ")
        }
        if let stated = statedVolumetricCapacity {
            return (stated.value, "stated: \(stated.source)")
        }
        throw .missingProperty(material: name, property: "density (or stated capacity per µm)")
    }

    /// Mean potential vs Li/Li⁺ and how it was obtained: the average of the OCV fit over the
    /// usable window when a fit exists, else the mid-point of the cited operating range.
    public var meanVoltage: (value: Voltage, basis: String)? {
        if let ocv = openCircuitVoltage, let window = ocvWindow {
            // Simpson's rule on 2000 intervals: error ∝ h⁴·U⁗; for the steepest term in the library
            // (exp(−150x) of the LFP fit) that is below 1e-9 V.
            let n = 2000
            let h = (window.upperBound - window.lowerBound) / Double(n)
            var sum = ocv.potential(window.lowerBound) + ocv.potential(window.upperBound)
            for i in 1..<n {
                sum += (i % 2 == 1 ? 4 : 2) * ocv.potential(window.lowerBound + Double(i) * h)
            }
            let mean = sum * h / 3 / (window.upperBound - window.lowerBound)
            let bounds = "x \(Self.stoichiometry(window.lowerBound))–\(Self.stoichiometry(window.upperBound))"
            return (Voltage(si: mean), "OCV mean, \(bounds)" + (ocvWindowSource.map { ", the \($0.text)" } ?? ""))
        }
        if let range = voltageRange {
            return (Voltage(si: (range.value.lowerBound + range.value.upperBound) / 2), "range mid-point")
        }
        return nil
    }

    /// A window bound as printed: as typed when it has at most three decimals (`0.5`, `1.0`),
    /// else three significant digits (`0.983`, `0.0682`).
    static func stoichiometry(_ x: Double) -> String {
        let thousandths = (x * 1000).rounded()
        if abs(x * 1000 - thousandths) < 1e-9 { return "\(thousandths / 1000)" }
        return String(format: "%.3g", x)
    }

    /// Relative difference between the computed theoretical capacity and the cited one.
    public var specificCapacityDeviation: Double? {
        guard let computed = theoreticalSpecificCapacity, let cited = citedSpecificCapacity else { return nil }
        return computed.si / cited.value.si - 1
    }
}
