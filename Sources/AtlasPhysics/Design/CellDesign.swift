import AtlasCore

/// How hard the cell is discharged: a C-rate, a current density per footprint, or a current.
public enum Load: Sendable, Equatable {
    case cRate(CRate)
    case currentDensity(CurrentDensity)
    /// A total current; needs a footprint area to become a current density.
    case current(Current)
}

/// Everything the design calculator needs: the three layers, the geometry and the operating
/// conditions. Build it from names with ``CellDesign/init(cathode:electrolyte:anode:geometry:…)``
/// or from the typed library values.
public struct CellDesign: Sendable {
    public var cathode: ElectrodeMaterial
    /// Thickness of the cathode film (or shell); nil when the structure itself is the cathode.
    public var cathodeThickness: Length?
    public var electrolyte: DesignElectrolyte
    public var electrolyteThickness: Length
    public var anode: ElectrodeMaterial
    /// nil: the anode is sized to the cathode's capacity (N/P = 1).
    public var anodeThickness: Length?
    public var geometry: any CellGeometry
    /// Footprint of the cell; nil reports per-footprint values only.
    public var footprint: Area?
    public var load: Load
    public var temperature: Temperature
    /// The largest acceptable ohmic drop across the electrolyte.
    public var maxDrop: Voltage
    /// Overrides the cell voltage computed from the electrodes' mean potentials.
    public var cellVoltage: Voltage?
    /// Largest allowed height/width of the 3D structure; nil: not checked.
    public var maxAspectRatio: Double?
    /// Whether an electrolyte thinner than its cited pin-hole minimum is an error (default) or a
    /// note. The review also reports working ALD LiPON of 50–70 nm (refs 31, 271), so a user
    /// modelling such films can switch the check to a note.
    public var enforceMinimumThickness = true

    public init(
        cathode: ElectrodeMaterial, cathodeThickness: Length?, electrolyte: DesignElectrolyte,
        electrolyteThickness: Length, anode: ElectrodeMaterial, anodeThickness: Length? = nil,
        geometry: any CellGeometry = PlanarStack(), footprint: Area? = nil,
        load: Load = .cRate(CRate(canonical: 1)), temperature: Temperature = CellDesign.defaultTemperature,
        maxDrop: Voltage = CellDesign.defaultMaxDrop, cellVoltage: Voltage? = nil, maxAspectRatio: Double? = nil
    ) {
        self.cathode = cathode
        self.cathodeThickness = cathodeThickness
        self.electrolyte = electrolyte
        self.electrolyteThickness = electrolyteThickness
        self.anode = anode
        self.anodeThickness = anodeThickness
        self.geometry = geometry
        self.footprint = footprint
        self.load = load
        self.temperature = temperature
        self.maxDrop = maxDrop
        self.cellVoltage = cellVoltage
        self.maxAspectRatio = maxAspectRatio
    }

    /// Builds a design from the text specs the CLI and the web take (`LiCoO2:1um`, `LiPON:1.5um`,
    /// `Li`, `pillars:d=2um,gap=2um,h=20um`).
    public init(cathode: String, electrolyte: String, anode: String, geometry: String = "planar") throws(PhysicsError) {
        let c = try LayerSpec.parse(cathode, layer: "cathode")
        let e = try LayerSpec.parse(electrolyte, layer: "electrolyte")
        let a = try LayerSpec.parse(anode, layer: "anode")
        guard let eThickness = e.thickness else {
            throw .malformedSpec(electrolyte, reason: "the electrolyte needs a thickness (e.g. LiPON:1.5um)")
        }
        self.init(
            cathode: try MaterialLibrary.cathode(named: c.material), cathodeThickness: c.thickness,
            electrolyte: try MaterialLibrary.electrolyte(named: e.material), electrolyteThickness: eThickness,
            anode: try MaterialLibrary.anode(named: a.material), anodeThickness: a.thickness,
            geometry: try GeometrySpec.parse(geometry))
    }

    /// Reads a temperature; a trailing bare `C` after a number means °C here (`25C`, `60 C`),
    /// since a temperature is never a C-rate.
    public static func parseTemperature(_ text: String) throws(CoreError) -> Temperature {
        let t = text.trimmingSpaces
        if t.hasSuffix("C"), !t.hasSuffix("°C"), !t.hasSuffix("degC"), !t.hasSuffix("oC"),
            let last = String(t.dropLast()).trimmingSpaces.last, last.isNumber
        {
            return try Temperature(parsing: String(t.dropLast()) + "°C")
        }
        return try Temperature(parsing: t)
    }

    /// 25 °C: the reference temperature of the review's room-temperature conductivities.
    public static let defaultTemperature = Temperature(si: PhysicalConstants.zeroCelsius + 25)
    /// 0.1 V: the example limit on the electrolyte's ohmic drop.
    public static let defaultMaxDrop = Voltage(si: 0.1)
}
