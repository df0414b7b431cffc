/// An exact fraction `numerator / denominator` in lowest terms, with a positive denominator.
///
/// Stoichiometric amounts are printed as decimals (`Li6.25`) or fractions (`Sr7/16`); keeping
/// them exact means `0.75 Li2S · 0.25 P2S5` adds up to exactly `S2`, formulas compare with `==`,
/// and formatting a parsed formula gives back the same digits. Arithmetic is checked: an
/// operation whose result does not fit in 64-bit integers returns `nil` instead of trapping,
/// so a pathological input becomes an error, never a crash.
///
/// ```swift
/// Rational(decimal: "6.25")        // 25/4
/// Rational(3, 8)!.description      // "0.375"
/// Rational(2, 3)!.description      // "2/3"
/// ```
public struct Rational: Hashable, Comparable, Sendable {
    public let numerator: Int
    /// Always positive.
    public let denominator: Int

    /// `numerator / denominator` reduced to lowest terms; `nil` for a zero denominator or when
    /// the value cannot be represented (`Int.min` cannot be negated).
    public init?(_ numerator: Int, _ denominator: Int) {
        guard denominator != 0, numerator != .min, denominator != .min else { return nil }
        let g = Self.gcd(numerator.magnitude, denominator.magnitude)
        let sign = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / Int(g)
        self.denominator = sign * denominator / Int(g)
    }

    /// A whole number.
    public init(_ integer: Int) {
        numerator = integer
        denominator = 1
    }

    private init(unchecked numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    /// Reads a plain decimal written with `.` or `,` as the decimal mark, with an optional sign
    /// and exponent (`"6.25"`, `"0,25"`, `"-3"`, `"1e-05"`). `nil` for anything else, or when
    /// the digits do not fit in 64 bits.
    public init?(decimal text: some StringProtocol) {
        var rest = Substring(text)
        var negative = false
        if let s = rest.first, s == "-" || s == "+" {
            negative = s == "-"
            rest.removeFirst()
        }
        var exponent = 0
        if let e = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let n = Int(rest[rest.index(after: e)...]) else { return nil }
            exponent = n
            rest = rest[..<e]
        }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            parts.contains(where: { !$0.isEmpty })
        else { return nil }
        let digits = parts.joined()
        exponent -= parts.count == 2 ? parts[1].count : 0
        guard let whole = Int(digits.isEmpty ? "0" : digits) else { return nil }
        var value = Rational(negative ? -whole : whole)
        guard let scale = Rational.power10(abs(exponent)) else { return nil }
        guard let scaled = exponent >= 0 ? value.multiplied(by: scale) : value.divided(by: scale) else {
            return nil
        }
        value = scaled
        self = value
    }

    /// The nearest simple decimal to `value`: the shortest decimal that reads back as the same
    /// `Double` (`0.1` → 1/10, not 3602879701896397/36028797018963968). `nil` for non-finite
    /// values or ones too large or too small for 64-bit fractions.
    public init?(approximating value: Double) {
        guard value.isFinite else { return nil }
        self.init(decimal: "\(value)")
    }

    public var doubleValue: Double { Double(numerator) / Double(denominator) }
    public var isInteger: Bool { denominator == 1 }
    public var isZero: Bool { numerator == 0 }
    public var isNegative: Bool { numerator < 0 }

    /// The sum, or `nil` on overflow.
    public func adding(_ other: Rational) -> Rational? {
        if denominator == other.denominator {
            let (n, o) = numerator.addingReportingOverflow(other.numerator)
            return o ? nil : Rational(n, denominator)
        }
        let g = Int(Self.gcd(denominator.magnitude, other.denominator.magnitude))
        let (a, o1) = numerator.multipliedReportingOverflow(by: other.denominator / g)
        let (b, o2) = other.numerator.multipliedReportingOverflow(by: denominator / g)
        let (n, o3) = a.addingReportingOverflow(b)
        let (d, o4) = denominator.multipliedReportingOverflow(by: other.denominator / g)
        guard !(o1 || o2 || o3 || o4) else { return nil }
        return Rational(n, d)
    }

    /// The difference, or `nil` on overflow.
    public func subtracting(_ other: Rational) -> Rational? {
        adding(other.negated)
    }

    /// The product, or `nil` on overflow.
    public func multiplied(by other: Rational) -> Rational? {
        // Cross-reduce first so that products of already-reduced fractions overflow as late as possible.
        let g1 = Int(Self.gcd(numerator.magnitude, other.denominator.magnitude))
        let g2 = Int(Self.gcd(other.numerator.magnitude, denominator.magnitude))
        let (n, o1) = (numerator / g1).multipliedReportingOverflow(by: other.numerator / g2)
        let (d, o2) = (denominator / g2).multipliedReportingOverflow(by: other.denominator / g1)
        guard !(o1 || o2) else { return nil }
        return Rational(n, d)
    }

    /// The quotient, or `nil` on overflow or division by zero.
    public func divided(by other: Rational) -> Rational? {
        guard let inverse = Rational(other.denominator, other.numerator) else { return nil }
        return multiplied(by: inverse)
    }

    /// `-self` (always representable: the numerator is never `Int.min`).
    public var negated: Rational { Rational(unchecked: -numerator, denominator) }

    public static func < (a: Rational, b: Rational) -> Bool {
        // Compare a/b < c/d as a·d < c·b with full-width products: never overflows.
        let left = a.numerator.multipliedFullWidth(by: b.denominator)
        let right = b.numerator.multipliedFullWidth(by: a.denominator)
        return (left.high, left.low) < (right.high, right.low)
    }

    /// Greatest common divisor of two rationals: the largest rational `g` such that both are
    /// whole multiples of it (gcd of numerators over lcm of denominators). `nil` on overflow.
    static func gcd(_ a: Rational, _ b: Rational) -> Rational? {
        let n = Int(gcd(a.numerator.magnitude, b.numerator.magnitude))
        let g = Int(gcd(a.denominator.magnitude, b.denominator.magnitude))
        let (d, o) = (a.denominator / g).multipliedReportingOverflow(by: b.denominator)
        return o ? nil : Rational(n, d)
    }

    static func gcd(_ a: UInt, _ b: UInt) -> UInt {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return max(a, 1)
    }

    /// 10ⁿ as a rational, or `nil` past 10¹⁸.
    static func power10(_ n: Int) -> Rational? {
        guard n <= 18 else { return nil }
        var p = 1
        for _ in 0..<n { p *= 10 }
        return Rational(p)
    }
}

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension Rational: CustomStringConvertible {
    /// The exact value as a formula prints it: a decimal when the fraction has one
    /// (`6.25`, `0.375`, `12`), otherwise `numerator/denominator` (`2/3`, `7/3`).
    public var description: String {
        if let decimal = decimalText { return decimal }
        return "\(numerator)/\(denominator)"
    }

    /// The exact decimal expansion when the denominator has no prime factor other than 2 and 5.
    var decimalText: String? {
        if denominator == 1 { return String(numerator) }
        var d = denominator
        var twos = 0
        var fives = 0
        while d % 2 == 0 {
            d /= 2
            twos += 1
        }
        while d % 5 == 0 {
            d /= 5
            fives += 1
        }
        guard d == 1 else { return nil }
        let places = max(twos, fives)
        guard let scale = Rational.power10(places), let scaled = multiplied(by: scale), scaled.isInteger
        else { return nil }
        let digits = String(scaled.numerator.magnitude)
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        let split = padded.index(padded.endIndex, offsetBy: -places)
        return (isNegative ? "-" : "") + padded[..<split] + "." + padded[split...]
    }
}
