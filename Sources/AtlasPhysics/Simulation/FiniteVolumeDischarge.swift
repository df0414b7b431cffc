import AtlasCore
import Foundation

/// The reference path: the same model discretized by finite volumes and integrated with the
/// adaptive implicit ``TRBDF2Integrator``, for any current history i(t) ≥ 0.
///
/// Discretization: the cathode film is cut into N equal cells of width Δ = L/N; the unknowns
/// are the cell-average stoichiometries xⱼ = cⱼ/c_max, with
///
///     dxⱼ/dt = (D/Δ²)(xⱼ₊₁ − 2xⱼ + xⱼ₋₁)                       interior cells
///     dx₀/dt = (D/Δ²)(x₁ − x₀)                                  sealed face z = 0
///     dx_{N−1}/dt = (D/Δ²)(x_{N−2} − x_{N−1}) + N(t)/(c_max·Δ)    flux N = i_int/F at z = L
///
/// and the surface value is extrapolated with the known boundary gradient,
/// x_s = x_{N−1} + (Δ/2)·N/(D·c_max), which is second-order accurate. A binary electrolyte
/// adds M = N cells for c_e/c_e0 with the salt flux J = (1 − t₊)·i_e/F entering at the anode
/// face and leaving at the cathode face. The two blocks are independent given i(t), so the
/// Jacobian stays tridiagonal and every implicit stage costs O(N).
///
/// Time steps are capped at 1/500 of the nominal discharge time so that the curve and the
/// trapezoidal energy are resolved. The discharge ends at the first event V − V_cut = 0 or x_s − 0.999·x_max = 0, located by
/// the integrator to 10⁻¹² relative in time. If the integrator fails, the error reports the
/// time it reached; a truncated curve is never returned as a result.
public struct FiniteVolumeDischarge: Sendable {
    public let model: CellModel
    /// Cathode cells N (and electrolyte cells for a binary electrolyte).
    public let cells: Int
    /// The time integrator (tolerances, step limits).
    public var integrator: TRBDF2Integrator
    /// Current per footprint area as a function of time (A m⁻²).
    public let current: @Sendable (Double) -> Double

    /// A constant-current discharge at the model's load.
    public init(model: CellModel, cells: Int = 100, tolerance: Double = 1e-7) {
        let i = model.currentDensity
        self.init(model: model, cells: cells, tolerance: tolerance) { _ in i }
    }

    public init(model: CellModel, cells: Int, tolerance: Double, current: @escaping @Sendable (Double) -> Double) {
        self.model = model
        self.cells = max(cells, 2)
        self.integrator = TRBDF2Integrator(relativeTolerance: tolerance, absoluteTolerance: tolerance)
        self.current = current
    }

    /// The semi-discrete system (stoichiometry cells, then salt cells if any).
    struct System: TridiagonalODESystem {
        let model: CellModel
        let cells: Int
        let saltCells: Int
        let current: @Sendable (Double) -> Double

        var dimension: Int { cells + saltCells }

        var cellWidth: Double { model.thickness / Double(cells) }
        var saltCellWidth: Double { model.electrolytePath / Double(max(saltCells, 1)) }

        /// Flux of Li into the cathode face (mol m⁻² s⁻¹) at time t.
        func solidFlux(_ t: Double) -> Double {
            current(t) / model.geometry.areaGain / PhysicalConstants.faraday
        }

        /// Salt flux through the electrolyte (mol m⁻² s⁻¹) at time t.
        func saltFlux(_ t: Double) -> Double {
            guard let salt = model.saltTransport else { return 0 }
            return (1 - salt.transferenceNumber) * current(t) / model.geometry.electrolyteAreaFactor
                / PhysicalConstants.faraday
        }

        func derivative(at t: Double, state y: [Double]) -> [Double] {
            var f = [Double](repeating: 0, count: dimension)
            let k = model.diffusivity / (cellWidth * cellWidth)
            for j in 0..<cells {
                var s = 0.0
                if j > 0 { s += y[j - 1] - y[j] }
                if j < cells - 1 { s += y[j + 1] - y[j] }
                f[j] = k * s
            }
            f[cells - 1] += solidFlux(t) / (model.maximumConcentration * cellWidth)
            if let salt = model.saltTransport {
                let ke = salt.diffusivity / (saltCellWidth * saltCellWidth)
                let source = saltFlux(t) / (salt.concentration * saltCellWidth)
                for m in 0..<saltCells {
                    let j = cells + m
                    var s = 0.0
                    if m > 0 { s += y[j - 1] - y[j] }
                    if m < saltCells - 1 { s += y[j + 1] - y[j] }
                    f[j] = ke * s
                }
                f[cells] += source
                f[cells + saltCells - 1] -= source
            }
            return f
        }

        func jacobian(at t: Double, state y: [Double]) -> TridiagonalMatrix {
            var m = TridiagonalMatrix(size: dimension)
            func block(start: Int, count: Int, rate k: Double) {
                for r in 0..<count {
                    let j = start + r
                    if r > 0 {
                        m.lower[j] = k
                        m.diagonal[j] -= k
                    }
                    if r < count - 1 {
                        m.upper[j] = k
                        m.diagonal[j] -= k
                    }
                }
            }
            block(start: 0, count: cells, rate: model.diffusivity / (cellWidth * cellWidth))
            if let salt = model.saltTransport {
                block(start: cells, count: saltCells, rate: salt.diffusivity / (saltCellWidth * saltCellWidth))
            }
            return m
        }

