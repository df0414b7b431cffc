/// A number with its unit, kept in the unit it was given in (like a printed value), converting
/// only on request.
///
/// ```swift
/// let sigma = try Quantity.parse("2.4 µS cm⁻¹")
/// try sigma.value(in: .conductivity)          // 2.4e-6 (S cm⁻¹)
/// try sigma.converted(to: Unit.parse("mA h g⁻¹"))  // throws CoreError.incompatibleUnits
/// ```
public struct Quantity: Hashable, Sendable {
    public var magnitude: Double
    public var unit: Unit

    public init(_ magnitude: Double, _ unit: Unit) {
        self.magnitude = magnitude
        self.unit = unit
    }

    public var dimension: Dimension { unit.dimension }

    /// The value in the coherent SI unit of its dimension (kelvin for °C).
    public var siValue: Double { magnitude * unit.scale + unit.offset }

    /// Creates a quantity from an SI value, expressed in `unit`.
    public init(si: Double, in unit: Unit) {
        self.init((si - unit.offset) / unit.scale, unit)
    }

    /// The same quantity expressed in `target`; a typed error when the dimensions differ.
    ///
    /// Between scale-only units the magnitude is multiplied by the ratio of the scales and rounded
    /// to 15 significant digits, so that decimal conversions come out exact (2000 nm is 2 µm, not
    /// 2.0000000000000004 µm); 15 digits is far beyond any printed precision.
    public func converted(to target: Unit) throws(CoreError) -> Quantity {
        guard target.dimension == dimension else {
            throw .incompatibleUnits(from: unit, to: target)
        }
        if target == unit { return self }
        if unit.offset == 0 && target.offset == 0 {
            return Quantity(Self.round15(magnitude * (unit.scale / target.scale)), target)
        }
        return Quantity(si: siValue, in: target)
    }

    /// `x` rounded to 15 significant decimal digits (non-finite and zero unchanged).
    static func round15(_ x: Double) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let text = String(format15: x)
        return Double(text) ?? x
    }

    /// The magnitude in `target`.
    public func value(in target: Unit) throws(CoreError) -> Double {
        try converted(to: target).magnitude
    }

    /// The magnitude in the canonical unit of `kind`; throws if the dimension is not that kind's.
    public func value(in kind: QuantityKind) throws(CoreError) -> Double {
        try value(in: kind.canonicalUnit)
    }

    /// Unicode text such as `2.4 µS cm⁻¹`; percent and C-rates are attached (`99%`, `0.1C`).
    public var description: String { QuantityFormatter.unicode.string(from: self) }
}

extension Quantity: CustomStringConvertible {}

extension Quantity {
    /// Parses one value with a unit (`"2.6 × 10⁻⁵ S cm⁻¹"`, `"C/10"`, `"150 uAh"`); ranges,
    /// qualifiers and NA are rejected here — use ``ReportedValue/parse(_:)`` for printed cells.
    public static func parse(_ text: String) throws(CoreError) -> Quantity {
        let reported = try ReportedValue.parse(text)
        guard case .quantity(let q) = reported, case .exact(let v) = q.magnitude else {
            throw .unexpectedText(text, column: 1)
        }
        return Quantity(v, q.unit)
    }

    /// Parses a value and checks that it is of `kind` (`"3 uS/cm"` as a conductivity). A bare
    /// number is read in the kind's canonical unit.
    public static func parse(_ text: String, as kind: QuantityKind) throws(CoreError) -> Quantity {
        let reported = try ReportedValue.parse(text, as: kind)
        guard case .quantity(let q) = reported, case .exact(let v) = q.magnitude else {
            throw .unexpectedText(text, column: 1)
        }
        return Quantity(v, q.unit)
    }
}

extension String {
    /// `x` written with 15 significant digits in scientific notation (Foundation-free).
    init(format15 x: Double) {
        let negative = x < 0
        var v = abs(x)
        var exponent = 0
        while v >= 10 {
            v /= 10
            exponent += 1
        }
        while v < 1 {
            v *= 10
            exponent -= 1
        }
        // v in [1, 10): take 15 digits from the exact decimal expansion of x via its description.
        let digits = (v * 1e14).rounded()
        var mantissa = digits
        if mantissa >= 1e15 {
            mantissa /= 10
            exponent += 1
        }
        let intDigits = String(Int64(mantissa))
        self = (negative ? "-" : "") + intDigits.prefix(1) + "." + intDigits.dropFirst() + "e" + String(exponent)
    }
}
