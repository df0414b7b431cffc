import Testing

@testable import AtlasCore

@Suite("Printed values")
struct ReportedValueTests {
    static func q(_ magnitude: Magnitude, _ unit: String) -> ReportedValue {
        .quantity(ReportedQuantity(magnitude, (try? Unit.parse(unit)) ?? .one))
    }

    /// Printed forms from the review and what they mean.
    static let cases: [(String, ReportedValue)] = [
        ("NA", .notAvailable), ("n/a", .notAvailable), ("N/A", .notAvailable),
        ("150 µA h", q(.exact(150), "µA h")),
        ("2.6 × 10⁻⁵ S cm⁻¹", q(.exact(2.6e-5), "S cm⁻¹")),
        ("2.6×10^{-5} S cm⁻¹", q(.exact(2.6e-5), "S cm⁻¹")),
        ("2.6e-5 S/cm", q(.exact(2.6e-5), "S/cm")),
        ("2.6E-5 S/cm", q(.exact(2.6e-5), "S/cm")),
        ("2.6 x 10^-5 S/cm", q(.exact(2.6e-5), "S/cm")),
        ("10⁻⁴ S cm⁻¹", q(.exact(1e-4), "S cm⁻¹")),
        ("10^-4 S/cm", q(.exact(1e-4), "S/cm")),
        ("1.02×10^{-3} S cm⁻¹", q(.exact(1.02e-3), "S cm⁻¹")),
        ("~100%", q(.approximate(100), "%")),
        ("≈ 0.05 S cm⁻¹", q(.approximate(0.05), "S cm⁻¹")),
        ("∼87.5%", q(.approximate(87.5), "%")),
        ("99%", q(.exact(99), "%")),
        ("90.6 %", q(.exact(90.6), "%")),
        ("3–4.2 V", q(.range(3, 4.2, approximate: false), "V")),
        ("3-4.2 V", q(.range(3, 4.2, approximate: false), "V")),
        ("0.01–1.5 V", q(.range(0.01, 1.5, approximate: false), "V")),
        ("3 V – 4.2 V", q(.range(3, 4.2, approximate: false), "V")),
        ("3 to 4.2 V", q(.range(3, 4.2, approximate: false), "V")),
        ("1–2 µS cm⁻¹", q(.range(1, 2, approximate: false), "µS cm⁻¹")),
        ("10⁻⁷–10⁻⁴ S cm⁻¹", q(.range(1e-7, 1e-4, approximate: false), "S cm⁻¹")),
        ("1-2 × 10⁻⁶ S cm⁻¹", q(.range(1e-6, 2e-6, approximate: false), "S cm⁻¹")),
        ("1.2–1.5 × 10⁻⁷ S cm⁻¹", q(.range(1.2e-7, 1.5e-7, approximate: false), "S cm⁻¹")),
        (">180 nm", q(.above(180, inclusive: false), "nm")),
        ("<5 µm", q(.below(5, inclusive: false), "µm")),
        ("≥ 110 nm", q(.above(110, inclusive: true), "nm")),
        ("<=5 um", q(.below(5, inclusive: true), "um")),
        ("0.1C", q(.exact(0.1), "C")),
        ("5C", q(.exact(5), "C")),
        ("1C", q(.exact(1), "C")),
        ("C/10", q(.exact(0.1), "C")),
        ("C/50", q(.exact(0.02), "C")),
        ("11 000 mA h g⁻¹", q(.exact(11_000), "mA h g⁻¹")),
        ("4000", q(.exact(4000), "1")),
        ("−50 V", q(.exact(-50), "V")),
        ("0.6 Å per cycle", q(.exact(0.6), "Å per cycle")),
        ("5–7.2 μm h⁻¹", q(.range(5, 7.2, approximate: false), "µm h⁻¹")),
        ("1 mTorr", q(.exact(1), "mTorr")),
        ("2.7 W cm⁻²", q(.exact(2.7), "W cm⁻²")),
        ("25 °C", q(.exact(25), "°C")),
        ("70 nm", q(.exact(70), "nm")),
        ("0.3 A h cm⁻³", q(.exact(0.3), "A h cm⁻³")),
        ("25 ± 5 μm", q(.plusMinus(25, 5), "µm")),
    ]

