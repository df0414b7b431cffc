import AtlasCore
import Foundation
import Testing

@testable import AtlasPhysics

@Suite("Cell geometry")
struct GeometryTests {
    func um(_ x: Double) -> Length { Length(canonical: x) }

    // Tolerances: every expectation below is the same closed formula evaluated by hand, so the
    // only difference is floating-point rounding (1e-9 relative is ample).
    func close(_ a: Double, _ b: Double, _ tol: Double = 1e-9) -> Bool { abs(a - b) <= tol * max(1, abs(b)) }

    @Test("square pillars d = 2, s = 2, h = 20 µm: AG = 1 + π·d·h/p² = 8.854")
    func squarePillars() throws {
        let g = try PillarArray(diameter: um(2), gap: um(2), height: um(20))
        #expect(close(g.areaGain(), 1 + Double.pi * 2 * 20 / 16))
        #expect(close(g.areaGain(), 8.853_981_633_974_483))
    }

    @Test("hexagonal pillars: AG = 1 + 2π·d·h/(√3·p²)")
    func hexagonalPillars() throws {
        let g = try PillarArray(diameter: um(2), gap: um(2), height: um(20), lattice: .hexagonal)
        #expect(close(g.areaGain(), 1 + 2 * Double.pi * 2 * 20 / (3.0.squareRoot() * 16)))
    }

    @Test("as h → 0 the area gain of every 3D geometry tends to 1")
    func flatLimit() throws {
        let tiny = um(1e-9)
        let geometries: [any CellGeometry] = [
            try PillarArray(diameter: um(2), gap: um(2), height: tiny),
            try PoreArray(diameter: um(2), wall: um(2), depth: tiny),
            try PlateArray(width: um(5), gap: um(5), height: tiny),
            try TubeArray(outerDiameter: um(10), wall: um(1), gap: um(5), height: tiny, count: 2, spacing: um(2)),
        ]
        for g in geometries { #expect(abs(g.areaGain() - 1) < 1e-8, "\(g.summary)") }
        #expect(PlanarStack().areaGain() == 1)
    }

    @Test("scaffold shell: the interface outside a cathode of thickness t sees d + 2t (AG = 1 + π(d+2t)h/p²)")
    func coatedPillarInterface() throws {
        let g = try PillarArray(diameter: um(2), gap: um(2), height: um(20))
        #expect(close(g.areaGain(atOffset: um(0.5)), 1 + Double.pi * 3 * 20 / 16))
        // Cathode shell volume per footprint: t + h·π[(r+t)² − r²]/p² = 0.5 + 20π·1.25/16 µm.
        #expect(close(g.shellVolumePerFootprint(from: .zero, to: um(0.5)).canonical, 0.5 + 20 * Double.pi * 1.25 / 16))
    }

    @Test("plates w = 5, g = 5, h = 50 µm: AG = 1 + 2h/(w+g) = 11, and a 1 µm coating holds 11 µm per footprint")
    func plates() throws {
        let g = try PlateArray(width: um(5), gap: um(5), height: um(50))
        #expect(close(g.areaGain(), 11))
        #expect(close(g.areaGain(atOffset: um(1)), 11))
        #expect(close(g.coatedVolumePerFootprint(offset: um(1)).canonical, 11))
    }

    @Test("single tubes D = 10, wall = 1, gap = 5, h = 50 µm: AG = 1 + 2π·h·(D − w)/p²")
    func tubes() throws {
        let g = try TubeArray(outerDiameter: um(10), wall: um(1), gap: um(5), height: um(50))
        #expect(close(g.areaGain(), 1 + 2 * Double.pi * 50 * 9 / 225))
        let double = try TubeArray(
            outerDiameter: um(10), wall: um(1), gap: um(5), height: um(50), count: 2, spacing: um(2))
        // Inner tube: outer radius 5 − 3 = 2 µm, so 2R − w = 3 µm adds to the outer tube's 9 µm.
        #expect(close(double.areaGain(), 1 + 2 * Double.pi * 50 * (9 + 3) / 225))
    }

    @Test("pores: same bare AG as pillars, and coating shrinks the pore (AG = 1 + π(d − 2t)h/p²)")
    func pores() throws {
        let g = try PoreArray(diameter: um(2), wall: um(2), depth: um(20))
        #expect(close(g.areaGain(), 1 + Double.pi * 2 * 20 / 16))
        #expect(close(g.areaGain(atOffset: um(0.5)), 1 + Double.pi * 1 * 20 / 16))
    }

    @Test("for every geometry the area gain is the derivative of the coated volume (AG = dV/dT)")
    func areaGainIsVolumeDerivative() throws {
        let geometries: [any CellGeometry] = [
            PlanarStack(),
            try PillarArray(diameter: um(2), gap: um(3), height: um(20), lattice: .hexagonal),
            try PoreArray(diameter: um(3), wall: um(1), depth: um(30)),
            try PlateArray(width: um(5), gap: um(5), height: um(50)),
            try TubeArray(outerDiameter: um(12), wall: um(1), gap: um(4), height: um(40), count: 2, spacing: um(2)),
        ]
        for g in geometries {
            for t in [0.1, 0.4, 0.9] {
                let h = 1e-4
                let dV =
                    (g.coatedVolumePerFootprint(offset: um(t + h)).canonical
                        - g.coatedVolumePerFootprint(offset: um(t - h)).canonical) / (2 * h)
                // V is a quadratic in T, so the central difference is exact up to rounding.
                #expect(close(dV, g.areaGain(atOffset: um(t)), 1e-6), "\(g.summary) at \(t) µm")
            }
        }
    }

    @Test("zero or negative sizes are errors naming the parameter")
    func nonPositiveSizes() {
        #expect(throws: PhysicsError.nonPositive(parameter: "pillar diameter d", value: "0 µm")) {
            try PillarArray(diameter: .zero, gap: Length(canonical: 2), height: Length(canonical: 20))
        }
        #expect(throws: PhysicsError.nonPositive(parameter: "plate height h", value: "−5 µm")) {
            try PlateArray(width: Length(canonical: 5), gap: Length(canonical: 5), height: Length(canonical: -5))
        }
    }

    @Test("concentric tubes that do not fit in D are an error stating the needed diameter")
    func tubesThatDoNotFit() {
        #expect(throws: PhysicsError.self) {
            try TubeArray(
                outerDiameter: Length(canonical: 4), wall: Length(canonical: 1), gap: Length(canonical: 5),
                height: Length(canonical: 50), count: 2, spacing: Length(canonical: 1))
        }
    }
}

