/// The text of a formula as typed, extracted from a PDF or read from a spreadsheet, cleaned of
/// the noise that is not chemistry, with a map from every kept character back to its column in
/// the original, so that errors point at what the user actually wrote.
///
/// What is cleaned (each seen in the review's extracted text or in the data sets):
/// - a byte-order mark, zero-width spaces and soft hyphens are dropped;
/// - Excel's escapes `_xHHHH_` are decoded (`Li7La3Zr2O12_x000D_` ends in a carriage return);
/// - every kind of space, tab and line break becomes a plain space, and the text is trimmed;
/// - one or more pairs of enclosing quotes are removed (`"(Li2S)0.7 (P2S5)0.3"` in the
///   Liverpool CSV);
/// - TeX math is unwrapped: `$…$` delimiters, `\text{…}`, `\mathrm{…}`, `\operatorname{…}`
///   (and `\textrm`, `\mathit`, `\textit`, `\rm`, `\ce`) keep only their content; `\cdot` and
///   `\bullet` become `·`, `\alpha`…`\delta` become Greek letters, `\,` and `\ ` a space;
/// - subscript digits and signs become plain ones (`Li₃PO₄`, `LiNi₀.₅Mn₁.₅O₄`, `O₃₋ₓ`), and
///   spaces before a subscript or a `_` are dropped (`Li ₃ PO ₄`, `Li _{2.64} P _{1.0}`);
/// - dashes (Unicode minus `−`, en dash `–`, em dash, hyphen `‐`, figure dash) become `-`;
/// - product and adduct dots (`•`, `⋅`, `∙`, `*`) become `·`.
struct FormulaText {
    /// The cleaned text the parser reads.
    let text: String
    /// The 1-based column in the original of each character of `text`.
    private let columns: [Int]
    /// The column just after the last original character.
    private let endColumn: Int

    init(_ raw: String) {
        let original = Array(raw)
        endColumn = original.count + 1
        var kept: [(Character, Int)] = []
        var braces: [Bool] = []  // for each open `{`: is it the argument of a dropped command?
        var i = 0
        while i < original.count {
            let c = original[i]
            let column = i + 1
            if Self.invisible.contains(c) {
                i += 1
                continue
            }
            if let (decoded, length) = Self.excelEscape(at: i, in: original) {
                kept.append((Self.isBreakOrSpace(decoded) ? " " : decoded, column))
                i += length
                continue
            }
            if c == "$" {
                i += 1
                continue
            }
            if c == "\\" {
                let name = String(original[(i + 1)...].prefix(while: { $0.isASCII && $0.isLetter }))
                let after = i + 1 + name.count
                if Self.unwrappedCommands.contains(name), after < original.count, original[after] == "{" {
                    braces.append(true)
                    i = after + 1
                    continue
                }
                if name == "rm" {
                    i = after
                    continue
                }
                if let replacement = Self.symbolCommands[name] {
                    kept.append((replacement, column))
                    i = after
                    continue
                }
                if name.isEmpty, after < original.count, original[after] == "," || original[after] == " " {
                    kept.append((" ", column))
                    i = after + 1
                    continue
                }
            }
            if c == "{" {
                braces.append(false)
            } else if c == "}", let dropped = braces.popLast(), dropped {
                i += 1
                continue
            }
            // A subscript belongs to what precedes it, whatever the typesetting put between them
            // (`Li ₃ PO ₄`, `Li _{2.64} P _{1.0}` in the review's extracted text).
            if c == "_" || Self.isSubscript(c) {
                while kept.last?.0 == " " { kept.removeLast() }
            }
            kept.append((Self.plain(c), column))
            i += 1
        }
        Self.trim(&kept)
        while let first = kept.first?.0, let last = kept.last?.0, kept.count >= 2,
            let close = Self.quotePairs[first], close == last
        {
            kept.removeFirst()
            kept.removeLast()
            Self.trim(&kept)
        }
        let text = String(kept.map(\.0))
        self.text = text
        // Joining characters can merge two into one grapheme (a digit and a combining mark
        // that was separated by a dropped character); keep the map as long as the text.
        self.columns = Array(kept.map(\.1).prefix(text.count))
    }

    /// The original column of a position in ``text``.
    func column(of index: String.Index) -> Int {
        let offset = text.distance(from: text.startIndex, to: min(max(index, text.startIndex), text.endIndex))
        return offset < columns.count ? columns[offset] : (columns.last.map { $0 + 1 } ?? endColumn)
    }

    /// The public error for a parse error found in ``text``, with its column in the original.
    func resolve(_ error: LocatedError) -> CoreError {
        let column = self.column(of: error.index)
        switch error.resolved(in: text[...]) {
        case .unknownElement(let symbol, _): return .unknownElement(symbol, column: column)
        case .malformedFormula(let reason, _): return .malformedFormula(reason, column: column)
        case .unbalancedParenthesis: return .unbalancedParenthesis(column: column)
        case .unexpectedText(let text, _): return .unexpectedText(text, column: column)
        case .expectedNumber: return .expectedNumber(column: column)
        case let other: return other
        }
    }

    private static let invisible: Set<Character> = [
        "\u{FEFF}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}",
    ]

    private static let unwrappedCommands: Set<String> = [
        "text", "mathrm", "operatorname", "textrm", "mathit", "textit", "ce", "mathbf", "textbf",
    ]

    private static let symbolCommands: [String: Character] = [
        "cdot": "·", "bullet": "·", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ",
    ]

    private static let quotePairs: [Character: Character] = [
        "\"": "\"", "'": "'", "“": "”", "‘": "’", "«": "»", "„": "“",
    ]

    private static func isBreakOrSpace(_ c: Character) -> Bool {
        Lexicon.isSpace(c) || c.isNewline || c == "\t"
    }

    /// `_xHHHH_` (Excel's escape of a character it cannot store in XML) at `i`.
    private static func excelEscape(at i: Int, in chars: [Character]) -> (Character, Int)? {
        guard i + 7 <= chars.count, chars[i] == "_", chars[i + 1] == "x", chars[i + 6] == "_" else { return nil }
        let hex = String(chars[(i + 2)..<(i + 6)])
        guard hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16),
            let scalar = Unicode.Scalar(value)
        else { return nil }
        return (Character(scalar), 7)
    }

    /// The plain spelling of a typographic variant.
    private static func plain(_ c: Character) -> Character {
        if isBreakOrSpace(c) { return " " }
        if let digit = subscriptDigits.firstIndex(of: c) {
            return Character(String(subscriptDigits.distance(from: subscriptDigits.startIndex, to: digit)))
        }
        switch c {
        case "₊": return "+"
        case "₋", "−", "–", "—", "‐", "‑", "‒": return "-"
        case "ₓ": return "x"
        case "•", "⋅", "∙", "*", "・": return "·"
        default: return c
        }
    }

    private static let subscriptDigits = "₀₁₂₃₄₅₆₇₈₉"

    private static func isSubscript(_ c: Character) -> Bool {
        subscriptDigits.contains(c) || c == "₊" || c == "₋" || c == "ₓ"
    }

    private static func trim(_ chars: inout [(Character, Int)]) {
        while chars.first?.0 == " " { chars.removeFirst() }
        while chars.last?.0 == " " { chars.removeLast() }
    }
}
