import GRDB

extension SQLiteRecordStore {
    /// The generation counter that triggers on `record` and `reference` bump in every writing
    /// transaction (migration v2): one primary-key lookup.
    public func dataVersion() throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") }
    }
}
