import Testing

@testable import AtlasCore

/// The formula syntax: every printed form the review and the data sets use, mixtures, symbolic
/// families, decorations, typographic and spreadsheet noise, and errors with their columns.
@Suite("Formula parsing")
struct FormulaParsingTests {
    private func amounts(_ text: String, _ variables: [String: Double] = [:]) throws -> [Element: Rational] {
        try Composition(parsing: text, variables: variables).amounts
    }

    @Test("plain, decimal, fraction, TeX and Unicode spellings of one formula are equal")
    func spellingsAreEqual() throws {
        let plain = try Formula.parse("Li6.25Al0.25La3Zr2O12")
        for text in [
            "Li_{6.25}Al_{0.25}La_3Zr_2O_{12}", "Li_{6.25}Al_{0.25}La₃Zr₂O₁₂", "Li₆.₂₅Al₀.₂₅La₃Zr₂O₁₂",
            "Li25/4Al1/4La3Zr2O12", "Li6.250Al0.25La3.0Zr2O12", "Li_{6,25}Al_{0,25}La3Zr2O12",
        ] {
            #expect(try Formula.parse(text) == plain, "\(text)")
        }
        #expect(try Formula.parse("LiNi₀.₅Mn₁.₅O₄") == Formula.parse("LiNi0.5Mn1.5O4"))
        #expect(try Formula.parse("Li₃PO₄") == Formula.parse("Li3PO4"))
    }

    @Test("parentheses and brackets multiply, and nest")
    func groups() throws {
        #expect(try amounts("Li1.3Al0.3Ti1.7(PO4)3") == ExpectedAmounts.parse("Li 1.3, Al 0.3, Ti 1.7, P 3, O 12"))
        #expect(try amounts("Ca3[Al(OH)6]2") == ExpectedAmounts.parse("Ca 3, Al 2, O 12, H 12"))
        #expect(try amounts("((Li2S)0.5(P2S5)0.5)2") == ExpectedAmounts.parse("Li 2, S 6, P 2"))
    }

    @Test("mixtures: leading coefficients, equal parts without them, hydrates")
    func mixtures() throws {
        #expect(try amounts("0.75Li2S·0.25P2S5") == ExpectedAmounts.parse("Li 1.5, P 0.5, S 2"))
        #expect(try amounts("0.75 Li2S • 0.25 P2S5") == ExpectedAmounts.parse("Li 1.5, P 0.5, S 2"))
        #expect(try amounts("70Li2S-30P2S5") == ExpectedAmounts.parse("Li 140, P 60, S 220"))
        #expect(try Composition(parsing: "70Li2S-30P2S5").reduced.formula == "Li7P3S11")
        // No coefficients: one formula unit of each.
        #expect(try amounts("Li2O-V2O5-SiO2") == ExpectedAmounts.parse("Li 2, V 2, Si 1, O 8"))
        #expect(try amounts("Li2O–SiO2–P2O5") == ExpectedAmounts.parse("Li 2, Si 1, P 2, O 8"))
        #expect(try amounts("LiCl·H2O") == ExpectedAmounts.parse("Li 1, Cl 1, H 2, O 1"))
        #expect(try amounts("CuSO4·5H2O") == ExpectedAmounts.parse("Cu 1, S 1, O 9, H 10"))
        #expect(try amounts("LiOH*H2O") == ExpectedAmounts.parse("Li 1, O 2, H 3"))
        let f = try Formula.parse("0.75Li2S·0.25P2S5")
        #expect(f.components.map(\.coefficient) == [Amount(Rational(3, 4)!), Amount(Rational(1, 4)!)])
    }

