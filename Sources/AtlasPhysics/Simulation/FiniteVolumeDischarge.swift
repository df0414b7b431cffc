import AtlasCore
import Foundation

/// The reference path: the same model discretized by finite volumes and integrated with the
/// adaptive implicit ``TRBDF2Integrator``, for any current history i(t) ≥ 0.
///
/// Discretization (vertex-centred finite volumes): the cathode film is cut into N equal intervals
/// of width Δ = L/N; the unknowns are the stoichiometries xⱼ = c(jΔ)/c_max at the N + 1 nodes
/// z = jΔ, each the average over its control volume (width Δ inside, Δ/2 at the two faces):
///
///     dx₀/dt = (2D/Δ²)(x₁ − x₀)                                  sealed face z = 0
///     dxⱼ/dt = (D/Δ²)(xⱼ₊₁ − 2xⱼ + xⱼ₋₁)                          interior nodes
///     dx_N/dt = (2D/Δ²)(x_{N−1} − x_N) + 2N(t)/(c_max·Δ)           flux N = i_int/F at z = L
///
/// The surface stoichiometry is the face node itself, x_s = x_N: second-order accurate (the face
/// equations are the ghost-point central differences of the flux conditions), and the initial
/// state x_s(0) = x0 is exact — the surface does not jump when the current is switched on, so a
/// cut-off reached within the first step is located in time as the closed form locates it. A
/// binary electrolyte adds M = N intervals (M + 1 nodes) for c_e/c_e0, with the salt flux
/// J = (1 − t₊)·i_e/F entering at the anode face and leaving at the cathode face; the face
/// values are its first and last nodes. The two blocks are independent given i(t), so the
/// Jacobian stays tridiagonal and every implicit stage costs O(N).
///
/// Time steps are capped at 1/500 of the nominal discharge time so that the curve and the
/// trapezoidal energy are resolved. The discharge ends at the first event V − V_cut = 0 or
/// x_s − 0.999·x_max = 0, located by the integrator to 10⁻¹² relative in time; the event is
/// evaluated on the exact initial state too, so a cell whose voltage starts at or below the
/// cut-off delivers nothing, as in the closed form. If the integrator fails, the error reports
/// the time it reached; a truncated curve is never returned as a result.
public struct FiniteVolumeDischarge: Sendable {
    public let model: CellModel
    /// Cathode intervals N (and electrolyte intervals for a binary electrolyte).
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

    /// A constant-current discharge of `model` at `currentDensity` A m⁻² of footprint (a rate
    /// sweep's point), whatever the model's own load.
    public init(model: CellModel, currentDensity i: Double, cells: Int = 100, tolerance: Double = 1e-7) {
        self.init(model: model, cells: cells, tolerance: tolerance) { _ in i }
    }

    public init(model: CellModel, cells: Int, tolerance: Double, current: @escaping @Sendable (Double) -> Double) {
        self.model = model
        self.cells = max(cells, 2)
        self.integrator = TRBDF2Integrator(relativeTolerance: tolerance, absoluteTolerance: tolerance)
        self.current = current
    }

    /// The semi-discrete system: the N + 1 stoichiometry nodes, then the M + 1 salt nodes if any.
    struct System: TridiagonalODESystem {
        let model: CellModel
        /// Cathode intervals N.
        let cells: Int
        /// Electrolyte intervals M (0 for a single-ion conductor).
        let saltCells: Int
        let current: @Sendable (Double) -> Double

        var solidNodes: Int { cells + 1 }
        var saltNodes: Int { saltCells > 0 ? saltCells + 1 : 0 }
        var dimension: Int { solidNodes + saltNodes }

        var cellWidth: Double { model.thickness / Double(cells) }
        var saltCellWidth: Double { model.electrolytePath / Double(max(saltCells, 1)) }

        /// The state at t = 0: x0 everywhere in the film, the rest concentration in the electrolyte.
        var initialState: [Double] {
            [Double](repeating: model.initialStoichiometry, count: solidNodes)
                + [Double](repeating: 1, count: saltNodes)
        }

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

        /// Diffusion on `count` nodes from `start` with rate k = D/Δ²: interior nodes see both
        /// neighbours, the half-width face nodes one neighbour at twice the rate.
        private func diffuse(_ y: [Double], into f: inout [Double], start: Int, count: Int, rate k: Double) {
            let last = start + count - 1
            f[start] = 2 * k * (y[start + 1] - y[start])
            for j in (start + 1)..<last {
                f[j] = k * (y[j + 1] - 2 * y[j] + y[j - 1])
            }
            f[last] = 2 * k * (y[last - 1] - y[last])
        }

        func derivative(at t: Double, state y: [Double]) -> [Double] {
            var f = [Double](repeating: 0, count: dimension)
            diffuse(y, into: &f, start: 0, count: solidNodes, rate: model.diffusivity / (cellWidth * cellWidth))
            // The face node's control volume is Δ/2 wide.
            f[cells] += 2 * solidFlux(t) / (model.maximumConcentration * cellWidth)
            if let salt = model.saltTransport {
                let h = saltCellWidth
                diffuse(y, into: &f, start: solidNodes, count: saltNodes, rate: salt.diffusivity / (h * h))
                let source = 2 * saltFlux(t) / (salt.concentration * h)
                f[solidNodes] += source
                f[solidNodes + saltCells] -= source
            }
            return f
        }

