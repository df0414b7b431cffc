import AtlasData
import AtlasStore
import Foundation

/// The review's curated data (families, techniques, specifications), read from the store once.
///
/// `RecordStore.review()` re-reads and re-validates the bundled files on every call; they change
/// only when the store is rebuilt from new bundled data, which happens when a server starts, so
/// one load serves the server's lifetime.
final class ReviewCache: @unchecked Sendable {
    private let store: any RecordStore
    private let lock = NSLock()
    private var loaded: ReviewDataset?

    init(store: any RecordStore) { self.store = store }

    func review() throws -> ReviewDataset {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let review = try store.review()
        loaded = review
        return review
    }
}
