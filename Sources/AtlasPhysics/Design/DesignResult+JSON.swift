import AtlasCore
import Foundation

/// A string coding key, so the JSON keys can carry their units (`areal_capacity_uAh_per_cm2`).
struct Key: CodingKey {
    let stringValue: String
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

/// Magnitude of `measure` in the unit written as `unit` (a fixed, valid unit text).
func number<K: PhysicalKind>(_ measure: Measure<K>, _ unit: String) -> Double {
    (try? measure.value(in: Unit.parse(unit))) ?? .nan
}

extension DesignResult: Encodable {
    /// Stable snake_case keys with the unit in the name; absent values are `null`.
    public func encode(to encoder: Encoder) throws {
        var root = encoder.container(keyedBy: Key.self)

        var cathode = root.nestedContainer(keyedBy: Key.self, forKey: Key("cathode"))
        try cathode.encode(cathodeName, forKey: Key("material"))
        try cathode.encode(cathodeThickness.map { number($0, "um") }, forKey: Key("thickness_um"))
        try cathode.encode(number(cathodeVolumetricCapacity, "uAh/cm2/um"), forKey: Key("capacity_uAh_per_cm2_per_um"))
        try cathode.encode(cathodeCapacityBasis, forKey: Key("capacity_basis"))
        try cathode.encode(cathodeDensity.map { number($0, "g/cm3") }, forKey: Key("density_g_per_cm3"))

        var electrolyte = root.nestedContainer(keyedBy: Key.self, forKey: Key("electrolyte"))
        try electrolyte.encode(electrolyteName, forKey: Key("material"))
        try electrolyte.encode(electrolyteFamily.rawValue, forKey: Key("family"))
        try electrolyte.encode(number(electrolyteThickness, "um"), forKey: Key("thickness_um"))
        try electrolyte.encode(number(conductivity, "S/cm"), forKey: Key("conductivity_S_per_cm"))
        try electrolyte.encode(temperature.si - PhysicalConstants.zeroCelsius, forKey: Key("temperature_C"))
        try electrolyte.encode(number(electrolytePathLength, "um"), forKey: Key("path_length_um"))
        try electrolyte.encode(number(arealResistance, "Ohm*cm2"), forKey: Key("area_specific_resistance_ohm_cm2"))
        try electrolyte.encode(ohmicDrop.si, forKey: Key("ohmic_drop_V"))
        try electrolyte.encode(maxDrop.si, forKey: Key("max_drop_V"))
        try electrolyte.encode(number(maxCRateForDrop, "C"), forKey: Key("max_c_rate_for_max_drop_per_h"))

        var anode = root.nestedContainer(keyedBy: Key.self, forKey: Key("anode"))
        try anode.encode(anodeName, forKey: Key("material"))
        try anode.encode(number(anodeThickness, "um"), forKey: Key("thickness_um"))
        try anode.encode(anodeThicknessBasis, forKey: Key("thickness_basis"))

        var geometry = root.nestedContainer(keyedBy: Key.self, forKey: Key("geometry"))
        try geometry.encode(geometrySummary, forKey: Key("summary"))
        try geometry.encode(areaGain, forKey: Key("area_gain"))
        try geometry.encode(interfaceAreaGain, forKey: Key("interface_area_gain"))
        try geometry.encode(aspectRatio?.value, forKey: Key("aspect_ratio"))
        try geometry.encode(aspectRatio?.definition, forKey: Key("aspect_ratio_definition"))
        try geometry.encode(number(cathodeVolumePerFootprint, "um"), forKey: Key("cathode_volume_per_footprint_um"))
        try geometry.encode(
            number(electrolyteVolumePerFootprint, "um"), forKey: Key("electrolyte_volume_per_footprint_um"))
        try geometry.encode(number(anodeVolumePerFootprint, "um"), forKey: Key("anode_volume_per_footprint_um"))
        try geometry.encode(number(stackHeight, "um"), forKey: Key("stack_height_um"))
        try geometry.encode(footprintCapacityGain, forKey: Key("footprint_capacity_gain_vs_planar"))

        var area = root.nestedContainer(keyedBy: Key.self, forKey: Key("per_footprint"))
        try area.encode(number(arealCapacity, "uAh/cm2"), forKey: Key("areal_capacity_uAh_per_cm2"))
        try area.encode(limitingElectrode, forKey: Key("limiting_electrode"))
        try area.encode(cellVoltage.si, forKey: Key("cell_voltage_V"))
        try area.encode(cellVoltageBasis, forKey: Key("cell_voltage_basis"))
        try area.encode(number(arealEnergy, "uWh/cm2"), forKey: Key("areal_energy_uWh_per_cm2"))
        try area.encode(number(arealPower, "uW/cm2"), forKey: Key("areal_power_uW_per_cm2"))

        var volume = root.nestedContainer(keyedBy: Key.self, forKey: Key("per_volume"))
        try volume.encode(number(volumetricEnergy, "mWh/cm3"), forKey: Key("energy_mWh_per_cm3"))
        try volume.encode(number(volumetricPower, "mW/cm3"), forKey: Key("power_mW_per_cm3"))

        var mass = root.nestedContainer(keyedBy: Key.self, forKey: Key("per_mass"))
        try mass.encode(
            specificEnergyCathode.map { number($0, "Wh/kg") }, forKey: Key("specific_energy_cathode_Wh_per_kg"))
        try mass.encode(
            specificEnergyElectrodes.map { number($0, "Wh/kg") }, forKey: Key("specific_energy_electrodes_Wh_per_kg"))
        try mass.encode(specificPowerCathode.map { number($0, "W/kg") }, forKey: Key("specific_power_cathode_W_per_kg"))

        var rate = root.nestedContainer(keyedBy: Key.self, forKey: Key("rate"))
        try rate.encode(number(cRate, "C"), forKey: Key("c_rate_per_h"))
        try rate.encode(number(currentDensity, "uA/cm2"), forKey: Key("current_density_uA_per_cm2"))
        try rate.encode(number(dischargeTime, "h"), forKey: Key("discharge_time_h"))

        var totals = root.nestedContainer(keyedBy: Key.self, forKey: Key("totals"))
        try totals.encode(footprint.map { number($0, "mm2") }, forKey: Key("footprint_mm2"))
        try totals.encode(capacity.map { number($0, "uAh") }, forKey: Key("capacity_uAh"))
        try totals.encode(energy.map { number($0, "uWh") }, forKey: Key("energy_uWh"))
        try totals.encode(power.map { number($0, "uW") }, forKey: Key("power_uW"))
        try totals.encode(current.map { number($0, "uA") }, forKey: Key("current_uA"))
        try totals.encode(cellVolume.map { number($0, "mm3") }, forKey: Key("cell_volume_mm3"))

        try root.encode(notes, forKey: Key("notes"))
    }
}

extension InverseDesignResult: Encodable {
    public func encode(to encoder: Encoder) throws {
        var root = encoder.container(keyedBy: Key.self)
        var solution = root.nestedContainer(keyedBy: Key.self, forKey: Key("inverse_design"))
        try solution.encode(number(footprint, "mm2"), forKey: Key("footprint_mm2"))
        try solution.encode(height.map { number($0, "um") }, forKey: Key("height_um"))
        try solution.encode(number(cellVolume, "mm3"), forKey: Key("cell_volume_mm3"))
        try solution.encode(sizingRequirement, forKey: Key("footprint_set_by"))
        try solution.encode(heightLimit, forKey: Key("height_limited_by"))
        try solution.encode(number(deliverablePower, "uW"), forKey: Key("deliverable_power_at_max_drop_uW"))
        try solution.encode(number(result.maxCRateForDrop, "C"), forKey: Key("deliverable_power_c_rate_per_h"))
        try solution.encode(target.power.map { number($0, "uW") }, forKey: Key("target_power_uW"))
        try solution.encode(targetPowerRate.map { number($0, "C") }, forKey: Key("target_power_c_rate_per_h"))
        try root.encode(result, forKey: Key("design"))
    }
}

extension Encodable {
    /// Pretty-printed JSON with sorted keys (stable output for scripts and tests).
    public func jsonString() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
