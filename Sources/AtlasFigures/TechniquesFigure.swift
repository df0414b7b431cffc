import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasPlot
import AtlasStore

/// Fig. 11: the deposition techniques with their rate, 3D conformality and process temperature
/// as rated cells, and their advantages and drawbacks as text — all as the review states them.
///
/// Rate classes (from the highest stated rate): slow < 10 nm min⁻¹, moderate 10–100, fast > 100
/// (and "per cycle" growth, ALD, counts as slow). Temperature classes (highest stated): low
/// ≤ 300 °C, moderate ≤ 700 °C, high above.
enum TechniquesFigure {
    static let levels = [
        AtlasPlot.RatingLevel("favourable", color: Color(0x009E73)),
        AtlasPlot.RatingLevel("intermediate", color: Color(0xE69F00)),
        AtlasPlot.RatingLevel("unfavourable", color: Color(0xD55E00)),
    ]

    static func rate(_ t: Technique) -> MatrixCell {
        let rates = t.depositionRates.compactMap { s -> (Double, String)? in
            guard let q = s.value?.reportedQuantity else { return nil }
            if QuantityKind.growthPerCycle.accepts(q.unit) { return (0, s.printed ?? "") }
            guard
                let v = try? (q.magnitude.upperBound.map { Quantity($0, q.unit) } ?? q.representative).value(
                    in: QuantityKind.depositionRate)
            else { return nil }
            return (v, s.printed ?? "")
        }
        guard let best = rates.max(by: { $0.0 < $1.0 }) else { return .empty }
        let level = best.0 > 100 ? 0 : (best.0 >= 10 ? 1 : 2)
        return .rating(level, text: best.1)
    }

    static func conformality(_ t: Technique) -> MatrixCell {
        guard let c = t.conformality else { return .empty }
        switch c.level {
        case .good: return .rating(0, text: "good")
        case .moderate: return .rating(1, text: "moderate")
        case .poor: return .rating(2, text: "poor")
        }
    }

    static func temperature(_ t: Technique) -> MatrixCell {
        let temps = t.processTemperatures.compactMap { s -> (Double, String)? in
            guard let q = s.value?.reportedQuantity, q.unit.dimension == .temperature else { return nil }
            let v = Quantity(q.magnitude.upperBound ?? q.representative.magnitude, q.unit).siValue - 273.15
            return (v, s.printed ?? "")
        }
        guard let hottest = temps.max(by: { $0.0 < $1.0 }) else { return .empty }
        return .rating(hottest.0 <= 300 ? 0 : (hottest.0 <= 700 ? 1 : 2), text: hottest.1)
    }

    static func render(_ context: FigureContext) throws -> AtlasFigure {
        let used = Set(context.records.flatMap(\.record.methods))
        let techniques = context.review.techniques.filter { t in
            (context.filter == nil || used.contains(t.method))
                && !(t.depositionRates.isEmpty && t.conformality == nil && t.processTemperatures.isEmpty
                    && t.advantages.isEmpty && t.drawbacks.isEmpty)
        }
        guard !techniques.isEmpty else {
            throw FigureError(
                figure: "techniques", reason: "no technique with statements among the selected records' methods")
        }
        var chart = MatrixChart(
            levels: levels,
            columns: [
                MatrixColumn("Deposition rate"), MatrixColumn("3D conformality"), MatrixColumn("Process temperature"),
                MatrixColumn("Advantages", kind: .text(weight: 1)), MatrixColumn("Drawbacks", kind: .text(weight: 1)),
            ])
        chart.rows = techniques.map { t in
            func list(_ items: [Statement]) -> MatrixCell {
                items.isEmpty
                    ? .empty
                    : .text(items.prefix(3).map { "• " + ($0.text ?? $0.printed ?? "") }.joined(separator: "\n"))
            }
            return MatrixRow(
                t.name, group: t.kind.rawValue,
                cells: [rate(t), conformality(t), temperature(t), list(t.advantages), list(t.drawbacks)],
                id: "technique-\(t.id)", link: context.pageLink("methods", fragment: "method-\(t.id)"))
        }
        chart.title = "Solid-electrolyte deposition techniques"
        chart.subtitle = [
            context.subtitleFilter, "as the review states them (sections 3–5 and 7); empty where it states nothing",
        ].compactMap { $0 }.joined(separator: ". ")
        chart.source = context.source("sections 3–5 and 7; Fig. 11")
        chart.levelsTitle = "Rating"
        chart.rowsTitle = "Technique"
        chart.width = max(context.width, 1000)
        return AtlasFigure(
            name: .techniques, chart: try chart.render(), recordIDs: [], note: "\(techniques.count) techniques")
    }
}
