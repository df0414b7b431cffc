import AtlasCore
import AtlasData
import GRDB

/// The checks an import makes against the store and against the earlier rows of the same
/// import, in file order: the reference exists, an explicit id is free (else the next free id is
/// assigned), and the cell and source are not already there (unless duplicates are allowed).
struct ImportChecks {
    private let options: ImportOptions
    private let references: Set<Int>
    private let idTaken: GRDB.Statement
    private let duplicateOf: GRDB.Statement
    private var nextID: Int
    private var seenKeys = Set<String>()
    private var seenIDs = Set<Int>()

    init(_ db: Database, options: ImportOptions) throws {
        self.options = options
        references = Set(try Int.fetchAll(db, sql: "SELECT number FROM reference"))
        idTaken = try db.cachedStatement(sql: "SELECT 1 FROM record WHERE id = ?")
        duplicateOf = try db.cachedStatement(sql: "SELECT id FROM record WHERE duplicate_key = ?")
        nextID = max(
            SQLiteRecordStore.firstImportedID, (try Int.fetchOne(db, sql: "SELECT max(id) FROM record") ?? 0) + 1)
    }

    /// The records of `candidates` that pass, with their final ids; the others are appended to
    /// `rejected` with their line and reason.
    mutating func accept(
        _ candidates: [ImportCandidate], rejecting rejected: inout [ImportReport.Rejection], _ db: Database
    ) throws -> [MicrobatteryRecord] {
        // The duplicate key does not depend on the id: compute them all on all cores.
        let keys = candidates.concurrentMap { RecordColumns.duplicateKey($0.record) }
        var accepted: [MicrobatteryRecord] = []
        for (candidate, key) in zip(candidates, keys) {
            var record = candidate.record
            func reject(_ reason: String) { rejected.append(.init(line: candidate.line, column: 1, reason: reason)) }
            if let ref = record.ref, !references.contains(ref) {
                reject("reference \(ref) is not in the review's reference list")
                continue
            }
            if candidate.explicitID {
                if try Int.fetchOne(idTaken, arguments: [record.id]) != nil || seenIDs.contains(record.id) {
                    reject("id \(record.id) is already taken")
                    continue
                }
            } else {
                while seenIDs.contains(nextID) { nextID += 1 }
                record = record.with(id: nextID)
                nextID += 1
            }
            if !options.allowDuplicates {
                if let other = try Int.fetchOne(duplicateOf, arguments: [key]) {
                    reject(
                        "duplicate of record \(other) (same cell, same source); use --allow-duplicates to import it anyway"
                    )
                    continue
                }
                if seenKeys.contains(key) {
                    reject("duplicate of an earlier row of this file (same cell, same source)")
                    continue
                }
            }
            seenKeys.insert(key)
            seenIDs.insert(record.id)
            accepted.append(record)
        }
        return accepted
    }
}
