import ArgumentParser
import AtlasStore
import Foundation

extension MBAtlas {
    /// `mbatlas import FILE`: user records, validated row by row, written all or nothing.
    public struct Import: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Import records (CSV/JSON, the `export` format) or conductivity tables, all or nothing.",
            discussion: """
                Conductivity tables:
                  mbatlas import --format liverpool LiIonDatabase.csv
                  mbatlas import --mapping MAP.yaml FILE.csv

                The first reads the Liverpool Ionics Dataset (temperatures in °C); the second any table whose \
                columns a mapping names (see docs/CONDUCTIVITY.md). Each file is one source (`mbatlas sources`); \
                importing the same source again replaces it, and a file without data rows is refused. Rows that \
                fail are reported as FILE:line:column: reason and nothing is written, unless --skip-bad-rows is given.

                Records: required per record are electrolyte, family, structure (2D/3D), cell (or anode and \
                cathode), and a source: ref (a reference number of the review), citation or doi. Values are \
                printed text with units (conductivity_raw '2.5 uS/cm', capacity_raw '120 uAh/cm2', voltage_raw \
                '3-4.2 V', current_raw '1C', retention_raw '95%') or numbers in canonical units \
                (conductivity_S_per_cm, retention_percent…). Every rejected row is reported as FILE:line:column: \
                reason, and then nothing is written (exit status 2).
                """)

        @Argument(help: "A .csv or .json file.")
        var file: String

        @Flag(help: "Validate and report without writing anything.")
        var dryRun = false

        @Flag(help: "Import records even when one with the same cell and source exists.")
        var allowDuplicates = false

        @Option(
            name: .customLong("format"),
            help: "Input format: records (default, by file extension) or liverpool (the Liverpool Ionics Dataset).")
        var inputFormat: InputFormat?

        @Option(help: "A YAML mapping naming the columns of a conductivity table (see docs/CONDUCTIVITY.md).")
        var mapping: String?

        @Flag(help: "For conductivity tables: import the valid rows even when some are rejected.")
        var skipBadRows = false

        enum InputFormat: String, ExpressibleByArgument, CaseIterable {
            case records, liverpool
        }

        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                if inputFormat == .liverpool || mapping != nil {
                    if inputFormat == .liverpool, mapping != nil {
                        throw Failure(
                            "--mapping: not with --format liverpool (the Liverpool format has its own mapping)")
                    }
                    try MeasurementImport.run(
                        file: file, liverpool: inputFormat == .liverpool, mapping: mapping, skipBadRows: skipBadRows,
                        dryRun: dryRun, store: store)
                    return
                }
                if skipBadRows {
                    throw Failure("--skip-bad-rows: only for conductivity tables (--format liverpool or --mapping)")
                }
                let isJSON = file.lowercased().hasSuffix(".json")
                guard isJSON || file.lowercased().hasSuffix(".csv") else {
                    throw Failure("\(file): expected a .csv or .json file")
                }
                // Read in a closure so that the bytes are released once they are text.
                let text = try { () throws -> String in
                    guard let data = FileManager.default.contents(atPath: file) else {
                        throw Failure("\(file): cannot read the file")
                    }
                    guard let text = String(data: data, encoding: .utf8) else {
                        throw Failure("\(file): not UTF-8 text")
                    }
                    return text
                }()
                let name = (file as NSString).lastPathComponent
                let options = ImportOptions(dryRun: dryRun, allowDuplicates: allowDuplicates, sourceName: name)
                // CSV rows are read, checked and written batch by batch inside one transaction, so a
                // large file is never held as parsed records all at once.
                let report = try store.open().importRecords(options: options) { add in
                    if isJSON {
                        let parsed = RecordInterchange.candidates(json: text)
                        try add(parsed.candidates, parsed.rejected)
                    } else {
                        try RecordInterchange.candidateBatches(csv: text) { candidates, rejected, fileError in
                            try add(candidates, rejected + (fileError.map { [$0] } ?? []))
                        }
                    }
                }
                for rejection in report.rejected { Output.warn("\(file):\(rejection)") }
                if report.succeeded && report.accepted == 0 {
                    throw Failure("\(file): no records in the file; nothing written")
                }
                if report.succeeded {
                    Output.write(
                        dryRun
                            ? "\(report.accepted) records valid; nothing written (dry run)"
                            : "imported \(report.written.count) records from \(name) (ids \(Self.ranges(report.written)))"
                    )
                } else {
                    throw Failure(
                        "\(file): \(report.rejected.count) row\(report.rejected.count == 1 ? "" : "s") rejected, \(report.accepted) valid; nothing written"
                    )
                }
            }
        }

        static func ranges(_ ids: [Int]) -> String {
            guard let first = ids.first, let last = ids.last else { return "none" }
            return ids == Array(first...last)
                ? (first == last ? "\(first)" : "\(first)–\(last)") : ids.map(String.init).joined(separator: ", ")
        }
    }
}
