import Foundation

/// A flag one thread sets (a signal handler, a closed connection) and workers poll, used to stop
/// a ``DesignSweep`` cleanly.
public final class CancellationFlag: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var value = false

    public init() {}

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    public func cancel() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