        /// x_s from the last cell and the boundary gradient.
        func surfaceStoichiometry(_ t: Double, _ y: [Double]) -> Double {
            y[cells - 1] + 0.5 * cellWidth * solidFlux(t) / (model.diffusivity * model.maximumConcentration)
        }

        /// c_e/c_e0 at the two electrolyte faces.
        func saltFaces(_ t: Double, _ y: [Double]) -> (Double, Double) {
            guard let salt = model.saltTransport else { return (1, 1) }
            let g = 0.5 * saltCellWidth * saltFlux(t) / (salt.diffusivity * salt.concentration)
            return (y[cells] + g, y[cells + saltCells - 1] - g)
        }

        func voltage(_ t: Double, _ y: [Double]) -> Double {
            let faces = saltFaces(t, y)
            return model.voltage(
                currentDensity: current(t), surfaceStoichiometry: surfaceStoichiometry(t, y),
                anodeSalt: faces.0, cathodeSalt: faces.1)
        }
    }

    /// Integrates until the cut-off or full lithiation, or until `endTime` (default: ten times
    /// the time the window would take at the initial current).
    public func run(endTime: Double? = nil) throws(SimulationError) -> DischargeResult {
        let saltCells = model.saltTransport == nil ? 0 : cells
        let system = System(model: model, cells: cells, saltCells: saltCells, current: current)
        var y0 = [Double](repeating: model.initialStoichiometry, count: cells)
        y0 += [Double](repeating: 1, count: saltCells)
        let i0 = max(current(0), 1e-300)
        let horizon = endTime ?? 10 * model.capacityDensity / i0
        let xLimit = CellModel.fullLithiationFraction * model.upperStoichiometry
        let vCut = model.cutoff
        let event: (Double, [Double]) -> Double = { t, y in
            min(system.voltage(t, y) - vCut, xLimit - system.surfaceStoichiometry(t, y))
        }
        var times: [Double] = []
        var voltages: [Double] = []
        var surfaces: [Double] = []
        var currents: [Double] = []
        let observe: (Double, [Double]) -> Void = { t, y in
            times.append(t)
            voltages.append(system.voltage(t, y))
            surfaces.append(system.surfaceStoichiometry(t, y))
            currents.append(current(t))
        }
        var integrator = self.integrator
        integrator.initialStep = horizon * 1e-9
        // Steps of at most 1/500 of the window's nominal duration keep the trapezoidal charge
        // and energy (and the curve) resolved even where the state itself is smooth.
        integrator.maxStep = model.capacityDensity / i0 / 500
        let outcome: TRBDF2Integrator.Outcome
        do {
            outcome = try integrator.integrate(system, from: 0, state: y0, to: horizon, event: event, observe: observe)
        } catch {
            throw .solverFailed(timeReached: error.timeReached, reason: error.reason)
        }
        guard outcome.eventTriggered else {
            throw .solverFailed(
                timeReached: outcome.time,
                reason: "neither the cut-off nor full lithiation was reached by t = \(outcome.time) s")
        }
        // Charge and energy by the trapezoidal rule over the accepted steps.
        var charge = 0.0
        var energy = 0.0
        var curve: [DischargePoint] = [
            DischargePoint(time: 0, chargeDensity: 0, voltage: voltages[0], surfaceStoichiometry: surfaces[0])
        ]
        for n in 1..<times.count {
            let dt = times[n] - times[n - 1]
            charge += 0.5 * (currents[n] + currents[n - 1]) * dt
            let vPrev = voltages[n - 1].isFinite ? voltages[n - 1] : 0
            let vNow = voltages[n].isFinite ? voltages[n] : vPrev
            energy += 0.5 * (currents[n] * vNow + currents[n - 1] * vPrev) * dt
            curve.append(
                DischargePoint(
                    time: times[n], chargeDensity: charge, voltage: voltages[n], surfaceStoichiometry: surfaces[n]))
        }
        let end = outcome.time
        let voltageMargin = system.voltage(end, outcome.state) - vCut
        let lithiationMargin = xLimit - system.surfaceStoichiometry(end, outcome.state)
        let termination: Termination = voltageMargin <= lithiationMargin ? .voltageCutoff : .fullLithiation
        let meanCurrent = end > 0 ? charge / end : i0
        let summary = DischargeSummary(
            cRate: meanCurrent / model.oneCCurrentDensity,
            currentDensity: CurrentDensity(si: meanCurrent),
            capacity: ArealCapacity(si: charge),
            meanVoltage: Voltage(si: charge > 0 ? energy / charge : voltages[0]),
            energy: ArealEnergy(si: energy),
            averagePower: ArealPower(si: end > 0 ? energy / end : 0),
            duration: Duration(si: end),
            termination: termination,
            theoreticalCapacity: ArealCapacity(si: model.capacityDensity)
        )
        return DischargeResult(summary: summary, curve: curve)
    }
}
