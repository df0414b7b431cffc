/// Looks materials up by name: the command-line id or an alias, case-insensitively
/// (`LiCoO2`, `lco`, `LTO`, `lipon`).
public enum MaterialLibrary {
    public static func cathode(named name: String) throws(PhysicsError) -> ElectrodeMaterial {
        try find(name, in: ElectrodeMaterial.cathodes, role: "cathode")
    }

    public static func anode(named name: String) throws(PhysicsError) -> ElectrodeMaterial {
        try find(name, in: ElectrodeMaterial.anodes, role: "anode")
    }

    public static func electrolyte(named name: String) throws(PhysicsError) -> DesignElectrolyte {
        let key = name.lowercased()
        if let e = DesignElectrolyte.all.first(where: { ([$0.id] + $0.aliases).contains { $0.lowercased() == key } }) {
            return e
        }
        throw .unknownMaterial(name, role: "electrolyte", known: DesignElectrolyte.all.map(\.id))
    }

    private static func find(_ name: String, in list: [ElectrodeMaterial], role: String) throws(PhysicsError)
        -> ElectrodeMaterial
    {
        let key = name.lowercased()
        if let m = list.first(where: { ([$0.id] + $0.aliases).contains { $0.lowercased() == key } }) { return m }
        throw .unknownMaterial(name, role: role, known: list.map(\.id))
    }
}
