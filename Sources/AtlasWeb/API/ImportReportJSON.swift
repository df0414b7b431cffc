import AtlasStore

/// The JSON form of an ``ImportReport``: `{written, accepted, rejected: [{line, column, reason}], dry_run}`.
enum ImportReportJSON {
    static func members(_ report: ImportReport) -> [String: JSONValue] {
        [
            "written": .array(report.written.map(JSONValue.integer)),
            "accepted": .integer(report.accepted),
            "rejected": .array(report.rejected.map { r in
                .object([("line", .integer(r.line)), ("column", .integer(r.column)), ("reason", .string(r.reason))])
            }),
            "dry_run": .bool(report.dryRun),
        ]
    }

    static func json(_ report: ImportReport) -> JSONValue {
        let m = members(report)
        return .object(["written", "accepted", "rejected", "dry_run"].map { ($0, m[$0]!) })
    }
}
