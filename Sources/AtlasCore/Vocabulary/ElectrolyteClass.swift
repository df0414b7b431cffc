/// The review's three kinds of solid electrolyte (sections 3, 4 and 5).
public enum ElectrolyteClass: String, CaseIterable, Codable, Sendable {
    case polymer
    case crystalline
    case glass

    /// Parses a class name case-insensitively ("Polymer", "glass").
    public init?(name: String) {
        self.init(rawValue: name.lowercased().trimmingSpaces)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines (Foundation-free).
    public var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
