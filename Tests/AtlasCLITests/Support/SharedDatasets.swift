import Foundation

/// The outside data sets in the shared folder beside the package (read by tests only; the
/// Liverpool set is never bundled). Same search order as AtlasCoreTests' OutsideDatasets:
/// `$ATLAS_SHARED/datasets`, then `../shared/datasets` beside the package root, then
/// `/work/shared/datasets`.
enum SharedDatasets {
    static let folder: URL? = {
        var candidates: [URL] = []
        if let shared = ProcessInfo.processInfo.environment["ATLAS_SHARED"] {
            candidates.append(URL(fileURLWithPath: shared).appendingPathComponent("datasets"))
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(packageRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets"))
        candidates.append(URL(fileURLWithPath: "/work/shared/datasets"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
    }()

    static var hasLiverpool: Bool { liverpoolPath != nil }

    static var liverpoolPath: String? {
        guard let path = folder?.appendingPathComponent("liverpool-ionics/LiIonDatabase.csv").path,
            FileManager.default.fileExists(atPath: path)
        else { return nil }
        return path
    }

    static func liverpoolText() throws -> String {
        guard let path = liverpoolPath else { return "" }
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}

