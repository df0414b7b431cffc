/// What a material is made of: a positive, exact amount of each element per formula unit.
///
/// Obtained from a parsed ``Formula`` (``Formula/composition(_:)``) or directly with
/// ``init(parsing:variables:)``. Amounts are exact, so `Li3PO4` and `Li_{3}PO₄` give equal
/// compositions; arithmetic that needs sums of amounts (atom fractions, molar mass) is done in
/// `Double`.
///
/// ```swift
/// let llzo = try Composition(parsing: "Li7La3Zr2O12")
/// llzo.formula                    // "Li7La3Zr2O12"
/// llzo.atomsPerFormulaUnit        // 24
/// llzo.lithiumAtomFraction        // 7/24 ≈ 0.2917
/// llzo.molarMass                  // 839.73 g mol⁻¹
/// try Composition(parsing: "70Li2S-30P2S5").reduced.formula   // "Li7P3S11"
/// ```
public struct Composition: Hashable, Sendable {
    /// The amount of each element present (never zero or negative).
    public let amounts: [Element: Rational]

    /// Builds a composition; zero amounts are dropped. Throws
    /// ``CoreError/cannotComputeComposition(_:)`` for a negative amount.
    public init(_ amounts: [Element: Rational]) throws(CoreError) {
        if let (element, value) = amounts.first(where: { $0.value.isNegative }).map({ ($0.key, $0.value) }) {
            throw .cannotComputeComposition("the amount of \(element.symbol) is negative (\(value))")
        }
        self.amounts = amounts.filter { !$0.value.isZero }
    }

    /// Parses a formula and evaluates it with `variables` bound (see ``Formula/parse(_:)``).
    public init(parsing text: String, variables: [String: Double] = [:]) throws(CoreError) {
        self = try Formula.parse(text).composition(variables)
    }

    /// The amount of `element` per formula unit (0 when absent).
    public subscript(element: Element) -> Rational { amounts[element] ?? .zero }

    /// The elements present, in formula order (lithium first, then by increasing Pauling
    /// electronegativity: ``Element/precedesInFormula(_:_:)``).
    public var elements: [Element] { amounts.keys.sorted(by: Element.precedesInFormula) }

    public var isEmpty: Bool { amounts.isEmpty }

    /// Atoms in one formula unit (24 for Li7La3Zr2O12, 1.33 + … for a doped formula).
    public var atomsPerFormulaUnit: Double { amounts.values.reduce(0) { $0 + $1.doubleValue } }

    /// Each element's share of the atoms: amounts divided by ``atomsPerFormulaUnit``; the
    /// values add up to 1. This is the scale-free form used to compare compositions.
    public var atomFractions: [Element: Double] {
        let total = atomsPerFormulaUnit
        return total > 0 ? amounts.mapValues { $0.doubleValue / total } : [:]
    }

    /// Lithium atoms over all atoms (7/24 ≈ 0.292 for Li7La3Zr2O12); 0 without lithium.
    public var lithiumAtomFraction: Double { atomFractions[.Li] ?? 0 }

    /// The molar mass of one formula unit in g mol⁻¹: the sum of amount × standard atomic
    /// weight (``Element/standardAtomicWeight``, CIAAW 2021, conventional values for elements
    /// with an interval). `nil` when an element has no standard atomic weight (Tc, Pm, Po…), as
    /// any number would then depend on the isotope.
    public var molarMass: Double? {
        var total = 0.0
        for (element, amount) in amounts {
            guard let weight = element.standardAtomicWeight else { return nil }
            total += amount.doubleValue * weight
        }
        return total
    }

    /// Lithium's share of the mass (7 × 6.94 / 839.73 ≈ 0.0579 for Li7La3Zr2O12); `nil` when the
    /// molar mass is unavailable.
    public var lithiumMassFraction: Double? {
        guard let mass = molarMass, mass > 0 else { return nil }
        return self[.Li].doubleValue * (Element.Li.standardAtomicWeight ?? 0) / mass
    }

    /// The composition divided by the greatest common divisor of its amounts when all are whole
    /// numbers (`Li140P60S220` → `Li7P3S11`, `Li2O2` → `LiO`); a composition with a fractional
    /// amount is already in lowest terms as far as the atlas is concerned and is returned
    /// unchanged (`Li6.25Al0.25La3Zr2O12` stays, rather than becoming `Li25AlLa12Zr8O48`),
    /// because doped formulas are compared per their printed reference (La3, Zr2, O12).
    /// pymatgen's `reduced_formula` follows the same rule. Use ``atomFractions`` or
    /// ``isApproximatelyEqual(to:tolerance:)`` to compare compositions regardless of scale.
    public var reduced: Composition { (try? scaled(by: Rational(1, reductionFactor)!)) ?? self }

    /// The factor ``reduced`` divides by (1 when nothing is divided).
    public var reductionFactor: Int {
        guard amounts.values.allSatisfy(\.isInteger) else { return 1 }
        return Int(amounts.values.reduce(UInt(0)) { Rational.gcd($0, $1.numerator.magnitude) })
    }

    /// Every amount multiplied by `factor` (must be positive). Throws when the result cannot be
    /// kept exactly.
    public func scaled(by factor: Rational) throws(CoreError) -> Composition {
        var result: [Element: Rational] = [:]
        for (element, amount) in amounts {
            guard let value = amount.multiplied(by: factor) else {
                throw .cannotComputeComposition("the amounts are too large or too precise to keep exactly")
            }
            result[element] = value
        }
        return try Composition(result)
    }

    /// True when both contain the same elements and every element's atom fraction
    /// (``atomFractions``) differs by at most `tolerance`.
    ///
    /// The comparison is per atom, so it ignores the size of the formula unit:
    /// `Li7La3Zr2O12` equals `Li14La6Zr4O24` and `Li3.5La1.5ZrO6`. The default tolerance,
    /// 0.001 (a tenth of an atom percent), absorbs the rounding of amounts printed with two or
    /// three decimals (`O11.86` vs `O11.855`: 2e-4 in atom fraction for a 24-atom cell) but
    /// separates compositions that differ by a real dopant level (`Al0.25` in LLZO is 0.010).
    /// A missing element is a different material whatever the tolerance.
    public func isApproximatelyEqual(to other: Composition, tolerance: Double = 0.001) -> Bool {
        guard Set(amounts.keys) == Set(other.amounts.keys) else { return false }
        let a = atomFractions
        let b = other.atomFractions
        return a.allSatisfy { element, fraction in abs(fraction - (b[element] ?? 0)) <= tolerance }
    }

    /// The formula written out in formula order with exact amounts and no 1s:
    /// `Li7La3Zr2O12`, `Li6.25Al0.25La3Zr2O12`; `Li3/8Sr7/16Ta3/4Zr1/4O3` prints as
    /// `Li0.375Sr0.4375Zr0.25Ta0.75O3` while `Li4/3Ti5/3O4` stays `Li4/3Ti5/3O4` (a fraction with
    /// no finite decimal stays a fraction). Parsing it gives back an equal composition.
    public var formula: String {
        elements.map { element in
            let amount = self[element]
            return amount == .one ? element.symbol : element.symbol + amount.description
        }.joined()
    }
}

extension Composition: CustomStringConvertible {
    public var description: String { formula }
}
