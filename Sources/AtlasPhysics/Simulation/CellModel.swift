import AtlasCore
import Foundation

/// A validated design resolved to SI numbers at its temperature: the equations' coefficients.
///
/// The model (all quantities SI, i > 0 on discharge, i the current per footprint area):
///
/// - cathode film 0 ≤ z ≤ L: ∂c/∂t = D ∂²c/∂z², D ∂c/∂z = 0 at z = 0, D ∂c/∂z = i_int/F at z = L,
///   c(z, 0) = x0·c_max, with i_int = i/AG;
/// - cathode kinetics: i₀ = k·F·√(c_s(c_max − c_s)), η_c = (2RT/F)·asinh(i_int/(2i₀));
/// - Li anode: η_a = (2RT/F)·asinh(i_a/(2i₀,Li)), i_a = i/(anode area factor);
/// - electrolyte: ohmic drop i_e·L_e/σ with i_e = i/(electrolyte area factor) and L_e the
///   effective path; interface resistance i_int·R_int; for a binary electrolyte, the
///   concentration overpotential η_e = (2RT/F)(1 − t₊)·ln(c_e(0)/c_e(L_e));
/// - V = U(x_s) − η_c − η_a − i_e·L_e/σ − i_int·R_int − η_e.
///
/// Temperature: σ, D and k follow Arrhenius laws X(T) = X(T_ref)·exp(−(E_a/k_B)(1/T − 1/T_ref))
/// where an activation energy is given (T_ref: the electrolyte's reference temperature for σ,
/// 25 °C for D and k). D and k stay at their 25 °C values otherwise; σ without an activation
/// energy is refused away from its reference temperature (the materials library's rule).
public struct CellModel: Sendable {
    public let design: DischargeDesign
    public let openCircuitVoltage: OpenCircuitVoltage
    /// U(x) as the cathode's Hermite table (what both solvers evaluate).
    public let openCircuitTable: HermiteTable
    /// Cathode thickness L (m).
    public let thickness: Double
    /// Solid diffusivity D at T (m² s⁻¹).
    public let diffusivity: Double
    /// c_max (mol m⁻³).
    public let maximumConcentration: Double
    public let lowerStoichiometry: Double
    public let upperStoichiometry: Double
    public let initialStoichiometry: Double
    /// k at T (m s⁻¹).
    public let rateConstant: Double
    /// i₀,Li (A m⁻²).
    public let anodeExchangeCurrentDensity: Double
    /// σ at T (S m⁻¹).
    public let conductivity: Double
    /// Effective electrolyte path L_e (m).
    public let electrolytePath: Double
    /// R_int (Ω m²).
    public let interfaceResistance: Double
    /// T (K).
    public let temperature: Double
    /// Cut-off (V).
    public let cutoff: Double
    public let geometry: SimulationGeometry
    /// Binary-electrolyte transport, `nil` for a single-ion conductor.
    public let saltTransport: SaltTransport?

    /// The salt in a binary electrolyte.
    public struct SaltTransport: Sendable {
        /// t₊.
        public let transferenceNumber: Double
        /// D_e (m² s⁻¹).
        public let diffusivity: Double
        /// c_e at rest (mol m⁻³).
        public let concentration: Double
    }

    /// 2RT/F (V): the scale of the symmetric Butler–Volmer overpotentials.
    public let thermalVoltage2: Double

    /// The reference temperature of the 25 °C parameter values (D, k).
    public static let referenceTemperature = 298.15

    /// Termination threshold on the surface stoichiometry, as a fraction of x_max.
    public static let fullLithiationFraction = 0.999

