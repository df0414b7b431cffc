/// How much of something a formula contains: an exact number (`6.25`, `3/8`) or an expression in
/// the formula's variables (`3x`, `2/3-x`, `1+x`, `(1-z)(4-x)`), kept as a polynomial with
/// rational coefficients.
///
/// The review prints whole families as one formula with a variable — `Li_{3x}La_{2/3-x}TiO3`,
/// `Li1+xAlxTi2-x(PO4)3` — so an amount is only a number once the caller binds the variables.
/// Multiplying out groups and mixture coefficients keeps amounts polynomial, which is why the
/// type is a polynomial and not just a linear expression. Arithmetic is checked like
/// ``Rational``'s: `nil` on overflow.
///
/// ```swift
/// let a = try Formula.parse("Li_{3x}La_{2/3-x}TiO3").amounts[.La]!   // 2/3-x
/// a.constant                       // nil: depends on x
/// a.evaluated(["x": 0.1])          // 17/30 (exact)
/// ```
public struct Amount: Hashable, Sendable {
    /// A product of variables, each with a positive power (`x`, `xz`, `x²` as `["x": 2]`);
    /// the empty monomial is the constant term.
    public struct Monomial: Hashable, Comparable, Sendable {
        public let powers: [String: Int]

        public init(_ powers: [String: Int] = [:]) { self.powers = powers.filter { $0.value != 0 } }

        public static let one = Monomial()

        public var degree: Int { powers.values.reduce(0, +) }

        /// Variables in alphabetical order, each repeated by its power (`xxz`).
        var letters: [String] { powers.keys.sorted().flatMap { Array(repeating: $0, count: powers[$0]!) } }

        func times(_ other: Monomial) -> Monomial {
            Monomial(powers.merging(other.powers, uniquingKeysWith: +))
        }

        /// Lower degree first, then alphabetical: `1 < x < y < xy < xx`.
        public static func < (a: Monomial, b: Monomial) -> Bool {
            a.degree != b.degree ? a.degree < b.degree : a.letters.lexicographicallyPrecedes(b.letters)
        }
    }

    /// Non-zero coefficients by monomial.
    public let terms: [Monomial: Rational]

    public init(_ terms: [Monomial: Rational]) { self.terms = terms.filter { !$0.value.isZero } }

    /// A constant amount.
    public init(_ value: Rational) { self.init([.one: value]) }

    /// `coefficient · variable` (`3x`).
    public init(_ coefficient: Rational, _ variable: String) {
        self.init([Monomial([variable: 1]): coefficient])
    }

    /// A bound on the size of a product, so that a hostile `_{(a+b+…+z)(a+b+…+z)…}` cannot
    /// exhaust memory; real amounts have one to four terms.
    public static let maximumTerms = 1024

    public static let zero = Amount([:])
    public static let one = Amount(Rational.one)

    /// The value when the amount involves no variable.
    public var constant: Rational? {
        if terms.isEmpty { return .zero }
        guard terms.count == 1, let c = terms[.one] else { return nil }
        return c
    }

    /// Every variable the amount depends on.
    public var variables: Set<String> { Set(terms.keys.flatMap(\.powers.keys)) }

    /// True when every monomial has degree at most one (`4-x`, `2/3-x+y`).
    public var isLinear: Bool { terms.keys.allSatisfy { $0.degree <= 1 } }

    /// The sum, or `nil` on overflow.
    public func adding(_ other: Amount) -> Amount? {
        var result = terms
        for (m, c) in other.terms {
            guard let sum = (result[m] ?? .zero).adding(c) else { return nil }
            result[m] = sum
        }
        return Amount(result)
    }

    /// The product, or `nil` on overflow or when it would have more than ``maximumTerms`` terms.
    public func multiplied(by other: Amount) -> Amount? {
        guard terms.count * other.terms.count <= Self.maximumTerms else { return nil }
        var result: [Monomial: Rational] = [:]
        for (m1, c1) in terms {
            for (m2, c2) in other.terms {
                let m = m1.times(m2)
                guard let c = c1.multiplied(by: c2), let sum = (result[m] ?? .zero).adding(c) else { return nil }
                result[m] = sum
            }
        }
        return Amount(result)
    }

    public var negated: Amount { Amount(terms.mapValues(\.negated)) }

    /// Substitutes the bound variables; variables without a value stay symbolic. `nil` on
    /// overflow.
    public func substituting(_ bindings: [String: Rational]) -> Amount? {
        var result = Amount.zero
        for (m, c) in terms {
            var term = Amount([Monomial(m.powers.filter { bindings[$0.key] == nil }): c])
            for (variable, exponent) in m.powers {
                guard let value = bindings[variable] else { continue }
                for _ in 0..<exponent {
                    guard let next = term.multiplied(by: Amount(value)) else { return nil }
                    term = next
                }
            }
            guard let sum = result.adding(term) else { return nil }
            result = sum
        }
        return result
    }

    /// The value for the given variables (`["x": 0.1]`; each `Double` is read as the shortest
    /// decimal that prints it, so `0.1` is exactly 1/10). `nil` when a variable has no value
    /// or the arithmetic overflows.
    public func evaluated(_ bindings: [String: Double]) -> Rational? {
        var exact: [String: Rational] = [:]
        for (name, value) in bindings {
            guard let r = Rational(approximating: value) else { return nil }
            exact[name] = r
        }
        return substituting(exact)?.constant
    }
}

extension Amount: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(Rational(value)) }
}

extension Amount: CustomStringConvertible {
    /// The expression as a formula prints it: constant first, then terms by degree and name,
    /// coefficients of 1 left out (`2/3-x`, `1+x`, `3x`, `4-4z-x+xz`, `0`).
    public var description: String {
        let ordered = terms.sorted { $0.key < $1.key }
        guard !ordered.isEmpty else { return "0" }
        var text = ""
        for (index, (monomial, coefficient)) in ordered.enumerated() {
            let magnitude = coefficient.isNegative ? coefficient.negated : coefficient
            if coefficient.isNegative {
                text += "-"
            } else if index > 0 {
                text += "+"
            }
            if monomial == .one || magnitude != .one { text += magnitude.description }
            text += monomial.letters.joined()
        }
        return text
    }
}
