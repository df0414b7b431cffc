import AtlasCore
import Foundation

/// Text renderings of simulation results shared by the CLI and the web API: CSV with units in
/// the column names, JSON with the same names, and an aligned plain-text table. All capacities,
/// energies and powers are per cm² of footprint.
public enum SimulationOutput {

    /// `%.6g`: six significant digits, enough for 0.01 % differences. Formatted with the C
    /// library's `vsnprintf` into a stack buffer: sweeps print hundreds of thousands of these, and
    /// Foundation's `String(format:)` costs several times more.
    static func number(_ x: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            let written = withVaList([x]) { vsnprintf(buffer.baseAddress!, 32, "%.6g", $0) }
            return String(
                decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: Int(max(0, min(written, 31)))),
                as: UTF8.self)
        }
    }

    // The canonical units of these kinds are µA h cm⁻², µW h cm⁻² and µW cm⁻² (AtlasCore).
    static func capacity(_ c: ArealCapacity) -> Double { c.canonical }
    static func energy(_ e: ArealEnergy) -> Double { e.canonical }
    static func power(_ p: ArealPower) -> Double { p.canonical }

    /// Header of the discharge-curve CSV.
    public static let curveHeader = "time_s,capacity_uAh_per_cm2,voltage_V,surface_stoichiometry"

    /// The curve as CSV, one row per sample.
    public static func curveCSV(_ result: DischargeResult) -> String {
        var out = curveHeader + "\n"
        for p in result.curve {
            out +=
                "\(number(p.time)),\(number(capacity(p.capacity))),\(number(p.voltage)),\(number(p.surfaceStoichiometry))\n"
        }
        return out
    }

    /// Column names of a summary row.
    public static let summaryColumns = [
        "c_rate", "current_density_A_per_m2", "delivered_capacity_uAh_per_cm2", "mean_voltage_V",
        "energy_uWh_per_cm2", "power_uW_per_cm2",
    ]

    /// The six summary values, in the order of ``summaryColumns``.
    public static func summaryValues(_ s: DischargeSummary) -> [String] {
        [
            number(s.cRate), number(s.currentDensity.si), number(capacity(s.capacity)), number(s.meanVoltage.si),
            number(energy(s.energy)), number(power(s.averagePower)),
        ]
    }

    /// One summary row per rate, as CSV.
    public static func rateCSV(_ curve: RagoneCurve) -> String {
        var out = summaryColumns.joined(separator: ",") + "\n"
        for p in curve.points {
            out +=
                [
                    number(p.cRate), number(p.currentDensity.si), number(capacity(p.capacity)),
                    number(p.meanVoltage.si),
                    number(energy(p.energy)), number(power(p.power)),
                ].joined(separator: ",") + "\n"
        }
        return out
    }

    /// A summary as a JSON object (keys with units, like the CSV columns).
    public static func summaryJSON(_ s: DischargeSummary, name: String? = nil) -> String {
        var fields: [(String, String)] = []
        if let name { fields.append(("design", quoted(name))) }
        fields += [
            ("c_rate", number(s.cRate)),
            ("current_density_A_per_m2", number(s.currentDensity.si)),
            ("delivered_capacity_uAh_per_cm2", number(capacity(s.capacity))),
            ("theoretical_capacity_uAh_per_cm2", number(capacity(s.theoreticalCapacity))),
            ("utilization", number(s.utilization)),
            ("mean_voltage_V", number(s.meanVoltage.si)),
            ("energy_uWh_per_cm2", number(energy(s.energy))),
            ("power_uW_per_cm2", number(power(s.averagePower))),
            ("duration_s", number(s.duration.si)),
            ("termination", quoted(s.termination.rawValue)),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// Summaries at several rates as a JSON array.
    public static func rateJSON(_ summaries: [DischargeSummary]) -> String {
        "[\n" + summaries.map { "  " + summaryJSON($0) }.joined(separator: ",\n") + "\n]"
    }

    /// A summary as aligned `label  value unit` lines.
    public static func summaryTable(_ s: DischargeSummary) -> String {
        let rows: [(String, String)] = [
            ("rate", "\(number(s.cRate))C (\(number(s.currentDensity.si)) A/m²)"),
            (
                "delivered capacity",
                "\(number(capacity(s.capacity))) µA h cm⁻² (\(number(100 * s.utilization))% of \(number(capacity(s.theoreticalCapacity))))"
            ),
            ("mean voltage", "\(number(s.meanVoltage.si)) V"),
            ("energy", "\(number(energy(s.energy))) µW h cm⁻²"),
            ("average power", "\(number(power(s.averagePower))) µW cm⁻²"),
            ("duration", "\(number(s.duration.si)) s"),
            ("termination", s.termination.rawValue),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }.joined(
            separator: "\n") + "\n"
    }

    /// Summaries at several rates as an aligned table with a header.
    public static func rateTable(_ curve: RagoneCurve) -> String {
        let header = ["C-rate", "i (A/m²)", "Q (µAh/cm²)", "V̄ (V)", "E (µWh/cm²)", "P (µW/cm²)", "end"]
        var rows = [header]
        for p in curve.points {
            rows.append([
                number(p.cRate), number(p.currentDensity.si), number(capacity(p.capacity)), number(p.meanVoltage.si),
                number(energy(p.energy)), number(power(p.power)), p.termination.rawValue,
            ])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : String(repeating: " ", count: widths[i] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// CSV header of a sweep: the axes, the summary columns and the termination (or error).
    public static func sweepHeader(_ sweep: DesignSweep) -> String {
        (sweep.axes.map { csvField($0.header) } + summaryColumns + ["termination"]).joined(separator: ",")
    }

    /// One sweep row as CSV; an invalid design leaves the numbers empty and says why.
    public static func sweepCSVRow(_ row: DesignSweep.Row, of sweep: DesignSweep) -> String {
        var fields = zip(sweep.axes, row.coordinates).map { csvField($0.labels[$1]) }
        switch row.outcome {
        case .success(let s):
            fields += summaryValues(s)
            fields.append(s.termination.rawValue)
        case .failure(let error):
            fields += Array(repeating: "", count: summaryColumns.count)
            fields.append(csvField("error: " + error.message))
        }
        return fields.joined(separator: ",")
    }

    static func csvField(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