    /// Validates `design` and resolves it at its temperature. Errors name the parameter by its
    /// design key.
    public init(_ design: DischargeDesign) throws(SimulationError) {
        self.design = design
        func positive(_ value: Double, _ key: DesignParameter, _ what: String) throws(SimulationError) {
            guard value.isFinite, value > 0 else {
                throw .invalidParameter(key.key, reason: "\(what) must be positive; got \(value)")
            }
        }
        try positive(design.cathodeThickness.si, .cathodeThickness, "the thickness")
        try positive(design.area.si, .area, "the area")
        try positive(design.diffusivity.si, .diffusivity, "the diffusivity")
        try positive(design.maximumConcentration.si, .cmax, "c_max")
        try positive(design.cathodeRateConstant.si, .kCathode, "the rate constant")
        try positive(design.anodeExchangeCurrentDensity.si, .i0Anode, "the exchange current density")
        try positive(design.electrolyteThickness.si, .electrolyteThickness, "the thickness")
        guard design.temperature.si.isFinite, design.temperature.si > 0 else {
            let shown = QuantityFormatter(style: .ascii, significantDigits: 6).number
            let kelvin = design.temperature.si
            throw .invalidParameter(
                DesignParameter.temperature.key,
                reason:
                    "must be above absolute zero; got \(shown(kelvin)) K (\(shown(kelvin - PhysicalConstants.zeroCelsius)) °C)"
            )
        }
        try positive(design.cutoff.si, .cutoff, "the cut-off voltage")
        guard let sigma25 = design.electrolyteConductivity else {
            throw .missingParameter(
                DesignParameter.electrolyteConductivity.key,
                reason: "\(design.electrolyteName) has no default conductivity in the atlas; give one")
        }
        try positive(sigma25.si, .electrolyteConductivity, "the conductivity")
        // The materials library's rule: without an activation energy, a conductivity is known at
        // its reference temperature only.
        let sigmaReference = design.electrolyteReferenceTemperature.si
        if design.conductivityActivationEnergy == nil,
            abs(design.temperature.si - sigmaReference) > DesignElectrolyte.referenceTemperatureTolerance
        {
            let celsius = { (k: Double) in
                QuantityFormatter(style: .ascii, significantDigits: 4).number(k - PhysicalConstants.zeroCelsius) + " °C"
            }
            throw .missingParameter(
                DesignParameter.electrolyteActivationEnergy.key,
                reason: "\(design.electrolyteName) has no cited activation energy, so its conductivity at "
                    + "\(celsius(sigmaReference)) cannot be carried to \(celsius(design.temperature.si)); "
                    + "give one, or simulate at \(celsius(sigmaReference))")
        }
        guard design.interfaceResistance.si >= 0, design.interfaceResistance.si.isFinite else {
            throw .invalidParameter(DesignParameter.interfaceResistance.key, reason: "must be zero or positive")
        }
        let lo = design.lowerStoichiometry
        let hi = design.upperStoichiometry
        let x0 = design.initialStoichiometry
        guard lo >= 0, lo < 1 else {
            throw .invalidParameter(DesignParameter.xMin.key, reason: "must lie in [0, 1); got \(lo)")
        }
        guard hi > lo, hi <= 1 else {
            throw .invalidParameter(DesignParameter.xMax.key, reason: "must lie in (x-min, 1] = (\(lo), 1]; got \(hi)")
        }
        // The discharge ends when the surface reaches 0.999·x_max, so that is x0's real upper bound.
        let x0Limit = CellModel.fullLithiationFraction * hi
        guard x0 >= lo, x0 < x0Limit else {
            let shown = QuantityFormatter(style: .ascii, significantDigits: 6).number
            throw .invalidParameter(
                DesignParameter.x0.key,
                reason: "must lie in [x-min, 0.999·x-max) = [\(shown(lo)), \(shown(x0Limit))), since the discharge "
                    + "ends when the surface reaches 0.999·x-max; got \(x0)")
        }
        guard x0 > 0 else {
            throw .invalidParameter(
                DesignParameter.x0.key,
                reason: "must be above 0: the exchange current i₀ ∝ √(x(1 − x)) vanishes at x = 0; got \(x0)")
        }
        var g = design.geometry
        if let spec = design.structure {
            let structure: any CellGeometry
            do {
                structure = try GeometrySpec.parse(spec)
            } catch {
                throw .unreadableParameter(DesignParameter.geometry.key, reason: error.message)
            }
            g = try SimulationGeometry(
                structure: structure, cathodeThickness: design.cathodeThickness,
                electrolyteThickness: design.electrolyteThickness)
        }
        for (value, key) in [
            (g.areaGain, DesignParameter.areaGain), (g.electrolyteAreaFactor, .electrolyteAreaFactor),
            (g.anodeAreaFactor, .anodeAreaFactor),
        ] {
            guard value.isFinite, value >= 1 else {
                throw .invalidParameter(key.key, reason: "an area factor must be at least 1 (planar); got \(value)")
            }
        }
        if let path = g.electrolytePathLength { try positive(path.si, .electrolytePathLength, "the path length") }
        switch design.load {
        case .cRate(let c): try positive(c, .rate, "the C-rate")
        case .currentDensity(let j): try positive(j.si, .currentDensity, "the current density")
        }

        let T = design.temperature.si
        func arrhenius(_ energy: ActivationEnergy?, from reference: Double = CellModel.referenceTemperature) -> Double {
            guard let energy else { return 1 }
            return exp(-(energy.canonical / PhysicalConstants.boltzmannEV) * (1 / T - 1 / reference))
        }
        openCircuitVoltage = design.cathode.openCircuitVoltage
        openCircuitTable = design.cathode.openCircuitTable
        thickness = design.cathodeThickness.si
        diffusivity = design.diffusivity.si * arrhenius(design.diffusivityActivationEnergy)
        maximumConcentration = design.maximumConcentration.si
        lowerStoichiometry = lo
        upperStoichiometry = hi
        initialStoichiometry = x0
        rateConstant = design.cathodeRateConstant.si * arrhenius(design.rateConstantActivationEnergy)
        anodeExchangeCurrentDensity = design.anodeExchangeCurrentDensity.si
        conductivity = sigma25.si * arrhenius(design.conductivityActivationEnergy, from: sigmaReference)
        electrolytePath = g.electrolytePathLength?.si ?? design.electrolyteThickness.si
        interfaceResistance = design.interfaceResistance.si
        temperature = T
        cutoff = design.cutoff.si
        geometry = g
        thermalVoltage2 = 2 * PhysicalConstants.gas * T / PhysicalConstants.faraday

        switch design.electrolyteTransport {
        case .singleIon:
            saltTransport = nil
        case .binary(let tPlus):
            guard tPlus > 0, tPlus < 1 else {
                throw .invalidParameter(
                    DesignParameter.transferenceNumber.key, reason: "must lie in (0, 1]; got \(tPlus)")
            }
            guard let d = design.saltDiffusivity else {
                throw .missingParameter(
                    DesignParameter.saltDiffusivity.key,
                    reason: "a binary electrolyte (t₊ < 1) needs the salt diffusivity")
            }
            guard let c = design.saltConcentration else {
                throw .missingParameter(
                    DesignParameter.saltConcentration.key,
                    reason: "a binary electrolyte (t₊ < 1) needs the salt concentration")
            }
            try positive(d.si, .saltDiffusivity, "the salt diffusivity")
            try positive(c.si, .saltConcentration, "the salt concentration")
            // The salt diffuses in the same polymer whose conductivity is activated; without a
            // separate value it follows the conductivity's activation energy.
            saltTransport = SaltTransport(
                transferenceNumber: tPlus,
                diffusivity: d.si * arrhenius(design.conductivityActivationEnergy, from: sigmaReference),
                concentration: c.si)
        }

        let ocv = openCircuitVoltage.potential(x0)
        guard ocv > cutoff else { throw .cutoffAboveOpenCircuit(cutoff: cutoff, openCircuit: ocv) }
    }

