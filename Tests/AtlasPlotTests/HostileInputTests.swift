import Testing

@testable import AtlasPlot

/// Labels come from data files anyone can edit and the SVG is inlined in web pages: whatever a
/// label holds must come out as text in every chart type.
@Suite("Hostile input in every chart type")
struct HostileInputTests {
    static let evil = "<script>alert(1)</script>\"'&"
    static let badLink = "javascript:alert(1)"

    static func documents() throws -> [String] {
        let e = evil
        let bad = badLink
        var scatter = ScatterChart(
            x: Axis(e), y: Axis(e),
            series: [ScatterSeries(e, points: [PlotPoint(x: 1, y: 2, id: e, tooltip: e, link: bad)])])
        scatter.title = e
        scatter.subtitle = e
        scatter.source = e
        scatter.legendTitle = e
        scatter.annotations = [.text(e, x: 1, y: 2), .horizontalLine(y: 2, label: e)]
        var radar = RadarChart(axes: [e, e, e], series: [RadarSeries(e, values: [0.1, 0.5, 1], id: e, link: bad)])
        radar.title = e
        var strip = StripChart(categories: [StripCategory(e, group: e)], value: Axis(e, scale: .log10))
        strip.series = [StripSeries(e, points: [StripPoint(category: e, value: 1e-5, id: e, tooltip: e, link: bad)])]
        strip.legendTitle = e
        var matrix = MatrixChart(
            levels: [RatingLevel(e)], columns: [MatrixColumn(e), MatrixColumn(e, kind: .text(weight: 1))],
            rows: [MatrixRow(e, group: e, cells: [.rating(0, text: e), .text(e)], id: e, link: bad)])
        matrix.rowsTitle = e
        matrix.levelsTitle = e
        return [try scatter.render().svg, try radar.render().svg, try strip.render().svg, try matrix.render().svg]
    }

    @Test("no chart writes a hostile label as markup, and each parses with the label as text")
    func escapedEverywhere() throws {
        for svg in try Self.documents() {
            #expect(!svg.contains("<script>"))
            #expect(!svg.contains("javascript"))
            let inspector = try SVGInspector(svg)
            #expect(inspector.texts.contains(Self.evil) || inspector.texts.contains { $0.contains("<script>") })
            #expect(inspector.all("script").isEmpty)
        }
    }
}