@Suite("Geometry and layer specs")
struct SpecParsingTests {
    @Test("pillars spec in mixed units reads the same as the µm one")
    func pillarsInAnyUnit() throws {
        let a = try #require(GeometrySpec.parse("pillars:d=2um,gap=2um,h=20um") as? PillarArray)
        let b = try #require(GeometrySpec.parse("pillars:d=2000nm,gap=0.002mm,h=20") as? PillarArray)
        // 2000 nm and 0.002 mm differ from 2 µm by the last bit of a Double only.
        #expect(abs(a.diameter.si - b.diameter.si) < 1e-18 && abs(a.gap.si - b.gap.si) < 1e-18)
        #expect(abs(a.height.si - b.height.si) < 1e-18)
        #expect(abs(a.areaGain() - b.areaGain()) < 1e-12)
        #expect(a.lattice == .square)
        let hex = try #require(GeometrySpec.parse("pillars:d=2um,gap=2um,h=20um,lattice=hex,active") as? PillarArray)
        #expect(hex.lattice == .hexagonal && hex.isActiveCathode)
    }

    @Test("every geometry kind parses")
    func allKinds() throws {
        #expect(try GeometrySpec.parse("planar") is PlanarStack)
        #expect(try GeometrySpec.parse("plates:w=5um,gap=5um,h=50um") is PlateArray)
        #expect(try GeometrySpec.parse("pores:d=1um,gap=1um,h=10um") is PoreArray)
        let t = try #require(
            GeometrySpec.parse("tubes:D=10um,wall=1um,gap=5um,h=50um,count=2,spacing=2um") as? TubeArray)
        #expect(t.count == 2)
    }

    @Test("spec errors name the parameter")
    func specErrors() {
        #expect(throws: PhysicsError.malformedSpec("pillars", reason: "missing h=<length> for pillars")) {
            try GeometrySpec.parse("pillars:d=2um,gap=2um")
        }
        #expect(
            throws: PhysicsError.malformedSpec(
                "pillars:d=2um,gap=2um,h=20um,x=3", reason: "unknown parameter 'x' for pillars")
        ) {
            try GeometrySpec.parse("pillars:d=2um,gap=2um,h=20um,x=3")
        }
        #expect(
            throws: PhysicsError.malformedSpec("h=20V", reason: "pillars h: 'V' is not a thickness unit at column 3")
        ) {
            try GeometrySpec.parse("pillars:d=2um,gap=2um,h=20V")
        }
    }

    @Test("layer specs: name with optional thickness; a zero thickness is an error")
    func layers() throws {
        #expect(
            try LayerSpec.parse("LiCoO2:1um", layer: "cathode")
                == LayerSpec(material: "LiCoO2", thickness: Length(canonical: 1)))
        #expect(try LayerSpec.parse("Li", layer: "anode") == LayerSpec(material: "Li", thickness: nil))
        #expect(throws: PhysicsError.nonPositive(parameter: "cathode thickness", value: "0 µm")) {
            try LayerSpec.parse("LiCoO2:0um", layer: "cathode")
        }
    }
}
