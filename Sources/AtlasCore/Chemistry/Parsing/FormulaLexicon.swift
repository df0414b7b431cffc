/// Character classes of the formula grammar (on text already cleaned by ``FormulaText``).
enum FormulaLexicon {
    static func isUppercase(_ c: Character) -> Bool { c.isASCII && c.isUppercase }
    static func isLowercase(_ c: Character) -> Bool { c.isASCII && c.isLowercase }

    /// A variable in a stoichiometry: one lowercase Latin letter (`x`, `y`, `z`) or Greek
    /// letter (`δ` in `O12-δ`).
    static func isVariable(_ c: Character) -> Bool {
        if isLowercase(c) { return true }
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        return (0x03B1...0x03C9).contains(scalar.value)
    }

    /// What can start an element or a group: a capital letter or an opening bracket.
    static func startsTerm(_ c: Character) -> Bool { isUppercase(c) || c == "(" || c == "[" }

    /// What can start an amount: a digit or a variable.
    static func startsAmount(_ c: Character) -> Bool { Lexicon.isDigit(c) || isVariable(c) }

    static func bracket(opening c: Character) -> Formula.Bracket? {
        c == "(" ? .round : c == "[" ? .square : nil
    }

    static func isClosingBracket(_ c: Character) -> Bool { c == ")" || c == "]" || c == "}" }

    /// The text to quote in an "unexpected …" message: up to the next space, at most 12
    /// characters.
    static func excerpt(_ input: Substring) -> String {
        String(input.prefix(while: { $0 != " " }).prefix(12))
    }
}
