extension Formula: CustomStringConvertible {
    /// The formula written back in the atlas's canonical spelling, keeping its structure:
    /// `Li1.3Al0.3Ti1.7(PO4)3`, `0.75Li2S·0.25P2S5`, `(1-z)Li4SiO4·(z)Li3PO4`,
    /// `Li1+xAlxTi2-x(PO4)3`, `a-Li3PO4`, `PO4³⁻`. Elements keep the order they were written in
    /// (use ``Composition/formula`` for the canonical element order).
    ///
    /// `Formula.parse(f.description) == f` for every formula: amounts are printed exactly
    /// (decimals, or fractions such as `2/3`), and an amount that would be ambiguous in plain
    /// text is put in TeX-like braces (`S_{n}` rather than `Sn`, `O_{x-1}`, `Li_{4-4z-x+xz}`).
    public var description: String {
        var text = phase.map { $0 + "-" } ?? ""
        text += components.map(Self.text(of:)).joined(separator: "·")
        if charge != 0 {
            let magnitude = abs(charge) == 1 ? "" : Superscript.render(abs(charge))
            text += magnitude + (charge > 0 ? "⁺" : "⁻")
        }
        return text
    }

    private static func text(of component: Component) -> String {
        var text = ""
        if component.coefficient != .one {
            if let constant = component.coefficient.constant, !constant.isNegative {
                text += constant.description
            } else {
                text += "(" + component.coefficient.description + ")"
            }
        }
        return text + component.terms.map(text(of:)).joined()
    }

    private static func text(of term: Term) -> String {
        switch term {
        case .element(let element, let count):
            return element.symbol + subscriptText(count, after: element.symbol)
        case .group(let terms, let count, let bracket):
            let inner = String(bracket.open) + terms.map(text(of:)).joined() + String(bracket.close)
            return inner + subscriptText(count, after: nil)
        }
    }

    /// The count after a symbol (or after a closing bracket when `symbol` is `nil`): nothing
    /// for 1, plain when it reads back unambiguously, `_{…}` otherwise.
    static func subscriptText(_ count: Amount, after symbol: String?) -> String {
        if count == .one { return "" }
        let plain = count.description
        if let constant = count.constant, !constant.isNegative { return plain }
        guard count.isLinear, let first = plain.first, first != "-" else { return "_{" + plain + "}" }
        // A leading variable letter must not extend a one-letter symbol into another element (`S` + `n`).
        if FormulaLexicon.isLowercase(first), let symbol, symbol.count == 1,
            Element(symbol: symbol + String(first)) != nil
        {
            return "_{" + plain + "}"
        }
        // Plain text continues a count only with terms that have a variable: fine here, since the
        // constant term, if any, is printed first.
        return plain
    }
}
