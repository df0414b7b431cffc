import Parsing

/// The count after an element symbol or a closing bracket, in any of the ways it is printed:
/// plain (`O12`, `Al0.25`, `Sr7/16`, `Ti2-x`, `Px`), TeX-like (`O_{12}`, `La_{2/3-x}`, `O_4`,
/// `P_x`) or Unicode subscripts (`O₁₂`, already made plain by ``FormulaText``). No count
/// means 1.
struct SubscriptParser: Parser {
    func parse(_ input: inout Substring) throws -> Amount {
        guard let c = input.first else { return .one }
        if c == "_" {
            let underscore = input.startIndex
            input.removeFirst()
            if input.first == "{" {
                let open = input.startIndex
                input.removeFirst()
                let amount = try AmountParser(style: .braced).parse(&input)
                guard input.first == "}" else {
                    if !input.contains("}") || (input.first.map(FormulaLexicon.isClosingBracket) ?? true) {
                        throw LocatedError(.unbalancedParenthesis, at: open)
                    }
                    throw LocatedError(.unexpectedText(FormulaLexicon.excerpt(input)), at: input.startIndex)
                }
                input.removeFirst()
                return amount
            }
            guard let next = input.first, FormulaLexicon.startsAmount(next) else {
                throw LocatedError(.malformedFormula("expected a subscript after '_'"), at: underscore)
            }
            return try AmountParser(style: .plain).parse(&input)
        }
        if FormulaLexicon.startsAmount(c) {
            return try AmountParser(style: .plain).parse(&input)
        }
        return .one
    }
}
