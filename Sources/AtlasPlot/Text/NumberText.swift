import AtlasCore

/// Numbers as chart text, through AtlasCore's ``QuantityFormatter`` (Unicode minus, `× 10ⁿ`).
public enum NumberText {
    /// `value` rounded to `significantDigits` (fixed notation between 10⁻³ and 10⁶).
    public static func string(_ value: Double, significantDigits: Int = 3) -> String {
        QuantityFormatter(style: .unicode, significantDigits: significantDigits).number(value)
    }
}
