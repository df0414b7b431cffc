import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasPlot
import AtlasStore

/// Ionic conductivity of the records by electrolyte family (grouped by class) or by preparation
/// method, on a log axis; reported ranges are drawn as bars.
enum ConductivityFigure {
    static func render(_ context: FigureContext) throws -> AtlasFigure {
        let records = context.records.map(\.record)
        var categories: [StripCategory] = []
        var seriesPoints: [String: [StripPoint]] = [:]
        var ids: [Int] = []
        func point(_ r: MicrobatteryRecord, category: String) -> StripPoint? {
            guard let cell = r.conductivity.first(where: { $0.quantity != nil }), let q = cell.quantity,
                let v = try? q.representative.value(in: QuantityKind.conductivity)
            else { return nil }
            var range: ValueRange? = nil
            if case .range = q.magnitude, let lo = q.lower, let hi = q.upper,
                let l = try? lo.value(in: QuantityKind.conductivity), let h = try? hi.value(in: QuantityKind.conductivity)
            {
                range = ValueRange(l, h)
            }
            return StripPoint(
                category: category, value: v, range: range, id: "record-\(r.id)",
                tooltip: context.tooltip(r, cell.printed), link: context.link(r))
        }
        switch context.groupBy {
        case .family:
            for f in ElectrolyteFamily.allCases {
                let members = records.filter { $0.family == f }
                let points = members.compactMap { point($0, category: f.rawValue) }
                guard !points.isEmpty else { continue }
                categories.append(StripCategory(f.rawValue, group: f.electrolyteClass.rawValue))
                seriesPoints["Table 2", default: []] += points
                ids += points.compactMap { $0.id.flatMap { Int($0.dropFirst(7)) } }
            }
        case .method:
            for m in PreparationMethod.allCases {
                let members = records.filter { $0.methods.contains(m) }
                var any = false
                for c in ElectrolyteClass.allCases {
                    let points = members.filter { $0.electrolyteClass == c }.compactMap { point($0, category: m.name) }
                    guard !points.isEmpty else { continue }
                    any = true
                    seriesPoints[c.rawValue, default: []] += points
                    ids += points.compactMap { $0.id.flatMap { Int($0.dropFirst(7)) } }
                }
                if any { categories.append(StripCategory(m.name)) }
            }
        }
        guard !categories.isEmpty else { throw FigureError(figure: "conductivity", reason: "no record in the selection reports an ionic conductivity") }
        var chart = StripChart(categories: categories, value: Axis("Ionic conductivity", unit: QuantityKind.conductivity.canonicalUnit, scale: .log10))
        let order = context.groupBy == .family ? ["Table 2"] : ElectrolyteClass.allCases.map(\.rawValue)
        chart.series = order.enumerated().compactMap { index, name in
            seriesPoints[name].map { StripSeries(name, points: $0, markStyle: .categorical(index, size: 4.5)) }
        }
        chart.showsMedians = true
        chart.title = "Ionic conductivity by \(context.groupBy == .family ? "electrolyte family" : "preparation method")"
        let unique = Set(ids)
        chart.subtitle = [context.subtitleFilter, "\(unique.count) of \(records.count) records report a conductivity; bars are reported ranges, ticks medians"].compactMap { $0 }.joined(separator: ". ")
        chart.source = context.source("Table 2")
        chart.width = context.width
        return AtlasFigure(name: .conductivity, chart: try chart.render(), recordIDs: Array(unique).sorted(), note: "\(unique.count) of \(records.count) records report a conductivity")
    }
}
