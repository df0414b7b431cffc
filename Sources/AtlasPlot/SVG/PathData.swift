/// Builds the `d` attribute of an SVG `<path>` with every coordinate written by ``SVGNumber``.
///
/// ```swift
/// var path = PathData()
/// path.move(to: 0, 10)
/// path.line(to: 5, 0)
/// path.close()
/// path.string   // "M0 10L5 0Z"
/// ```
public struct PathData: Sendable, Equatable {
    public private(set) var string = ""

    public init() {}

    public var isEmpty: Bool { string.isEmpty }

    public mutating func move(to x: Double, _ y: Double) {
        string += "M" + SVGNumber.string(x) + " " + SVGNumber.string(y)
    }

    public mutating func line(to x: Double, _ y: Double) {
        string += "L" + SVGNumber.string(x) + " " + SVGNumber.string(y)
    }

    public mutating func close() { string += "Z" }

    /// A closed polygon through `points`.
    public static func polygon(_ points: [(x: Double, y: Double)]) -> PathData {
        var path = PathData()
        for (index, point) in points.enumerated() {
            if index == 0 { path.move(to: point.x, point.y) } else { path.line(to: point.x, point.y) }
        }
        if !points.isEmpty { path.close() }
        return path
    }

    /// An open polyline through each run of `runs` (a gap between runs leaves the pen up).
    public static func polyline(runs: [[(x: Double, y: Double)]]) -> PathData {
        var path = PathData()
        for run in runs where run.count >= 2 {
            for (index, point) in run.enumerated() {
                if index == 0 { path.move(to: point.x, point.y) } else { path.line(to: point.x, point.y) }
            }
        }
        return path
    }
}
