import Parsing

/// An unsigned decimal read exactly: `12`, `6.25`, `0.17`; with `allowsDecimalComma`, also
/// `3,25` (the review's extracted text prints `Li_{3,25}Ge_{0,25}P_{0,75}S₄`). An optional
/// `/denominator` makes a fraction (`7/16`, `2/3`).
struct ExactNumberParser: Parser {
    var allowsDecimalComma = false

    func parse(_ input: inout Substring) throws -> Rational {
        let start = input.startIndex
        let value = try decimal(&input)
        guard input.first == "/", input.dropFirst().first.map(Lexicon.isDigit) == true else { return value }
        input.removeFirst()
        let slash = input.startIndex
        let denominator = try decimal(&input)
        guard !denominator.isZero else { throw LocatedError(.malformedFormula("division by zero"), at: slash) }
        guard let fraction = value.divided(by: denominator) else {
            throw LocatedError(.malformedFormula("number too long to keep exactly"), at: start)
        }
        return fraction
    }

    private func decimal(_ input: inout Substring) throws -> Rational {
        let start = input.startIndex
        guard input.first.map(Lexicon.isDigit) == true else { throw LocatedError(.expectedNumber, at: start) }
        var text = String(try Prefix(1..., while: Lexicon.isDigit).parse(&input))
        if let mark = input.first, mark == "." || (allowsDecimalComma && mark == ","),
            input.dropFirst().first.map(Lexicon.isDigit) == true
        {
            input.removeFirst()
            text += "." + (try Prefix(1..., while: Lexicon.isDigit).parse(&input))
        }
        guard let value = Rational(decimal: text) else {
            throw LocatedError(.malformedFormula("number too long to keep exactly"), at: start)
        }
        return value
    }
}
