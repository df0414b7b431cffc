import AtlasAnalysis
import AtlasCore
import AtlasData
import Foundation

extension ScreeningReport {
    static func text(_ candidates: [Candidate], criteria: ScreeningCriteria, limit: Int) -> String {
        var lines = ["Criteria (defaults: the review's specifications; see docs/ANALYSIS.md):"]
        if let first = candidates.first {
            for r in first.results { lines.append("  • \(r.criterion)") }
        }
        lines.append(
            "Ranked by the fraction of criteria passed (unknown is not pass), then fewer unknowns, then conductivity.")
        lines.append("")
        for (i, c) in candidates.prefix(limit).enumerated() {
            let marks = c.results.map { $0.outcome == .pass ? "✓" : ($0.outcome == .fail ? "✗" : "?") }.joined()
            lines.append(
                "\(String(i + 1).leftPadding(3)). \(marks)  \(c.name)  [\(c.electrolyteClass.rawValue)]  score \(QuantityFormatter(significantDigits: 2).number(c.score))"
            )
            for r in c.results {
                var line = "       \(r.outcome.rawValue.padding(7)) \(r.criterion)"
                if let v = r.value { line += ": \(v)" }
                if let s = r.source { line += "  — \(s)" }
                if let n = r.note { line += "  (\(n.count > 90 ? String(n.prefix(89)) + "…" : n))" }
                lines.append(line)
            }
        }
        if candidates.count > limit {
            lines.append("… \(candidates.count - limit) more (use --limit or --format json)")
        }
        return lines.joined(separator: "\n")
    }
}

extension RankingReport {
    /// One table per group; a record whose values carry caveats is marked ⚠ and its flags are
    /// listed under the table ("⚠ 67: energy rests on area 1 cm² (assumption given by the user)").
    static func text(_ groups: [RankingGroup], all: Bool) -> String {
        var lines: [String] = []
        for g in groups {
            let heading =
                "\(g.architecture?.rawValue ?? "?") cells"
                + (g.capacityKind.map { ", capacity as \($0.name) (\($0.canonicalUnit))" } ?? "")
            lines.append("\(heading): \(g.front.count) on the Pareto front of \(g.records.count)")
            let header = ["record"] + zip(g.objectives, g.units).map { "\($0.rawValue) (\($1))" }
            var rows = [header]
            let shown = all ? g.records : g.front
            for r in shown {
                rows.append(
                    [
                        "\(r.recordID) \(r.cell ?? r.electrolyte)" + (r.flags.isEmpty ? "" : " ⚠")
                            + (r.isOnFront
                                ? ""
                                : " (dominated by \(r.dominatedBy.prefix(3).map(String.init).joined(separator: ", "))\(r.dominatedBy.count > 3 ? "…" : ""))")
                    ]
                        + r.values.map { QuantityFormatter(significantDigits: 3).number($0) })
            }
            let widths = header.indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
            for row in rows {
                lines.append(
                    "  "
                        + row.indices.map { i in i == 0 ? row[i].padding(widths[i]) : row[i].leftPadding(widths[i]) }
                        .joined(separator: "  "))
            }
            for r in shown where !r.flags.isEmpty {
                let label = "  ⚠ \(r.recordID): "
                for (i, flag) in r.flags.enumerated() {
                    let first = i == 0 ? label : String(repeating: " ", count: label.count)
                    lines += wordWrapped(flag, first: first, indent: label.count, width: 100)
                }
            }
            lines.append("")
        }
        return lines.isEmpty ? "no records with values for these objectives" : lines.joined(separator: "\n")
    }

    /// `text` after `first`, broken between words so that no line exceeds `width` columns (a word
    /// longer than that stays whole; a number such as "3.342 × 10⁻⁴%" is one word), continuation
    /// lines indented by `indent`.
    static func wordWrapped(_ text: String, first: String, indent: Int, width: Int) -> [String] {
        var words: [String] = []
        for word in text.split(separator: " ").map(String.init) {
            if let last = words.last, word == "×" || last.hasSuffix(" ×") {
                words[words.count - 1] = last + " " + word
            } else {
                words.append(word)
            }
        }
        var lines: [String] = []
        var current = first
        var empty = true
        for word in words {
            if !empty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(repeating: " ", count: indent)
                empty = true
            }
            current += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(current)
        return lines
    }
}

