/// Labels for powers of ten with Unicode superscripts: `10⁻⁶`, `10⁰`, `10³`.
public enum DecadeLabel {
    private static let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// `"10"` followed by `exponent` in superscript digits (a superscript minus when negative).
    public static func string(exponent: Int) -> String {
        let body = String(exponent.magnitude).map { digits[Int($0.asciiValue! - 48)] }
        return "10" + (exponent < 0 ? "⁻" : "") + String(body)
    }
}
