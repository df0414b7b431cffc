import ArgumentParser
import AtlasStore
import Foundation

extension MBAtlas {
    /// `mbatlas init`: create (or rebuild) a store explicitly.
    public struct Init: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Create the SQLite store from the bundled review data (other commands do this on first use).")

        @OptionGroup var store: StoreOptions

        @Flag(
            help:
                "Create a store with the review's references and curated data but none of its Table 2 records (to import an export into)."
        )
        var empty = false

        public init() {}

        public func run() throws {
            try reportingFailures {
                let path = store.db ?? StoreLocation.defaultPath()
                if empty && FileManager.default.fileExists(atPath: path) {
                    throw Failure("--empty: \(path) already exists; choose a new --db path")
                }
                let opened = try SQLiteRecordStore(path: path, withReviewRecords: !empty)
                Output.write("\(path): \(try opened.count(nil)) records, \(try opened.references().count) references")
            }
        }
    }
}
