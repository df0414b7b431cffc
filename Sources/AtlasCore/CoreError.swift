/// Everything that can go wrong in AtlasCore: parsing a printed value, a unit or a formula, or
/// converting between units. Each case names the problem and, for text input, the 1-based column
/// (in characters) where it was found, so the CLI and the web can point at it.
public enum CoreError: Error, Equatable, Sendable {
    /// The text was empty (or only whitespace).
    case emptyInput
    /// A number was expected at `column`.
    case expectedNumber(column: Int)
    /// `symbol` at `column` is not a unit the atlas knows.
    case unknownUnit(String, column: Int)
    /// An exponent (after `^`, a superscript minus, or digits after a symbol) could not be read.
    case malformedExponent(column: Int)
    /// A parenthesis opened at `column` was never closed, or a closing one has no opening.
    case unbalancedParenthesis(column: Int)
    /// Something was left over after a complete value.
    case unexpectedText(String, column: Int)
    /// A unit of `actual` dimension was given where `expected` was required
    /// (`'mAh/g' is not a conductivity unit`).
    case wrongKind(unit: String, expected: String, column: Int)
    /// Conversion between units of different dimensions.
    case incompatibleUnits(from: Unit, to: Unit)
    /// An offset temperature scale (°C) cannot be scaled, raised to a power or combined.
    case offsetUnitNotScalable(Unit)
    /// A range whose two ends are in incompatible units (`1 V–2 mA`).
    case inconsistentRange(column: Int)
    /// A formula problem: unknown element symbol at `column`.
    case unknownElement(String, column: Int)
    /// A formula problem described in words, at `column`.
    case malformedFormula(String, column: Int)
    /// A parsed formula cannot be turned into numbers: a variable has no value
    /// (`Li_{3x}La_{2/3-x}TiO3` without `x`), a value makes an amount negative, or the exact
    /// arithmetic would overflow. Not a text error, so no column.
    case cannotComputeComposition(String)
    /// A temperature at or below absolute zero (`-300 °C`); the text as typed.
    case belowAbsoluteZero(String)

    /// One line, no trailing period, naming the place and the reason.
    public var message: String {
        switch self {
        case .emptyInput:
            return "empty value"
        case .expectedNumber(let column):
            return "expected a number at column \(column)"
        case .unknownUnit(let symbol, let column):
            return "unknown unit '\(symbol)' at column \(column)"
        case .malformedExponent(let column):
            return "malformed unit exponent at column \(column)"
        case .unbalancedParenthesis(let column):
            return "unbalanced parenthesis at column \(column)"
        case .unexpectedText(let text, let column):
            return "unexpected '\(text)' at column \(column)"
        case .wrongKind(let unit, let expected, let column):
            return "'\(unit)' is not \(Self.article(expected)) \(expected) unit at column \(column)"
        case .incompatibleUnits(let from, let to):
            return
                "cannot convert \(from) (\(QuantityKind.name(of: from.dimension))) to \(to) (\(QuantityKind.name(of: to.dimension)))"
        case .offsetUnitNotScalable(let unit):
            return "\(unit) is an offset scale and cannot be combined with other units"
        case .inconsistentRange(let column):
            return "the two ends of the range have incompatible units at column \(column)"
        case .unknownElement(let symbol, let column):
            return "unknown element '\(symbol)' at column \(column)"
        case .malformedFormula(let reason, let column):
            return "\(reason) at column \(column)"
        case .cannotComputeComposition(let reason):
            return "cannot compute the composition: \(reason)"
        case .belowAbsoluteZero(let text):
            return "'\(text)' is not above absolute zero (0 K = −273.15 °C)"
        }
    }

    private static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeio".contains(first) ? "an" : "a"
    }
}

extension CoreError: CustomStringConvertible {
    public var description: String { message }
}
