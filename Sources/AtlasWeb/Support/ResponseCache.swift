import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Answers to identical read requests, kept while the store's data version is unchanged.
///
/// A records query decodes, formats and pretty-prints every record it selects; the same query
/// asked again over unchanged data gives the same bytes. Entries are keyed by the request (path
/// and query string) and remember the ``RecordStore/dataVersion()`` they were computed at: any
/// write to the store — an import through the API, `mbatlas import` in another process, a
/// rebuild — changes the version, and the next request recomputes. Stores that cannot report a
/// version are never cached. At most `capacity` entries of at most 1 MiB; a full cache starts over.
final class ResponseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (version: String, answer: Rendered)] = [:]
    let capacity: Int

    init(capacity: Int = 512) { self.capacity = capacity }

    /// Answers larger than this (a whole million-record store as JSON) are not kept, so the cache
    /// stays within capacity × 1 MiB.
    static let largestBody = 1 << 20

    /// The cached answer to `key` at `version`, else `compute()`'s (cached when it is a 200).
    func response(key: String, version: String?, compute: () throws -> Rendered) throws -> Response {
        guard let version else { return try compute().response }
        lock.lock()
        let hit = entries[key]
        lock.unlock()
        if let hit, hit.version == version { return hit.answer.response }
        let answer = try compute()
        if answer.status == .ok, answer.body.readableBytes <= Self.largestBody {
            lock.lock()
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = (version, answer)
            lock.unlock()
        }
        return answer.response
    }
}
