import Parsing

/// A decimal number in any of the ways papers print it.
///
/// Accepts `42`, `-0.5`, `.5`, `11 000` (digit groups), `2.6e-5`, `2.6E-5`, `2.6 × 10⁻⁵`,
/// `2.6 x 10^-5`, `2.6×10^{-5}`, `10⁻⁴`, `10^-4`. The result keeps whether a `× 10ⁿ` factor was
/// written, so that a range such as `1–2 × 10⁻⁶` can apply the factor to both ends.
struct NumberParser: Parser {
    struct Output: Equatable {
        var value: Double
        /// The decimal exponent written as `× 10ⁿ`, `eN` or `10ⁿ`, if any.
        var exponent: Int?
        /// True when the exponent came from an explicit `× 10ⁿ` factor after a mantissa.
        var hasTimesTen: Bool
    }

    func parse(_ input: inout Substring) throws -> Output {
        let original = input
        let start = input.startIndex
        var signText: String? = nil
        switch input.first {
        case "-", "−": signText = "-"
        case "+": signText = ""
        default: break
        }
        if signText != nil { input.removeFirst() }
        var mantissa = signText ?? ""

        var integer = String(input.takeASCIIDigits())
        // Digit groups: "11 000" (a space or thin space followed by exactly three digits).
        while !integer.isEmpty, let sep = input.first, Lexicon.isGroupSeparator(sep), sep != "," {
            let rest = input.dropFirst()
            let group = rest.asciiDigitPrefix
            let after = rest.dropFirst(group.count).first
            guard group.count == 3, after.map({ !Lexicon.isDigit($0) && $0 != "." }) ?? true else { break }
            integer += group
            input = rest.dropFirst(3)
        }
        var fraction = ""
        if input.first == ".", input.dropFirst().first.map(Lexicon.isDigit) == true {
            input.removeFirst()
            fraction = String(input.takeASCIIDigits())
        }
        guard !integer.isEmpty || !fraction.isEmpty else {
            // Give back what was consumed (a sign): `input[start...]` would be out of bounds once
            // the sign has been removed from the front of `input`.
            input = original
            throw LocatedError(.expectedNumber, at: start)
        }
        mantissa += integer.isEmpty ? "0" : integer
        if !fraction.isEmpty { mantissa += "." + fraction }

        // `10⁻⁴`, `10^-4`: a bare power of ten.
        if integer == "10", fraction.isEmpty, let n = try PowerSuffix().parseIfPresent(&input) {
            return try make((signText ?? "") + "1", exponent: n, timesTen: false, at: start)
        }
        // `2.6e-5`
        if let e = input.first, e == "e" || e == "E" {
            var probe = input.dropFirst()
            let s = probe.first.map { $0 == "-" || $0 == "−" || $0 == "+" } == true ? probe.removeFirst() : nil
            let digits = probe.asciiDigitPrefix
            if !digits.isEmpty {
                probe = probe.dropFirst(digits.count)
                input = probe
                let n = (Int(digits) ?? 0) * ((s == "-" || s == "−") ? -1 : 1)
                return try make(mantissa, exponent: n, timesTen: false, at: start)
            }
        }
        // `2.6 × 10⁻⁵`, `2.6x10^-5`
        var probe = input
        probe.skipSpaces()
        if let t = probe.first, Lexicon.isTimesSign(t) {
            probe.removeFirst()
            probe.skipSpaces()
            if probe.hasPrefix("10") {
                probe.removeFirst(2)
                if let n = try PowerSuffix().parseIfPresent(&probe) {
                    input = probe
                    return try make(mantissa, exponent: n, timesTen: true, at: start)
                }
            }
        }
        return try make(mantissa, exponent: nil, timesTen: false, at: start)
    }

    private func make(_ mantissa: String, exponent: Int?, timesTen: Bool, at start: String.Index) throws
        -> Output
    {
        let text = exponent.map { mantissa + "e" + String($0) } ?? mantissa
        guard let value = Double(text), value.isFinite else {
            throw LocatedError(.expectedNumber, at: start)
        }
        return Output(value: value, exponent: exponent, hasTimesTen: timesTen)
    }
}

/// The exponent of a power of ten written as superscripts (`⁻⁵`) or with a caret (`^-5`,
/// `^{-5}`, `^(-5)`).
struct PowerSuffix {
    /// Parses the exponent if the input starts with one; leaves the input untouched otherwise.
    func parseIfPresent(_ input: inout Substring) throws -> Int? {
        let start = input.startIndex
        if let c = input.first, c.singleScalar == 0x207B || c.singleScalar == 0x207A || Lexicon.isSuperscriptDigit(c) {
            var negative = false
            if c.singleScalar == 0x207B || c.singleScalar == 0x207A {
                negative = c.singleScalar == 0x207B
                input.removeFirst()
            }
            var digits = 0
            var count = 0
            while let d = input.first, let v = Superscript.value(of: d) {
                digits = digits * 10 + v
                count += 1
                input.removeFirst()
            }
            guard count > 0 else { throw LocatedError(.malformedExponent, at: start) }
            return negative ? -digits : digits
        }
        if input.first == "^" {
            var probe = input.dropFirst()
            var closer: Character? = nil
            if probe.first == "{" { closer = "}" } else if probe.first == "(" { closer = ")" }
            if closer != nil { probe.removeFirst() }
            var negative = false
            if let s = probe.first, s == "-" || s == "−" || s == "+" {
                negative = s != "+"
                probe.removeFirst()
            }
            let digits = probe.asciiDigitPrefix
            guard !digits.isEmpty, let n = Int(digits) else {
                throw LocatedError(.malformedExponent, at: start)
            }
            probe = probe.dropFirst(digits.count)
            if let closer {
                guard probe.first == closer else { throw LocatedError(.malformedExponent, at: start) }
                probe.removeFirst()
            }
            input = probe
            return negative ? -n : n
        }
        return nil
    }
}
