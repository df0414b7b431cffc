import Foundation

/// The outside data sets (OBELiX, Liverpool) in the shared folder beside the package: read by
/// tests only, never bundled (see shared/datasets/README.md).
enum OutsideDatasets {
    /// `$ATLAS_SHARED/datasets` when set, else `shared/datasets` beside the package root (as
    /// laid out for development and CI), else the workplace's `/work/shared/datasets`.
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

    static var isAvailable: Bool { folder != nil }

    /// The values of one column of a CSV file in the data-set folder, in row order.
    static func column(_ name: String, of file: String) throws -> [String] {
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
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let d = next() {
                        if d == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = d }
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
            case ",": row.append(field); field = ""
            case "\r": continue
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
