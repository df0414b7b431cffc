/// An error found while parsing, located by a string index; converted to a 1-based column
/// (``CoreError``) once the whole input is known.
struct LocatedError: Error {
    enum Kind {
        case expectedNumber
        case unknownUnit(String)
        case malformedExponent
        case unbalancedParenthesis
        case unexpectedText(String)
        case offsetUnitNotScalable(Unit)
        case inconsistentRange
        case wrongKind(unit: String, expected: String)
        case unknownElement(String)
        case malformedFormula(String)
    }

    let kind: Kind
    let index: String.Index

    init(_ kind: Kind, at index: String.Index) {
        self.kind = kind
        self.index = index
    }

    /// The public error, with the column counted in characters from the start of `text`.
    func resolved(in text: Substring) -> CoreError {
        let clamped = min(max(index, text.startIndex), text.endIndex)
        let column = text.distance(from: text.startIndex, to: clamped) + 1
        switch kind {
        case .expectedNumber: return .expectedNumber(column: column)
        case .unknownUnit(let s): return .unknownUnit(s, column: column)
        case .malformedExponent: return .malformedExponent(column: column)
        case .unbalancedParenthesis: return .unbalancedParenthesis(column: column)
        case .unexpectedText(let s): return .unexpectedText(s, column: column)
        case .offsetUnitNotScalable(let u): return .offsetUnitNotScalable(u)
        case .inconsistentRange: return .inconsistentRange(column: column)
        case .wrongKind(let unit, let expected):
            return .wrongKind(unit: unit, expected: expected, column: column)
        case .unknownElement(let s): return .unknownElement(s, column: column)
        case .malformedFormula(let s): return .malformedFormula(s, column: column)
        }
    }
}

/// Character classes shared by the value, unit and formula parsers.
enum Lexicon {
    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isSuperscriptDigit(_ c: Character) -> Bool { Superscript.value(of: c) != nil }
    /// Hyphen-minus, minus sign, superscript minus.
    static func isMinus(_ c: Character) -> Bool { c == "-" || c == "−" || c == "⁻" }
    /// Characters that separate the two ends of a range: en dash, em dash, hyphen, minus sign.
    static func isRangeDash(_ c: Character) -> Bool { c == "–" || c == "—" || c == "-" || c == "−" }
    /// Horizontal spaces, including no-break and thin spaces used by typesetting.
    static func isSpace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\u{00A0}" || c == "\u{2009}" || c == "\u{202F}" || c == "\u{2006}"
            || c == "\u{2005}" || c == "\u{2004}" || c == "\u{200A}"
    }
    /// Digit-group separators that may sit between groups of three digits (`11 000`).
    static func isGroupSeparator(_ c: Character) -> Bool {
        c == " " || c == "\u{2009}" || c == "\u{202F}" || c == "\u{00A0}" || c == ","
    }
    /// Multiplication signs between unit factors.
    static func isProductSign(_ c: Character) -> Bool { c == "·" || c == "⋅" || c == "*" || c == "•" }
    /// Signs that introduce a power of ten after a mantissa: `×`, `x`, `X`, `*`, `·`.
    static func isTimesSign(_ c: Character) -> Bool {
        c == "×" || c == "x" || c == "X" || c == "*" || c == "·" || c == "⋅"
    }
}

extension Substring {
    /// Drops leading horizontal space.
    mutating func skipSpaces() {
        while let c = first, Lexicon.isSpace(c) { removeFirst() }
    }
}