        func jacobian(at t: Double, state y: [Double]) -> TridiagonalMatrix {
            var m = TridiagonalMatrix(size: dimension)
            func block(start: Int, count: Int, rate k: Double) {
                let last = start + count - 1
                m.diagonal[start] = -2 * k
                m.upper[start] = 2 * k
                for j in (start + 1)..<last {
                    m.lower[j] = k
                    m.diagonal[j] = -2 * k
                    m.upper[j] = k
                }
                m.lower[last] = 2 * k
                m.diagonal[last] = -2 * k
            }
            block(start: 0, count: solidNodes, rate: model.diffusivity / (cellWidth * cellWidth))
            if let salt = model.saltTransport {
                block(
                    start: solidNodes, count: saltNodes, rate: salt.diffusivity / (saltCellWidth * saltCellWidth))
            }
            return m
        }

        /// x_s: the face node.
        func surfaceStoichiometry(_ t: Double, _ y: [Double]) -> Double {
            y[cells]
        }

        /// c_e/c_e0 at the two electrolyte faces (anode, cathode).
        func saltFaces(_ t: Double, _ y: [Double]) -> (Double, Double) {
            guard saltCells > 0 else { return (1, 1) }
            return (y[solidNodes], y[solidNodes + saltCells])
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
    ///
    /// The curve holds the exact initial state and every accepted step, or, with `points`, that
    /// many samples equally spaced in time from 0 to the end (as the closed form's curve): x_s,
    /// the electrolyte face concentrations and the charge are interpolated linearly between the
    /// two accepted steps around each sample (steps are at most 1/500 of the nominal discharge
    /// time), and V is the model's voltage at that state. The first and last samples are the
    /// exact initial state and the end state. The summary always uses every step.
    public func run(endTime: Double? = nil, points: Int? = nil) throws(SimulationError) -> DischargeResult {
        let saltCells = model.saltTransport == nil ? 0 : cells
        let system = System(model: model, cells: cells, saltCells: saltCells, current: current)
        let y0 = system.initialState
        let i0 = max(current(0), 1e-300)
        let horizon = endTime ?? 10 * model.capacityDensity / i0
        let xLimit = CellModel.fullLithiationFraction * model.upperStoichiometry
        let vCut = model.cutoff
        let event: (Double, [Double]) -> Double = { t, y in
            min(system.voltage(t, y) - vCut, xLimit - system.surfaceStoichiometry(t, y))
        }
        var samples: [Sample] = []
        let observe: (Double, [Double]) -> Void = { t, y in
            let faces = system.saltFaces(t, y)
            samples.append(
                Sample(
                    time: t, voltage: system.voltage(t, y), surface: system.surfaceStoichiometry(t, y),
                    anodeSalt: faces.0, cathodeSalt: faces.1, current: current(t)))
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
        for n in 1..<max(samples.count, 1) {
            let dt = samples[n].time - samples[n - 1].time
            charge += 0.5 * (samples[n].current + samples[n - 1].current) * dt
            let vPrev = samples[n - 1].voltage.isFinite ? samples[n - 1].voltage : 0
            let vNow = samples[n].voltage.isFinite ? samples[n].voltage : vPrev
            energy += 0.5 * (samples[n].current * vNow + samples[n - 1].current * vPrev) * dt
            samples[n].charge = charge
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
            meanVoltage: Voltage(si: charge > 0 ? energy / charge : samples[0].voltage),
            energy: ArealEnergy(si: energy),
            averagePower: ArealPower(si: end > 0 ? energy / end : 0),
            duration: Duration(si: end),
            termination: termination,
            theoreticalCapacity: ArealCapacity(si: model.capacityDensity)
        )
        let curve = points.map { resampled(samples, end: end, points: $0) } ?? samples.map(\.point)
        return DischargeResult(summary: summary, curve: curve)
    }

    /// One observed state: what the curve and the trapezoidal sums need.
    struct Sample {
        var time: Double
        var voltage: Double
        var surface: Double
        var anodeSalt: Double
        var cathodeSalt: Double
        var current: Double
        var charge = 0.0

        var point: DischargePoint {
            DischargePoint(time: time, chargeDensity: charge, voltage: voltage, surfaceStoichiometry: surface)
        }
    }

    /// `points` samples equally spaced in time over [0, end], interpolated between the observed
    /// states (see ``run(endTime:points:)``).
    func resampled(_ samples: [Sample], end: Double, points: Int) -> [DischargePoint] {
        let n = max(points, 2)
        var curve: [DischargePoint] = []
        curve.reserveCapacity(n)
        var k = 0
        for j in 0..<n {
            if j == 0 {
                curve.append(samples[0].point)
                continue
            }
            if j == n - 1 {
                curve.append(samples[samples.count - 1].point)
                continue
            }
            let t = end * Double(j) / Double(n - 1)
            while k + 1 < samples.count - 1 && samples[k + 1].time < t { k += 1 }
            let a = samples[k]
            let b = samples[min(k + 1, samples.count - 1)]
            let w = b.time > a.time ? (t - a.time) / (b.time - a.time) : 0
            func mix(_ p: Double, _ q: Double) -> Double { p + w * (q - p) }
            let surface = mix(a.surface, b.surface)
            let voltage = model.voltage(
                currentDensity: current(t), surfaceStoichiometry: surface,
                anodeSalt: mix(a.anodeSalt, b.anodeSalt), cathodeSalt: mix(a.cathodeSalt, b.cathodeSalt))
            curve.append(
                DischargePoint(
                    time: t, chargeDensity: mix(a.charge, b.charge), voltage: voltage, surfaceStoichiometry: surface))
        }
        return curve
    }
}
