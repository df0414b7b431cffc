/// A unit of measure: a product of (optionally prefixed) base units raised to integer powers.
///
/// `µA h cm⁻² µm⁻¹` is four factors. The empty product is the dimensionless unit `1`.
/// Units compare structurally: `mS cm⁻¹` and `S m⁻¹` are different units of the same dimension,
/// so a value keeps the unit it was printed in and converts only when asked.
///
/// ```swift
/// let unit = try Unit.parse("uAh/cm2/um")
/// unit.description         // "µA h cm⁻² µm⁻¹"
/// unit.dimension == .charge / .volume
/// ```
public struct Unit: Hashable, Sendable {
    /// One factor of a unit: a prefixed base unit and its exponent (`cm⁻²`).
    public struct Factor: Hashable, Sendable {
        public let prefix: UnitPrefix?
        public let base: BaseUnit
        public let exponent: Int8

        public init(prefix: UnitPrefix? = nil, _ base: BaseUnit, exponent: Int8 = 1) {
            self.prefix = prefix
            self.base = base
            self.exponent = exponent
        }

        var scale: Double {
            var single = base.factor * (prefix?.factor ?? 1)
            if exponent < 0 { single = 1 / single }
            var result = 1.0
            for _ in 0..<abs(Int(exponent)) { result *= single }
            return result
        }

        func symbol(ascii: Bool) -> String {
            let p = prefix.map { ascii ? $0.asciiSymbol : $0.symbol } ?? ""
            return p + (ascii ? base.asciiSymbol : base.symbol)
        }
    }

    public let factors: [Factor]

    public init(_ factors: [Factor]) {
        self.factors = factors.filter { $0.exponent != 0 }
    }

    public init(_ base: BaseUnit, prefix: UnitPrefix? = nil) {
        self.init([Factor(prefix: prefix, base)])
    }

    /// The dimensionless unit `1` (a bare number such as a cycle count).
    public static let one = Unit([])

    public var dimension: Dimension {
        factors.reduce(Dimension.none) { $0 * $1.base.dimension.power($1.exponent) }
    }

    /// Multiply a magnitude in this unit by `scale` (then add `offset`) to obtain SI.
    public var scale: Double { factors.reduce(1.0) { $0 * $1.scale } }

    /// Non-zero only for an affine temperature scale standing alone (°C).
    public var offset: Double {
        factors.count == 1 && factors[0].exponent == 1 ? factors[0].base.offset : 0
    }

    public var isDimensionless: Bool { dimension.isDimensionless }

    public static func * (lhs: Unit, rhs: Unit) -> Unit { Unit(lhs.factors + rhs.factors) }

    public static func / (lhs: Unit, rhs: Unit) -> Unit {
        Unit(lhs.factors + rhs.factors.map { Factor(prefix: $0.prefix, $0.base, exponent: -$0.exponent) })
    }

    /// The unit raised to an integer power.
    public func power(_ n: Int8) -> Unit {
        Unit(factors.map { Factor(prefix: $0.prefix, $0.base, exponent: $0.exponent * n) })
    }

    /// Whether values in `self` convert to `other` (same dimension).
    public func isCommensurable(with other: Unit) -> Bool { dimension == other.dimension }

    /// The factor that turns a magnitude in `self` into a magnitude in `other`; throws when the
    /// dimensions differ or when an offset scale (°C) would make a plain factor wrong.
    public func conversionFactor(to other: Unit) throws(CoreError) -> Double {
        guard dimension == other.dimension else {
            throw .incompatibleUnits(from: self, to: other)
        }
        guard offset == 0, other.offset == 0 else {
            throw .offsetUnitNotScalable(self == other ? self : (offset != 0 ? self : other))
        }
        return scale / other.scale
    }

    /// Unicode rendering in the review's style: `µA h cm⁻² µm⁻¹`, `S cm⁻¹`, `°C`, `%`.
    public var description: String { format(.unicode) }

    /// Renders the unit; see ``UnitStyle``.
    public func format(_ style: UnitStyle) -> String {
        switch style {
        case .unicode:
            return factors.map { factor in
                let s = factor.symbol(ascii: false)
                return factor.exponent == 1 ? s : s + Superscript.render(Int(factor.exponent))
            }.joined(separator: " ")
        case .ascii:
            // Compact form users type on a command line: `uAh/cm2/um`, `S/cm`, `mAh/g`, `m2/s`.
            let numerator = factors.filter { $0.exponent > 0 }
            let denominator = factors.filter { $0.exponent < 0 }
            var text = numerator.map { f in
                f.symbol(ascii: true) + (f.exponent == 1 ? "" : String(f.exponent))
            }.joined(separator: "*")
            if text.isEmpty && !denominator.isEmpty { text = "1" }
            for f in denominator {
                text += "/" + f.symbol(ascii: true) + (f.exponent == -1 ? "" : String(-f.exponent))
            }
            return text
        }
    }
}

extension Unit: CustomStringConvertible {}

/// How a unit is written out.
public enum UnitStyle: Sendable {
    /// The review's typography: space-separated factors with superscript exponents (`mA h g⁻¹`).
    case unicode
    /// Plain ASCII for terminals and command lines (`mA*h/g`, `uS/cm`).
    case ascii
}
