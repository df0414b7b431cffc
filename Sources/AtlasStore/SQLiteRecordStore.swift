import AtlasCore
import AtlasData
import Foundation
import GRDB

/// The embedded default store: one SQLite file (WAL mode), built from the bundled review data on
/// first use and rebuilt — review rows only — whenever the bundled data changes. Records users
/// imported are kept across rebuilds.
public final class SQLiteRecordStore: RecordStore {
    let writer: any DatabaseWriter
    /// Where the file lives (nil in memory).
    public let path: String?

    /// Imported records get ids from here up unless the file gives one, so review entries (1–75
    /// today) and user records never collide.
    public static let firstImportedID = 1001

    /// Rows encoded on all cores at a time during an import.
    static let importBatch = 2048

    /// Opens (creating if needed) the store at `path`. With `withReviewRecords: false` the store
    /// holds the review's references and curated data but none of its Table 2 records (an
    /// "empty" store for round-trip imports).
    public init(path: String, withReviewRecords: Bool = true) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        self.writer = try DatabasePool(path: path, configuration: config)
        self.path = path
        try prepare(withReviewRecords: withReviewRecords)
    }

    /// An in-memory store (tests, one-shot commands).
    public init(inMemory withReviewRecords: Bool = true) throws {
        var config = Configuration()
        config.foreignKeysEnabled = true
        self.writer = try DatabaseQueue(configuration: config)
        self.path = nil
        try prepare(withReviewRecords: withReviewRecords)
    }

    // MARK: Building from the bundled data

    private func prepare(withReviewRecords: Bool) throws {
        try Migrations.migrator.migrate(writer)
        let fingerprint = try ResourceFiles.fingerprint()
        let current = try writer.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'bundled'")
        }
        let marker = "+no-review-records"
        guard let current else {
            try rebuildReview(includeRecords: withReviewRecords, fingerprint: fingerprint)
            return
        }
        // A store keeps the choice it was created with; only a change of bundled data rebuilds it.
        let hadRecords = !current.hasSuffix(marker)
        let built = hadRecords ? current : String(current.dropLast(marker.count))
        if built != fingerprint {
            try rebuildReview(includeRecords: hadRecords, fingerprint: fingerprint)
        }
    }

    /// Replaces the review's rows (records, references, bundled files) in one transaction.
    private func rebuildReview(includeRecords: Bool, fingerprint: String) throws {
        var files: [String: Data] = [:]
        for name in ResourceFiles.names { files[name] = try ResourceFiles.data(named: name) }
        let dataset = try ReviewDataset.load { name in
            guard let data = files[name] else { throw DatasetError(file: name, location: "", reason: "missing") }
            return data
        }
        try writer.write { db in
            try db.execute(sql: "DELETE FROM record WHERE origin = 'review'")
            try db.execute(sql: "DELETE FROM reference")
            try db.execute(sql: "DELETE FROM bundled_file")
            for (name, data) in files.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO bundled_file (name, content) VALUES (?, ?)", arguments: [name, data])
            }
            for r in dataset.references {
                try db.execute(
                    sql: """
                        INSERT INTO reference (number, kind, authors, journal, year, volume, issue, pages, title,
                        publisher, patent_office, patent_number, printed, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                        """,
                    arguments: [
                        r.number, r.kind.rawValue, r.authors.joined(separator: "; "), r.journal, r.year, r.volume,
                        r.issue, r.pages, r.title, r.publisher, r.patentOffice, r.patentNumber, r.printed, r.note,
                    ])
            }
            if includeRecords {
                for record in dataset.records {
                    if let clash = try Int.fetchOne(
                        db, sql: "SELECT id FROM record WHERE id = ?", arguments: [record.id])
                    {
                        throw DatasetError(
                            file: "store", location: "record \(clash)",
                            reason:
                                "an imported record uses id \(clash), which the review's Table 2 now needs; export and delete it first"
                        )
                    }
                    try Self.insert(record, origin: .review, db)
                }
            }
            try Self.rebuildBundledMeasurements(review: dataset, files: files, db)
            try Self.bumpGeneration(db)
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('bundled', ?)",
                arguments: [fingerprint + (includeRecords ? "" : "+no-review-records")])
        }
    }

    static func insert(_ record: MicrobatteryRecord, origin: RecordOrigin, _ db: Database) throws {
        try insert(record, columns: RecordColumns.values(record, origin: origin), db)
    }

    /// Inserts a record whose column values (``RecordColumns/values(_:origin:)``) are already computed.
    static func insert(_ record: MicrobatteryRecord, columns: StatementArguments, _ db: Database) throws {
        try db.cachedStatement(sql: RecordColumns.insertSQL).execute(arguments: columns)
        let method = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO record_method (record_id, method, position) VALUES (?, ?, ?)")
        for (position, m) in record.methods.enumerated() {
            try method.execute(arguments: [record.id, m.rawValue, position])
        }
    }

    // MARK: Reading

    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(
            values.map { v -> (any DatabaseValueConvertible)? in
                switch v {
                case .text(let s): return s
                case .real(let d): return d
                case .integer(let i): return i
                }
            })
    }

    /// `FROM … WHERE … ORDER BY … LIMIT …` for a query, with its arguments.
    static func selection(_ query: RecordQuery) throws -> (String, StatementArguments) {
        let filter = try query.filter.map { try SQLCompiler().compile($0) } ?? .all
        var sql = "FROM record LEFT JOIN reference ON reference.number = record.ref WHERE \(filter.sql)"
        var args = filter.arguments
        let order = query.sort.map { key -> String in
            let column = key.field.sortColumn
            return "\(column) IS NULL, \(column) \(key.descending ? "DESC" : "ASC")"
        }
        sql += " ORDER BY " + (order + ["record.id ASC"]).joined(separator: ", ")
        if let limit = query.limit {
            sql += " LIMIT ? OFFSET ?"
            args += [.integer(limit), .integer(query.offset)]
        } else if query.offset > 0 {
            sql += " LIMIT -1 OFFSET ?"
            args.append(.integer(query.offset))
        }
        return (sql, arguments(args))
    }

    public func records(_ query: RecordQuery) throws -> [StoredRecord] {
        let (selection, args) = try Self.selection(query)
        return try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT record.document, record.origin, record.import_file, record.imported_at, record.id \(selection)",
                arguments: args)
            return try rows.map(Self.stored)
        }
    }

    /// A stored record from `document, origin, import_file, imported_at, id`. Decoding a document
    /// re-validates every printed value; ``DecodedRecordCache`` skips that for unchanged bytes.
    static func stored(_ row: Row) throws -> StoredRecord {
        let data: Data = row[0]
        let record = try DecodedRecordCache.shared.record(id: row[4], document: data, decode: RecordDocument.decode)
        let origin: RecordOrigin
        if (row[1] as String) == "import" {
            origin = .imported(file: row[2] ?? "", at: Date(timeIntervalSince1970: row[3] ?? 0))
        } else {
            origin = .review
        }
        return StoredRecord(record: record, origin: origin)
    }

    public func summaries(_ query: RecordQuery) throws -> [RecordSummary] {
        let (selection, args) = try Self.selection(query)
        return try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT \(RecordSummary.selectColumns) \(selection)", arguments: args)
                .map(RecordSummary.init(row:))
        }
    }

    public func count(_ filter: FilterExpression?) throws -> Int {
        let compiled = try filter.map { try SQLCompiler().compile($0) } ?? .all
        return try writer.read { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT count(*) FROM record LEFT JOIN reference ON reference.number = record.ref WHERE \(compiled.sql)",
                arguments: Self.arguments(compiled.arguments)) ?? 0
        }
    }

    public func record(id: Int) throws -> StoredRecord? {
        try writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT document, origin, import_file, imported_at, id FROM record WHERE id = ?",
                arguments: [id]
            ).map(Self.stored)
        }
    }

    public func reference(_ number: Int) throws -> Reference? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM reference WHERE number = ?", arguments: [number]).map(
                Self.reference)
        }
    }

    public func references() throws -> [Reference] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM reference ORDER BY number").map(Self.reference)
        }
    }

    static func reference(_ row: Row) -> Reference {
        let authors: String = row["authors"]
        return Reference(
            number: row["number"], kind: Reference.Kind(rawValue: row["kind"]) ?? .other,
            authors: authors.isEmpty ? [] : authors.components(separatedBy: "; "), journal: row["journal"],
            year: row["year"], volume: row["volume"], issue: row["issue"], pages: row["pages"], title: row["title"],
            publisher: row["publisher"], patentOffice: row["patent_office"], patentNumber: row["patent_number"],
            printed: row["printed"], note: row["note"])
    }

    public func review() throws -> ReviewDataset {
        let files = try writer.read { db in
            try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT name, content FROM bundled_file").map {
                    ($0["name"] as String, $0["content"] as Data)
                })
        }
        return try ReviewDataset.load { name in
            guard let data = files[name] else {
                throw DatasetError(file: name, location: "", reason: "not in the store; rebuild it")
            }
            return data
        }
    }

    // MARK: Writing

    public func importRecords(
        options: ImportOptions,
        produce: (_ add: (_ candidates: [ImportCandidate], _ rejected: [ImportReport.Rejection]) throws -> Void) throws
            -> Void
    ) throws -> ImportReport {
        var report = ImportReport(written: [], accepted: 0, rejected: [], dryRun: options.dryRun)
        try writer.write { db in
            let savepoint = "atlas_import"
            try db.execute(sql: "SAVEPOINT \(savepoint)")
            // A large page cache keeps SQLite from spilling the growing indexes to disk mid-transaction.
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -131072")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            var checks = try ImportChecks(db, options: options)
            let origin = RecordOrigin.imported(file: options.sourceName, at: Date())
            try produce { candidates, rejected in
                report.rejected += rejected
                let accepted = try checks.accept(candidates, rejecting: &report.rejected, db)
                report.accepted += accepted.count
                // Once anything is rejected nothing will be kept: the rest is only checked.
                guard report.rejected.isEmpty && !options.dryRun else { return }
                // The next sub-batch is encoded (documents included) on all cores while this one is inserted.
                try accepted.pipelinedBatches(
                    of: Self.importBatch, transform: { RecordColumns.values($0, origin: origin) }
                ) {
                    batch, columns in
                    for (record, values) in zip(batch, columns) {
                        try Self.insert(record, columns: values, db)
                        report.written.append(record.id)
                    }
                }
            }
            report.rejected.sort { ($0.line, $0.column) < ($1.line, $1.column) }
            if options.dryRun || !report.rejected.isEmpty {
                try db.execute(sql: "ROLLBACK TO SAVEPOINT \(savepoint)")
                report.written = []
            } else if !report.written.isEmpty {
                try Self.bumpGeneration(db)
            }
            try db.execute(sql: "RELEASE SAVEPOINT \(savepoint)")
        }
        return report
    }

    public func deleteImported() throws -> Int {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM record WHERE origin = 'import'")
            let deleted = db.changesCount
            if deleted > 0 { try Self.bumpGeneration(db) }
            return deleted
        }
    }
}

