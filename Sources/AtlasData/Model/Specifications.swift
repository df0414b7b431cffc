import AtlasCore

/// The review's electrolyte specifications (section 1) as structured criteria, plus the
/// microbattery targets stated in sections 1–2 and 6 that screening uses as context.
public struct Specifications: Hashable, Sendable {
    /// A threshold of a quantitative criterion, as printed and as interpreted.
    public struct Threshold: Hashable, Sendable {
        public enum Role: String, Hashable, Sendable { case target, minimum, maximum }
        public let role: Role
        /// As printed ("10⁻⁴ S m⁻¹").
        public let printed: String
        public let printedValue: ReportedValue
        /// The interpretation ("10⁻⁴ S cm⁻¹") and whether it, or the printed text, is used.
        public let interpretation: String?
        public let interpretedValue: ReportedValue?
        public let usesInterpretation: Bool
        /// Why the interpretation is used.
        public let reason: String?
        public let condition: String?
        public let refs: [Int]

        /// The value the atlas screens against.
        public var value: ReportedValue { usesInterpretation ? (interpretedValue ?? printedValue) : printedValue }
    }

    public struct Criterion: Hashable, Sendable, Identifiable {
        public let id: String
        public let printed: String
        public let refs: [Int]
        public let quote: String?
        /// "quantitative" or "qualitative".
        public let kind: String
        public let thresholds: [Threshold]
        /// Values the review gives elsewhere that illustrate the criterion (e.g. electronic
        /// conductivities of LiPON and LVSO).
        public let examples: [Statement]
        public let note: String?
    }

    /// Reference numbers the list of specifications cites (16, 17).
    public let refs: [Int]
    public let criteria: [Criterion]
    /// Microbattery-level targets and facts (volume < 10 mm³, typical consumption, energy spans…).
    public let context: [ContextItem]

    public struct ContextItem: Hashable, Sendable, Identifiable {
        public let id: String
        public let statement: Statement
    }

    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }

    var allRefs: [Int] {
        refs + criteria.flatMap { $0.refs + $0.thresholds.flatMap(\.refs) + $0.examples.flatMap(\.refs) }
            + context.flatMap(\.statement.refs)
    }
}
