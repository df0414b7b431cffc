import Foundation

/// The outside data sets (OBELiX, Liverpool) in the shared folder beside the package: read by
/// tests only; the Liverpool set is never bundled (see shared/datasets/README.md).
public enum SharedDatasets {
    /// `$ATLAS_SHARED/datasets` when set, else `shared/datasets` beside the package root (as laid
    /// out for development and CI), else the workplace's `/work/shared/datasets`; nil when none holds
    /// the data sets' README.
    public static let folder: URL? = {
        var candidates: [URL] = []
        if let shared = ProcessInfo.processInfo.environment["ATLAS_SHARED"] {
            candidates.append(URL(fileURLWithPath: shared).appendingPathComponent("datasets"))
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets"))
        candidates.append(URL(fileURLWithPath: "/work/shared/datasets"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
    }()

    public static var isAvailable: Bool { folder != nil }

    public static var hasLiverpool: Bool { liverpoolPath != nil }

    /// The user's copy of the Liverpool Ionics Dataset, as the importer is pointed at it.
    public static var liverpoolPath: String? {
        guard let path = folder?.appendingPathComponent("liverpool-ionics/LiIonDatabase.csv").path,
            FileManager.default.fileExists(atPath: path)
        else { return nil }
        return path
    }

    /// The Liverpool file's text, or "" when the data sets are not here.
    public static func liverpoolText() throws -> String {
        guard let path = liverpoolPath else { return "" }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The values of one column of a CSV file in the data-set folder, in row order ([] when the
    /// data sets are not here). Read with a minimal RFC 4180 reader independent of the product's.
    public static func column(_ name: String, of file: String) throws -> [String] {
        guard let folder else { return [] }
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let rows = CSVRows.parse(text)
        guard let header = rows.first else { return [] }
        // The Liverpool file starts with a byte-order mark, which belongs to the file, not the first name.
        let names = header.map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }
        guard let index = names.firstIndex(of: name) else { return [] }
        return rows.dropFirst().filter { $0.count > index }.map { $0[index] }
    }
}

/// Minimal RFC 4180 reading: comma-separated fields, double quotes around fields that contain
/// commas, quotes or line breaks, `""` for a quote inside a quoted field; CRLF or LF rows.
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return chars.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let d = next() {
                        if d == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            quoted = false
                            pending = d
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r": continue
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
