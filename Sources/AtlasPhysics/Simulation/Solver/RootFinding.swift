/// Bracketed scalar root finding: the Illinois variant of regula falsi.
///
/// Contract: `f(a)` and `f(b)` have opposite signs (or one is zero); the result lies in the
/// bracket and satisfies `|b − a| ≤ tolerance` or `f(root) == 0`. Convergence is superlinear
/// (order ≈ 1.44) for smooth `f` and never leaves the bracket, so it cannot diverge the way
/// Newton's method can on the steep end of a discharge curve.
///
/// Reference: M. Dowell and P. Jarratt, BIT 11 (1971) 168–174 (the Illinois modification).
public enum RootFinding {
    /// The outcome of a bracketed search.
    public struct Root: Sendable, Equatable {
        public let x: Double
        public let value: Double
        public let evaluations: Int
    }

    /// Finds `x` in `[a, b]` with `f(x) = 0`; `nil` when the bracket does not change sign.
    public static func illinois(
        in a: Double, _ b: Double, tolerance: Double, maxEvaluations: Int = 200,
        _ f: (Double) -> Double
    ) -> Root? {
        var x0 = a
        var x1 = b
        var f0 = f(x0)
        var f1 = f(x1)
        var count = 2
        if f0 == 0 { return Root(x: x0, value: 0, evaluations: count) }
        if f1 == 0 { return Root(x: x1, value: 0, evaluations: count) }
        guard (f0 < 0) != (f1 < 0), f0.isFinite || f1.isFinite else { return nil }
        return illinois(
            x0: &x0, f0: &f0, x1: &x1, f1: &f1, count: &count, tolerance: tolerance,
            maxEvaluations: maxEvaluations, f)
    }

    /// The same search when the end values are already known (saves two evaluations).
    public static func illinois(
        in a: Double, _ b: Double, values fa: Double, _ fb: Double, tolerance: Double,
        maxEvaluations: Int = 200, _ f: (Double) -> Double
    ) -> Root? {
        var x0 = a
        var x1 = b
        var f0 = fa
        var f1 = fb
        var count = 0
        if f0 == 0 { return Root(x: x0, value: 0, evaluations: count) }
        if f1 == 0 { return Root(x: x1, value: 0, evaluations: count) }
        guard (f0 < 0) != (f1 < 0) else { return nil }
        return illinois(
            x0: &x0, f0: &f0, x1: &x1, f1: &f1, count: &count, tolerance: tolerance,
            maxEvaluations: maxEvaluations, f)
    }

    private static func illinois(
        x0: inout Double, f0: inout Double, x1: inout Double, f1: inout Double, count: inout Int,
        tolerance: Double, maxEvaluations: Int, _ f: (Double) -> Double
    ) -> Root {
        // x1 is always the latest point and x0 the end kept from before. An infinite end value
        // (a voltage that diverges at full lithiation) makes the secant meaningless: bisect then.
        while abs(x1 - x0) > tolerance && count < maxEvaluations {
            var x: Double
            if f0.isFinite && f1.isFinite {
                x = x1 - f1 * (x1 - x0) / (f1 - f0)
                // Keep strictly inside the bracket (round-off can put the secant on an end).
                let lo = min(x0, x1)
                let hi = max(x0, x1)
                if !(x > lo && x < hi) { x = 0.5 * (x0 + x1) }
            } else {
                x = 0.5 * (x0 + x1)
            }
            let fx = f(x)
            count += 1
            if fx == 0 { return Root(x: x, value: 0, evaluations: count) }
            if (fx < 0) != (f1 < 0) {
                // The root lies between the two latest points: the old latest becomes the kept end.
                x0 = x1
                f0 = f1
            } else {
                // The kept end is retained again: halve its value (the Illinois step).
                f0 *= 0.5
            }
            x1 = x
            f1 = fx
        }
        return abs(f0) < abs(f1)
            ? Root(x: x0, value: f0, evaluations: count) : Root(x: x1, value: f1, evaluations: count)
    }
}
