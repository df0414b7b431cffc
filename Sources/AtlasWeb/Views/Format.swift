import AtlasCore
import AtlasData

/// Number and value formatting for pages, in the review's typography (× 10⁻⁶, µA h cm⁻²).
enum Format {
    /// `value` to `digits` significant digits; "—" when absent.
    static func number(_ value: Double?, digits: Int = 3) -> String {
        guard let value else { return "—" }
        return QuantityFormatter(style: .unicode, significantDigits: digits).number(value)
    }

    static func integer(_ value: Int?) -> String { value.map(String.init) ?? "—" }

    /// A reported value as parsed, in the unit it was printed in (`3.2 µS cm⁻¹`, `~100%`).
    static func parsed(_ cell: ReportedCell) -> String {
        guard let q = cell.quantity else { return "NA" }
        return QuantityFormatter.unicode.string(from: q)
    }

    /// The value in its kind's canonical unit; "same" when printed in that unit already, so the
    /// cell never reads as missing; nil for a cell without a quantity.
    static func canonical(_ cell: ReportedCell) -> String? {
        guard let q = cell.quantity, let kind = cell.kind, q.unit != .one else { return nil }
        guard q.unit != kind.canonicalUnit else { return "same" }
        guard let converted = try? q.converted(to: kind.canonicalUnit) else { return nil }
        return QuantityFormatter(significantDigits: 4).string(from: converted)
    }

    /// "1 record", "3 records".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
