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

/// A material's potential vs Li/Li⁺ as one number, what kind of number it is, and where it
/// comes from. Only ``Kind/ocvMean`` and ``Kind/stated`` describe the material itself; a
/// ``Kind/cyclingWindowMidPoint`` is the middle of the cut-offs some cell was cycled between, which
/// can be far from the material's plateau, and is labelled so wherever it is used.
public struct MeanPotential: Sendable, Equatable {
    /// How the number was obtained.
    public enum Kind: String, Sendable, Equatable {
        /// The average of a published OCV fit over a stoichiometry interval (``ElectrodeMaterial/ocvAveragingInterval``).
        case ocvMean
        /// A potential a source states for the material (LNMO's 4.7 V operating voltage, Li's 0 V by
        /// definition), or the mid-point of a potential range it states (LTO's 1.5–1.6 V).
        case stated
        /// The mid-point of a cited cycling window: not a plateau or mean potential of the material.
        case cyclingWindowMidPoint
    }

    /// Volts vs Li/Li⁺.
    public let value: Voltage
    public let kind: Kind
    /// How the number was obtained, in words, with its source (printed beside the value).
    public let basis: String
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
    /// A potential range vs Li/Li⁺, volts: a cited cycling window (the cut-offs of the cell its note
    /// names — not a plateau of the material), or, where the library has an OCV fit and a window
    /// for it (NCA, graphite, LiFePO₄), the span of the fit over that window (computed). For a
    /// cathode its lower end is the discharge cut-off the simulator uses by default.
    public let voltageRange: Cited<ClosedRange<Double>>?
    /// A potential vs Li/Li⁺ that a source states for the material itself — a plateau or operating
    /// voltage, not a cell's cycling window (LNMO 4.7 V; LTO 1.5–1.6 V); a single value is a range
    /// of zero width. Used for ``meanVoltage`` where the library has no OCV fit with a window.
    public let statedPotential: Cited<ClosedRange<Double>>?
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
        voltageRange: Cited<ClosedRange<Double>>?, statedPotential: Cited<ClosedRange<Double>>? = nil,
        openCircuitVoltage: OpenCircuitVoltage? = nil,
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
        self.statedPotential = statedPotential
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

    /// The potential vs Li/Li⁺ the library gives the material, and how it was obtained, in this order:
    ///
    /// 1. **OCV mean**: the average of the published OCV fit over ``ocvAveragingInterval`` — the
    ///    usable window, cut where the fit leaves the cited voltage range. LiCoO₂: the Dualfoil fit
    ///    over x 0.5–1.0 falls through the cited 3.0 V cut-off at x = 0.967 and on to 0.006 V at
    ///    x = 1, a tail no cited cell reaches; averaged over x 0.5–0.967 it gives 3.946 V, where the
    ///    whole window would give 3.774 V.
    /// 2. **Stated**: a potential a source states for the material (``statedPotential``; the
    ///    mid-point when it states a range).
    /// 3. **Cycling-window mid-point**: the middle of the cited ``voltageRange``, labelled as such —
    ///    a cell's cut-offs, not the material's plateau.
    public var meanVoltage: MeanPotential? {
        if let ocv = openCircuitVoltage, let window = ocvWindow {
            guard let interval = ocvAveragingInterval else { return nil }
            // Simpson's rule on 2000 intervals: error ∝ h⁴·U⁗; for the steepest term in the library
            // (exp(−150x) of the LFP fit) that is below 1e-9 V.
            let n = 2000
            let h = (interval.upperBound - interval.lowerBound) / Double(n)
            var sum = ocv.potential(interval.lowerBound) + ocv.potential(interval.upperBound)
            for i in 1..<n {
                sum += (i % 2 == 1 ? 4 : 2) * ocv.potential(interval.lowerBound + Double(i) * h)
            }
            let mean = sum * h / 3 / (interval.upperBound - interval.lowerBound)
            var basis =
                "OCV mean, x \(Self.stoichiometry(interval.lowerBound))–\(Self.stoichiometry(interval.upperBound))"
            if interval != window, let range = voltageRange?.value {
                basis +=
                    ", the part of x \(Self.stoichiometry(window.lowerBound))–\(Self.stoichiometry(window.upperBound))"
                    + " where the fit stays within the cited \(Self.volts(range))"
            }
            if let source = ocvWindowSource { basis += ", the \(source.text)" }
            return MeanPotential(value: Voltage(si: mean), kind: .ocvMean, basis: basis)
        }
        if let stated = statedPotential {
            let r = stated.value
            let what = r.lowerBound == r.upperBound ? "stated" : "mid-point of the stated \(Self.volts(r))"
            // A definition (Li's 0 V) has no quote: its source says it all.
            let basis = stated.note.map { "\(what): \($0), \(stated.source)" } ?? stated.source.text
            return MeanPotential(value: Voltage(si: (r.lowerBound + r.upperBound) / 2), kind: .stated, basis: basis)
        }
        if let range = voltageRange {
            let cell = range.note.map { " \($0)" } ?? ""
            return MeanPotential(
                value: Voltage(si: (range.value.lowerBound + range.value.upperBound) / 2), kind: .cyclingWindowMidPoint,
                basis:
                    "mid-point of the \(Self.volts(range.value)) cycling window\(cell), not a plateau (\(range.source))"
            )
        }
        return nil
    }

    /// The stoichiometry interval ``meanVoltage`` averages the OCV fit over: the part of
    /// ``ocvWindow`` where the fit stays within the cited ``voltageRange`` (found on 2000 samples,
    /// its ends refined by bisection), or the whole window when there is no range. The fit must
    /// be inside its ``OpenCircuitVoltage/validRange`` there: otherwise nil, and the material has
    /// no OCV mean — the library does not average a fit where its source does not support it.
    public var ocvAveragingInterval: ClosedRange<Double>? {
        guard let ocv = openCircuitVoltage, let window = ocvWindow else { return nil }
        var interval = window
        if let range = voltageRange?.value {
            func inside(_ x: Double) -> Bool { range.contains(ocv.potential(x)) }
            let n = 2000
            let xs = (0...n).map {
                window.lowerBound + Double($0) / Double(n) * (window.upperBound - window.lowerBound)
            }
            guard let first = xs.firstIndex(where: inside), let last = xs.lastIndex(where: inside) else { return nil }
            /// The last point inside between `inner` (inside) and `outer` (outside): 100 halvings.
            func edge(_ inner: Double, _ outer: Double) -> Double {
                var (a, b) = (inner, outer)
                for _ in 0..<100 {
                    let m = (a + b) / 2
                    if inside(m) { a = m } else { b = m }
                }
                return a
            }
            let lower = first == 0 ? window.lowerBound : edge(xs[first], xs[first - 1])
            let upper = last == n ? window.upperBound : edge(xs[last], xs[last + 1])
            interval = lower...upper
        }
        guard ocv.validRange.contains(interval.lowerBound), ocv.validRange.contains(interval.upperBound) else {
            return nil
        }
        return interval
    }

    /// A potential range as printed: `3–4.2 V`, `1.5–1.6 V`, or one value.
    static func volts(_ r: ClosedRange<Double>) -> String {
        let f = QuantityFormatter(significantDigits: 4)
        return r.lowerBound == r.upperBound
            ? "\(f.number(r.lowerBound)) V" : "\(f.number(r.lowerBound))–\(f.number(r.upperBound)) V"
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
