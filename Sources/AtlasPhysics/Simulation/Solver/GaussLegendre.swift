import Foundation

/// An n-point Gauss–Legendre rule on [−1, 1]: exact for polynomials of degree ≤ 2n − 1.
///
/// Nodes are the roots of the Legendre polynomial Pₙ, found by Newton's method from the
/// Chebyshev-like guess cos(π(i − ¼)/(n + ½)); weights are 2/((1 − x²)·Pₙ′(x)²)
/// (Abramowitz & Stegun 25.4.29). Accurate to a few ulps for n ≤ 100.
public struct GaussLegendreRule: Sendable {
    public let nodes: [Double]
    public let weights: [Double]

    public init(points n: Int) {
        precondition(n >= 1, "a Gauss–Legendre rule needs at least one point")
        var nodes = [Double](repeating: 0, count: n)
        var weights = [Double](repeating: 0, count: n)
        for i in 0..<((n + 1) / 2) {
            var x = cos(Double.pi * (Double(i) + 0.75) / (Double(n) + 0.5))
            var derivative = 0.0
            for _ in 0..<100 {
                // Three-term recurrence for Pₙ(x) and Pₙ₋₁(x).
                var p0 = 1.0
                var p1 = x
                if n == 1 {
                    p1 = x
                    p0 = 1
                }
                for k in stride(from: 2, through: n, by: 1) {
                    let p2 = ((2 * Double(k) - 1) * x * p1 - (Double(k) - 1) * p0) / Double(k)
                    p0 = p1
                    p1 = p2
                }
                let pn = n == 1 ? x : p1
                let pn1 = n == 1 ? 1 : p0
                derivative = Double(n) * (x * pn - pn1) / (x * x - 1)
                let dx = pn / derivative
                x -= dx
                if abs(dx) < 1e-16 { break }
            }
            nodes[i] = -x
            nodes[n - 1 - i] = x
            let w = 2 / ((1 - x * x) * derivative * derivative)
            weights[i] = w
            weights[n - 1 - i] = w
        }
        self.nodes = nodes
        self.weights = weights
    }

    /// ∫ₐᵇ f(x) dx.
    public func integrate(from a: Double, to b: Double, _ f: (Double) -> Double) -> Double {
        let mid = 0.5 * (a + b)
        let half = 0.5 * (b - a)
        var sum = 0.0
        for i in 0..<nodes.count { sum += weights[i] * f(mid + half * nodes[i]) }
        return sum * half
    }
}
