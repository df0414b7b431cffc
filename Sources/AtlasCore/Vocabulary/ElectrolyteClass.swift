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
        // Most texts start and end with a visible ASCII character: nothing to trim.
        func isVisibleASCII(_ b: UInt8) -> Bool { b > 0x20 && b < 0x7F }
        if let first = utf8.first, let last = utf8.last, isVisibleASCII(first), isVisibleASCII(last) { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
