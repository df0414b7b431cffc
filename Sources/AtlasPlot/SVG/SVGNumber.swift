/// Writes numbers into SVG attributes in fixed decimal notation.
///
/// SVG accepts exponent notation, but `1e-7` in a coordinate is a sign that something upstream went
/// wrong, and `nan`/`inf` make a document invalid. Every number the module writes goes through
/// here: at most `decimals` digits after the point (trailing zeros trimmed), never an exponent,
/// never `-0`.
///
/// ```swift
/// SVGNumber.string(12.3456)   // "12.35"
/// SVGNumber.string(-0.0001)   // "0"
/// SVGNumber.string(3)         // "3"
/// ```
///
/// Charts drop non-finite data before layout and report how many they dropped (see
/// ``RenderedChart/dropped``). As a last line of defence a non-finite number is written as `0`, and
/// magnitudes are clamped to ±10⁹ px so that the integer conversion cannot overflow.
public enum SVGNumber {
    /// The largest magnitude written; far outside any drawing, small enough for `Int64` arithmetic.
    public static let limit = 1e9

    public static func string(_ value: Double, decimals: Int = 2) -> String {
        let places = min(max(decimals, 0), 6)
        guard value.isFinite else { return "0" }
        let clamped = min(max(value, -limit), limit)
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int64((clamped * Double(scale)).rounded())
        if scaled == 0 { return "0" }
        let magnitude = scaled.magnitude
        let whole = magnitude / UInt64(scale)
        var fraction = String(magnitude % UInt64(scale))
        var text = (scaled < 0 ? "-" : "") + String(whole)
        if places > 0, fraction != "0" {
            while fraction.count < places { fraction = "0" + fraction }
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text
    }
}
