import ArgumentParser
import AtlasStore

/// `--db PATH`: the SQLite file to use (default `$XDG_DATA_HOME/mbatlas/atlas.sqlite`).
public struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help:
            "SQLite database file (default: $XDG_DATA_HOME/mbatlas/atlas.sqlite or ~/.local/share/mbatlas/atlas.sqlite). Built from the bundled review data on first use."
    )
    public var db: String?

    public init() {}

    /// Opens the store, building it on first use.
    public func open() throws -> SQLiteRecordStore {
        let path = db ?? StoreLocation.defaultPath()
        do {
            return try SQLiteRecordStore(path: path)
        } catch {
            throw Failure("--db \(path): \(Failure.describe(error))")
        }
    }
}
