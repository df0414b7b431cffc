import AtlasCore
import AtlasData
import Foundation

/// How a derived value names its inputs, and the checks of a derived value against what the
/// record prints elsewhere for the same quantity.
extension MetricsCalculator {
    /// Where a condition such as the cathode thickness came from.
    static func conditionSource(_ cell: ReportedCell) -> String {
        switch cell.provenance {
        case .table: return "(Table 2 conditions)"
        case .prose: return "(from the review's prose)"
        case .imported: return "(imported)"
        }
    }

    static func source(_ cell: ReportedCell?) -> String {
        guard let cell else { return "" }
        switch cell.provenance {
        case .table: return "(Table 2)"
        case .prose: return "(Table 2, reconstructed from the prose)"
        case .imported: return "(imported)"
        }
    }

    /// A printed value as an input: `"conductivity 2 μS cm⁻¹ (Table 2)"`. When the value is a range
    /// or a bound, the one number used comes first and says how it was taken from the printed
    /// text — `"electrolyte thickness 1.475 µm, the mid-point of 1.45–1.5 μm (Table 2)"` — so the
    /// arithmetic can be followed. `source` defaults to the cell's ``source(_:)``.
    static func input(_ name: String, _ cell: ReportedCell, source: String? = nil) -> String {
        let from = source ?? Self.source(cell)
        guard let q = cell.quantity else { return "\(name) \(cell.printed) \(from)" }
        let used = QuantityFormatter(significantDigits: 4).string(from: q.representative)
        let how: String
        switch q.magnitude {
        case .exact, .approximate: return "\(name) \(cell.printed) \(from)"
        case .range(let a, let b, _):
            how =
                abs(q.magnitude.representative - (a + b) / 2) <= 1e-12 * abs(a + b)
                ? "the mid-point" : "the geometric mean"
        case .below: how = "the upper bound"
        case .above: how = "the lower bound"
        case .plusMinus: how = "the central value"
        }
        return "\(name) \(used), \(how) of \(cell.printed) \(from)"
    }

    /// The capacity cell whose unit expresses `kind`, the first listed.
    static func capacityCell(_ r: MicrobatteryRecord, _ kind: QuantityKind) -> ReportedCell? {
        r.capacity.first { $0.quantity.map { kind.accepts($0.unit) } ?? false }
    }

    /// Two values for one quantity disagree when they differ by more than this fraction of the
    /// stated one — well beyond the rounding of a value printed to two or three digits.
    static let disagreement = 0.05

    /// The review's own statement of a quantity that a conversion has just produced, when the two
    /// disagree: a capacity cell whose prose value (``ReportedCell/prose``) has the converted
    /// value's kind. Entry 44 prints 400 μA h cm⁻² in the table and "290 μA h cm⁻² μm⁻¹ … with
    /// 4.66 μm thickness of cathode" in the prose; 400 ÷ 4.66 = 85.84 contradicts the 290, so
    /// the table's capacity and the prose's thickness may not describe the same electrode.
    static func statedElsewhere(_ r: MicrobatteryRecord, _ kind: QuantityKind, converted value: Double) -> String? {
        for cell in r.capacity {
            guard let prose = cell.prose, case .quantity(let q)? = try? ReportedValue.parse(prose, as: kind),
                let stated = try? q.representative.value(in: kind), stated > 0,
                abs(value - stated) > disagreement * stated
            else { continue }
            let ratio = QuantityFormatter(significantDigits: 2).number(stated / value)
            let converted = QuantityFormatter(significantDigits: 4).string(from: Quantity(value, kind.canonicalUnit))
            return
                "conflicts with the review: its prose states \(prose) for the same capacity, \(ratio) × the converted \(converted)"
        }
        return nil
    }

    /// The discharge time the current's other printed form gives (`"100 μA cm⁻² (2C)"`: 2C, so
    /// 0.5 h), when it disagrees with `time`, the one derived from the form used.
    static func otherCurrentForm(_ cell: ReportedCell, time: Double, used: String) -> String? {
        guard let condition = cell.condition, case .quantity(let q)? = try? ReportedValue.parse(condition, as: .cRate),
            let rate = try? q.representative.value(in: QuantityKind.cRate), rate > 0
        else { return nil }
        let other = 1 / rate
        guard abs(other - time) > disagreement * other else { return nil }
        let hours = {
            QuantityFormatter(significantDigits: 4).string(from: Quantity($0, QuantityKind.time.canonicalUnit))
        }
        return
            "the current is also printed as \(condition), which gives \(hours(other)): the two printed forms disagree; "
            + "\(hours(time)) is from \(used)"
    }

    /// Half a unit of the last digit printed in a value's number (`"~100%"` → 0.5, `"98.9%"` →
    /// 0.05): how far the true value may lie from the printed one by rounding alone.
    static func halfUnitOfLastDigit(_ printed: String) -> Double {
        guard let range = printed.range(of: #"[0-9]+(\.[0-9]+)?"#, options: .regularExpression) else { return 0.5 }
        let number = printed[range]
        let decimals = number.split(separator: ".").dropFirst().first?.count ?? 0
        return 0.5 * pow(10, -Double(decimals))
    }
}
