import Testing

@testable import AtlasCore

/// Expected element amounts written as text independent of the formula parser:
/// `"Li 3.3, P 1, O 3.9, N 0.17"` or with fractions `"Sr 7/16"`.
enum ExpectedAmounts {
    static func parse(_ text: String) -> [Element: Rational] {
        var result: [Element: Rational] = [:]
        for entry in text.split(separator: ",") {
            let parts = entry.split(separator: " ")
            guard parts.count == 2, let element = Element(symbol: parts[0]) else {
                Issue.record("bad expectation '\(entry)'")
                continue
            }
            let value: Rational?
            if let slash = parts[1].firstIndex(of: "/") {
                let n = Int(parts[1][..<slash])!
                let d = Int(parts[1][parts[1].index(after: slash)...])!
                value = Rational(n, d)
            } else {
                value = Rational(decimal: parts[1])
            }
            guard let value else {
                Issue.record("bad amount '\(parts[1])'")
                continue
            }
            result[element] = value
        }
        return result
    }
}
