import Testing

@testable import AtlasCore

@Suite("Typed measures")
struct MeasureTests {
    @Test("text in any unit of the right kind is accepted and held in SI")
    func parsing() throws {
        #expect(try Length(parsing: "1.5 µm").si.isApproximatelyEqual(to: 1.5e-6, relativeTolerance: 1e-12))
        #expect(try Length(parsing: "15000 Å").si.isApproximatelyEqual(to: 1.5e-6, relativeTolerance: 1e-12))
        #expect(try Length(parsing: "2").canonical == 2)  // bare number: canonical µm
        #expect(try Conductivity(parsing: "3 uS/cm").si.isApproximatelyEqual(to: 3e-4, relativeTolerance: 1e-12))
    }

    @Test("a unit of another kind is a typed error")
    func wrongKind() {
        #expect(throws: CoreError.wrongKind(unit: "V", expected: "thickness", column: 3)) { try Length(parsing: "3 V") }
    }

    @Test("ohmic drop of 1 µm LiPON at 3 µS/cm and 100 µA/cm² is 3.33 mV")
    func ohmicDrop() throws {
        let asr = try Length(parsing: "1 um") / Conductivity(parsing: "3e-6 S/cm")
        #expect(
            try asr.value(in: Unit.parse("Ω cm²")).isApproximatelyEqual(
                to: 33.333333333333336, relativeTolerance: 1e-12))
        let drop = try CurrentDensity(parsing: "100 uA/cm2") * asr
        #expect(
            try drop.value(in: Unit.parse("mV")).isApproximatelyEqual(to: 3.3333333333333335, relativeTolerance: 1e-12))
    }
}
