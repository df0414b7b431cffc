import ArgumentParser
import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasStore

extension MBAtlas {
    /// `mbatlas show ID`: one record with every printed value, its parsed value and the citation.
    public struct Show: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract:
                "Show one record (a Table 2 entry number, or an imported record's id) with every printed and parsed value and its full citation."
        )

        @Argument(help: "Record id (1–75 are the review's Table 2 entries).")
        var id: String

        @Option(help: "Output format: text or json.")
        var format: TextOrJSON = .text

        @OptionGroup var assumptions: AssumptionOptions
        @OptionGroup var store: StoreOptions

        public init() {}

        public func run() throws {
            try reportingFailures {
                guard let n = Int(id), n > 0 else {
                    throw Failure("record id '\(id)': expected a positive whole number")
                }
                let store = try store.open()
                guard let stored = try store.record(id: n) else {
                    let count = try store.count(nil)
                    throw Failure(
                        "record \(n) does not exist (the store has \(count) records; review entries are 1–75)")
                }
                let reference = try stored.record.ref.flatMap { try store.reference($0) }
                let calculator = try assumptions.calculator()
                switch format {
                case .json: Output.write(RecordReport.json(stored, reference: reference, calculator: calculator).pretty)
                case .text:
                    Output.write(Self.text(stored, reference, metrics: calculator.metricsByVariant(for: stored.record)))
                }
            }
        }

        /// `metrics`: one set per variant of the entry (one set when it lists none).
        static func text(_ stored: StoredRecord, _ reference: Reference?, metrics: [RecordMetrics]) -> String {
            let r = stored.record
            var lines: [String] = []
            switch stored.origin {
            case .review: lines.append("Record \(r.id) — Table 2, entry \(r.id)")
            case .imported(let file, let at): lines.append("Record \(r.id) — imported from \(file) on \(at)")
            }
            lines.append("Electrolyte:  \(r.electrolyte)" + (r.composition.map { "  [\($0)]" } ?? ""))
            lines.append("Family:       \(r.family.rawValue) (\(r.electrolyteClass.rawValue))")
            if !r.variants.isEmpty {
                lines.append(
                    "Variants:     "
                        + r.variants.enumerated().map { "[\($0.offset)] \($0.element)" }.joined(separator: "; "))
            }
            lines.append(
                "Method:       \(r.methodPrinted)"
                    + (r.methods.isEmpty ? "" : "  → " + r.methods.map(\.name).joined(separator: ", "))
                    + (r.methodSource == "prose" ? "  (from the prose)" : ""))
            lines.append("Conditions:   \(r.conditions ?? "—")")
            for cell in r.cells {
                let split =
                    "anode \(cell.anode ?? "—") | electrolyte \(cell.electrolyte ?? "—") | cathode \(cell.cathode ?? "—")"
                lines.append(
                    "Cell:         \(cell.printed)  → \(split)"
                        + (cell.layers.isEmpty ? "" : " | layers: " + cell.layers.joined(separator: ", ")))
            }
            lines.append("Structure:    \(r.structure.printed)")
            lines.append("")
            lines.append("Values (printed → parsed, canonical):")
            let columns: [(String, MicrobatteryRecord.QuantityColumn)] = [
                ("electrolyte thickness", .electrolyteThickness), ("cathode thickness", .cathodeThickness),
                ("ionic conductivity", .conductivity), ("initial discharge capacity", .capacity),
                ("voltage window", .voltage), ("current", .current), ("cycles", .cycles), ("retention", .retention),
            ]
            for (label, column) in columns {
                let cells = r.cells(in: column)
                if cells.isEmpty {
                    lines.append("  \(label.padding(27)) " + stored.missingValueText(column))
                    continue
                }
                for cell in cells {
                    var line = "  \(label.padding(27)) \(cell.printed)"
                    line += "  → " + parsed(cell)
                    if let v = cell.variant, r.variants.indices.contains(v) { line += "  [\(r.variants[v])]" }
                    if cell.provenance == .prose { line += "  (from the prose)" }
                    if cell.provenance == .imported { line += "  (imported)" }
                    if let prose = cell.prose { line += "  (prose: \(prose))" }
                    lines.append(line)
                }
            }
            lines.append("")
            for set in metrics {
                let derived = set.all
                if derived.isEmpty { continue }
                // Each variant's values come from its own cells only (and those shared by all).
                lines.append(
                    "Derived" + (set.variant.map { " for \($0.description)" } ?? "") + " (how each was obtained):")
                for (name, value) in derived {
                    lines.append("  \(name.replacingUnderscores.padding(27)) \(value.text)  — \(value.provenance)")
                    for input in value.inputs { lines.append("  \("".padding(27))   from \(input)") }
                    for flag in value.flags { lines.append("  \("".padding(27))   ⚠ \(flag)") }
                }
                lines.append("")
            }
            if let reference {
                lines.append("Reference \(reference.number): \(reference.printed)")
            } else if r.citation != nil || r.doi != nil {
                lines.append(
                    "Source: " + [r.citation, r.doi.map { "doi:\($0)" }].compactMap { $0 }.joined(separator: " "))
            }
            if !r.notes.isEmpty {
                lines.append("")
                lines.append("Curator's notes:")
                for note in r.notes {
                    lines.append(
                        "  [\(note.field)] " + (note.extracted.map { "extracted «\($0)» — " } ?? "") + note.text)
                }
            }
            return lines.joined(separator: "\n")
        }

        static func parsed(_ cell: ReportedCell) -> String {
            guard let q = cell.quantity, let kind = cell.kind else { return "NA" }
            let printed = QuantityFormatter.unicode.string(from: q)
            if q.unit == kind.canonicalUnit || q.unit == .one { return "\(printed) (\(kind.name))" }
            guard let canonical = try? q.converted(to: kind.canonicalUnit) else { return printed }
            return "\(printed) = \(QuantityFormatter(significantDigits: 4).string(from: canonical)) (\(kind.name))"
        }
    }
}

extension String {
    var replacingUnderscores: String { split(separator: "_").joined(separator: " ") }
}
