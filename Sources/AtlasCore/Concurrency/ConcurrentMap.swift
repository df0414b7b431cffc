import Dispatch
import Foundation

/// Results written by several workers at disjoint indices and read once all have finished.
///
/// Safety: callers write each index from exactly one worker and read only after
/// `DispatchQueue.concurrentPerform` returns, which orders every write before the read.
public final class DisjointResults<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    public let count: Int

    public init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Stores the result for `index`; each index must be written by one worker only.
    public func store(_ value: T, at index: Int) { storage[index] = value }

    /// All results in index order, or `nil` if some index was never written (a worker stopped early).
    public func complete() -> [T]? {
        var out: [T] = []
        out.reserveCapacity(count)
        for index in 0..<count {
            guard let value = storage[index] else { return nil }
            out.append(value)
        }
        return out
    }
}

extension Array where Element: Sendable {
    /// `map` spread over `workers` threads (strided, so uneven costs even out); the result is in
    /// the original order. Worth it when `transform` costs microseconds or more per element.
    public func concurrentMap<T: Sendable>(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, _ transform: @Sendable (Element) -> T
    ) -> [T] {
        let workers = Swift.max(1, Swift.min(workers, count))
        guard workers > 1 else { return map(transform) }
        let results = DisjointResults<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var k = w
            while k < count {
                results.store(transform(self[k]), at: k)
                k += workers
            }
        }
        // Every index is written: the strides of 0..<workers cover 0..<count.
        return results.complete()!
    }
}
