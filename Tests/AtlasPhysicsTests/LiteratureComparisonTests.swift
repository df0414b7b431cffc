import AtlasCore
import Foundation
import Testing

@testable import AtlasPhysics

/// The literature comparison of docs/SIMULATOR.md: these are the simulator's numbers as printed
/// there (to the digits printed). They are not fitted to the review's values; this test only
/// keeps the documentation and the simulator in step.
@Suite("Literature comparison in docs/SIMULATOR.md")
struct LiteratureComparisonTests {
    struct Row: Sendable, CustomStringConvertible {
        let thickness: Double  // µm
        let rate: Double  // C
        let cutoff: Double  // V
        let diffusivity: Double  // m² s⁻¹
        let perMicron: Double  // documented µA h cm⁻² µm⁻¹, 2 decimals
        let energy: Double  // documented µW h cm⁻², 1 decimal
        let power: Double  // documented µW cm⁻², 1 decimal
        var description: String { "\(thickness) µm at \(rate)C to \(cutoff) V, D = \(diffusivity)" }
    }

    static let documented: [Row] = [
        Row(thickness: 1, rate: 0.1, cutoff: 3.2, diffusivity: 1e-15, perMicron: 63.23, energy: 249.5, power: 27.2),
        Row(thickness: 1, rate: 0.1, cutoff: 3.0, diffusivity: 1e-15, perMicron: 63.62, energy: 250.8, power: 27.1),
        Row(thickness: 1, rate: 0.73, cutoff: 3.0, diffusivity: 1e-15, perMicron: 59.55, energy: 233.1, power: 196.7),
        Row(thickness: 1, rate: 1, cutoff: 3.0, diffusivity: 1e-15, perMicron: 57.81, energy: 225.7, power: 268.8),
        Row(thickness: 1, rate: 5, cutoff: 3.0, diffusivity: 1e-15, perMicron: 32.80, energy: 124.6, power: 1308.4),
        Row(thickness: 4.2, rate: 0.1, cutoff: 3.0, diffusivity: 1e-15, perMicron: 52.99, energy: 869.2, power: 113.0),
        Row(thickness: 4.2, rate: 1, cutoff: 3.0, diffusivity: 1e-15, perMicron: 9.55, energy: 152.7, power: 1101.1),
        Row(thickness: 4.2, rate: 1, cutoff: 3.0, diffusivity: 1e-14, perMicron: 52.80, energy: 850.8, power: 1109.6),
    ]

    @Test("each documented row is what the simulator computes", arguments: documented)
    func rowMatches(row: Row) throws {
        let model = try CellModel(
            design(rate: row.rate) { d in
                d.cathodeThickness = Length(si: row.thickness * 1e-6)
                d.cutoff = Voltage(si: row.cutoff)
                d.diffusivity = Diffusivity(si: row.diffusivity)
            })
        let s = ConstantCurrentDischarge(model: model).summary()
        #expect(abs(s.capacity.canonical / row.thickness - row.perMicron) <= 0.005 + 1e-9)
        #expect(abs(s.energy.canonical - row.energy) <= 0.05 + 1e-9)
        #expect(abs(s.averagePower.canonical - row.power) <= 0.05 + 1e-9)
    }

    @Test("the default window holds 68.86 µA h cm⁻² µm⁻¹, the review's 69 for LiCoO2 (§5.1.1.1)")
    func theoretical() throws {
        let model = try CellModel(.defaultThinFilm)
        #expect(abs(ArealCapacity(si: model.capacityDensity).canonical - 68.86) < 0.005)
    }
}
