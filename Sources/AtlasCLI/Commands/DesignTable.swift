import AtlasCore
import AtlasPhysics
import Foundation

/// Renders design results as aligned text for a 100-column terminal, units in the labels.
enum DesignTable {
    static func render(_ r: DesignResult) -> String {
        var rows: [Row] = []
        rows.section("Cell")
        rows.add(
            "cathode", "\(r.cathodeName)\(r.cathodeThickness.map { " \(fmt($0, "µm")) µm" } ?? " (the structure)")")
        rows.add(
            "  capacity per µm (µA h cm⁻² µm⁻¹)",
            "\(fmt(r.cathodeVolumetricCapacity, "uAh/cm2/um")) = \(r.cathodeCapacityBasis)")
        rows.add(
            "electrolyte",
            "\(r.electrolyteName) (\(r.electrolyteFamily.rawValue)) \(fmt(r.electrolyteThickness, "µm")) µm")
        rows.add("  conductivity (S cm⁻¹)", "\(fmt(r.conductivity, "S/cm")) at \(fmt1(r.temperature.si - 273.15)) °C")
        rows.add("anode", "\(r.anodeName) \(fmt(r.anodeThickness, "µm")) µm (\(r.anodeThicknessBasis))")
        rows.add("geometry", r.geometrySummary)
        rows.add("area gain AG (bare / cathode surface)", "\(fmt(r.areaGain)) / \(fmt(r.interfaceAreaGain))")
        if let ar = r.aspectRatio { rows.add("aspect ratio \(ar.definition)", fmt(ar.value)) }
        rows.add("cathode volume per footprint (µm)", fmt(r.cathodeVolumePerFootprint, "um"))
        if let gain = r.footprintCapacityGain { rows.add("footprint-capacity gain vs planar", fmt(gain)) }
        rows.add("stack height (µm)", fmt(r.stackHeight, "um"))

        rows.section("Per footprint area")
        rows.add("capacity (µA h cm⁻²)", "\(fmt(r.arealCapacity, "uAh/cm2")) (\(r.limitingElectrode)-limited)")
        rows.add("cell voltage (V)", fmt(r.cellVoltage, "V"))
        for (i, part) in r.cellVoltageBasis.components(separatedBy: " − ").enumerated() {
            rows.add(i == 0 ? "  =" : "  −", part)
        }
        rows.add("energy (µW h cm⁻²)", fmt(r.arealEnergy, "uWh/cm2"))
        rows.add("power at \(fmt(r.cRate, "C"))C, eqn (2) (µW cm⁻²)", fmt(r.arealPower, "uW/cm2"))
        rows.add("current density (µA cm⁻²)", fmt(r.currentDensity, "uA/cm2"))

        rows.section("Per cell volume and mass")
        rows.add("energy density (mW h cm⁻³)", fmt(r.volumetricEnergy, "mWh/cm3"))
        rows.add("power density (mW cm⁻³)", fmt(r.volumetricPower, "mW/cm3"))
        rows.add(
            "eqn (1), cathode mass (W h kg⁻¹)",
            r.specificEnergyCathode.map { fmt($0, "Wh/kg") } ?? "no cited cathode density")
        rows.add(
            "eqn (1), cathode + anode (W h kg⁻¹)",
            r.specificEnergyElectrodes.map { fmt($0, "Wh/kg") } ?? "no cited density for both electrodes")

        rows.section("Electrolyte")
        rows.add("resistance θ/(σ·AG) (Ω cm²)", fmt(r.arealResistance, "Ohm*cm2"))
        rows.add("ohmic drop at this current (V)", fmt(r.ohmicDrop, "V"))
        rows.add("largest C-rate, \(fmt(r.maxDrop, "V")) V drop (C)", fmt(r.maxCRateForDrop, "C"))

        if let area = r.footprint {
            rows.section("Cell of \(fmt(area, "mm2")) mm²")
            if let v = r.capacity { rows.add("capacity (µA h)", fmt(v, "uAh")) }
            if let v = r.energy { rows.add("energy (µW h)", fmt(v, "uWh")) }
            if let v = r.power { rows.add("power at \(fmt(r.cRate, "C"))C (µW)", fmt(v, "uW")) }
            if let v = r.current { rows.add("current (µA)", fmt(v, "uA")) }
            if let v = r.cellVolume { rows.add("stack volume (mm³)", fmt(v, "mm3")) }
        }
        var text = rows.rendered()
        for note in r.notes { text += "\nnote: \(note)" }
        return text
    }

    static func render(_ s: InverseDesignResult, target: DesignTarget) -> String {
        var rows: [Row] = []
        rows.section("Inverse design")
        rows.add("target energy (µW h)", fmt(target.energy, "uWh"))
        if let p = target.power { rows.add("target power (µW)", fmt(p, "uW")) }
        if let v = target.maxVolume { rows.add("volume limit (mm³)", fmt(v, "mm3")) }
        rows.add("smallest footprint (mm²)", "\(fmt(s.footprint, "mm2")) — set by the \(s.sizingRequirement) target")
        if let h = s.height {
            rows.add("structure height (µm)", "\(fmt(h, "um")) — limited by \(s.heightLimit ?? "")")
        }
        rows.add("stack volume (mm³)", fmt(s.cellVolume, "mm3"))
        // The power the footprint was sized with, and the rate at which the target is met: the
        // cell table below is at the design's own rate (1C by default), not at these.
        let drop = fmt(s.result.maxDrop, "V")
        rows.add(
            "power at the \(drop) V drop limit (µW)",
            "\(fmt(s.deliverablePower, "uW")) at \(fmt(s.result.maxCRateForDrop, "C"))C")
        if let p = target.power, let rate = s.targetPowerRate {
            rows.add(
                "target power met at (C)",
                "\(fmt(rate, "C"))C: \(fmt(p, "uW")) µW with an ohmic drop of \(fmt(s.result.ohmicDrop * (rate / s.result.cRate), "V")) V"
            )
        }
        return rows.rendered() + "\n\n" + render(s.result)
    }

    // MARK: formatting

    static func fmt<K: PhysicalKind>(_ m: Measure<K>, _ unit: String) -> String {
        let u = (try? Unit.parse(unit)) ?? Unit.one
        return fmt((try? m.value(in: u)) ?? m.canonical)
    }

    static func fmt(_ x: Double) -> String { QuantityFormatter(significantDigits: 4).number(x) }
    static func fmt1(_ x: Double) -> String { QuantityFormatter(significantDigits: 3).number(x) }

    struct Row {
        let label: String
        let value: String
        let isSection: Bool
    }
}

extension Array where Element == DesignTable.Row {
    mutating func section(_ title: String) { append(.init(label: title, value: "", isSection: true)) }
    mutating func add(_ label: String, _ value: String) { append(.init(label: label, value: value, isSection: false)) }

    /// Labels padded to a common width (at most 46 columns) so values line up.
    func rendered() -> String {
        let width = Swift.min(38, map { $0.isSection ? 0 : $0.label.count }.max() ?? 0)
        var lines: [String] = []
        for row in self {
            if row.isSection {
                if !lines.isEmpty { lines.append("") }
                lines.append(row.label)
            } else {
                let pad = String(repeating: " ", count: Swift.max(1, width - row.label.count + 2))
                lines.append("  " + row.label + pad + row.value)
            }
        }
        return lines.joined(separator: "\n")
    }
}
