import AtlasCore

/// A row of the review's Table 1: an industrial thin-film microbattery and its specifications.
public struct CommercialCell: Hashable, Sendable, Identifiable {
    public struct Chain: Hashable, Sendable {
        public let printed: String
        public let product: String?
        public let cathode: String?
        public let electrolyte: String?
        public let anode: String?
        public let note: String?
    }

    /// One specification of the row, printed and (for quantities) parsed.
    public struct Specification: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            case capacity, cycles, voltage, thickness, current, other
        }
        public let kind: Kind
        public let printed: String
        /// Parsed value; nil for kind `other`.
        public let value: ReportedValue?
        public let note: String?
    }

    /// Row number in Table 1 (1–11).
    public let number: Int
    public let manufacturer: String
    public let chain: Chain
    /// The specifications cell as printed.
    public let specificationsPrinted: String
    public let specifications: [Specification]

    public var id: Int { number }
}
