import Foundation
import Testing

@testable import AtlasData

/// docs/data/TABLE2_RECONSTRUCTION.md promises that every decision on a Table 2 value is there as
/// well as in the entry's notes: this keeps the log in step with `table2.json`.
@Suite("Table 2 reconstruction log")
struct ReconstructionLogTests {
    static let logURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/data/TABLE2_RECONSTRUCTION.md")

    /// The log's entry sections by entry number ("### Entry 12 — …" up to the next heading).
    static func sections() throws -> [Int: String] {
        let log = try String(contentsOf: logURL, encoding: .utf8)
        var sections: [Int: String] = [:]
        var current: Int?
        for line in log.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### Entry ") {
                let number = line.dropFirst("### Entry ".count).prefix { $0.isNumber }
                current = Int(number)
            } else if line.hasPrefix("## ") {
                current = nil
            }
            if let current { sections[current, default: ""] += line + "\n" }
        }
        return sections
    }

    @Test("every note of every entry is logged, word for word, under that entry")
    func everyNoteIsLogged() throws {
        let review = try ReviewDataset.bundled()
        let sections = try Self.sections()
        for record in review.records {
            let section = sections[record.id] ?? ""
            for note in record.notes {
                #expect(
                    section.contains("- **\(note.field)**") && section.contains("Decision: \(note.text)"),
                    "entry \(record.id), note on \(note.field): not in the log's section for entry \(record.id)")
            }
        }
    }

    @Test("the log has one section per entry and no section for an entry that does not exist")
    func sectionsMatchEntries() throws {
        let sections = try Self.sections()
        #expect(sections.keys.sorted() == Array(1...75))
    }
}
