/// Temperatures as people type them on a command line or in a spreadsheet: `25 °C`, `25°C`,
/// `25 C`, `25C`, `298.15 K`, `-20 degC`.
///
/// A bare `C` after a number means degrees Celsius here — in the general unit grammar `C` is a
/// C-rate (``BaseUnit/cRate``), which is never a temperature.
///
/// ```swift
/// try TemperatureText.parse("25C").canonical      // 298.15 (K)
/// try TemperatureText.parse("300 K").canonical    // 300
/// try TemperatureText.parse("300")                // 300 K: a bare number is in kelvin
/// try TemperatureText.parse("5 mA")               // throws: 'mA' is not a temperature unit
/// ```
public enum TemperatureText {
    /// Parses one temperature; a bare number is read in `defaultUnit` (kelvin unless given).
    /// Throws a ``CoreError`` naming the column for text that is not a temperature, and
    /// ``CoreError/belowAbsoluteZero(_:)`` for one at or below absolute zero.
    public static func parse(_ text: String, defaultUnit: Unit = QuantityKind.temperature.canonicalUnit)
        throws(CoreError)
        -> Temperature
    {
        let reported = try ReportedValue.parse(celsiusSpelled(text), defaultUnit: defaultUnit)
        guard case .quantity(let q) = reported, case .exact(let v) = q.magnitude else {
            throw .unexpectedText(text.trimmingSpaces, column: 1)
        }
        guard QuantityKind.temperature.accepts(q.unit) else {
            let unitText = q.unit.description
            throw .wrongKind(unit: unitText, expected: QuantityKind.temperature.name, column: unitColumn(in: text))
        }
        let t = Temperature(si: Quantity(v, q.unit).siValue)
        guard t.si > 0 else { throw .belowAbsoluteZero(text.trimmingSpaces) }
        return t
    }

    /// A temperature unit as written in a mapping file: `K`, `°C`, `C`, `degC`, `℃`.
    public static func unit(_ text: String) throws(CoreError) -> Unit {
        let t = text.trimmingSpaces
        if t == "C" || t == "deg C" { return Unit(.celsius) }
        return try Unit.parse(t)
    }

    /// The text with a bare trailing `C` after a number written `°C`.
    public static func celsiusSpelled(_ text: String) -> String {
        let t = text.trimmingSpaces
        guard t.hasSuffix("C"), !t.hasSuffix("°C"), !t.hasSuffix("ºC"), !t.hasSuffix("degC") else { return text }
        let head = t.dropLast().reversed().drop { $0 == " " }.reversed()
        guard let last = head.last, last.isNumber || last == "." else { return text }
        return String(head) + " °C"
    }

    /// The 1-based column where the unit starts (after the number), for messages.
    public static func unitColumn(in text: String) -> Int {
        var column = 1
        var seenDigit = false
        for c in text {
            if c.isNumber {
                seenDigit = true
            } else if seenDigit, c != ".", c != " ", c != "e", c != "E", c != "-", c != "+" {
                return column
            }
            column += 1
        }
        return 1
    }
}