    @Test("review spellings parse to the right value", arguments: cases)
    func parses(text: String, expected: ReportedValue) throws {
        let value = try ReportedValue.parse(text)
        #expect(value.isEquivalent(to: expected), "\(text) → \(value)")
    }

    @Test("malformed values give one error naming the column")
    func errors() {
        #expect(throws: CoreError.emptyInput) { try ReportedValue.parse("   ") }
        #expect(throws: CoreError.expectedNumber(column: 1)) { try ReportedValue.parse("V") }
        #expect(throws: CoreError.unexpectedText("!", column: 4)) { try ReportedValue.parse("3 V!") }
        #expect(throws: CoreError.inconsistentRange(column: 5)) { try ReportedValue.parse("3 V–4 mA") }
        #expect(throws: CoreError.malformedExponent(column: 3)) { try ReportedValue.parse("10^x") }
        // A sign without digits used to trap (the parser re-sliced its input before the sign).
        #expect(throws: CoreError.self) { try ReportedValue.parse("-x") }
        #expect(throws: CoreError.self) { try ReportedValue.parse("−") }
        #expect(throws: CoreError.self) { try ReportedValue.parse("1e-3 -") }
    }

    @Test(
        "a sign with no number after it is an error, not a crash",
        arguments: ["-", "+", "−", "-x", "+ 5", "-.", "−e5 S/cm"])
    func lonelySign(text: String) throws {
        #expect(throws: CoreError.self) { try ReportedValue.parse(text) }
        #expect(throws: CoreError.self) { try Conductivity(parsing: text) }
    }

    @Test("a bare number takes the default unit of the kind asked for")
    func defaultUnit() throws {
        let v = try ReportedValue.parse("1e-6", as: .conductivity)
        #expect(v == Self.q(.exact(1e-6), "S cm⁻¹"))
    }

    @Test("a range's representative value is its geometric mean across decades, else its mid-point")
    func representative() throws {
        let wide = try #require(try ReportedValue.parse("10⁻⁷–10⁻⁴ S cm⁻¹").reportedQuantity)
        #expect(
            wide.representative.magnitude.isApproximatelyEqual(to: (1e-7 * 1e-4).squareRoot(), relativeTolerance: 1e-12)
        )
        let narrow = try #require(try ReportedValue.parse("3–4.2 V").reportedQuantity)
        #expect(narrow.representative.magnitude.isApproximatelyEqual(to: 3.6, relativeTolerance: 1e-12))
    }
}

extension ReportedValue {
    /// Equal up to unit spelling (µ vs μ vs u) and 1e-12 relative in magnitudes.
    func isEquivalent(to other: ReportedValue) -> Bool {
        switch (self, other) {
        case (.notAvailable, .notAvailable): return true
        case (.quantity(let a), .quantity(let b)):
            guard a.unit.dimension == b.unit.dimension,
                a.unit.scale.isApproximatelyEqual(to: b.unit.scale, relativeTolerance: 1e-12)
            else { return false }
            switch (a.magnitude, b.magnitude) {
            case (.exact(let x), .exact(let y)), (.approximate(let x), .approximate(let y)):
                return x.isApproximatelyEqual(to: y, relativeTolerance: 1e-12)
            case (.range(let x1, let x2, let ax), .range(let y1, let y2, let ay)):
                return ax == ay && x1.isApproximatelyEqual(to: y1, relativeTolerance: 1e-12)
                    && x2.isApproximatelyEqual(to: y2, relativeTolerance: 1e-12)
            case (.plusMinus(let x1, let x2), .plusMinus(let y1, let y2)):
                return x1.isApproximatelyEqual(to: y1, relativeTolerance: 1e-12)
                    && x2.isApproximatelyEqual(to: y2, relativeTolerance: 1e-12)
            case (.below(let x, let i), .below(let y, let j)), (.above(let x, let i), .above(let y, let j)):
                return i == j && x.isApproximatelyEqual(to: y, relativeTolerance: 1e-12)
            default: return false
            }
        default: return false
        }
    }
}
