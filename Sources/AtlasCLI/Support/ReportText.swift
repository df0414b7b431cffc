import AtlasAnalysis
import AtlasCore
import AtlasData

extension ScreeningReport {
    static func text(_ candidates: [Candidate], criteria: ScreeningCriteria, limit: Int) -> String {
        var lines = ["Criteria (defaults: the review's specifications; see docs/ANALYSIS.md):"]
        if let first = candidates.first {
            for r in first.results { lines.append("  • \(r.criterion)") }
        }
        lines.append("Ranked by the fraction of criteria passed (unknown is not pass), then fewer unknowns, then conductivity.")
        lines.append("")
        for (i, c) in candidates.prefix(limit).enumerated() {
            let marks = c.results.map { $0.outcome == .pass ? "✓" : ($0.outcome == .fail ? "✗" : "?") }.joined()
            lines.append("\(String(i + 1).leftPadding(3)). \(marks)  \(c.name)  [\(c.electrolyteClass.rawValue)]  score \(QuantityFormatter(significantDigits: 2).number(c.score))")
            for r in c.results {
                var line = "       \(r.outcome.rawValue.padding(7)) \(r.criterion)"
                if let v = r.value { line += ": \(v)" }
                if let s = r.source { line += "  — \(s)" }
                if let n = r.note { line += "  (\(n.count > 90 ? String(n.prefix(89)) + "…" : n))" }
                lines.append(line)
            }
        }
        if candidates.count > limit { lines.append("… \(candidates.count - limit) more (use --limit or --format json)") }
        return lines.joined(separator: "\n")
    }
}

extension RankingReport {
    static func text(_ groups: [RankingGroup], all: Bool) -> String {
        var lines: [String] = []
        for g in groups {
            let heading = "\(g.architecture?.rawValue ?? "?") cells, " + (g.capacityKind.map { "capacity as \($0.name) (\($0.canonicalUnit))" } ?? "")
            lines.append("\(heading): \(g.front.count) on the Pareto front of \(g.records.count)")
            let header = ["record"] + zip(g.objectives, g.units).map { "\($0.rawValue) (\($1))" }
            var rows = [header]
            for r in (all ? g.records : g.front) {
                rows.append(["\(r.recordID) \(r.cell ?? r.electrolyte)" + (r.isOnFront ? "" : " (dominated by \(r.dominatedBy.prefix(3).map(String.init).joined(separator: ", "))\(r.dominatedBy.count > 3 ? "…" : ""))")]
                    + r.values.map { QuantityFormatter(significantDigits: 3).number($0) })
            }
            let widths = header.indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
            for row in rows {
                lines.append("  " + row.indices.map { i in i == 0 ? row[i].padding(widths[i]) : row[i].leftPadding(widths[i]) }.joined(separator: "  "))
            }
            lines.append("")
        }
        return lines.isEmpty ? "no records with values for these objectives" : lines.joined(separator: "\n")
    }
}

extension GroupReport {
    static func text(_ groups: [GroupStatistics], title: String, profiles: [FamilyProfile] = [], techniques: [Technique] = []) -> String {
        let f = QuantityFormatter(style: .ascii, significantDigits: 2)
        func m(_ s: Statistics?) -> String {
            guard let s else { return "—" }
            return s.count == 1 ? f.number(s.median) : "\(f.number(s.median)) (\(f.number(s.min))–\(f.number(s.max)))"
        }
        let table = TextTable(
            columns: [
                .init(title: title, minWidth: 12), .init(title: "n", rightAligned: true, shrinkable: false),
                .init(title: "σ S/cm", minWidth: 8), .init(title: "µAh/cm²", minWidth: 8),
                .init(title: "mAh/g", minWidth: 8), .init(title: "cycles", minWidth: 8),
                .init(title: "retention %", minWidth: 8),
            ],
            rows: groups.map { g in
                [g.name, String(g.count), m(g.conductivity), m(g.capacityAreal), m(g.capacitySpecific), m(g.cycles), m(g.retention)]
            })
        var out = table.render(width: 100)
        out += "\n\nEach cell: median (min–max) over the records with a value; σ medians of an even count are geometric means."
        if !profiles.isEmpty { out += "\nThe review's profile of a family: mbatlas families --profile NAME" }
        if !techniques.isEmpty {
            out += "\n\nConformality on 3D structures as the review states it:"
            for t in techniques where t.conformality != nil {
                out += "\n  \(t.name.padding(42)) \(t.conformality!.level.rawValue)"
            }
        }
        return out
    }

    static func profileText(_ p: FamilyProfile) -> String {
        var lines = ["\(p.name) — \(p.electrolyteClass.rawValue)" + (p.section.map { ", section \($0) of the review" } ?? "")]
        if !p.examples.isEmpty { lines.append("Examples: " + p.examples.joined(separator: "; ")) }
        func refs(_ s: Statement) -> String { s.refs.isEmpty ? "" : " [ref. " + s.refs.map(String.init).joined(separator: ", ") + "]" }
        lines.append("")
        for pv in p.properties {
            lines.append("  \(pv.property.rawValue.padding(24)) \(pv.statement.printed ?? pv.statement.text ?? "")" + (pv.statement.aspect.map { " (\($0))" } ?? "") + (pv.statement.material.map { " — \($0)" } ?? "") + refs(pv.statement))
        }
        if !p.ratings.isEmpty { lines.append("") }
        for r in p.ratings {
            lines.append("  \(r.criterion.label.padding(24)) \(r.level.rawValue)\(refs(r.statement))")
            if let q = r.statement.quote { lines.append("      “\(q)”") }
        }
        if !p.advantages.isEmpty { lines.append("\nAdvantages:") }
        for a in p.advantages { lines.append("  + \(a.text ?? a.printed ?? "")\(refs(a))") }
        if !p.issues.isEmpty { lines.append("\nIssues:") }
        for i in p.issues { lines.append("  − \(i.text ?? i.printed ?? "")\(refs(i))") }
        return lines.joined(separator: "\n")
    }
}
