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
/// Character classes of the parsers.
///
/// Tests look at the character's single Unicode scalar: `Character ==` on non-ASCII text goes
/// through Unicode normalization, which made these checks dominate the cost of a bulk import.
/// Every member of these classes is one scalar without canonical equivalents, except the middle
/// dot, whose equivalent (U+0387) is listed.
enum Lexicon {
    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isSuperscriptDigit(_ c: Character) -> Bool { Superscript.value(of: c) != nil }
    /// Hyphen-minus, minus sign, superscript minus.
    static func isMinus(_ c: Character) -> Bool {
        switch c.singleScalar {
        case 0x2D, 0x2212, 0x207B: true
        default: false
        }
    }
    /// Characters that separate the two ends of a range: en dash, em dash, hyphen, minus sign.
    static func isRangeDash(_ c: Character) -> Bool {
        switch c.singleScalar {
        case 0x2013, 0x2014, 0x2D, 0x2212: true
        default: false
        }
    }
    /// Horizontal spaces, including no-break and thin spaces used by typesetting.
    static func isSpace(_ c: Character) -> Bool {
        switch c.singleScalar {
        case 0x20, 0x09, 0xA0, 0x2009, 0x202F, 0x2006, 0x2005, 0x2004, 0x200A: true
        default: false
        }
    }
    /// Digit-group separators that may sit between groups of three digits (`11 000`).
    static func isGroupSeparator(_ c: Character) -> Bool {
        switch c.singleScalar {
        case 0x20, 0x2009, 0x202F, 0xA0, 0x2C: true
        default: false
        }
    }
    /// Multiplication signs between unit factors: `·`, `⋅`, `*`, `•`.
    static func isProductSign(_ c: Character) -> Bool {
        switch c.singleScalar {
        case 0xB7, 0x387, 0x22C5, 0x2A, 0x2022: true
        default: false
        }
    }
    /// Signs that introduce a power of ten after a mantissa: `×`, `x`, `X`, `*`, `·`.
    static func isTimesSign(_ c: Character) -> Bool {
        switch c.singleScalar {
        case 0xD7, 0x78, 0x58, 0x2A, 0xB7, 0x387, 0x22C5: true
        default: false
        }
    }
}

extension Character {
    /// The value of the character's scalar when it is a single one (all the parsers' punctuation is).
    @inline(__always)
    var singleScalar: UInt32? {
        let scalars = unicodeScalars
        let first = scalars.startIndex
        return scalars.index(after: first) == scalars.endIndex ? scalars[first].value : nil
    }
}

extension Substring {
    /// The leading ASCII digits, scanned as bytes (a digit is one byte and one character).
    var asciiDigitPrefix: Substring {
        let bytes = utf8
        var i = bytes.startIndex
        while i != bytes.endIndex, bytes[i] &- 0x30 < 10 { bytes.formIndex(after: &i) }
        return self[..<i]
    }

    /// Removes and returns the leading ASCII digits.
    mutating func takeASCIIDigits() -> Substring {
        let digits = asciiDigitPrefix
        self = self[digits.endIndex...]
        return digits
    }

    /// Drops leading horizontal space.
    mutating func skipSpaces() {
        while let c = first, Lexicon.isSpace(c) { removeFirst() }
    }
}
