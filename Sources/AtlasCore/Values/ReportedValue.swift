/// A value as a paper reports it: exact, approximate (`~100%`), a range (`1–2 µS cm⁻¹`,
/// `10⁻⁷–10⁻⁴ S cm⁻¹`), a bound (`>180 nm`, `<5 µm`) or not available (`NA`).
///
/// The magnitudes stay in the printed unit so that formatting reproduces the printed value; use
/// ``ReportedQuantity/lower``/``ReportedQuantity/upper`` or ``ReportedQuantity/representative`` to
/// compare in another unit.
public enum ReportedValue: Hashable, Sendable {
    /// The source prints "NA" (or "n/a", "N/A").
    case notAvailable
    case quantity(ReportedQuantity)

    /// The quantity, or nil for NA.
    public var reportedQuantity: ReportedQuantity? {
        if case .quantity(let q) = self { return q }
        return nil
    }
}

/// A reported magnitude (exact, approximate, range or bound) in one unit.
public struct ReportedQuantity: Hashable, Sendable {
    public var magnitude: Magnitude
    public var unit: Unit

    public init(_ magnitude: Magnitude, _ unit: Unit) {
        self.magnitude = magnitude
        self.unit = unit
    }

    /// The smallest value the report allows, as a quantity in the printed unit (nil for `< x`).
    public var lower: Quantity? { magnitude.lowerBound.map { Quantity($0, unit) } }
    /// The largest value the report allows (nil for `> x`).
    public var upper: Quantity? { magnitude.upperBound.map { Quantity($0, unit) } }

    /// One number standing for the report: the value itself, the bound of an inequality, or the
    /// geometric mean of a range whose ends differ by more than a factor of 10 (`10⁻⁷–10⁻⁴`), else
    /// the arithmetic mid-point. Documented in docs/UNITS.md.
    public var representative: Quantity { Quantity(magnitude.representative, unit) }

    /// The same report in `target` units.
    public func converted(to target: Unit) throws(CoreError) -> ReportedQuantity {
        guard target.dimension == unit.dimension else {
            throw .incompatibleUnits(from: unit, to: target)
        }
        let f: (Double) -> Double = { Quantity(si: Quantity($0, self.unit).siValue, in: target).magnitude }
        return ReportedQuantity(magnitude.mapValues(f), target)
    }
}

/// How precisely a magnitude is known.
public enum Magnitude: Hashable, Sendable {
    case exact(Double)
    /// Printed with `~`, `≈` or `ca.`
    case approximate(Double)
    /// Both ends inclusive; `approximate` when printed with a leading `~`.
    case range(Double, Double, approximate: Bool)
    /// `< x` (or `≤ x` when `inclusive`).
    case below(Double, inclusive: Bool)
    /// `> x` (or `≥ x` when `inclusive`).
    case above(Double, inclusive: Bool)
    /// `v ± d`: a value with a stated symmetric uncertainty.
    case plusMinus(Double, Double)

    /// The smallest value allowed (a range's ends are kept in printed order, so this is the
    /// smaller of the two: "10⁻⁵–10⁻⁷" has lower bound 10⁻⁷).
    public var lowerBound: Double? {
        switch self {
        case .exact(let v), .approximate(let v): return v
        case .range(let a, let b, _): return min(a, b)
        case .below: return nil
        case .above(let v, _): return v
        case .plusMinus(let v, let d): return v - abs(d)
        }
    }

    public var upperBound: Double? {
        switch self {
        case .exact(let v), .approximate(let v): return v
        case .range(let a, let b, _): return max(a, b)
        case .below(let v, _): return v
        case .above: return nil
        case .plusMinus(let v, let d): return v + abs(d)
        }
    }

    /// See ``ReportedQuantity/representative``.
    public var representative: Double {
        switch self {
        case .exact(let v), .approximate(let v), .below(let v, _), .above(let v, _), .plusMinus(let v, _):
            return v
        case .range(let a, let b, _):
            if a > 0, b > 0, max(a, b) / min(a, b) > 10 { return (a * b).squareRoot() }
            return (a + b) / 2
        }
    }

    public var isApproximate: Bool {
        switch self {
        case .approximate: return true
        case .range(_, _, let approximate): return approximate
        default: return false
        }
    }

    func mapValues(_ f: (Double) -> Double) -> Magnitude {
        switch self {
        case .exact(let v): return .exact(f(v))
        case .approximate(let v): return .approximate(f(v))
        case .range(let a, let b, let approx): return .range(f(a), f(b), approximate: approx)
        case .below(let v, let inclusive): return .below(f(v), inclusive: inclusive)
        case .above(let v, let inclusive): return .above(f(v), inclusive: inclusive)
        case .plusMinus(let v, let d): return .plusMinus(f(v), f(v + d) - f(v))
        }
    }
}
