import Foundation

/// A system of ODEs dy/dt = f(t, y) whose Jacobian ∂f/∂y is tridiagonal — what a finite-volume
/// discretization of one or several decoupled 1-D diffusion problems produces.
public protocol TridiagonalODESystem {
    /// Number of unknowns.
    var dimension: Int { get }
    /// f(t, y).
    func derivative(at t: Double, state y: [Double]) -> [Double]
    /// ∂f/∂y at (t, y); exact for linear systems.
    func jacobian(at t: Double, state y: [Double]) -> TridiagonalMatrix
}

/// Why an integration stopped early.
public struct IntegrationFailure: Error, Sendable, Equatable {
    /// The last time the integrator reached with an accepted step.
    public let timeReached: Double
    public let reason: String
}

/// TR-BDF2 with adaptive steps: an implicit, L-stable, second-order one-step method.
///
/// Each step is a trapezoidal stage to t + γh followed by a BDF2 stage to t + h, with
/// γ = 2 − √2 so that both stages share the matrix I − (γh/2)·J (Bank et al., IEEE Trans.
/// Electron Devices 32 (1985) 1992; Hosea & Shampine, Appl. Numer. Math. 20 (1996) 21).
/// Each stage is solved by Newton's method with the tridiagonal Jacobian (one iteration for a
/// linear system), so a step costs O(N).
///
/// The local error is estimated by step doubling — one step of h against two of h/2, error
/// ≈ (y_{h/2} − y_h)/3 for a second-order method — and the step is accepted when the weighted
/// RMS norm of that estimate, with weights `absoluteTolerance + relativeTolerance·|y|`, is ≤ 1.
/// The solution carried forward is the two-half-step one.
///
/// An optional event function is monitored; at a sign change from positive to non-positive the
/// event time is located by a bracketed root find on the step size, each trial being the same
/// two-half-step update from the last accepted state, so the reported state is one the
/// integrator itself would produce.
public struct TRBDF2Integrator: Sendable {
    public var relativeTolerance: Double
    public var absoluteTolerance: Double
    public var maxSteps: Int
    public var initialStep: Double?
    public var maxStep: Double?

    public init(
        relativeTolerance: Double = 1e-6, absoluteTolerance: Double = 1e-9, maxSteps: Int = 100_000,
        initialStep: Double? = nil, maxStep: Double? = nil
    ) {
        self.relativeTolerance = relativeTolerance
        self.absoluteTolerance = absoluteTolerance
        self.maxSteps = maxSteps
        self.initialStep = initialStep
        self.maxStep = maxStep
    }

    /// Where an integration ended.
    public struct Outcome: Sendable {
        public let time: Double
        public let state: [Double]
        /// True when the event function reached zero (rather than `endTime` being reached).
        public let eventTriggered: Bool
        public let acceptedSteps: Int
        public let rejectedSteps: Int
    }

    private static let gamma = 2.0 - 2.0.squareRoot()

