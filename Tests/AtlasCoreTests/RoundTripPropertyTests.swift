import PropertyBased
import Testing

@testable import AtlasCore

/// Formatting and parsing are inverse: for any value in any unit the atlas knows,
/// `parse(format(v)) == v`, in both Unicode and ASCII styles.
@Suite("Format/parse round trip")
struct RoundTripPropertyTests {
    /// Units as they occur in the review, plus the physics units.
    static let units: [Unit] = [
        "S cm⁻¹", "mS cm⁻¹", "µS cm⁻¹", "S m⁻¹", "µA h", "mA h", "A h", "µA h cm⁻²", "mA h cm⁻²",
        "µA h cm⁻² µm⁻¹", "mA h g⁻¹", "mA h cm⁻³", "A h cm⁻³", "µW h cm⁻²", "mW h cm⁻²", "mW h cm⁻³",
        "J cm⁻²", "mW cm⁻²", "µW cm⁻²", "µA", "mA", "µA cm⁻²", "mA cm⁻²", "mA g⁻¹", "C", "V", "Å", "nm",
        "µm", "K", "W cm⁻²", "W", "mTorr", "Pa", "mbar", "nm min⁻¹", "µm h⁻¹", "Å cycle⁻¹", "Ω cm²",
        "m² s⁻¹", "mol m⁻³", "eV", "%", "g cm⁻³", "W h kg⁻¹", "°C", "1",
    ].map { $0 == "1" ? Unit.one : try! Unit.parse($0) }

    /// A positive number spread over 24 decades, as papers print them.
    static let magnitudes = zip(Gen.double(in: 1.0..<10.0), Gen.int(in: -12...12)).map { m, e in
        m * QuantityFormatter.power10(e)
    }

    static let forms = Gen.int(in: 0...6)

    static func magnitude(_ form: Int, _ a: Double, _ b: Double) -> Magnitude {
        switch form {
        case 0: return .exact(a)
        case 1: return .approximate(a)
        case 2: return .range(min(a, b), max(a, b), approximate: false)
        case 3: return .below(a, inclusive: b > a)
        case 4: return .above(a, inclusive: b > a)
        case 5: return .plusMinus(a, b)
        default: return .exact(-a)
        }
    }

    @Test("Unicode formatting round-trips exactly")
    func unicode() async {
        await propertyCheck(
            count: 400, input: Self.forms, Self.magnitudes, Self.magnitudes, Gen.element(of: Self.units)
        ) {
            form, a, b, unit in
            let unit = unit!
            let value = ReportedValue.quantity(ReportedQuantity(Self.magnitude(form, a, b), unit))
            let text = QuantityFormatter.unicode.string(from: value)
            #expect((try? ReportedValue.parse(text)) == value, "\(text)")
        }
    }

    @Test("ASCII formatting round-trips exactly")
    func ascii() async {
        await propertyCheck(
            count: 400, input: Self.forms, Self.magnitudes, Self.magnitudes, Gen.element(of: Self.units)
        ) {
            form, a, b, unit in
            let unit = unit!
            let value = ReportedValue.quantity(ReportedQuantity(Self.magnitude(form, a, b), unit))
            let text = QuantityFormatter.ascii.string(from: value)
            #expect((try? ReportedValue.parse(text)) == value, "\(text)")
        }
    }

    @Test("every unit's Unicode and ASCII spelling parses back to the same unit")
    func unitSpellings() throws {
        for unit in Self.units where unit != .one {
            #expect(try Unit.parse(unit.format(.unicode)) == unit, "\(unit.format(.unicode))")
            #expect(try Unit.parse(unit.format(.ascii)) == unit, "\(unit.format(.ascii))")
        }
    }

    @Test("rounded display keeps the requested significant digits")
    func rounding() {
        let f = QuantityFormatter(style: .ascii, significantDigits: 3)
        #expect(f.number(2.456e-6) == "2.46e-6")
        #expect(f.number(150) == "150")
        #expect(f.number(0.12345) == "0.123")
        #expect(f.number(9.996) == "10")
        #expect(f.number(12_345_678) == "1.23e7")
        #expect(QuantityFormatter(significantDigits: 2).number(3.2e-6) == "3.2 × 10⁻⁶")
    }
}
