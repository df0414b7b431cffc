import AtlasCore
import Foundation

/// The fast path: a constant-current discharge evaluated in closed form.
///
/// Under constant current the diffusion problems are linear with constant boundary fluxes, so
/// their boundary values are known exactly (``SlabDiffusion``):
///
///     x_s(t) = x0 + (N·L/(D·c_max))·g(D t/L²),          N = i_int/F  (flux into z = L)
///     c_e(0, t)/c_e0 = 1 + (J·L_e/(D_e·c_e0))·p(D_e t/L_e²),   J = (1 − t₊)·i_e/F
///     c_e(L_e, t)/c_e0 = 1 − (J·L_e/(D_e·c_e0))·p(D_e t/L_e²)
///
/// so V(t) is an explicit function of time. A discharge is then: the time t_x at which x_s
/// reaches 0.999·x_max (bracketed root of the monotone g), the first time V(t) reaches the
/// cut-off before t_x (sampled on a grid clustered at t = 0, then a bracketed Illinois root to
/// 10⁻¹⁰ relative), and the energy ∫ i·V dt by Gauss–Legendre panels on the substitution
/// t = t_end·(1 − cos πs)/2, which resolves both the √t start and the steep end. No time
/// stepping is involved.
public struct ConstantCurrentDischarge: Sendable {
    public let model: CellModel
    /// Discharge current per footprint area (A m⁻²).
    public let currentDensity: Double

    /// Rise of x_s per unit of g.
    private let stoichiometryScale: Double
    /// D/L² (s⁻¹).
    private let solidRate: Double
    /// Rise of c_e(0)/c_e0 per unit of p, and D_e/L_e².
    private let saltScale: Double
    private let saltRate: Double
    /// i_int/(2·k·F·c_max): the cathode overpotential is (2RT/F)·asinh(kineticRatio/√(x(1−x))).
    private let kineticRatio: Double
    /// The losses that do not change during a constant-current discharge: anode overpotential,
    /// ohmic drop and interface resistance (V).
    private let constantLoss: Double
    /// (2RT/F)(1 − t₊) for a binary electrolyte.
    private let saltVoltage: Double

    /// Samples of V(t) used to bracket the first cut-off crossing.
    public static let bracketSamples = 16
    /// Panels × points of the energy quadrature.
    public static let quadraturePanels = 6
    static let quadratureRule = GaussLegendreRule(points: 8)

    public init(model: CellModel) {
        self.init(model: model, currentDensity: model.currentDensity)
    }

    /// A discharge of `model` at `i` A m⁻² of footprint. Contract: i > 0 and finite (the models and
    /// rate lists that reach this point have been validated; a zero current never ends).
    public init(model: CellModel, currentDensity i: Double) {
        precondition(i > 0 && i.isFinite, "a discharge needs a positive, finite current density")
        self.model = model
        self.currentDensity = i
        let flux = i / model.geometry.areaGain / PhysicalConstants.faraday
        stoichiometryScale = flux * model.thickness / (model.diffusivity * model.maximumConcentration)
        solidRate = model.diffusivity / (model.thickness * model.thickness)
        let iInt = i / model.geometry.areaGain
        kineticRatio = iInt / (2 * model.rateConstant * PhysicalConstants.faraday * model.maximumConcentration)
        constantLoss =
            model.thermalVoltage2 * asinh(i / model.geometry.anodeAreaFactor / (2 * model.anodeExchangeCurrentDensity))
            + i / model.geometry.electrolyteAreaFactor * model.electrolytePath / model.conductivity
            + iInt * model.interfaceResistance
        saltVoltage = model.thermalVoltage2 * (1 - (model.saltTransport?.transferenceNumber ?? 1))
        if let salt = model.saltTransport {
            let j = (1 - salt.transferenceNumber) * i / model.geometry.electrolyteAreaFactor / PhysicalConstants.faraday
            saltScale = j * model.electrolytePath / (salt.diffusivity * salt.concentration)
            saltRate = salt.diffusivity / (model.electrolytePath * model.electrolytePath)
        } else {
            saltScale = 0
            saltRate = 0
        }
    }

    /// x_s(t).
    @inline(__always)
    public func surfaceStoichiometry(at t: Double) -> Double {
        model.initialStoichiometry + stoichiometryScale * SlabDiffusion.sealedSlabSurface(solidRate * t)
    }

    /// c_e/c_e0 at the anode and cathode faces of the electrolyte (1 for a single-ion conductor).
    @inline(__always)
    public func saltFaces(at t: Double) -> (anode: Double, cathode: Double) {
        guard saltScale != 0 else { return (1, 1) }
        let rise = saltScale * SlabDiffusion.throughSlabFace(saltRate * t)
        return (1 + rise, 1 - rise)
    }

