import AtlasStore
import Foundation
import Testing

/// The README documents the record schema (issue 3: "documented in the README and stable"); these
/// tests keep the documentation and the JSON the code writes from drifting apart.
@Suite("the README's record schema")
struct RecordSchemaDocumentationTests {
    /// The keys the README's schema table names, in order (a row may name two, `anode`, `cathode`).
    static func documentedKeys() throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "## The record schema\n"))
        let rest = readme[start.upperBound...]
        let section = rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)]
        var keys: [String] = []
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let firstCell = line.split(separator: "|", omittingEmptySubsequences: true)[0]
            keys += firstCell.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map {
                String($0.element)
            }
        }
        return keys
    }

    @Test("the README lists every key of a record's JSON object, in the order the JSON has them")
    func keysMatch() throws {
        let store = try SQLiteRecordStore(inMemory: true)
        let record = try #require(try store.record(id: 1))
        guard case .object(let pairs) = RecordInterchange.json(record) else {
            Issue.record("a record's JSON is not an object")
            return
        }
        #expect(try Self.documentedKeys() == pairs.map(\.0))
    }
}
