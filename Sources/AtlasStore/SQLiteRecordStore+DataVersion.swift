import GRDB

extension SQLiteRecordStore {
    /// The generation counter that triggers on `record` and `reference` bump in every writing
    /// transaction (migration v3), and that every write of conductivity measurements (an import
    /// replacing a source, a deletion, the rebuild of the bundled sources) bumps once with one
    /// statement in its transaction: one primary-key lookup.
    public func dataVersion() throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") }
    }
}
