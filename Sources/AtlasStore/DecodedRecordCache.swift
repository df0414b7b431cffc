import AtlasData
import Foundation

/// Remembers the record decoded from each stored document, so that reading the same rows again
/// (a server answering the same query many times) skips decoding and re-validating them.
///
/// The cache is keyed by record id and checked against the document's exact bytes: a record
/// changed by any writer — this process, another `mbatlas`, a rebuild — has different bytes and
/// is decoded afresh, so the cache can never serve a stale record. It holds at most `capacity`
/// records and starts over when full.
final class DecodedRecordCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int: (document: Data, record: MicrobatteryRecord)] = [:]
    let capacity: Int

    init(capacity: Int = 20_000) { self.capacity = capacity }

    /// The record `document` decodes to, decoding it only when this id's cached bytes differ.
    func record(id: Int, document: Data, decode: (Data) throws -> MicrobatteryRecord) throws -> MicrobatteryRecord {
        lock.lock()
        if let hit = entries[id], hit.document == document {
            lock.unlock()
            return hit.record
        }
        lock.unlock()
        let record = try decode(document)
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[id] = (document, record)
        lock.unlock()
        return record
    }

    /// One cache for the process: documents are compared byte for byte, so stores can share it.
    static let shared = DecodedRecordCache()
}
