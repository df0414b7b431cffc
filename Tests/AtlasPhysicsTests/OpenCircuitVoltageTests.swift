import Testing

@testable import AtlasPhysics

@Suite("Open-circuit voltage fits")
struct OpenCircuitVoltageTests {
    @Test("the Dualfoil LiCoO2 fit gives about 4.2 V at x = 0.5 and falls below 3.0 V near x = 0.97")
    func licoo2Shape() {
        let ocv = OpenCircuitVoltage.licoo2Dualfoil
        #expect(ocv.potential(0.5) > 4.1 && ocv.potential(0.5) < 4.3)
        #expect(ocv.potential(0.95) > 3.0)
        #expect(ocv.potential(0.99) < 3.0)
    }

    @Test("the analytical slope matches a central difference of the potential")
    func slopeMatchesDifference() {
        let ocv = OpenCircuitVoltage.licoo2Dualfoil
        for x in stride(from: 0.45, through: 0.98, by: 0.01) {
            let h = 1e-6
            let numeric = (ocv.potential(x + h) - ocv.potential(x - h)) / (2 * h)
            #expect(abs(ocv.slope(x) - numeric) <= 1e-4 * max(1, abs(numeric)), "x = \(x)")
        }
    }
}
