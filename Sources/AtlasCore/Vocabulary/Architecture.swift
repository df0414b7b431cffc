/// Whether a microbattery is a planar thin-film stack or a three-dimensional structure.
public enum Architecture: String, CaseIterable, Codable, Sendable {
    case planar = "2D"
    case threeDimensional = "3D"

    /// Parses "2D"/"3D" (case-insensitive, also "planar", "thin film").
    public init?(name: String) {
        switch name.trimmingSpaces.lowercased() {
        case "2d", "planar", "thin film", "thin-film": self = .planar
        case "3d": self = .threeDimensional
        default: return nil
        }
    }
}
