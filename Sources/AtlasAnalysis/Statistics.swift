/// Order statistics of a set of numbers: count, minimum, median, maximum.
public struct Statistics: Hashable, Sendable {
    public let count: Int
    public let min: Double
    public let median: Double
    public let max: Double

    /// Nil for an empty set. The median of an even count is the mean of the two middle values.
    public init?(_ values: [Double]) {
        let sorted = values.filter(\.isFinite).sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        count = sorted.count
        min = first
        max = last
        let mid = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The same statistics for the logarithm-friendly case of strictly positive values, using the
    /// geometric mean of the middle pair for an even count (conductivities span decades).
    public init?(positive values: [Double]) {
        let sorted = values.filter { $0.isFinite && $0 > 0 }.sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        count = sorted.count
        min = first
        max = last
        let mid = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] * sorted[mid]).squareRoot()
    }
}