    /// Charge per footprint area between x-min and x-max: F·c_max·(x_max − x_min)·L·AG (C m⁻²).
    public var capacityDensity: Double {
        PhysicalConstants.faraday * maximumConcentration * (upperStoichiometry - lowerStoichiometry) * thickness
            * geometry.areaGain
    }

    /// The 1C current per footprint area, Q/(3600 s) (A m⁻²).
    public var oneCCurrentDensity: Double { capacityDensity / 3600 }

    /// The discharge current per footprint area the design's load asks for (A m⁻²).
    public var currentDensity: Double {
        switch design.load {
        case .cRate(let c): return c * oneCCurrentDensity
        case .currentDensity(let j): return j.si
        }
    }

    /// The same cell under another load.
    public func with(load: DischargeDesign.Load) throws(SimulationError) -> CellModel {
        var d = design
        d.load = load
        return try CellModel(d)
    }

    /// Terminal voltage (V) at footprint current density `i`, surface stoichiometry `xs` and
    /// electrolyte face concentrations `anodeSalt`, `cathodeSalt` relative to the rest value
    /// (both 1 for a single-ion conductor).
    @inline(__always)
    public func voltage(
        currentDensity i: Double, surfaceStoichiometry xs: Double, anodeSalt: Double = 1,
        cathodeSalt: Double = 1
    ) -> Double {
        guard xs > 0, xs < 1 else { return -.infinity }
        let iInt = i / geometry.areaGain
        let i0 = rateConstant * PhysicalConstants.faraday * maximumConcentration * (xs * (1 - xs)).squareRoot()
        let etaC = thermalVoltage2 * asinh(iInt / (2 * i0))
        let iA = i / geometry.anodeAreaFactor
        let etaA = thermalVoltage2 * asinh(iA / (2 * anodeExchangeCurrentDensity))
        let iE = i / geometry.electrolyteAreaFactor
        var v =
            openCircuitTable.evaluate(xs) - etaC - etaA - iE * electrolytePath / conductivity
            - iInt * interfaceResistance
        if let salt = saltTransport {
            guard cathodeSalt > 0 else { return -.infinity }
            v -= thermalVoltage2 * (1 - salt.transferenceNumber) * log(anodeSalt / cathodeSalt)
        }
        return v
    }
}
