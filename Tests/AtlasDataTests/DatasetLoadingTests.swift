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
            #expect(record.ref.flatMap(review.reference) != nil, "entry \(record.id) cites \(String(describing: record.ref))")
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
}
