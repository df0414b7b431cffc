/// A chemical formula as printed: its structure (groups, mixture components, a phase prefix, an
/// ionic charge) and, derived from it, the amount of each element per formula unit.
///
/// Amounts are exact (``Rational``) and may depend on variables (``Amount``): `Li_{3x}La_{2/3-x}TiO3`
/// parses into a formula whose elements are known (Li, La, Ti, O) but whose amounts are
/// expressions in `x`. A ``Composition`` — plain numbers — is obtained once every variable has
/// a value.
///
/// ```swift
/// let f = try Formula.parse("Li1.3Al0.3Ti1.7(PO4)3")
/// f.amounts[.O]                              // 12
/// try f.composition().formula                // "Li1.3Ti1.7Al0.3P3O12"
/// let g = try Formula.parse("(1-z)Li4SiO4-(z)Li3PO4")
/// g.variables                                // ["z"]
/// try g.composition(["z": 0.5]).formula      // "Li3.5Si0.5P0.5O4"
/// ```
///
/// Two formulas are equal when they have the same structure and the same exact amounts,
/// however they were spelled (`Li_{3}PO_4`, `Li₃PO₄` and `Li3PO4` are equal; `Li3PO4` and
/// `Li3P1O4.0` too).
public struct Formula: Hashable, Sendable {
    /// A prefix naming the phase or state, written before a hyphen: `a` (amorphous) in
    /// `a-Li3PO4`, `α` in `α-MoO3-x`, `c` (cubic) in `c-Li7La3Zr2O12`. `nil` when absent.
    public let phase: String?
    /// The parts of a mixture or adduct (`0.75Li2S·0.25P2S5`, `LiCl·H2O`); one for an ordinary
    /// formula.
    public let components: [Component]
    /// The ionic charge written after the formula (`PO₄³⁻` is −3); 0 when none was written.
    public let charge: Int
    /// The amount of each element per formula unit, summed over components and groups.
    public let amounts: [Element: Amount]

    /// One part of a mixture: a coefficient (1 when none is printed) times a sequence of
    /// elements and groups.
    public struct Component: Hashable, Sendable {
        public let coefficient: Amount
        public let terms: [Term]

        public init(coefficient: Amount = .one, _ terms: [Term]) {
            self.coefficient = coefficient
            self.terms = terms
        }
    }

    /// An element with its count, or a bracketed group with its multiplier.
    public indirect enum Term: Hashable, Sendable {
        case element(Element, Amount)
        case group([Term], Amount, Bracket)
    }

    /// The kind of bracket around a group; kept so that a formula prints back as printed.
    public enum Bracket: Hashable, Sendable {
        case round, square

        var open: Character { self == .round ? "(" : "[" }
        var close: Character { self == .round ? ")" : "]" }
    }

    /// Builds a formula and computes its element amounts; throws when an amount cannot be
    /// computed exactly in 64-bit fractions (a pathological input, not a real formula).
    public init(phase: String? = nil, components: [Component], charge: Int = 0) throws(CoreError) {
        self.phase = phase
        self.components = components
        self.charge = charge
        var total: [Element: Amount] = [:]
        for component in components {
            guard let part = Self.amounts(of: component.terms, times: component.coefficient) else {
                throw .cannotComputeComposition("the amounts are too large, too precise or too complex to keep exactly")
            }
            for (element, amount) in part {
                guard let sum = (total[element] ?? .zero).adding(amount) else {
                    throw .cannotComputeComposition(
                        "the amounts are too large, too precise or too complex to keep exactly")
                }
                total[element] = sum
            }
        }
        self.amounts = total
    }

    /// A one-component formula.
    public init(_ terms: [Term]) throws(CoreError) {
        try self.init(components: [Component(terms)])
    }

    private static func amounts(of terms: [Term], times factor: Amount) -> [Element: Amount]? {
        var total: [Element: Amount] = [:]
        func add(_ element: Element, _ amount: Amount) -> Bool {
            guard let sum = (total[element] ?? .zero).adding(amount) else { return false }
            total[element] = sum
            return true
        }
        for term in terms {
            switch term {
            case .element(let element, let count):
                guard let amount = count.multiplied(by: factor), add(element, amount) else { return nil }
            case .group(let inner, let count, _):
                guard let scale = count.multiplied(by: factor), let part = amounts(of: inner, times: scale) else {
                    return nil
                }
                for (element, amount) in part where !add(element, amount) { return nil }
            }
        }
        return total
    }

    /// The elements the formula contains (known even when their amounts are symbolic), in
    /// formula order (``Element/precedesInFormula(_:_:)``).
    public var elements: [Element] { amounts.keys.sorted(by: Element.precedesInFormula) }

    /// The variables the amounts depend on (`["x"]` for `Li1+xAlxTi2-x(PO4)3`).
    public var variables: Set<String> {
        amounts.values.reduce(into: Set<String>()) { $0.formUnion($1.variables) }
            .union(components.flatMap(\.coefficient.variables))
    }

    /// True when some amount depends on a variable that has no value yet.
    public var isSymbolic: Bool { !variables.isEmpty }

    /// The composition with the variables bound to values (`["x": 0.1]`).
    ///
    /// Throws ``CoreError/cannotComputeComposition(_:)`` when a variable has no value, or when
    /// the values make an amount negative (`Li4-xGeS4` with x = 5).
    public func composition(_ bindings: [String: Double] = [:]) throws(CoreError) -> Composition {
        let missing = variables.subtracting(bindings.keys).sorted()
        guard missing.isEmpty else {
            let names = missing.joined(separator: ", ")
            throw .cannotComputeComposition("no value for \(names) (the formula is symbolic)")
        }
        var exact: [Element: Rational] = [:]
        for (element, amount) in amounts {
            guard let value = amount.evaluated(bindings) else {
                throw .cannotComputeComposition("the amount of \(element.symbol) cannot be computed exactly")
            }
            exact[element] = value
        }
        return try Composition(exact)
    }
}
