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
    /// Largest allowed height/width of the 3D structure (default ``defaultMaxAspectRatio``);
    /// nil: not checked.
    public var maxAspectRatio: Double? = CellDesign.defaultMaxAspectRatio
    /// Whether an electrolyte thinner than its cited pin-hole minimum is an error (default) or a
    /// note. The review also reports working ALD LiPON of 50–70 nm (refs 31, 271), so a user
    /// modelling such films can switch the check to a note.
    public var enforceMinimumThickness = true

    public init(
        cathode: ElectrodeMaterial, cathodeThickness: Length?, electrolyte: DesignElectrolyte,
        electrolyteThickness: Length, anode: ElectrodeMaterial, anodeThickness: Length? = nil,
        geometry: any CellGeometry = PlanarStack(), footprint: Area? = nil,
        load: Load = .cRate(CRate(canonical: 1)), temperature: Temperature = CellDesign.defaultTemperature,
        maxDrop: Voltage = CellDesign.defaultMaxDrop, cellVoltage: Voltage? = nil,
        maxAspectRatio: Double? = CellDesign.defaultMaxAspectRatio
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
    /// Each spec is read by ``cathodeLayer(_:)``, ``electrolyteLayer(_:)``, ``anodeLayer(_:)`` and
    /// ``GeometrySpec/parse(_:)``; a caller that must say which one was wrong calls those.
    public init(cathode: String, electrolyte: String, anode: String, geometry: String = "planar") throws(PhysicsError) {
        let c = try Self.cathodeLayer(cathode)
        let e = try Self.electrolyteLayer(electrolyte)
        let a = try Self.anodeLayer(anode)
        self.init(
            cathode: c.material, cathodeThickness: c.thickness, electrolyte: e.material,
            electrolyteThickness: e.thickness,
            anode: a.material, anodeThickness: a.thickness, geometry: try GeometrySpec.parse(geometry))
    }

    /// `NAME[:THICKNESS]` of a cathode of the library (`LiCoO2:1um`).
    public static func cathodeLayer(_ text: String) throws(PhysicsError) -> (
        material: ElectrodeMaterial, thickness: Length?
    ) {
        let c = try LayerSpec.parse(text, layer: "cathode")
        return (try MaterialLibrary.cathode(named: c.material), c.thickness)
    }

    /// `NAME:THICKNESS` of a design electrolyte (`LiPON:1.5um`); the thickness is required.
    public static func electrolyteLayer(_ text: String) throws(PhysicsError) -> (
        material: DesignElectrolyte, thickness: Length
    ) {
        let e = try LayerSpec.parse(text, layer: "electrolyte")
        guard let thickness = e.thickness else {
            throw .malformedSpec(text, reason: "the electrolyte needs a thickness (e.g. LiPON:1.5um)")
        }
        return (try MaterialLibrary.electrolyte(named: e.material), thickness)
    }

    /// `NAME[:THICKNESS]` of an anode of the library (`Li`, `Si:2um`).
    public static func anodeLayer(_ text: String) throws(PhysicsError) -> (
        material: ElectrodeMaterial, thickness: Length?
    ) {
        let a = try LayerSpec.parse(text, layer: "anode")
        return (try MaterialLibrary.anode(named: a.material), a.thickness)
    }

    /// Reads a temperature; a trailing bare `C` after a number means °C here (`25C`, `60 C`),
    /// since a temperature is never a C-rate; a bare number is in kelvin. One at or below
    /// absolute zero is an error.
    public static func parseTemperature(_ text: String) throws(CoreError) -> Temperature {
        try TemperatureText.parse(text)
    }

    /// 25 °C: the reference temperature of the review's room-temperature conductivities.
    public static let defaultTemperature = Temperature(si: PhysicalConstants.zeroCelsius + 25)
    /// 20: the largest structure height/width the calculator accepts unless told otherwise, in
    /// forward design and as the inverse design's height bound (``DesignTarget``).
    ///
    /// Not a literature value: the review gives no limit — the only aspect ratio it states is 1,
    /// for MOCVD LiPON on 2 µm/2 µm lines (§5.1.4, ref. 32), and it calls ALD suited to "high
    /// aspect ratio structures" (§5.1.3) without a number. The bound exists so that a typing slip
    /// (`d=0.1um` for `d=1um`) is an error rather than a 1000:1 structure reported as feasible, and
    /// so that forward and inverse design agree; a user whose process makes taller structures
    /// raises it (`--max-aspect-ratio`, the web form's field).
    public static let defaultMaxAspectRatio = 20.0

    /// 0.1 V: the example limit on the electrolyte's ohmic drop.
    public static let defaultMaxDrop = Voltage(si: 0.1)
}
