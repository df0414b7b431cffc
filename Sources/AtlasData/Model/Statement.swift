import AtlasCore

/// Something the review states, with the references the sentence cites and the sentence itself:
/// a value ("up to 10⁻³ S cm⁻¹"), or a qualitative statement ("high reactivity with moisture").
public struct Statement: Hashable, Sendable {
    /// The value as printed (nil for purely textual statements).
    public let printed: String?
    /// The value read from `printed` where it is a quantity; nil when the text is not one
    /// ("room temperature", "1 h at 200 °C" is read as 200 °C — see ``ProseValue``).
    public let value: ReportedValue?
    /// A short text form of the statement ("high thermal stability").
    public let text: String?
    /// Reference numbers the review's sentence cites.
    public let refs: [Int]
    /// The review's sentence (shortened with "…").
    public let quote: String?
    /// A condition printed with the value ("30 °C", "room temperature").
    public let condition: String?
    /// The specific material the value is about ("LLZO", "Li10GeP2S12").
    public let material: String?
    /// Which aspect of a property the value gives ("best", "range", "thin_film").
    public let aspect: String?
    /// A curator's note (missing reference, judgement made, Table 2 origin).
    public let note: String?

    public init(
        printed: String? = nil, value: ReportedValue? = nil, text: String? = nil, refs: [Int] = [],
        quote: String? = nil, condition: String? = nil, material: String? = nil, aspect: String? = nil,
        note: String? = nil
    ) {
        self.printed = printed
        self.value = value
        self.text = text
        self.refs = refs
        self.quote = quote
        self.condition = condition
        self.material = material
        self.aspect = aspect
        self.note = note
    }
}

/// The qualitative judgement the review's prose supports for a criterion.
public enum RatingLevel: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case poor, moderate, good

    /// 0 (poor), 0.5 (moderate), 1 (good): the documented mapping used by screening and the
    /// spider chart.
    public var score: Double {
        switch self {
        case .poor: return 0
        case .moderate: return 0.5
        case .good: return 1
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.score < b.score }
}

/// The qualitative criteria of the review's specifications and outlook.
public enum Criterion: String, Hashable, Sendable, Codable, CaseIterable {
    case stabilityLi = "stability_li"
    case stabilityAir = "stability_air"
    case electrochemicalStability = "electrochemical_stability"
    case thermalStability = "thermal_stability"
    case mechanicalIntegrity = "mechanical_integrity"
    case processability
    case conformality3D = "conformality_3d"
    case cost

    /// Words for tables and figures.
    public var label: String {
        switch self {
        case .stabilityLi: return "stability vs Li"
        case .stabilityAir: return "air/moisture stability"
        case .electrochemicalStability: return "electrochemical stability"
        case .thermalStability: return "thermal stability"
        case .mechanicalIntegrity: return "mechanical integrity"
        case .processability: return "processability"
        case .conformality3D: return "3D conformality"
        case .cost: return "cost"
        }
    }
}

/// A rating of a family or technique on one criterion, with the sentence that supports it.
public struct Rating: Hashable, Sendable {
    public let criterion: Criterion
    public let level: RatingLevel
    public let statement: Statement
}

/// Reads a value out of a prose phrase: "up to 10⁻³ S cm⁻¹" is ≤ 10⁻³ S cm⁻¹, "approximately
/// 2.8 × 10⁻⁷ S cm⁻¹" is ~2.8 × 10⁻⁷, "not smaller than 110 nm" is ≥ 110 nm, "> 1 V versus Li" is
/// > 1 V. Phrases that are not a quantity ("room temperature", "by 400 °C") give nil.
public enum ProseValue {
    static let prefixes: [(String, String)] = [
        ("up to ", "≤"), ("approximately ", "~"), ("about ", "~"), ("around ", "~"),
        ("in the order of ", "~"), ("in the range of ", "~"), ("close to ", "~"),
        ("higher than ", ">"), ("more than ", ">"), ("above ", ">"), ("at least ", "≥"),
        ("not smaller than ", "≥"), ("lower than ", "<"), ("less than ", "<"), ("below ", "<"),
    ]
    static let suffixes = [" versus Li", " vs Li", " against Li", " order"]

    public static func parse(_ phrase: String) -> ReportedValue? {
        var text = phrase.trimmingSpaces
        for (prefix, symbol) in prefixes where text.lowercased().hasPrefix(prefix) {
            text = symbol + text.dropFirst(prefix.count)
            break
        }
        for suffix in suffixes where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count))
        }
        // "750 to 880 °C" is a range; "1 h at 200 °C" keeps the temperature.
        if let at = text.range(of: " at "), (try? ReportedValue.parse(String(text[at.upperBound...]))) != nil {
            text = String(text[at.upperBound...])
        }
        return try? ReportedValue.parse(text)
    }
}

extension String {
    /// Range of the first occurrence of `needle` (Foundation-free).
    fileprivate func range(of needle: String) -> Range<String.Index>? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var i = startIndex
        while let end = index(i, offsetBy: needle.count, limitedBy: endIndex) {
            if self[i..<end] == needle { return i..<end }
            i = index(after: i)
        }
        return nil
    }
}
