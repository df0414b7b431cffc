import Parsing

/// One component of a mixture or adduct: an optional leading coefficient and its formula.
///
/// Coefficients: a number (`0.75Li2S`, `70Li2S`, `0.75 Li2S`), a variable term (`xLi2S`), or an
/// expression in parentheses (`(1-z)Li4SiO4`, `(z)Li3PO4`). Parentheses are a coefficient only
/// when they hold an expression and a formula follows; `(PO4)3` and `(Li2S)0.7` are groups.
struct MixtureComponentParser: Parser {
    func parse(_ input: inout Substring) throws -> Formula.Component {
        input.skipSpaces()
        var coefficient = Amount.one
        if let (value, rest) = parenthesizedCoefficient(input) {
            coefficient = value
            input = rest
        } else if let c = input.first, Lexicon.isDigit(c) || startsVariableCoefficient(input) {
            coefficient = try AmountParser(style: .plain).parse(&input)
        }
        let terms = try FormulaTermsParser().parse(&input)
        guard !terms.isEmpty else {
            guard let c = input.first, c != " " else {
                throw LocatedError(.malformedFormula("expected an element symbol"), at: input.startIndex)
            }
            if c == ")" || c == "]" { throw LocatedError(.unbalancedParenthesis, at: input.startIndex) }
            throw LocatedError(.unexpectedText(FormulaLexicon.excerpt(input)), at: input.startIndex)
        }
        return Formula.Component(coefficient: coefficient, terms)
    }

    /// `(expression)` followed by the start of a formula.
    private func parenthesizedCoefficient(_ input: Substring) -> (Amount, Substring)? {
        guard input.first == "(" else { return nil }
        var probe = input.dropFirst()
        guard let value = try? AmountParser(style: .braced).parse(&probe), probe.first == ")" else { return nil }
        probe.removeFirst()
        probe.skipSpaces()
        guard let next = probe.first, FormulaLexicon.startsTerm(next) else { return nil }
        return (value, probe)
    }

    /// A lone variable directly before a formula (`xLi2S`), not a word (`cubic LLZO`).
    private func startsVariableCoefficient(_ input: Substring) -> Bool {
        guard let c = input.first, FormulaLexicon.isVariable(c) else { return false }
        var rest = input.dropFirst()
        rest.skipSpaces()
        return rest.first.map(FormulaLexicon.startsTerm) ?? false
    }
}
