import AtlasCore

/// A problem in a data file, located by file and path inside it
/// (`table2.json: entry 12, capacity[1]: unknown unit 'uAhh' at column 5`).
public struct DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// Where in the file: "entry 12, capacity[1]", "reference 80", or "line 7, column 3".
    public let location: String
    public let reason: String

    public init(file: String, location: String, reason: String) {
        self.file = file
        self.location = location
        self.reason = reason
    }

    public var description: String {
        location.isEmpty ? "\(file): \(reason)" : "\(file): \(location): \(reason)"
    }
}
