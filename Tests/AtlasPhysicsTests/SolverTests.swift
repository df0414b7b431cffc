import Foundation
import Testing

@testable import AtlasPhysics

@Suite("Generic solver layer")
struct SolverTests {
    @Test("the Thomas algorithm solves a diagonally dominant tridiagonal system to round-off")
    func thomasSolves() throws {
        let n = 50
        var m = TridiagonalMatrix(size: n)
        for i in 0..<n {
            m.lower[i] = i > 0 ? -1.0 - 0.01 * Double(i) : 0
            m.upper[i] = i < n - 1 ? -0.5 : 0
            m.diagonal[i] = 3 + sin(Double(i))
        }
        let exact = (0..<n).map { cos(0.3 * Double($0)) }
        let rhs = m.multiply(exact)
        let x = try #require(m.solve(rhs))
        for i in 0..<n { #expect(abs(x[i] - exact[i]) < 1e-13) }
    }

    @Test("a zero pivot is reported instead of dividing by zero")
    func zeroPivot() {
        let m = TridiagonalMatrix(lower: [0, 1], diagonal: [0, 1], upper: [1, 0])
        #expect(m.solve([1, 1]) == nil)
    }

    @Test("Illinois finds the root of cos x − x to 1e-14 and refuses a bracket without a sign change")
    func illinois() throws {
        let root = try #require(RootFinding.illinois(in: 0, 1, tolerance: 1e-15) { cos($0) - $0 })
        #expect(abs(root.x - 0.739_085_133_215_160_6) < 1e-14)
        #expect(root.evaluations < 20)
        #expect(RootFinding.illinois(in: 2, 3, tolerance: 1e-12) { $0 * $0 + 1 } == nil)
    }

    @Test("Illinois bisects past an infinite end value")
    func illinoisInfinite() throws {
        let root = try #require(
            RootFinding.illinois(in: 0, 1, tolerance: 1e-12) { x in x >= 0.9 ? -.infinity : 0.5 - x })
        #expect(abs(root.x - 0.5) < 1e-10)
    }

    @Test("an n-point Gauss–Legendre rule integrates x^(2n−1) exactly and x^(2n) not")
    func gaussLegendreDegree() {
        for n in [1, 3, 8, 12] {
            let rule = GaussLegendreRule(points: n)
            let p = 2 * n - 1
            let exact = 1.0 / Double(p + 1)  // ∫₀¹ x^p dx
            #expect(abs(rule.integrate(from: 0, to: 1) { pow($0, Double(p)) } - exact) < 1e-14, "n = \(n)")
            let beyond = rule.integrate(from: 0, to: 1) { pow($0, Double(p + 1)) }
            #expect(abs(beyond - 1.0 / Double(p + 2)) > 1e-16, "n = \(n)")
            #expect(abs(rule.weights.reduce(0, +) - 2) < 1e-14)
        }
    }

    /// y′ = −λ(y − cos t) split into independent components: a linear test with exact solution.
    struct Relaxation: TridiagonalODESystem {
        let rates: [Double]
        var dimension: Int { rates.count }
        func derivative(at t: Double, state y: [Double]) -> [Double] {
            zip(rates, y).map { -$0 * ($1 - cos(t)) }
        }
        func jacobian(at t: Double, state y: [Double]) -> TridiagonalMatrix {
            TridiagonalMatrix(lower: rates.map { _ in 0 }, diagonal: rates.map { -$0 }, upper: rates.map { _ in 0 })
        }
        func exact(_ t: Double, _ lambda: Double) -> Double {
            // y(0) = 0: y = λ(λ cos t + sin t − λ e^{−λt})/(λ² + 1).
            lambda * (lambda * cos(t) + sin(t) - lambda * exp(-lambda * t)) / (lambda * lambda + 1)
        }
    }

    @Test("TR-BDF2 is second order: halving a fixed step divides the error by about 4, including a stiff component")
    func trbdf2Order() throws {
        let system = Relaxation(rates: [1, 1000])
        let integrator = TRBDF2Integrator()
        func error(steps: Int) -> Double {
            var y = [0.0, 0.0]
            let h = 1.0 / Double(steps)
            for n in 0..<steps { y = integrator.step(system, t: Double(n) * h, y: y, h: h)! }
            return abs(y[0] - system.exact(1, 1))
        }
        let ratio = error(steps: 20) / error(steps: 40)
        #expect(ratio > 3.6 && ratio < 4.4, "ratio \(ratio)")
    }

    @Test("the adaptive integrator meets its tolerance and locates an event inside a step")
    func adaptiveWithEvent() throws {
        let system = Relaxation(rates: [1])
        let integrator = TRBDF2Integrator(relativeTolerance: 1e-8, absoluteTolerance: 1e-10)
        let outcome = try integrator.integrate(system, from: 0, state: [0], to: 10) { t, y in 0.4 - y[0] }
        #expect(outcome.eventTriggered)
        #expect(abs(outcome.state[0] - 0.4) < 1e-9)
        let solution = system.exact(outcome.time, 1)
        #expect(abs(solution - 0.4) < 1e-6, "event located at the true crossing")
    }

    @Test("a step limit is reported with the time reached")
    func stepLimit() {
        let system = Relaxation(rates: [1])
        let integrator = TRBDF2Integrator(relativeTolerance: 1e-12, absoluteTolerance: 1e-14, maxSteps: 5)
        #expect(throws: IntegrationFailure.self) { try integrator.integrate(system, from: 0, state: [0], to: 10) }
        do {
            _ = try integrator.integrate(system, from: 0, state: [0], to: 10)
        } catch {
            #expect(error.timeReached > 0 && error.timeReached < 10)
            #expect(error.reason.contains("step limit"))
        }
    }
}
