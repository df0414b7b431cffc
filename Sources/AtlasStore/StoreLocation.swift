import Foundation

/// Where the embedded store lives by default: `$XDG_DATA_HOME/mbatlas/atlas.sqlite`, else
/// `~/.local/share/mbatlas/atlas.sqlite` (the XDG Base Directory default).
public enum StoreLocation {
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return xdg + "/mbatlas/atlas.sqlite"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/mbatlas/atlas.sqlite"
    }
}
