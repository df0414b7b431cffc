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
    public func converted(to target: Unit) throws(CoreError) -> Quantity {
        guard target.dimension == dimension else {
            throw .incompatibleUnits(from: unit, to: target)
        }
        if target == unit { return self }
        return Quantity(si: siValue, in: target)
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
