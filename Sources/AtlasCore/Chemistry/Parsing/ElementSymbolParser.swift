import Parsing

/// An element symbol: a capital letter and, when that makes a known symbol, one lowercase
/// letter (`Sn` is tin; in `SnNx` the `x` after `N` is a variable because `Nx` is no element).
///
/// A symbol that names no element is an error that quotes it — the capital and a following
/// lowercase letter (`Ln` in the review's generic `Li3Ln3M2O12`), or the capital alone (`L` in
/// `LLZO`, though abbreviations are caught earlier by ``MaterialAbbreviation``).
struct ElementSymbolParser: Parser {
    func parse(_ input: inout Substring) throws -> Element {
        let start = input.startIndex
        let capital = try Prefix(1, while: FormulaLexicon.isUppercase).parse(&input)
        var probe = input
        if let small = try? Prefix(1, while: FormulaLexicon.isLowercase).parse(&probe),
            let element = Element(symbol: capital + small)
        {
            input = probe
            return element
        }
        if let element = Element(symbol: capital) { return element }
        let small = input.prefix(while: FormulaLexicon.isLowercase).prefix(1)
        throw LocatedError(.unknownElement(String(capital + small)), at: start)
    }
}
