/// Where a number comes from: a publication, a reference of the review, or a computation in this
/// library. Every constant of the materials library carries one.
public struct Citation: Hashable, Codable, Sendable, CustomStringConvertible {
    /// Human-readable source, e.g. `Jetybayeva et al. 2021 review, refs 27, 59`.
    public let text: String

    public init(_ text: String) { self.text = text }

    public var description: String { text }

    /// The review itself (Jetybayeva et al., J. Mater. Chem. A 2021, 9, 15140), citing its own
    /// reference numbers for the statement.
    public static func review(_ refs: Int..., section: String? = nil) -> Citation {
        let where_ = section.map { " §\($0)" } ?? ""
        let list = refs.map(String.init).joined(separator: ", ")
        let refText = refs.isEmpty ? "" : (refs.count == 1 ? ", ref. " : ", refs ") + list
        return Citation("Jetybayeva et al., J. Mater. Chem. A 2021, 9, 15140\(where_)\(refText)")
    }

    /// Standard atomic weights (IUPAC 2021), used by every formula mass in the library.
    public static let iupac2021 = Citation(
        "IUPAC 2021 standard atomic weights: Prohaska et al., Pure Appl. Chem. 2022, 94, 573, doi:10.1515/pac-2019-0603"
    )

    /// A value this library computes from others (the note says from what).
    public static func computed(_ how: String) -> Citation { Citation("computed: \(how)") }
}

/// A value with its source and, where useful, a note on how it was obtained or what it means.
public struct Cited<Value: Sendable>: Sendable {
    public let value: Value
    public let source: Citation
    /// What the number means (`x = 0.5 of LiₓCoO₂`), or how it was read from the source.
    public let note: String?

    public init(_ value: Value, _ source: Citation, note: String? = nil) {
        self.value = value
        self.source = source
        self.note = note
    }
}

extension Cited: Equatable where Value: Equatable {}
