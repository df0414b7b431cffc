import ArgumentParser
import AtlasData
import AtlasStore
import Foundation

/// Conductivity tables for `mbatlas import --format liverpool` and `--mapping MAP.yaml`.
enum MeasurementImport {
    /// Reads `file` (UTF-8, a byte-order mark allowed) as a conductivity table and writes it as
    /// one source, all or nothing unless `skipBadRows`.
    static func run(
        file: String, liverpool: Bool, mapping: String?, skipBadRows: Bool, dryRun: Bool, store: StoreOptions
    ) throws {
        let text = try readText(file)
        let name = (file as NSString).lastPathComponent
        let table: MeasurementTable
        let source: MeasurementSource
        let now = Date()
        if liverpool {
            table = try LiverpoolDataset.read(csv: text, file: file)
            source = .liverpool(file: name, at: now)
        } else if let mapping {
            let map = try ConductivityMapping.parse(yaml: try readText(mapping), file: mapping)
            table = try ConductivityTable.read(csv: text, mapping: map, file: file)
            source = MeasurementSource(
                id: map.sourceID, name: map.sourceName ?? name, kind: .imported, licence: map.licence,
                attribution: map.citation ?? "imported by the user from \(name)", reference: map.citation,
                origin: "imported from \(name) with the mapping \((mapping as NSString).lastPathComponent)",
                importFile: name, importedAt: now)
        } else {
            throw Failure("\(file): give --format liverpool or --mapping MAP.yaml for a conductivity table")
        }
        for notice in table.notices { Output.warn("\(file): note: \(notice)") }
        for rejection in table.rejected { Output.warn("\(file):\(rejection)") }
        if let unreadable = table.unreadable {
            throw Failure("\(file):\(unreadable); nothing written")
        }
        let valid = table.measurements.count
        if !table.rejected.isEmpty && !skipBadRows {
            let n = table.rejected.count
            throw Failure(
                "\(file): \(n) row\(n == 1 ? "" : "s") rejected, \(table.rowsRead - n) valid; nothing written (--skip-bad-rows imports the valid rows)"
            )
        }
        guard valid > 0 else {
            // Importing nothing would replace the source's measurements with none.
            throw Failure(
                "\(file): no measurements to import (\(table.rowsRead) data row\(table.rowsRead == 1 ? "" : "s") read); nothing written"
            )
        }
        if dryRun {
            Output.write(
                "\(table.rowsRead - table.rejected.count) of \(table.rowsRead) rows valid (\(valid) measurements); nothing written (dry run)"
            )
            return
        }
        let report = try store.open().replaceMeasurements(of: source, with: table.measurements)
        var line = "imported \(count(report.written, "measurement")) from \(name) as source '\(report.source)'"
        if report.replaced > 0 {
            line += " (replacing \(count(report.replaced, "earlier measurement")) of that source)"
        }
        if !table.rejected.isEmpty { line += "; \(count(table.rejected.count, "row")) skipped" }
        Output.write(line)
    }

    /// "1 measurement", "3 measurements".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure("\(path): cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw Failure("\(path): not UTF-8 text") }
        return text
    }
}
