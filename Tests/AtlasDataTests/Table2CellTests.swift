import AtlasCore
import Testing

@testable import AtlasData

/// Specific Table 2 cells checked against the review (Jetybayeva et al. 2021, Table 2 and the
/// prose about the same reference), spread over glass, polymer and crystalline entries, 2D and 3D.
/// Values are compared in canonical units (µS cm⁻¹ → S cm⁻¹ etc.), the printed text verbatim.
@Suite("Table 2 cells against the review")
struct Table2CellTests {
    static let review = Result { try ReviewDataset.bundled() }

    func record(_ id: Int) throws -> MicrobatteryRecord {
        try #require(try Self.review.get().record(id))
    }

    /// `value` is in the canonical unit of `kind`; tolerance 1e-9 relative (exact decimal inputs).
    func expect(
        _ id: Int, _ column: MicrobatteryRecord.QuantityColumn, _ index: Int, printed: String,
        _ value: Double, _ kind: QuantityKind, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let cells = try record(id).cells(in: column)
        let cell = try #require(cells.indices.contains(index) ? cells[index] : nil, sourceLocation: sourceLocation)
        #expect(cell.printed == printed, "entry \(id) \(column)", sourceLocation: sourceLocation)
        let q = try #require(cell.quantity, sourceLocation: sourceLocation)
        let actual = try q.representative.value(in: kind)
        #expect(
            abs(actual - value) <= 1e-9 * abs(value), "entry \(id) \(column): \(actual) vs \(value)",
            sourceLocation: sourceLocation)
    }

    @Test("entry 1: Li/LiPON/LiCoO2, 150 μA h, 0.1 mA, 4000 cycles, 99% (printed rotated)")
    func entry1() throws {
        try expect(1, .capacity, 0, printed: "150 μA h", 150, .charge)
        try expect(1, .current, 0, printed: "0.1 mA", 100, .current)
        try expect(1, .cycles, 0, printed: "4000", 4000, .count)
        try expect(1, .retention, 0, printed: "99%", 99, .fraction)
        #expect(try record(1).ref == 56)
    }

    @Test("entry 2: energy densities 25 and 21 mW h cm⁻³ in the capacity column, 3.6–4.1 V")
    func entry2() throws {
        try expect(2, .capacity, 0, printed: "25 mW h cm⁻³", 25, .volumetricEnergy)
        try expect(2, .capacity, 1, printed: "21 mW h cm⁻³", 21, .volumetricEnergy)
        #expect(try record(2).primary.voltageMin == 3.6)
        #expect(try record(2).primary.voltageMax == 4.1)
    }

    @Test("entry 3: Li-rich LiPON 3.2 μS cm⁻¹ and 64.5 μA h cm⁻² μm⁻¹; retention 90% / 98%")
    func entry3() throws {
        try expect(3, .conductivity, 0, printed: "2.4 μS cm⁻¹", 2.4e-6, .conductivity)
        try expect(3, .conductivity, 1, printed: "3.2 μS cm⁻¹", 3.2e-6, .conductivity)
        try expect(3, .capacity, 1, printed: "64.5 μA h cm⁻² μm⁻¹", 64.5, .volumetricCapacity)
        try expect(3, .retention, 0, printed: "90%", 90, .fraction)
        try expect(3, .retention, 1, printed: "98%", 98, .fraction)
        #expect(try record(3).retention[1].variant == 1)
    }

    @Test("entry 17: 60 μA h cm⁻² μm⁻¹ at 5C for 500 cycles (prose: 63.5)")
    func entry17() throws {
        try expect(17, .capacity, 0, printed: "60 μA h cm⁻² μm⁻¹", 60, .volumetricCapacity)
        try expect(17, .current, 0, printed: "5C", 5, .cRate)
        #expect(try record(17).capacity[0].prose == "63.5 μA h cm⁻² μm⁻¹")
    }

    @Test("entry 18: Li2.64P1.0O2.81N0.33, 1.5 μS cm⁻¹, 0.73C, 800 cycles, 85%")
    func entry18() throws {
        #expect(try record(18).composition == "Li2.64P1.0O2.81N0.33")
        try expect(18, .conductivity, 0, printed: "1.5 μS cm⁻¹", 1.5e-6, .conductivity)
        try expect(18, .current, 0, printed: "0.73C", 0.73, .cRate)
        try expect(18, .cycles, 0, printed: "800", 800, .count)
    }

    @Test("entry 25: Li/LiPON/LNMO 122 mA h g⁻¹ at C/10 over 10 000 cycles, 90.6%")
    func entry25() throws {
        try expect(25, .capacity, 0, printed: "122 mA h g⁻¹", 122, .specificCapacity)
        try expect(25, .current, 0, printed: "C/10", 0.1, .cRate)
        try expect(25, .cycles, 0, printed: "10000", 10_000, .count)
        try expect(25, .retention, 0, printed: "90.6%", 90.6, .fraction)
    }

    @Test("entry 31: 3D nanoflake α-MoO3-x, 266 mA h g⁻¹ at 500 mA g⁻¹, 92.7% after 1000 cycles")
    func entry31() throws {
        let r = try record(31)
        #expect(r.structure.architecture == .threeDimensional)
        #expect(r.structure.detail == "nanoflake arrays")
        try expect(31, .capacity, 0, printed: "266 mA h g⁻¹", 266, .specificCapacity)
        try expect(31, .current, 0, printed: "500 mA g⁻¹", 500, .specificCurrent)
        try expect(31, .retention, 0, printed: "92.7%", 92.7, .fraction)
    }

    @Test("entry 32: 3D microcolumns, 500 nm LiPON at 0.25 μS cm⁻¹, 25 μA h cm⁻² at 0.16C")
    func entry32() throws {
        try expect(32, .conductivity, 0, printed: "0.25 μS cm⁻¹", 2.5e-7, .conductivity)
        try expect(32, .electrolyteThickness, 0, printed: "500 nm", 0.5, .length)
        try expect(32, .capacity, 0, printed: "25 μA h cm⁻²", 25, .arealCapacity)
        try expect(32, .current, 0, printed: "0.16C", 0.16, .cRate)
    }

    @Test("entry 34: ALD Li2PO2N on 3D pore arrays, 30 μA h cm⁻² (area enhancement factor = 10), 56%")
    func entry34() throws {
        let r = try record(34)
        #expect(r.methods == [.ald])
        #expect(r.composition == "Li2PO2N")
        #expect(r.capacity[0].condition == "area enhancement factor = 10")
        try expect(34, .capacity, 0, printed: "30 μA h cm⁻² (area enhancement factor = 10)", 30, .arealCapacity)
        try expect(34, .current, 0, printed: "100 μA cm⁻²", 100, .currentDensity)
        try expect(34, .retention, 0, printed: "56%", 56, .fraction)
    }

    @Test("entry 35: 70 nm ALD LiPON, 0.5 μS cm⁻¹, 0.3 A h cm⁻³ at 5C; the cut voltage window stays empty")
    func entry35() throws {
        try expect(35, .electrolyteThickness, 0, printed: "70 nm", 0.07, .length)
        try expect(35, .conductivity, 0, printed: "0.5 μS cm⁻¹", 5e-7, .conductivity)
        try expect(35, .capacity, 0, printed: "0.3 A h cm⁻³", 30, .volumetricCapacity)  // 0.3 A h cm⁻³ = 30 µA h cm⁻² µm⁻¹
        #expect(try record(35).voltage.isEmpty)
    }

    @Test("entry 43: LiBON Li3.09BO2.53N0.52, 55 μA h cm⁻² μm⁻¹ at 1C, 90% after 1000 cycles")
    func entry43() throws {
        #expect(try record(43).family == .libon)
        try expect(43, .capacity, 0, printed: "55 μA h cm⁻² μm⁻¹", 55, .volumetricCapacity)
        try expect(43, .retention, 0, printed: "90%", 90, .fraction)
    }

    @Test("entry 47: LVSO Li3.4V0.6Si0.4O4 by solid-state reaction, 20 μA h cm⁻², 0–3 V, 84%")
    func entry47() throws {
        let r = try record(47)
        #expect(r.family == .lvso && r.methods == [.solidStateReaction])
        try expect(47, .capacity, 0, printed: "20 μA h cm⁻²", 20, .arealCapacity)
        #expect(r.primary.voltageMin == 0 && r.primary.voltageMax == 3)
        try expect(47, .retention, 0, printed: "84%", 84, .fraction)
    }

    @Test("entry 48: drop-cast PMMA-PEG (19 μm) on TiO2 nanotubes, 30 μA h cm⁻² μm⁻¹ = 80 mA h g⁻¹")
    func entry48() throws {
        let r = try record(48)
        #expect(r.electrolyteClass == .polymer && r.structure.architecture == .threeDimensional)
        try expect(48, .electrolyteThickness, 0, printed: "19 μm", 19, .length)
        try expect(48, .capacity, 0, printed: "30 μA h cm⁻² μm⁻¹", 30, .volumetricCapacity)
        #expect(r.primary.capacitySpecific == 80)
        try expect(48, .retention, 0, printed: "91.5%", 91.5, .fraction)
    }

    @Test("entry 52: SiO2-PEG 26 μS cm⁻¹, 2.7 mA h g⁻¹ at 1 mA cm⁻², 30% after 500 cycles")
    func entry52() throws {
        try expect(52, .conductivity, 0, printed: "26 μS cm⁻¹", 2.6e-5, .conductivity)
        try expect(52, .current, 0, printed: "1 mA cm⁻²", 1000, .currentDensity)
        try expect(52, .retention, 0, printed: "30%", 30, .fraction)
    }

    @Test("entry 53: PEG-BAB 0.2 mS cm⁻¹ and an energy density of 8.48 μW h cm⁻²")
    func entry53() throws {
        try expect(53, .conductivity, 0, printed: "0.2 mS cm⁻¹", 2e-4, .conductivity)
        try expect(53, .capacity, 0, printed: "8.48 μW h cm⁻²", 8.48, .arealEnergy)
        #expect(try record(53).primary.capacityAreal == nil)
    }

    @Test("entry 55: SU-8 on Si arrays, 0.1–0.3 μS cm⁻¹, 0.55 mA h cm⁻² at 0.22 mA cm⁻², 93%")
    func entry55() throws {
        let sigma = try #require(try record(55).conductivity[0].quantity)
        #expect(sigma.magnitude == .range(0.1, 0.3, approximate: false))
        try expect(55, .capacity, 0, printed: "0.55 mA h cm⁻²", 550, .arealCapacity)
        try expect(55, .current, 0, printed: "0.22 mA cm⁻²", 220, .currentDensity)
    }

    @Test("entry 57: PTMC <5 μm on Cu2O nanopillars, 0.2 mA h cm⁻² at 0.008 mA cm⁻²")
    func entry57() throws {
        let thickness = try #require(try record(57).electrolyteThickness[0].quantity)
        #expect(thickness.magnitude == .below(5, inclusive: false))
        try expect(57, .current, 0, printed: "0.008 mA cm⁻²", 8, .currentDensity)
    }

    @Test("entry 59: SPAPE on CNT, 11 000 mA h g⁻¹ in the 1st cycle, 1600 in the 2nd")
    func entry59() throws {
        try expect(59, .capacity, 0, printed: "11 000 mA h g⁻¹ (1st cycle)", 11_000, .specificCapacity)
        try expect(59, .capacity, 1, printed: "1600 mA h g⁻¹ (2nd cycle)", 1600, .specificCapacity)
    }

    @Test("entry 62: gel 1.88 mS cm⁻¹; Li/GPE/LiCoO2 264 μA h cm⁻² at 333 μA cm⁻², 98.9%")
    func entry62() throws {
        try expect(62, .conductivity, 0, printed: "1.88 mS cm⁻¹", 1.88e-3, .conductivity)
        try expect(62, .capacity, 0, printed: "264 μA h cm⁻²", 264, .arealCapacity)
        try expect(62, .current, 0, printed: "333 μA cm⁻²", 333, .currentDensity)
        try expect(62, .retention, 0, printed: "98.9%", 98.9, .fraction)
        #expect(try record(62).cells.count == 3)
    }

    @Test("entry 63: 3D interdigitated gel cell, 4 mS cm⁻¹, 0.15 mA h cm⁻² at 1C, 73% after 550 cycles")
    func entry63() throws {
        #expect(try record(63).structure.detail == "interdigitated")
        try expect(63, .conductivity, 0, printed: "4 mS cm⁻¹", 4e-3, .conductivity)
        try expect(63, .capacity, 0, printed: "0.15 mA h cm⁻²", 150, .arealCapacity)
        try expect(63, .cycles, 0, printed: "550", 550, .count)
    }

    @Test("entry 65: ionogel ~0.05 S cm⁻¹, LTO anode / LFP cathode although printed cathode first")
    func entry65() throws {
        let r = try record(65)
        #expect(r.cells[0].anode == "Li4Ti5O12" && r.cells[0].cathode == "LiFePO4")
        let sigma = try #require(r.conductivity[0].quantity)
        #expect(sigma.magnitude == .approximate(0.05))
        try expect(65, .capacity, 0, printed: "300 μA h cm⁻²", 300, .arealCapacity)
    }

    @Test("entry 69: gyroid PPO (10 nm), 0.225 mA h cm⁻² at 0.125 mA cm⁻²")
    func entry69() throws {
        #expect(try record(69).structure.detail == "gyroid")
        try expect(69, .electrolyteThickness, 0, printed: "10 nm", 0.01, .length)
        try expect(69, .capacity, 0, printed: "0.225 mA h cm⁻²", 225, .arealCapacity)
    }

    @Test("entry 72: ALD Li3PO4 (0.62 μS cm⁻¹) on 3D TiO2 microtubes, 1.1–2.3 V")
    func entry72() throws {
        let r = try record(72)
        #expect(r.methods == [.ald] && r.structure.architecture == .threeDimensional)
        try expect(72, .conductivity, 0, printed: "0.62 μS cm⁻¹", 6.2e-7, .conductivity)
        #expect(r.primary.voltageMin == 1.1 && r.primary.voltageMax == 2.3)
    }

    @Test("entry 74: LiSiPON 8.8 μS cm⁻¹ (prose: 1.24 × 10⁻⁵), 1500 cycles, 83%")
    func entry74() throws {
        try expect(74, .conductivity, 0, printed: "8.8 μS cm⁻¹", 8.8e-6, .conductivity)
        try expect(74, .cycles, 0, printed: "1500", 1500, .count)
        try expect(74, .retention, 0, printed: "83%", 83, .fraction)
    }

    @Test("entry 75: crystalline perovskite LLTO, 1500 nm, 0.18 μS cm⁻¹, 50 μA h cm⁻² μm⁻¹ at 7 μA cm⁻²")
    func entry75() throws {
        let r = try record(75)
        #expect(r.electrolyteClass == .crystalline && r.family == .perovskite)
        try expect(75, .electrolyteThickness, 0, printed: "1500 nm", 1.5, .length)
        try expect(75, .conductivity, 0, printed: "0.18 μS cm⁻¹", 1.8e-7, .conductivity)
        try expect(75, .capacity, 0, printed: "50 μA h cm⁻² μm⁻¹", 50, .volumetricCapacity)
        try expect(75, .current, 0, printed: "7 μA cm⁻²", 7, .currentDensity)
    }

    @Test("reconstructions are marked: entry 11's capacity and entry 40's current come from the prose")
    func provenance() throws {
        #expect(try record(11).capacity[0].provenance == .prose)
        #expect(try record(40).current[0].provenance == .prose)
        #expect(try record(1).capacity[0].provenance == .table)
    }
}
