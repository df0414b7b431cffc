import PropertyBased
import Testing

@testable import AtlasCore

/// Writing and reading formulas are inverse: for random compositions and random formula trees,
/// `parse(format(x)) == x`; and no text, however odd, crashes the parser.
@Suite("Formula round trip")
struct FormulaRoundTripPropertyTests {
    /// An exact amount as the data print them: a whole number, a decimal with up to three
    /// places, or a fraction with a small denominator.
    static let amounts = zip(Gen.int(in: 0...2), Gen.int(in: 1...2000), Gen.int(in: 2...12)).map { kind, n, d in
        switch kind {
        case 0: return Rational(n % 40 + 1)
        case 1: return Rational(n, [10, 100, 1000][n % 3])!
        default: return Rational(n % 30 + 1, d)!
        }
    }

    /// Up to seven distinct elements (any of the 118) with random amounts.
    static let compositions = zip(
        Gen.element(of: Element.allCases).map { $0 ?? .Li }.array(of: 1...7), amounts.array(of: 7)
    ).map {
        elements, values in
        var table: [Element: Rational] = [:]
        for (element, value) in zip(elements, values) { table[element] = value }
        return table
    }

    @Test("composition → formula text → composition is exact")
    func compositionRoundTrip() async {
        await propertyCheck(count: 500, input: Self.compositions) { table in
            guard let composition = try? Composition(table) else {
                Issue.record("invalid generated composition \(table)")
                return
            }
            #expect((try? Composition(parsing: composition.formula)) == composition, "\(composition.formula)")
            let reduced = composition.reduced
            #expect((try? Composition(parsing: reduced.formula)) == reduced, "\(reduced.formula)")
            #expect(reduced.isApproximatelyEqual(to: composition, tolerance: 1e-12))
        }
    }

    @Test("formula tree → canonical text → formula tree is exact, with groups, mixtures and variables")
    func treeRoundTrip() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int.max)) { seed in
            var random = SplitMix(seed: UInt64(seed))
            let formula = RandomFormula.make(&random)
            guard let formula else { return }
            let text = formula.description
            #expect((try? Formula.parse(text)) == formula, "\(text)")
        }
    }

    /// Characters that occur in formulas and in the noise around them, plus a few that do not.
    static let alphabet: [Character] =
        "LiLaZrOPSNTiAlGeCoMnFexyzδ0123456789.,/()[]{}_^·•*-–−+ ₀₁₂₃⁺⁻³\"'$\\textLLZO\u{FEFF}\u{00A0}:;?!ab".map { $0 }
        + ["\u{0305}", "\r\n"]

    @Test("any text either parses or fails with a CoreError whose column is inside the text")
    func neverCrashes() async {
        await propertyCheck(
            count: 2000,
            input: Gen.element(of: Self.alphabet).map { (c: Character?) -> Character in c ?? " " }.array(of: 0...24)
        ) { chars in
            let text = String(chars)
            // `throws(CoreError)`: the compiler proves that nothing but a CoreError can escape.
            do throws(CoreError) {
                _ = try Formula.parse(text)
            } catch {
                if let column = Self.column(of: error) {
                    #expect((1...(text.count + 1)).contains(column), "\(text.debugDescription): \(error)")
                }
                #expect(!error.message.isEmpty)
            }
        }
    }

    static func column(of error: CoreError) -> Int? {
        switch error {
        case .unknownElement(_, let c), .malformedFormula(_, let c), .unexpectedText(_, let c),
            .expectedNumber(let c), .unbalancedParenthesis(let c):
            return c
        default:
            return nil
        }
    }
}

/// A small deterministic generator (SplitMix64), so that a random tree is a pure function of
/// the seed the property check draws — and a failing seed reproduces.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}

/// Random formula trees: elements with constant or symbolic counts, nested groups in both
/// bracket kinds, mixtures with constant or symbolic coefficients, phases and charges.
enum RandomFormula {
    static func make(_ r: inout SplitMix) -> Formula? {
        let components = (0..<r.int(1...3)).map { _ in
            Formula.Component(coefficient: r.int(0...2) == 0 ? coefficient(&r) : .one, terms(&r, depth: 0))
        }
        let phase: String? = [nil, nil, "a", "c", "α", "β"][r.int(0...5)]
        let charge = r.int(0...4) == 0 ? r.int(-3...3) : 0
        return try? Formula(phase: phase, components: components, charge: charge)
    }

    static func terms(_ r: inout SplitMix, depth: Int) -> [Formula.Term] {
        (0..<r.int(1...4)).map { _ in
            if depth < 3, r.int(0...3) == 0 {
                return .group(terms(&r, depth: depth + 1), count(&r), r.int(0...1) == 0 ? .round : .square)
            }
            return .element(Element(rawValue: r.int(1...118))!, count(&r))
        }
    }

    static func count(_ r: inout SplitMix) -> Amount {
        switch r.int(0...5) {
        case 0, 1: return .one
        case 2: return Amount(Rational(r.int(2...40)))
        case 3: return Amount(Rational(r.int(1...999), [10, 100, 1000][r.int(0...2)])!)
        case 4: return Amount(Rational(r.int(1...20), r.int(2...9))!)
        default: return symbolic(&r)
        }
    }

    static func coefficient(_ r: inout SplitMix) -> Amount {
        r.int(0...1) == 0 ? Amount(Rational(r.int(1...99), 100)!) : symbolic(&r)
    }

    /// `c ± k·v` or `k·v`, sometimes with a second variable or a product term.
    static func symbolic(_ r: inout SplitMix) -> Amount {
        let variables = ["x", "y", "z", "δ"]
        let v = variables[r.int(0...3)]
        var terms: [Amount.Monomial: Rational] = [Amount.Monomial([v: 1]): Rational(r.int(-3...3) | 1, r.int(1...4))!]
        if r.int(0...1) == 0 { terms[.one] = Rational(r.int(0...8), r.int(1...3))! }
        if r.int(0...4) == 0 {
            let product = [v: 1].merging([variables[r.int(0...3)]: 1], uniquingKeysWith: +)
            terms[Amount.Monomial(product)] = Rational(r.int(1...3))
        }
        return Amount(terms)
    }
}
