import Foundation

/// Every combination of a few sweep axes applied to a base design, discharged in closed form
/// on all cores.
///
/// Designs are numbered in row-major order (the last axis varies fastest) and processed in
/// batches; each batch is spread over the cores and handed back complete and in order, so a
/// caller can stream rows as they finish. Cancellation is checked between batches and inside
/// them: a cancelled sweep returns after the current batch's workers stop, having delivered
/// every batch that finished.
public struct DesignSweep: Sendable {
    public let base: DischargeDesign
    public let axes: [SweepAxis]

    /// One design's outcome.
    public struct Row: Sendable {
        /// Position in the sweep (row-major).
        public let index: Int
        /// Index into each axis's values.
        public let coordinates: [Int]
        public let outcome: Result<DischargeSummary, SimulationError>
    }

    public init(base: DischargeDesign, axes: [SweepAxis]) {
        self.base = base
        self.axes = axes
    }

    /// Number of designs: the product of the axis lengths.
    public var count: Int { axes.reduce(1) { $0 * $1.count } }

    /// The axis indices of design `index`.
    public func coordinates(of index: Int) -> [Int] {
        var rest = index
        var coordinates = [Int](repeating: 0, count: axes.count)
        for a in stride(from: axes.count - 1, through: 0, by: -1) {
            coordinates[a] = rest % axes[a].count
            rest /= axes[a].count
        }
        return coordinates
    }

    /// Builds, validates and discharges design `index`.
    public func evaluate(_ index: Int) -> Row {
        let c = coordinates(of: index)
        var design = base
        for (a, axis) in axes.enumerated() { axis.setters[c[a]](&design) }
        do {
            let model = try CellModel(design)
            return Row(
                index: index, coordinates: c, outcome: .success(ConstantCurrentDischarge(model: model).summary()))
        } catch {
            return Row(index: index, coordinates: c, outcome: .failure(error))
        }
    }

    /// Runs the sweep. `batch` receives each finished batch in order; `isCancelled` is polled.
    /// Returns the number of designs delivered.
    @discardableResult
    public func run(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 4096,
        isCancelled: @Sendable () -> Bool = { false }, batch: ([Row]) -> Void
    ) -> Int {
        run(workers: workers, batchSize: batchSize, isCancelled: isCancelled, transform: { $0 }, batch: batch)
    }

    /// Runs the sweep, applying `transform` to each row on the worker that computed it (so that,
    /// for example, CSV formatting is spread over the cores too).
    @discardableResult
    public func run<T: Sendable>(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 4096,
        isCancelled: @Sendable () -> Bool = { false }, transform: @Sendable (Row) -> T, batch: ([T]) -> Void
    ) -> Int {
        let total = count
        let workers = max(1, workers)
        var delivered = 0
        while delivered < total && !isCancelled() {
            let start = delivered
            let size = min(batchSize, total - start)
            let buffer = ResultBuffer<T>(count: size)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var k = w
                while k < size {
                    if isCancelled() { return }
                    buffer.store(transform(evaluate(start + k)), at: k)
                    k += workers
                }
            }
            guard let rows = buffer.completeRows() else { break }
            batch(rows)
            delivered += size
        }
        return delivered
    }
}

/// Results written by several workers at disjoint indices, read once all have finished.
///
/// Safety: each index is written by exactly one worker (strided assignment) and the buffer is
/// read only after `concurrentPerform` returns, which orders all writes before the read.
private final class ResultBuffer<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ value: T, at index: Int) { storage[index] = value }

    /// All results, or `nil` if a worker stopped early (cancellation).
    func completeRows() -> [T]? {
        var out: [T] = []
        out.reserveCapacity(count)
        for index in 0..<count {
            guard let row = storage[index] else { return nil }
            out.append(row)
        }
        return out
    }
}