    @Test("a mixture with a variable coefficient is evaluated once the variable is bound")
    func variableMixture() throws {
        let f = try Formula.parse("(1-z)Li4SiO4-(z)Li3PO4")
        #expect(f.variables == ["z"])
        #expect(f.elements == [.Li, .Si, .P, .O])
        #expect(throws: CoreError.cannotComputeComposition("no value for z (the formula is symbolic)")) {
            try f.composition()
        }
        #expect(try f.composition(["z": 0.5]).amounts == ExpectedAmounts.parse("Li 3.5, Si 0.5, P 0.5, O 4"))
        #expect(try amounts("xLi2S-(1-x)P2S5", ["x": 0.7]) == ExpectedAmounts.parse("Li 1.4, S 2.2, P 0.6"))
    }

    @Test("symbolic formulas know their elements and evaluate exactly when the variables are bound")
    func symbolic() throws {
        let llto = try Formula.parse("Li_{3x}La_{2/3-x}TiO3")
        #expect(llto.isSymbolic)
        #expect(llto.variables == ["x"])
        #expect(llto.elements == [.Li, .La, .Ti, .O])
        #expect(llto.amounts[.La] == Amount([.one: Rational(2, 3)!, Amount.Monomial(["x": 1]): -1]))
        #expect(try llto.composition(["x": 0.1]).amounts == ExpectedAmounts.parse("Li 0.3, La 17/30, Ti 1, O 3"))

        #expect(try amounts("Li4-xGe1-xPxS4", ["x": 0.75]) == ExpectedAmounts.parse("Li 3.25, Ge 0.25, P 0.75, S 4"))
        #expect(
            try amounts("Li_{4-x}Ge_{1-x}P_xO_4", ["x": 0.4]) == ExpectedAmounts.parse("Li 3.6, Ge 0.6, P 0.4, O 4"))
        #expect(
            try amounts("Li1+xAlxTi2-x(PO4)3", ["x": 0.3]) == ExpectedAmounts.parse("Li 1.3, Al 0.3, Ti 1.7, P 3, O 12")
        )
        #expect(try Formula.parse("SnNx").variables == ["x"])
        #expect(try Formula.parse("Sn_xN_y").variables == ["x", "y"])
        #expect(try Formula.parse("TiOySz").elements == [.Ti, .S, .O])
        #expect(try amounts("MoO_{3-x}", ["x": 0.1]) == ExpectedAmounts.parse("Mo 1, O 2.9"))
        #expect(try amounts("FeS_{1+x}", ["x": 0.5]) == ExpectedAmounts.parse("Fe 1, S 1.5"))
        #expect(try amounts("Li7La3Zr2O12−δ", ["δ": 0.05]) == ExpectedAmounts.parse("Li 7, La 3, Zr 2, O 11.95"))
        #expect(
            try amounts(#"\operatorname{Li}_{2-x}\operatorname{Mn}_2\operatorname{O}_4"#, ["x": 1])
                == ExpectedAmounts.parse("Li 1, Mn 2, O 4"))
    }

    @Test("values that make an amount negative are refused")
    func negativeAfterBinding() throws {
        #expect(throws: CoreError.cannotComputeComposition("the amount of Li is negative (-1)")) {
            try Formula.parse("Li4-xGeS4").composition(["x": 5])
        }
    }

    @Test("phase prefixes and charges are kept apart from the composition")
    func decorations() throws {
        let amorphous = try Formula.parse("a-Li3PO4")
        #expect(amorphous.phase == "a")
        #expect(try amorphous.composition() == Composition(parsing: "Li3PO4"))
        let alpha = try Formula.parse("α-MoO3-x")
        #expect(alpha.phase == "α")
        #expect(alpha.variables == ["x"])
        #expect(try Formula.parse("β-Li3PS4").phase == "β")
        #expect(try Formula.parse("PO₄³⁻").charge == -3)
        #expect(try Formula.parse("Li⁺").charge == 1)
        #expect(try Formula.parse("PO4^{3-}").charge == -3)
        #expect(try Formula.parse("PO4³⁻").composition() == Composition(parsing: "PO4"))
    }

    @Test("typographic and spreadsheet noise is cleaned")
    func noise() throws {
        let llzo = try Formula.parse("Li7La3Zr2O12")
        for text in [
            "Li7La3Zr2O12 ", " Li7La3Zr2O12", "\u{FEFF}Li7La3Zr2O12", "Li7La3Zr2O12_x000D_", "Li7La3Zr2O12\u{00A0}",
            "\"Li7La3Zr2O12\"", "$Li_7La_3Zr_2O_{12}$", #"\text{Li}_7\text{La}_3\text{Zr}_2\text{O}_{12}"#,
            "Li7La3\u{200B}Zr2O12", "Li7La3Zr2O12\r\n",
        ] {
            #expect(try Formula.parse(text) == llzo, "\(text.debugDescription)")
        }
        // Unicode minus and en dash separate components like a hyphen.
        #expect(try Formula.parse("Li2S−P2S5") == Formula.parse("Li2S-P2S5"))
        #expect(try Formula.parse("Li2S – P2S5") == Formula.parse("Li2S-P2S5"))
    }

    @Test("a formula prints back in its canonical spelling, keeping its structure")
    func canonicalText() throws {
        let cases: [(String, String)] = [
            ("Li_{1.3}Al_{0.3}Ti_{1.7}(PO_4)_3", "Li1.3Al0.3Ti1.7(PO4)3"),
            ("(1-z)Li4SiO4-(z)Li3PO4", "(1-z)Li4SiO4·(z)Li3PO4"),
            ("0.75 Li2S • 0.25 P2S5", "0.75Li2S·0.25P2S5"),
            ("Li_{3x}La_{2/3-x}TiO_3", "Li3xLa2/3-xTiO3"),
            ("Li_{4/3}Ti_{5/3}O₄", "Li4/3Ti5/3O4"),
            ("a-Li₃PO₄", "a-Li3PO4"),
            ("PO4^{3-}", "PO4³⁻"),
            ("S_{n}", "S_{n}"),
            ("MoO_{x-1}", "MoO_{-1+x}"),
            ("Li0.6[Li0.2Sn0.8S2]", "Li0.6[Li0.2Sn0.8S2]"),
        ]
        for (printed, canonical) in cases {
            let formula = try Formula.parse(printed)
            #expect(formula.description == canonical, "\(printed)")
            #expect(try Formula.parse(canonical) == formula, "\(canonical)")
        }
    }

    @Test("unknown elements are reported with their column")
    func unknownElement() {
        #expect(throws: CoreError.unknownElement("Ln", column: 4)) { try Formula.parse("Li3Ln3M2O12") }
        #expect(throws: CoreError.unknownElement("M", column: 7)) { try Formula.parse("Li3La3M2O12") }
        #expect(throws: CoreError.unknownElement("A", column: 16)) {
            try Formula.parse(#"\text{Li}_{1+x}A_x\text{Ti}_{2-x}(\text{PO}_4)_3"#)
        }
        #expect(throws: CoreError.unknownElement("X", column: 4)) { try Formula.parse("Li₄XO₄") }
        #expect(CoreError.unknownElement("Ln", column: 4).message == "unknown element 'Ln' at column 4")
    }

    @Test("unbalanced brackets are reported at the bracket that has no partner")
    func unbalanced() {
        #expect(throws: CoreError.unbalancedParenthesis(column: 16)) { try Formula.parse("Li1.3Al0.3Ti1.7(PO4") }
        #expect(throws: CoreError.unbalancedParenthesis(column: 7)) { try Formula.parse("Li3PO4)3") }
        #expect(throws: CoreError.unbalancedParenthesis(column: 12)) { try Formula.parse("Li0.6[Li0.2)") }
        #expect(throws: CoreError.unbalancedParenthesis(column: 4)) { try Formula.parse("Li_{3PO4") }
        #expect(CoreError.unbalancedParenthesis(column: 16).message == "unbalanced parenthesis at column 16")
    }

    @Test("columns count characters of the original text, before cleaning")
    func columnsAreOriginal() {
        // The quote, the BOM and the TeX wrapper are dropped before parsing, but the column is the user's.
        #expect(throws: CoreError.unknownElement("Ln", column: 5)) { try Formula.parse("\"Li3Ln3M2O12\"") }
        #expect(throws: CoreError.unknownElement("Ln", column: 12)) { try Formula.parse(#"\text{Li}_3Ln_3"#) }
        #expect(throws: CoreError.unknownElement("Xy", column: 9)) { try Formula.parse("Li₂PO₂N Xy") }
    }

    @Test("abbreviations are not formulas, even those spelled with element symbols")
    func abbreviations() {
        for (text, word, column) in [
            ("LiPON", "LiPON", 1), ("LLZO", "LLZO", 1), ("LATP", "LATP", 1), ("NASICON", "NASICON", 1),
            ("c-LLZO", "LLZO", 3), ("Al-LLZO", "LLZO", 4), ("NCA", "NCA", 1), ("LiPON/LCO", "LiPON", 1),
        ] {
            #expect(
                throws: CoreError.malformedFormula(
                    "'\(word)' is a material abbreviation, not a formula", column: column)
            ) {
                try Formula.parse(text)
            }
        }
        #expect(
            CoreError.malformedFormula("'LLZO' is a material abbreviation, not a formula", column: 3).message
                == "'LLZO' is a material abbreviation, not a formula at column 3")
    }

    @Test("other malformed text is reported with a column, never a crash")
    func otherErrors() {
        #expect(throws: CoreError.emptyInput) { try Formula.parse("") }
        #expect(throws: CoreError.emptyInput) { try Formula.parse("  \u{FEFF} ") }
        #expect(throws: CoreError.emptyInput) { try Formula.parse("\"\"") }
        #expect(throws: CoreError.malformedFormula("expected an element symbol", column: 6)) {
            try Formula.parse("Li2O-")
        }
        #expect(throws: CoreError.unexpectedText("li3po4", column: 1)) { try Formula.parse("li3po4") }
        #expect(throws: CoreError.unexpectedText("/LiPON/LiCoO", column: 3)) { try Formula.parse("Li/LiPON/LiCoO2") }
        #expect(throws: CoreError.unexpectedText("3̅m", column: 3)) { try Formula.parse("Fm3̅m") }
        #expect(throws: CoreError.malformedFormula("empty brackets", column: 3)) { try Formula.parse("Li()") }
        #expect(throws: CoreError.malformedFormula("division by zero", column: 5)) { try Formula.parse("Li3/0PO4") }
        #expect(throws: CoreError.malformedFormula("expected a subscript after '_'", column: 3)) {
            try Formula.parse("Li_PO4")
        }
        #expect(throws: CoreError.malformedFormula("number too long to keep exactly", column: 3)) {
            try Formula.parse("Li0.1234567890123456789012PO4")
        }
        #expect(throws: CoreError.unexpectedText(":", column: 10)) { try Formula.parse("Li_3PO_4 : Li_3BO_4") }
        let deep = String(repeating: "(", count: 5000) + "Li" + String(repeating: ")2", count: 5000)
        #expect(throws: CoreError.malformedFormula("brackets nested too deeply", column: 33)) {
            try Formula.parse(deep)
        }
        let letters = "(" + "abcdefghijklmnopqrstuvwxyz".map(String.init).joined(separator: "+") + ")"
        #expect(
            throws: CoreError.malformedFormula(
                "amount too large, too precise or too complex to keep exactly", column: 5)
        ) {
            try Formula.parse("Li_{" + String(repeating: letters, count: 3) + "}")
        }
        let deepSubscript =
            "Li_{" + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + "}"
        #expect(throws: CoreError.malformedFormula("parentheses nested too deeply", column: 37)) {
            try Formula.parse(deepSubscript)
        }
    }
}
