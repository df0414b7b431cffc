import ArgumentParser
import Testing

@testable import AtlasCLI

@Suite("mbatlas design")
struct DesignCommandTests {
    @Test("parses the issue's example arguments")
    func parsesExample() throws {
        let command = try MBAtlas.Design.parse([
            "--cathode", "LiCoO2:1um", "--electrolyte", "LiPON:1.5um", "--anode", "Li",
            "--geometry", "pillars:d=2um,gap=2um,h=20um", "--area", "1mm2", "--rate", "1C", "--format", "json",
        ])
        #expect(command.cathode == "LiCoO2:1um")
        #expect(command.format == .json)
    }

    @Test("an unknown format is rejected by the parser")
    func badFormat() {
        #expect(throws: (any Error).self) {
            try MBAtlas.Design.parse([
                "--cathode", "LiCoO2:1um", "--electrolyte", "LiPON:1um", "--anode", "Li", "--format", "xml",
            ])
        }
    }

    @Test("a current is read as a current density or a current by its unit")
    func currentKinds() throws {
        guard case .currentDensity = try MBAtlas.Design.load("10uA/cm2") else {
            Issue.record("expected a current density")
            return
        }
        guard case .current = try MBAtlas.Design.load("10uA") else {
            Issue.record("expected a current")
            return
        }
        #expect(throws: (any Error).self) { try MBAtlas.Design.load("10V") }
    }
}
