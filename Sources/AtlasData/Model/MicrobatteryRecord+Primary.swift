import AtlasCore

/// The primary values of a record expressed in the atlas's canonical units — what queries,
/// sorting, statistics and figures use. Each value is nil when the record does not report it in
/// a unit of that kind: a capacity printed in µA h never appears as an areal capacity.
public struct PrimaryValues: Hashable, Sendable {
    /// Ionic conductivity, S cm⁻¹ (representative value of the first listed conductivity).
    public var conductivity: Double?
    /// The first listed capacity cell, whatever its kind.
    public var capacity: ReportedCell?
    /// Capacity per footprint area, µA h cm⁻².
    public var capacityAreal: Double?
    /// Capacity per footprint area and µm of electrode, µA h cm⁻² µm⁻¹ (same dimension as mA h cm⁻³).
    public var capacityVolumetric: Double?
    /// Gravimetric capacity, mA h g⁻¹.
    public var capacitySpecific: Double?
    /// Absolute capacity, µA h.
    public var capacityCharge: Double?
    /// Voltage window, V.
    public var voltageMin: Double?
    public var voltageMax: Double?
    /// The first listed current cell, whatever its kind.
    public var current: ReportedCell?
    /// C-rate (h⁻¹ multiples of 1C).
    public var cRate: Double?
    /// Current density, µA cm⁻².
    public var currentDensity: Double?
    /// Current, µA.
    public var currentAbsolute: Double?
    /// Specific current, mA g⁻¹.
    public var currentSpecific: Double?
    public var cycles: Int?
    /// Capacity retention, %.
    public var retention: Double?
    /// Electrolyte thickness, µm.
    public var electrolyteThickness: Double?
    /// Cathode thickness, µm.
    public var cathodeThickness: Double?
}

extension MicrobatteryRecord {
    /// Primary values in canonical units. For each kind, the first listed value of that kind in
    /// the column is used (so an entry printing "110 mA h g⁻¹ / 55 µA h cm⁻² µm⁻¹" has both a
    /// specific and a volumetric capacity); conversions are only between units of one dimension.
    public var primary: PrimaryValues {
        var p = PrimaryValues()
        p.conductivity = Self.first(conductivity, .conductivity)
        p.capacity = capacity.first
        p.capacityAreal = Self.first(capacity, .arealCapacity)
        p.capacityVolumetric = Self.first(capacity, .volumetricCapacity)
        p.capacitySpecific = Self.first(capacity, .specificCapacity)
        p.capacityCharge = Self.first(capacity, .charge)
        if let window = voltage.compactMap(\.quantity).first, let lo = window.lower, let hi = window.upper {
            p.voltageMin = try? lo.value(in: QuantityKind.voltage)
            p.voltageMax = try? hi.value(in: QuantityKind.voltage)
        }
        p.current = current.first
        p.cRate = Self.first(current, .cRate)
        p.currentDensity = Self.first(current, .currentDensity)
        p.currentAbsolute = Self.first(current, .current)
        p.currentSpecific = Self.first(current, .specificCurrent)
        p.cycles = Self.first(cycles, .count).map { Int($0) }
        p.retention = Self.first(retention, .fraction)
        p.electrolyteThickness = Self.first(electrolyteThickness, .length)
        p.cathodeThickness = Self.first(cathodeThickness, .length)
        return p
    }

    /// The representative value, in `kind`'s canonical unit, of the first cell whose unit
    /// expresses `kind`.
    static func first(_ cells: [ReportedCell], _ kind: QuantityKind) -> Double? {
        for cell in cells {
            if let q = cell.quantity, kind.accepts(q.unit) {
                return try? q.representative.value(in: kind)
            }
        }
        return nil
    }
}
