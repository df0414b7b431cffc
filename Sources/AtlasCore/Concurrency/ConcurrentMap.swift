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

/// A value computed on another thread while the caller goes on; ``wait()`` returns it.
///
/// Safety: `value` is written once by the worker before it leaves the group and read only after
/// `wait()` has seen the group empty, which orders the write before the read.
public final class BackgroundValue<T: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var value: T?

    /// Starts `work` on a global queue.
    public init(_ work: @escaping @Sendable () -> T) {
        group.enter()
        DispatchQueue.global().async {
            self.value = work()
            self.group.leave()
        }
    }

    /// Blocks until the value is ready and returns it.
    public func wait() -> T {
        group.wait()
        return value!
    }
}

extension Array where Element: Sendable {
    /// Transforms the array in batches on all cores and hands each batch to `body` in order, while
    /// the next batch is already being transformed: for a sequential consumer (a database writer)
    /// fed by a parallel producer. At most two batches of results are alive at a time.
    public func pipelinedBatches<T: Sendable>(
        of batchSize: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        transform: @escaping @Sendable (Element) -> T, _ body: (ArraySlice<Element>, [T]) throws -> Void
    ) rethrows {
        let starts = [Int](stride(from: 0, to: count, by: Swift.max(1, batchSize)))
        guard !starts.isEmpty else { return }
        func batch(_ k: Int) -> ArraySlice<Element> { self[starts[k]..<Swift.min(starts[k] + batchSize, count)] }
        var ready = Array(batch(0)).concurrentMap(workers: workers, transform)
        for k in starts.indices {
            var upcoming: BackgroundValue<[T]>? = nil
            if k + 1 < starts.count {
                let elements = Array(batch(k + 1))
                upcoming = BackgroundValue { elements.concurrentMap(workers: workers, transform) }
            }
            // An error from `body` must not leave the next batch running against released memory.
            defer { _ = upcoming?.wait() }
            try body(batch(k), ready)
            if let upcoming { ready = upcoming.wait() }
        }
    }
}