extension GroupReport {
    /// Which values the statistics use, for `families --help` and `methods --help`.
    static let valuesUsed = """
        Each record counts once per quantity, with the first value it prints in that quantity's form, \
        whichever variant it belongs to: a record printing a capacity in two forms (entry 14: 110 mA h g⁻¹ \
        and 55 µA h cm⁻² µm⁻¹) counts in both, one printing two values of a form counts with the first \
        (entry 3: 62.1, not 64.5 µA h cm⁻² µm⁻¹). Only printed values count, in canonical units, never \
        one converted through a thickness, area or density. `mbatlas show ID --format json` lists every \
        printed value; `--format json` here lists the values behind each statistic (`values`).
        """

    /// The statistics of each group, one block per group, every statistic of the JSON form (count,
    /// median, min, max of each quantity, and the record ids) in at most 100 columns. Numbers are
    /// rounded to 3 significant digits, never cut.
    ///
    /// ```text
    /// LiPON — 39 records
    ///   records: 3, 4, 5, …
    ///                                          n     median        min        max
    ///   ionic conductivity (S/cm)             30     1.5e-6    2.5e-7     5.2e-6
    /// ```
    static func text(
        _ groups: [GroupStatistics], title: String, profiles: [FamilyProfile] = [], techniques: [Technique] = []
    ) -> String {
        let f = QuantityFormatter(style: .ascii, significantDigits: 3)
        let quantities: [(String, KeyPath<GroupStatistics, Statistics?>)] = [
            ("ionic conductivity (S/cm)", \.conductivity), ("capacity, areal (µAh/cm²)", \.capacityAreal),
            ("capacity per µm (µAh/cm²/µm)", \.capacityVolumetric), ("capacity, specific (mAh/g)", \.capacitySpecific),
            ("cycles", \.cycles), ("retention (%)", \.retention),
        ]
        let label = 32
        let n = 4
        let number = 11
        var lines = ["Statistics of the records per \(title)", ""]
        for g in groups {
            lines.append("\(g.name) — \(g.count) record\(g.count == 1 ? "" : "s")")
            lines += wrapped("records: " + g.recordIDs.map(String.init).joined(separator: ", "), indent: 2, width: 100)
            lines.append(
                "  " + "".padding(label) + "n".leftPadding(n) + "median".leftPadding(number) + "min".leftPadding(number)
                    + "max".leftPadding(number))
            for (name, path) in quantities {
                var line = "  " + name.padding(label)
                if let s = g[keyPath: path] {
                    line +=
                        String(s.count).leftPadding(n) + f.number(s.median).leftPadding(number)
                        + f.number(s.min).leftPadding(number) + f.number(s.max).leftPadding(number)
                } else {
                    line += "0".leftPadding(n) + "—".leftPadding(number)
                }
                lines.append(line)
            }
            lines.append("")
        }
        lines.append(
            "n: records with a value; median, min and max over them (3 significant digits; exact: --format json).")
        lines.append("Each record counts with the first value it prints in each form, and in every form it prints")
        lines.append("(see --help); --format json lists the values behind each statistic.")
        lines.append("σ medians of an even count are geometric means (conductivities span decades).")
        if !profiles.isEmpty { lines.append("The review's profile of a family: mbatlas families --profile NAME") }
        if !techniques.isEmpty {
            lines.append("")
            lines.append("Conformality on 3D structures as the review states it:")
            for t in techniques where t.conformality != nil {
                lines.append("  \(t.name.padding(42)) \(t.conformality!.level.rawValue)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` broken at ", " so that no line exceeds `width` columns, continuation lines indented.
    static func wrapped(_ text: String, indent: Int, width: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = pad
        for (i, piece) in text.components(separatedBy: ", ").enumerated() {
            let item = piece + (i < text.components(separatedBy: ", ").count - 1 ? "," : "")
            if current.count + item.count + 1 > width, current.trimmingCharacters(in: .whitespaces).isEmpty == false {
                lines.append(current)
                current = pad + "  " + item
            } else {
                current += (current == pad ? "" : " ") + item
            }
        }
        lines.append(current)
        return lines
    }

    static func profileText(_ p: FamilyProfile) -> String {
        var lines = [
            "\(p.name) — \(p.electrolyteClass.rawValue)" + (p.section.map { ", section \($0) of the review" } ?? "")
        ]
        if !p.examples.isEmpty { lines.append("Examples: " + p.examples.joined(separator: "; ")) }
        func refs(_ s: Statement) -> String {
            s.refs.isEmpty ? "" : " [ref. " + s.refs.map(String.init).joined(separator: ", ") + "]"
        }
        lines.append("")
        for pv in p.properties {
            lines.append(
                "  \(pv.property.rawValue.padding(24)) \(pv.statement.printed ?? pv.statement.text ?? "")"
                    + (pv.statement.aspect.map { " (\($0))" } ?? "") + (pv.statement.material.map { " — \($0)" } ?? "")
                    + refs(pv.statement))
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
