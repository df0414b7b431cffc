import GRDB

extension SQLiteRecordStore {
    /// The generation counter that every writing transaction of the store bumps once (migration
    /// v3): one primary-key lookup. Equal versions mean equal records, references and measurements.
    public func dataVersion() throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") }
    }

    /// Marks the data as changed, inside the transaction that changes it (so a reader sees the new
    /// version exactly when it sees the new data).
    static func bumpGeneration(_ db: Database) throws {
        try db.execute(sql: "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    }
}
