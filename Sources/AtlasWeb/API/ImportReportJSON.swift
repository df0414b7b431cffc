import AtlasStore
import Foundation

/// The JSON form of an ``ImportReport``: `{written, accepted, rejected: [{line, column, reason}], dry_run}`.
enum ImportReportJSON {
    static func members(_ report: ImportReport) -> [(String, JSONValue)] {
        [
            ("written", .array(report.written.map(JSONValue.integer))),
            ("accepted", .integer(report.accepted)),
            (
                "rejected",
                .array(
                    report.rejected.map { r in
                        // The API's spelling of the CLI's option.
                        let reason = r.reason.replacingOccurrences(
                            of: "use --allow-duplicates", with: "use allow_duplicates=true")
                        return .object([
                            ("line", .integer(r.line)), ("column", .integer(r.column)), ("reason", .string(reason)),
                        ])
                    })
            ),
            ("dry_run", .bool(report.dryRun)),
        ]
    }

    static func json(_ report: ImportReport) -> JSONValue { .object(members(report)) }
}
