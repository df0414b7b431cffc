import Parsing

/// A phase or state prefix before a hyphen: one or two lowercase Latin letters or one Greek
/// letter, followed by `-` and the start of a formula: `a-Li3PO4` (amorphous), `c-LLZO`
/// (cubic), `g-Li3PO4` (glass), `α-MoO3-x`, `β-Li3PS4`. Never fails: without a prefix it
/// consumes nothing and returns `nil`.
struct PhasePrefixParser: Parser {
    func parse(_ input: inout Substring) -> String? {
        var probe = input
        let letters = probe.prefix(while: FormulaLexicon.isVariable)
        guard (1...2).contains(letters.count),
            letters.count == 1 || letters.allSatisfy(FormulaLexicon.isLowercase)
        else { return nil }
        probe = probe.dropFirst(letters.count)
        guard (try? "-".parse(&probe)) != nil, let next = probe.first,
            FormulaLexicon.startsTerm(next) || Lexicon.isDigit(next)
        else { return nil }
        input = probe
        return String(letters)
    }
}
