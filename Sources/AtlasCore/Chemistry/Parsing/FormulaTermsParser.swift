import Parsing

/// A run of elements and bracketed groups, each with its count: `Li1.3Al0.3Ti1.7(PO4)3`,
/// `Li0.6[Li0.2Sn0.8S2]`, `((Li2S)0.6 (SiS2)0.4)95`. Spaces between terms are ignored, as the
/// data sets print `Li0.022 La0.115 Ti0.165 Al0.055 O0.618` and `Li1.3Cr0.3Ti1.7 (PO4)3`.
///
/// Stops, without consuming, at anything that cannot start a term (a mixture separator, a
/// closing bracket, a charge, the end); the caller decides whether that is an error.
struct FormulaTermsParser: Parser {
    /// How many brackets enclose this run; deeper than ``maximumDepth`` is refused rather than
    /// risking the stack on a hostile input (real formulas nest three or four deep).
    var depth = 0
    static let maximumDepth = 32

    func parse(_ input: inout Substring) throws -> [Formula.Term] {
        var terms: [Formula.Term] = []
        while true {
            var probe = input
            probe.skipSpaces()
            guard let c = probe.first, FormulaLexicon.startsTerm(c) else { return terms }
            input = probe
            if let bracket = FormulaLexicon.bracket(opening: c) {
                terms.append(try group(bracket, &input))
            } else {
                if let word = MaterialAbbreviation.match(at: input) {
                    throw LocatedError(
                        .malformedFormula("'\(word)' is a material abbreviation, not a formula"), at: input.startIndex)
                }
                let element = try ElementSymbolParser().parse(&input)
                terms.append(.element(element, try SubscriptParser().parse(&input)))
            }
        }
    }

    /// `(…)n` or `[…]n`: the terms inside, the matching closing bracket, the multiplier.
    private func group(_ bracket: Formula.Bracket, _ input: inout Substring) throws -> Formula.Term {
        let open = input.startIndex
        guard depth < Self.maximumDepth else {
            throw LocatedError(.malformedFormula("brackets nested too deeply"), at: open)
        }
        input.removeFirst()
        let inner = try FormulaTermsParser(depth: depth + 1).parse(&input)
        input.skipSpaces()
        guard let c = input.first else { throw LocatedError(.unbalancedParenthesis, at: open) }
        if c != bracket.close {
            if FormulaLexicon.isClosingBracket(c) {
                throw LocatedError(.unbalancedParenthesis, at: input.startIndex)
            }
            if inner.isEmpty {
                throw LocatedError(.malformedFormula("expected an element symbol"), at: input.startIndex)
            }
            throw LocatedError(.unexpectedText(FormulaLexicon.excerpt(input)), at: input.startIndex)
        }
        guard !inner.isEmpty else { throw LocatedError(.malformedFormula("empty brackets"), at: open) }
        input.removeFirst()
        return .group(inner, try SubscriptParser().parse(&input), bracket)
    }
}
