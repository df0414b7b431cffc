import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasPlot
import AtlasStore

/// Capacity retention against the number of cycles (log axis), by electrolyte class.
enum RetentionFigure {
    static func render(_ context: FigureContext) throws -> AtlasFigure {
        var byClass: [ElectrolyteClass: [PlotPoint]] = [:]
        var ids: [Int] = []
        let records = context.records.map(\.record)
        for r in records {
            guard let cycles = r.primary.cycles, cycles > 0, let retention = r.primary.retention,
                let rCell = r.retention.first, let nCell = r.cycles.first
            else { continue }
            byClass[r.electrolyteClass, default: []].append(
                PlotPoint(
                    x: Double(cycles), y: retention, id: "record-\(r.id)",
                    tooltip: context.tooltip(r, "\(rCell.printed) after \(nCell.printed) cycles"),
                    link: context.link(r)))
            ids.append(r.id)
        }
        guard !ids.isEmpty else {
            throw FigureError(
                figure: "retention", reason: "no record in the selection reports both cycles and retention")
        }
        var chart = ScatterChart(
            x: Axis("Number of cycles", scale: .log10),
            y: Axis("Capacity retention", unit: QuantityKind.fraction.canonicalUnit, scale: .linear))
        chart.title = "Capacity retention against cycle number"
        chart.subtitle = [context.subtitleFilter, "\(ids.count) of \(records.count) records report both"].compactMap {
            $0
        }.joined(separator: ". ")
        chart.source = context.source("Table 2")
        chart.legendTitle = "Electrolyte class"
        chart.width = context.width
        chart.series = ElectrolyteClass.allCases.enumerated().compactMap { index, c in
            byClass[c].map { ScatterSeries(c.rawValue, points: $0, markStyle: .categorical(index, size: 5)) }
        }
        return AtlasFigure(
            name: .retention, chart: try chart.render(), recordIDs: ids,
            note: "\(ids.count) of \(records.count) records report cycles and retention")
    }
}
