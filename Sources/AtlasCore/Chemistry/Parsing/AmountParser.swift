import Parsing

/// A stoichiometric amount: a number, a fraction or an expression in variables.
///
/// Two styles, because the review prints both:
/// - ``Style/plain``, right after a symbol: `3`, `6.25`, `3/8`, `x`, `3x`, `4-x`, `2/3-x`, `1+x`.
///   After the first term, `+`/`-` continues the amount only when the next term contains a
///   variable (`Ti2-x`); otherwise the dash separates mixture components (`Li2S-30P2S5`,
///   `Li2O-V2O5`).
/// - ``Style/braced``, inside `_{…}` or a coefficient's parentheses: any sum of products of
///   numbers, fractions, variables and parenthesised sub-expressions, with an optional leading
///   sign and spaces (`_{2/3-x}`, `_{3,25}`, `(1-z)`, `_{4-4z-x+xz}`).
struct AmountParser: Parser {
    enum Style { case plain, braced }

    var style: Style
    /// Parentheses enclosing this expression, limited like ``FormulaTermsParser/maximumDepth``.
    var depth = 0

    func parse(_ input: inout Substring) throws -> Amount {
        switch style {
        case .plain: return try plain(&input)
        case .braced: return try braced(&input)
        }
    }

    // MARK: plain

    private func plain(_ input: inout Substring) throws -> Amount {
        var total = try plainTerm(&input)
        while true {
            var probe = input
            guard
                let sign = try? OneOf({
                    "+".map { false }
                    "-".map { true }
                }).parse(&probe),
                let next = probe.first, FormulaLexicon.startsAmount(next),
                let term = try? plainTerm(&probe), !term.variables.isEmpty
            else { break }
            let start = input.startIndex
            input = probe
            total = try Self.checked(total.adding(sign ? term.negated : term), at: start)
        }
        return total
    }

    /// `number`, `number/number`, `variable`, or a number followed by a variable (`3x`, `1/2x`).
    private func plainTerm(_ input: inout Substring) throws -> Amount {
        let start = input.startIndex
        var coefficient = Rational.one
        var sawNumber = false
        if input.first.map(Lexicon.isDigit) == true {
            coefficient = try ExactNumberParser().parse(&input)
            sawNumber = true
        }
        if let v = input.first, FormulaLexicon.isVariable(v) {
            input.removeFirst()
            return Amount(coefficient, String(v))
        }
        guard sawNumber else { throw LocatedError(.expectedNumber, at: start) }
        return Amount(coefficient)
    }

    // MARK: braced

    private func braced(_ input: inout Substring) throws -> Amount {
        input.skipSpaces()
        var total = Amount.zero
        var first = true
        while true {
            let start = input.startIndex
            var negative = false
            if let sign = try? OneOf({
                "+".map { false }
                "-".map { true }
            }).parse(&input) {
                negative = sign
                input.skipSpaces()
            } else if !first {
                break
            }
            let product = try self.product(&input)
            total = try Self.checked(total.adding(negative ? product.negated : product), at: start)
            first = false
            input.skipSpaces()
        }
        return total
    }

    /// Juxtaposed factors multiplied together: `3x`, `2/3`, `xz`, `2(1-x)`.
    private func product(_ input: inout Substring) throws -> Amount {
        let start = input.startIndex
        var result = Amount.one
        var factors = 0
        while let c = input.first {
            let factor: Amount
            if Lexicon.isDigit(c) {
                factor = Amount(try ExactNumberParser(allowsDecimalComma: true).parse(&input))
            } else if FormulaLexicon.isVariable(c) {
                input.removeFirst()
                factor = Amount(1, String(c))
            } else if c == "(" {
                let open = input.startIndex
                guard depth < FormulaTermsParser.maximumDepth else {
                    throw LocatedError(.malformedFormula("parentheses nested too deeply"), at: open)
                }
                input.removeFirst()
                factor = try AmountParser(style: .braced, depth: depth + 1).parse(&input)
                guard input.first == ")" else { throw LocatedError(.unbalancedParenthesis, at: open) }
                input.removeFirst()
            } else {
                break
            }
            result = try Self.checked(result.multiplied(by: factor), at: start)
            factors += 1
        }
        guard factors > 0 else { throw LocatedError(.expectedNumber, at: start) }
        return result
    }

    static func checked(_ amount: Amount?, at index: String.Index) throws -> Amount {
        guard let amount else {
            throw LocatedError(
                .malformedFormula("amount too large, too precise or too complex to keep exactly"), at: index)
        }
        return amount
    }
}