    /// Integrates from (t0, y0) until `endTime` or until `event(t, y)` falls to ≤ 0.
    /// `observe` sees the initial state and every accepted state (and the event state).
    public func integrate<S: TridiagonalODESystem>(
        _ system: S, from t0: Double, state y0: [Double], to endTime: Double,
        event: ((Double, [Double]) -> Double)? = nil,
        observe: (Double, [Double]) -> Void = { _, _ in }
    ) throws(IntegrationFailure) -> Outcome {
        var t = t0
        var y = y0
        observe(t, y)
        var h = initialStep ?? (endTime - t0) * 1e-6
        let hMax = maxStep ?? (endTime - t0)
        var accepted = 0
        var rejected = 0
        var eventValue = event?(t, y) ?? 1
        if eventValue <= 0 {
            return Outcome(time: t, state: y, eventTriggered: true, acceptedSteps: 0, rejectedSteps: 0)
        }
        while t < endTime {
            if accepted + rejected >= maxSteps {
                throw IntegrationFailure(timeReached: t, reason: "step limit of \(maxSteps) reached")
            }
            h = min(h, hMax, endTime - t)
            if h <= 1e-14 * max(1, abs(t)) {
                throw IntegrationFailure(timeReached: t, reason: "step size underflow")
            }
            guard let full = step(system, t: t, y: y, h: h),
                let half = step(system, t: t, y: y, h: h / 2),
                let two = step(system, t: t + h / 2, y: half, h: h / 2)
            else {
                rejected += 1
                h *= 0.25
                continue
            }
            var sum = 0.0
            for i in 0..<y.count {
                let e = (two[i] - full[i]) / 3
                let w = absoluteTolerance + relativeTolerance * max(abs(y[i]), abs(two[i]))
                sum += (e / w) * (e / w)
            }
            let norm = (sum / Double(y.count)).squareRoot()
            guard norm.isFinite else {
                rejected += 1
                h *= 0.25
                continue
            }
            if norm > 1 {
                rejected += 1
                h *= max(0.2, 0.9 * pow(norm, -1.0 / 3.0))
                continue
            }
            // Accepted.
            if let event {
                let newValue = event(t + h, two)
                if newValue <= 0 {
                    let tStart = t
                    let yStart = y
                    let trial: (Double) -> (Double, [Double])? = { theta in
                        guard let a = step(system, t: tStart, y: yStart, h: theta / 2),
                            let b = step(system, t: tStart + theta / 2, y: a, h: theta / 2)
                        else { return nil }
                        return (event(tStart + theta, b), b)
                    }
                    let tolerance = 1e-12 * max(abs(tStart + h), 1)
                    let root = RootFinding.illinois(in: 0, h, values: eventValue, newValue, tolerance: tolerance) {
                        theta in
                        trial(theta)?.0 ?? .nan
                    }
                    let theta = root?.x ?? h
                    let yEvent = trial(theta)?.1 ?? two
                    observe(tStart + theta, yEvent)
                    return Outcome(
                        time: tStart + theta, state: yEvent, eventTriggered: true,
                        acceptedSteps: accepted + 1, rejectedSteps: rejected)
                }
                eventValue = newValue
            }
            t += h
            y = two
            accepted += 1
            observe(t, y)
            h *= min(4, max(0.2, 0.9 * pow(max(norm, 1e-12), -1.0 / 3.0)))
        }
        return Outcome(time: t, state: y, eventTriggered: false, acceptedSteps: accepted, rejectedSteps: rejected)
    }

    /// One TR-BDF2 step; `nil` when Newton's method does not converge or a pivot vanishes.
    func step<S: TridiagonalODESystem>(_ system: S, t: Double, y: [Double], h: Double) -> [Double]? {
        let g = Self.gamma
        let n = y.count
        let f0 = system.derivative(at: t, state: y)
        // Stage 1 (trapezoid to t + γh): z − (γh/2) f(t+γh, z) = y + (γh/2) f(t, y).
        var rhs1 = [Double](repeating: 0, count: n)
        for i in 0..<n { rhs1[i] = y[i] + 0.5 * g * h * f0[i] }
        guard let z = newton(system, t: t + g * h, guess: y, rhs: rhs1, factor: 0.5 * g * h) else { return nil }
        // Stage 2 (BDF2 to t + h): y1 − (γh/2) f(t+h, y1) = [z − (1−γ)² y] / (γ(2−γ)).
        let a = 1 / (g * (2 - g))
        let b = (1 - g) * (1 - g) / (g * (2 - g))
        var rhs2 = [Double](repeating: 0, count: n)
        for i in 0..<n { rhs2[i] = a * z[i] - b * y[i] }
        return newton(system, t: t + h, guess: z, rhs: rhs2, factor: 0.5 * g * h)
    }

    /// Solves u − factor·f(t, u) = rhs by Newton's method with the tridiagonal Jacobian.
    private func newton<S: TridiagonalODESystem>(
        _ system: S, t: Double, guess: [Double], rhs: [Double], factor: Double
    ) -> [Double]? {
        var u = guess
        let n = u.count
        for _ in 0..<12 {
            let f = system.derivative(at: t, state: u)
            var residual = [Double](repeating: 0, count: n)
            for i in 0..<n { residual[i] = rhs[i] - (u[i] - factor * f[i]) }
            let matrix = system.jacobian(at: t, state: u).shifted(identity: 1, scale: -factor)
            guard let delta = matrix.solve(residual) else { return nil }
            var sum = 0.0
            for i in 0..<n {
                u[i] += delta[i]
                let w = absoluteTolerance + relativeTolerance * abs(u[i])
                sum += (delta[i] / w) * (delta[i] / w)
            }
            // Converged well below the step's error tolerance.
            if (sum / Double(n)).squareRoot() < 1e-3 { return u }
        }
        return nil
    }
}
