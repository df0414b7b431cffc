/// A tridiagonal matrix stored as three diagonals, with an O(N) solver (the Thomas algorithm).
///
/// Row `i` reads `lower[i]·x[i−1] + diagonal[i]·x[i] + upper[i]·x[i+1]`; `lower[0]` and
/// `upper[n−1]` are ignored. Finite-volume discretizations of 1-D diffusion produce exactly this
/// structure, so an implicit step costs O(N) instead of the O(N³) of a dense factorization.
///
/// Contract: the elimination has no pivoting, so it is stable for diagonally dominant matrices
/// (the matrices `I − γ h J` of an implicit diffusion step are). A zero pivot is reported as `nil`.
public struct TridiagonalMatrix: Sendable, Equatable {
    public var lower: [Double]
    public var diagonal: [Double]
    public var upper: [Double]

    public init(lower: [Double], diagonal: [Double], upper: [Double]) {
        precondition(lower.count == diagonal.count && upper.count == diagonal.count, "diagonals of unequal length")
        self.lower = lower
        self.diagonal = diagonal
        self.upper = upper
    }

    /// An n×n zero matrix.
    public init(size n: Int) {
        self.init(
            lower: Array(repeating: 0, count: n), diagonal: Array(repeating: 0, count: n),
            upper: Array(repeating: 0, count: n))
    }

    public var size: Int { diagonal.count }

    /// y = A·x.
    public func multiply(_ x: [Double]) -> [Double] {
        let n = size
        var y = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var s = diagonal[i] * x[i]
            if i > 0 { s += lower[i] * x[i - 1] }
            if i < n - 1 { s += upper[i] * x[i + 1] }
            y[i] = s
        }
        return y
    }

    /// `I·a + A·b` — the shifted matrices of implicit steps (`a = 1`, `b = −γh`).
    public func shifted(identity a: Double, scale b: Double) -> TridiagonalMatrix {
        TridiagonalMatrix(
            lower: lower.map { b * $0 }, diagonal: diagonal.map { a + b * $0 },
            upper: upper.map { b * $0 })
    }

    /// Solves A·x = rhs by forward elimination and back substitution; `nil` on a zero pivot.
    public func solve(_ rhs: [Double]) -> [Double]? {
        let n = size
        guard rhs.count == n, n > 0 else { return nil }
        var c = [Double](repeating: 0, count: n)
        var d = [Double](repeating: 0, count: n)
        var pivot = diagonal[0]
        guard pivot != 0 else { return nil }
        c[0] = upper[0] / pivot
        d[0] = rhs[0] / pivot
        for i in 1..<n {
            pivot = diagonal[i] - lower[i] * c[i - 1]
            guard pivot != 0, pivot.isFinite else { return nil }
            c[i] = upper[i] / pivot
            d[i] = (rhs[i] - lower[i] * d[i - 1]) / pivot
        }
        var x = d
        if n >= 2 {
            for i in stride(from: n - 2, through: 0, by: -1) { x[i] = d[i] - c[i] * x[i + 1] }
        }
        return x
    }
}
