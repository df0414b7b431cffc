/// Writes quantities and reported values back as text that ``ReportedValue/parse(_:defaultUnit:)``
/// reads again.
///
/// Without `significantDigits` the number is the shortest decimal that round-trips the `Double`
/// exactly (`2.4 × 10⁻⁶`), so `parse(format(x)) == x`. With it, values are rounded for display.
///
/// ```swift
/// QuantityFormatter.unicode.string(from: Quantity(2.4, try Unit.parse("uS/cm")))  // "2.4 µS cm⁻¹"
/// QuantityFormatter.ascii.string(from: Quantity(2.6e-5, try Unit.parse("S/cm")))  // "2.6e-5 S/cm"
/// ```
public struct QuantityFormatter: Sendable {
    public var style: UnitStyle
    public var significantDigits: Int?

    public init(style: UnitStyle = .unicode, significantDigits: Int? = nil) {
        self.style = style
        self.significantDigits = significantDigits
    }

    public static let unicode = QuantityFormatter(style: .unicode)
    public static let ascii = QuantityFormatter(style: .ascii)

    public func string(from quantity: Quantity) -> String {
        attach(number(quantity.magnitude), quantity.unit)
    }

    public func string(from value: ReportedValue) -> String {
        switch value {
        case .notAvailable: return "NA"
        case .quantity(let q): return string(from: q)
        }
    }

    public func string(from reported: ReportedQuantity) -> String {
        let unicode = style == .unicode
        let body: String
        switch reported.magnitude {
        case .exact(let v): body = number(v)
        case .approximate(let v): body = "~" + number(v)
        case .range(let a, let b, let approximate):
            body = (approximate ? "~" : "") + number(a) + (unicode ? "–" : "-") + number(b)
        case .below(let v, let inclusive): body = (inclusive ? (unicode ? "≤" : "<=") : "<") + number(v)
        case .above(let v, let inclusive): body = (inclusive ? (unicode ? "≥" : ">=") : ">") + number(v)
        case .plusMinus(let v, let d): body = number(v) + (unicode ? " ± " : " +/- ") + number(d)
        }
        return attach(body, reported.unit)
    }

    /// The number alone, in this formatter's style and precision.
    public func number(_ v: Double) -> String {
        let text = significantDigits.map { Self.rounded(v, digits: $0) } ?? Self.shortest(v)
        return style == .unicode ? Self.unicodeExponent(text) : text
    }

    private func attach(_ body: String, _ unit: Unit) -> String {
        if unit == .one { return body }
        let symbol = unit.format(style)
        if unit == Unit(.percent) || unit == Unit(.cRate) { return body + symbol }
        return body + " " + symbol
    }

    /// Shortest round-tripping decimal in ASCII scientific form (`2.4e-6`, `150`, `0.1`).
    public static func shortest(_ v: Double) -> String {
        var text = "\(v)"
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var mantissa = String(text[..<e])
            var exponent = String(text[text.index(after: e)...])
            if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
            let negative = exponent.hasPrefix("-")
            exponent = String(exponent.drop { $0 == "-" || $0 == "+" || $0 == "0" })
            if exponent.isEmpty { exponent = "0" }
            text = mantissa + "e" + (negative ? "-" : "") + exponent
        } else if text.hasSuffix(".0") {
            text.removeLast(2)
        }
        return text
    }

    /// `digits` significant digits; fixed notation between 10⁻³ and 10⁶, scientific outside.
    static func rounded(_ v: Double, digits: Int) -> String {
        guard v.isFinite, v != 0 else { return shortest(v) }
        let n = max(1, digits)
        var exponent = Int((abs(v)).log10Floor)
        let scale = power10(exponent - n + 1)
        var integerDigits = (abs(v) / scale).rounded()
        if integerDigits >= power10(n) {  // 9.996 → 10.0
            exponent += 1
            integerDigits = (abs(v) / power10(exponent - n + 1)).rounded()
        }
        var digitsText = String(Int64(integerDigits))
        while digitsText.count < n { digitsText = "0" + digitsText }
        let sign = v < 0 ? "-" : ""
        if exponent >= -3 && exponent < 6 {
            // Place the decimal point.
            let pointAfter = exponent + 1
            var text: String
            if pointAfter <= 0 {
                text = "0." + String(repeating: "0", count: -pointAfter) + digitsText
            } else if pointAfter >= digitsText.count {
                text = digitsText + String(repeating: "0", count: pointAfter - digitsText.count)
            } else {
                let idx = digitsText.index(digitsText.startIndex, offsetBy: pointAfter)
                text = digitsText[..<idx] + "." + digitsText[idx...]
            }
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return sign + text
        }
        var mantissa = String(digitsText.prefix(1))
        let rest = digitsText.dropFirst().replacingTrailingZeros()
        if !rest.isEmpty { mantissa += "." + rest }
        return sign + mantissa + "e" + String(exponent)
    }

    static func power10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<abs(n) { r *= 10 }
        return n < 0 ? 1 / r : r
    }

    /// `2.4e-6` → `2.4 × 10⁻⁶`; `-5` → `−5`.
    static func unicodeExponent(_ text: String) -> String {
        var t = text
        if t.hasPrefix("-") { t = "−" + t.dropFirst() }
        guard let e = t.firstIndex(of: "e") else { return t }
        let mantissa = t[..<e]
        let exponent = Int(t[t.index(after: e)...]) ?? 0
        let power = "10" + Superscript.render(exponent)
        return mantissa == "1" ? power : mantissa + " × " + power
    }
}

extension Double {
    /// ⌊log₁₀ |x|⌋ computed without Foundation, exact at powers of ten.
    var log10Floor: Double {
        var x = abs(self)
        var e = 0.0
        if x >= 1 {
            while x >= 10 {
                x /= 10
                e += 1
            }
        } else {
            while x < 1 {
                x *= 10
                e -= 1
            }
        }
        return e
    }
}

extension Substring {
    fileprivate func replacingTrailingZeros() -> String {
        var s = String(self)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
