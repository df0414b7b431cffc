import AtlasCore
import Foundation
import Testing

@testable import AtlasData

@Suite("Bundled dataset")
struct DatasetLoadingTests {
    static let review = Result { try ReviewDataset.bundled() }

    @Test("the bundled files load and validate")
    func loads() throws {
        _ = try Self.review.get()
    }

    @Test("counts: 75 Table 2 entries, 11 commercial cells, 310 references")
    func counts() throws {
        let review = try Self.review.get()
        #expect(review.records.count == 75)
        #expect(review.commercialCells.count == 11)
        #expect(review.references.count == 310)
        #expect(review.records.map(\.id) == Array(1...75))
    }

    @Test("every record's reference resolves to an entry of the reference list")
    func referencesResolve() throws {
        let review = try Self.review.get()
        for record in review.records {
            #expect(
                record.ref.flatMap(review.reference) != nil,
                "entry \(record.id) cites \(String(describing: record.ref))")
        }
    }

    @Test("every Table 2 quantity is NA or parses to a kind its column admits")
    func quantitiesHaveColumnKinds() throws {
        let review = try Self.review.get()
        for record in review.records {
            for column in MicrobatteryRecord.QuantityColumn.allCases {
                for cell in record.cells(in: column) {
                    switch cell.value {
                    case .notAvailable:
                        #expect(cell.kind == nil)
                    case .quantity(let q):
                        let kind = try #require(cell.kind, "entry \(record.id) \(column): \(cell.printed)")
                        #expect(column.acceptedKinds.contains(kind))
                        #expect(kind.accepts(q.unit))
                    }
                }
            }
        }
    }
}

@Suite("Record documents")
struct RecordDocumentTests {
    @Test("every Table 2 record survives encoding to a document and decoding back unchanged")
    func roundTrip() throws {
        let review = try ReviewDataset.bundled()
        for record in review.records {
            let back = try RecordDocument.decode(RecordDocument.encode(record))
            #expect(back == record, "entry \(record.id)")
        }
    }

    static func jsonEncoderBytes(_ entry: Table2File.Entry) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(entry)
    }

    @Test("the document writer gives JSONEncoder's sorted-key bytes for every Table 2 record")
    func writerMatchesJSONEncoder() throws {
        for record in try ReviewDataset.bundled().records {
            let entry = RecordDocument.entry(record)
            #expect(DocumentWriter.encode(entry) == (try Self.jsonEncoderBytes(entry)), "entry \(record.id)")
        }
    }

    @Test("the document writer escapes quotes, backslashes and every control character as JSONEncoder does")
    func writerEscapesLikeJSONEncoder() throws {
        var hostile = "\"quoted\" back\\slash / slash µ⁻¹ \u{2028} 🔋 \u{7F}"
        for v in 0..<0x20 { hostile.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        let item = Table2File.Item(printed: hostile, value: nil, condition: hostile, variant: 0, source: nil, prose: "")
        let entry = Table2File.Entry(
            id: -3, electrolyte: hostile, composition: nil, family: "", class: hostile, variants: [hostile, ""],
            method: .init(printed: hostile, ids: [], source: nil), conditions: hostile, electrolyte_thickness: [],
            cathode_thickness: nil, conductivity: [item, item],
            cells: [
                CellStack(
                    printed: hostile, anode: nil, electrolyte: hostile, cathode: "", layers: [hostile], source: nil)
            ], structure: .init(printed: "", architecture: nil, detail: hostile, source: nil), capacity: [],
            voltage: [item], current: [], cycles: [], retention: [], ref: Int.min, citation: hostile, doi: nil,
            notes: [EntryNote(field: hostile, extracted: nil, text: "", prose: hostile)])
        #expect(DocumentWriter.encode(entry) == (try Self.jsonEncoderBytes(entry)))
    }
}