extension QueryField {
    /// The column ORDER BY uses for this field.
    var sortColumn: String {
        switch type {
        case .quantity(_, let c), .text(let c), .integer(let c): return c
        case .category(let v, let c): return v == .method ? "record.method_primary" : c
        case .polymorphic(let list): return list[0].column
        }
    }
}

extension MicrobatteryRecord {
    /// The same record under another id.
    func with(id: Int) -> MicrobatteryRecord {
        MicrobatteryRecord(
            id: id, electrolyte: electrolyte, composition: composition, family: family, variants: variants,
            methodPrinted: methodPrinted, methodSource: methodSource, methods: methods, conditions: conditions,
            electrolyteThickness: electrolyteThickness, cathodeThickness: cathodeThickness, conductivity: conductivity,
            cells: cells, structure: structure, capacity: capacity, voltage: voltage, current: current,
            cycles: cycles, retention: retention, ref: ref, citation: citation, doi: doi, notes: notes)
    }
}

extension SQLiteRecordStore {
    /// Inserts already-validated records as imports in one transaction, without duplicate
    /// checks: for generating benchmark stores only.
    public func insertSynthetic(_ records: [MicrobatteryRecord]) throws {
        try writer.write { db in
            let origin = RecordOrigin.imported(file: "synthetic", at: Date(timeIntervalSince1970: 0))
            for r in records { try Self.insert(r, origin: origin, db) }
            try Self.bumpGeneration(db)
        }
    }
}
