import Parsing

/// A whole formula: an optional phase prefix, one or more mixture components separated by `·`
/// or `-` (`0.75Li2S·0.25P2S5`, `Li2O-V2O5-SiO2`, `(1-z)Li4SiO4-(z)Li3PO4`, `LiCl·H2O`), and
/// an optional trailing charge. See docs/FORMULAS.md for the full syntax.
///
/// Components without a coefficient count once each: `Li2O-V2O5-SiO2` is read as one formula
/// unit of each oxide (the review names the glass system without its proportions).
struct FormulaParser: Parser {
    func parse(_ input: inout Substring) throws -> Formula {
        let start = input.startIndex
        let phase = PhasePrefixParser().parse(&input)
        var components = [try MixtureComponentParser().parse(&input)]
        while (try? separator.parse(&input)) != nil {
            components.append(try MixtureComponentParser().parse(&input))
        }
        let charge = try ChargeParser().parse(&input)
        input.skipSpaces()
        if let c = input.first {
            if c == ")" || c == "]" || c == "}" { throw LocatedError(.unbalancedParenthesis, at: input.startIndex) }
            throw LocatedError(.unexpectedText(FormulaLexicon.excerpt(input)), at: input.startIndex)
        }
        do {
            return try Formula(phase: phase, components: components, charge: charge)
        } catch {
            throw LocatedError(
                .malformedFormula("amounts too large, too precise or too complex to keep exactly"), at: start)
        }
    }

    /// `·` or `-` between components, with optional spaces around it.
    private var separator: some Parser<Substring, Void> {
        Parse {
            Skip { Prefix(while: Lexicon.isSpace) }
            OneOf {
                "·"
                "-"
            }
            Skip { Prefix(while: Lexicon.isSpace) }
        }
    }
}

extension Formula {
    /// Parses a formula as printed in the review or in a data set.
    ///
    /// ```swift
    /// try Formula.parse("Li_{3.3}PO_{3.9}N_{0.17}")      // LiPON as printed
    /// try Formula.parse("Li₃PO₄")                          // Unicode subscripts
    /// try Formula.parse("Li3/8Sr7/16Ta3/4Zr1/4O3")         // fractions
    /// try Formula.parse("0.75Li2S·0.25P2S5")               // a mixture
    /// try Formula.parse("Li1+xAlxTi2-x(PO4)3")             // symbolic in x
    /// try Formula.parse("LLZO")      // throws: 'LLZO' is a material abbreviation, not a formula at column 1
    /// try Formula.parse("Li3Ln3M2O12")  // throws: unknown element 'Ln' at column 4
    /// ```
    ///
    /// Errors carry the 1-based column (in characters) of the original text, even after the
    /// text has been cleaned of quotes, TeX markup or spreadsheet escapes (``FormulaText``).
    public static func parse(_ text: String) throws(CoreError) -> Formula {
        let cleaned = FormulaText(text)
        var input = cleaned.text[...]
        guard !input.isEmpty else { throw .emptyInput }
        do {
            return try FormulaParser().parse(&input)
        } catch let error as LocatedError {
            throw cleaned.resolve(error)
        } catch {
            throw .malformedFormula("not a formula", column: cleaned.column(of: input.startIndex))
        }
    }
}