    /// V(t): the same expression as ``CellModel/voltage(currentDensity:surfaceStoichiometry:anodeSalt:cathodeSalt:)``
    /// with the terms that are constant under constant current computed once.
    @inline(__always)
    public func voltage(at t: Double) -> Double {
        voltage(at: t, surface: surfaceStoichiometry(at: t))
    }

    @inline(__always)
    func voltage(at t: Double, surface xs: Double) -> Double {
        guard xs > 0, xs < 1 else { return -.infinity }
        let y = kineticRatio / (xs * (1 - xs)).squareRoot()
        var v =
            model.openCircuitTable.evaluate(xs) - model.thermalVoltage2 * log(y + (y * y + 1).squareRoot())
            - constantLoss
        if saltScale != 0 {
            let rise = saltScale * SlabDiffusion.throughSlabFace(saltRate * t)
            guard rise < 1 else { return -.infinity }
            v -= saltVoltage * log((1 + rise) / (1 - rise))
        }
        return v
    }

    /// The end of the discharge: its time and why.
    public func endOfDischarge() -> (time: Double, termination: Termination) {
        let vCut = model.cutoff
        // Full lithiation of the surface: g(τ) = target, with g(τ) ≥ τ bracketing τ ≤ target.
        let xLimit = CellModel.fullLithiationFraction * model.upperStoichiometry
        let target = (xLimit - model.initialStoichiometry) / stoichiometryScale
        let tauRoot = RootFinding.illinois(
            in: 0, target, values: -target, SlabDiffusion.sealedSlabSurface(target) - target,
            tolerance: 1e-13 * max(target, 1e-300)
        ) { tau in
            SlabDiffusion.sealedSlabSurface(tau) - target
        }
        let tFull = (tauRoot?.x ?? target) / solidRate
        let v0 = voltage(at: 0)
        if !(v0 > vCut) { return (0, .voltageCutoff) }
        // First crossing of the cut-off on a grid clustered at t = 0 (t_k = t_x·(k/K)²).
        var previousT = 0.0
        var previousV = v0
        let k = Self.bracketSamples
        for step in 1...k {
            let s = Double(step) / Double(k)
            let t = tFull * s * s
            let v = voltage(at: t)
            if !(v > vCut) {
                let root = RootFinding.illinois(
                    in: previousT, t, values: previousV - vCut, v - vCut,
                    tolerance: 1e-10 * tFull
                ) { voltage(at: $0) - vCut }
                return (root?.x ?? t, .voltageCutoff)
            }
            previousT = t
            previousV = v
        }
        return (tFull, .fullLithiation)
    }

    /// ∫₀^T V dt (V s), with t = T·(1 − cos πs)/2 and Gauss–Legendre panels in s.
    public func voltageIntegral(until end: Double) -> Double {
        guard end > 0 else { return 0 }
        let panels = Self.quadraturePanels
        var sum = 0.0
        for p in 0..<panels {
            let a = Double(p) / Double(panels)
            let b = Double(p + 1) / Double(panels)
            sum += Self.quadratureRule.integrate(from: a, to: b) { s in
                let t = 0.5 * end * (1 - cos(Double.pi * s))
                return voltage(at: t) * sin(Double.pi * s)
            }
        }
        return sum * 0.5 * end * Double.pi
    }

    /// The summary only (no curve): what rate and design sweeps need.
    public func summary() -> DischargeSummary {
        let end = endOfDischarge()
        return summary(end: end.time, termination: end.termination)
    }

    private func summary(end: Double, termination: Termination) -> DischargeSummary {
        let charge = currentDensity * end
        let energy = currentDensity * voltageIntegral(until: end)
        let meanVoltage = charge > 0 ? energy / charge : voltage(at: 0)
        return DischargeSummary(
            cRate: currentDensity / model.oneCCurrentDensity,
            currentDensity: CurrentDensity(si: currentDensity),
            capacity: ArealCapacity(si: charge),
            meanVoltage: Voltage(si: meanVoltage),
            energy: ArealEnergy(si: energy),
            averagePower: ArealPower(si: end > 0 ? energy / end : 0),
            duration: Duration(si: end),
            termination: termination,
            theoreticalCapacity: ArealCapacity(si: model.capacityDensity)
        )
    }

    /// The summary and the curve sampled at `points` equally spaced times from 0 to the end.
    public func run(points: Int = 201) -> DischargeResult {
        let end = endOfDischarge()
        let n = max(points, 2)
        var curve: [DischargePoint] = []
        curve.reserveCapacity(n)
        for j in 0..<n {
            let t = j == n - 1 ? end.time : end.time * Double(j) / Double(n - 1)
            let xs = surfaceStoichiometry(at: t)
            curve.append(
                DischargePoint(
                    time: t, chargeDensity: currentDensity * t, voltage: voltage(at: t, surface: xs),
                    surfaceStoichiometry: xs))
        }
        return DischargeResult(summary: summary(end: end.time, termination: end.termination), curve: curve)
    }
}
