import Parsing

/// An ionic charge written after a formula: superscripts (`⁺`, `³⁻`, `²⁺`) or a caret
/// (`^+`, `^{3-}`, `^{-3}`, `^2+`). Returns 0 when there is none.
struct ChargeParser: Parser {
    func parse(_ input: inout Substring) throws -> Int {
        guard let c = input.first else { return 0 }
        if c == "^" {
            let caret = input.startIndex
            input.removeFirst()
            let braced = input.first == "{"
            if braced { input.removeFirst() }
            guard
                let charge = signedCount(
                    &input, digit: { Lexicon.isDigit($0) ? Int(String($0)) : nil }, plus: "+", minus: "-"),
                !braced || (try? "}".parse(&input)) != nil
            else { throw LocatedError(.malformedFormula("malformed charge"), at: caret) }
            return charge
        }
        if c == "⁺" || c == "⁻" || Superscript.value(of: c) != nil {
            let start = input.startIndex
            guard let charge = signedCount(&input, digit: Superscript.value(of:), plus: "⁺", minus: "⁻") else {
                throw LocatedError(.malformedFormula("malformed charge"), at: start)
            }
            return charge
        }
        return 0
    }

    /// `n±`, `±n` or a lone sign (magnitude 1); `nil` without a sign.
    private func signedCount(
        _ input: inout Substring, digit: (Character) -> Int?, plus: Character, minus: Character
    ) -> Int? {
        func sign(_ input: inout Substring) -> Int? {
            guard let c = input.first, c == plus || c == minus else { return nil }
            input.removeFirst()
            return c == plus ? 1 : -1
        }
        func magnitude(_ input: inout Substring) -> Int? {
            var n: Int? = nil
            while let c = input.first, let d = digit(c), (n ?? 0) < 100 {
                n = (n ?? 0) * 10 + d
                input.removeFirst()
            }
            return n
        }
        if let s = sign(&input) { return s * (magnitude(&input) ?? 1) }
        let n = magnitude(&input)
        guard let s = sign(&input) else { return nil }
        return s * (n ?? 1)
    }
}
