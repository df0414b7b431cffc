import Testing

@testable import AtlasPlot

@Suite("Matrix chart")
struct MatrixChartTests {
    @Test("a 20 × 6 matrix draws one mark per rated cell and wraps text within its column")
    func example() throws {
        let chart = ExampleCharts.techniques()
        let rated = chart.rows.reduce(0) { total, row in
            total + row.cells.filter { if case .rating = $0 { return true } else { return false } }.count
        }
        let rendered = try chart.render()
        let svg = try SVGInspector(rendered.svg)
        #expect(svg.marks.count == rated)
        #expect(rendered.markCount == rated)
        #expect(rendered.width <= 800)
        // Every line of text lies inside the chart.
        for line in svg.lineBoxes() {
            #expect(line.box.minX >= 0 && line.box.maxX <= rendered.width + 0.5, "\(line.text)")
        }
        let titles = svg.all("title").map(\.text)
        #expect(titles.contains("RF magnetron sputtering — Deposition rate: Low / unfavourable, ~1 µm/h"))
    }

    @Test("rows of the wrong length and undefined levels are typed errors")
    func errors() {
        let levels = [RatingLevel("low"), RatingLevel("high")]
        let columns = [MatrixColumn("rate"), MatrixColumn("notes", kind: .text(weight: 1))]
        #expect(throws: PlotError.matrixRowLength(row: "x", expected: 2, actual: 1)) {
            try MatrixChart(levels: levels, columns: columns, rows: [MatrixRow("x", cells: [.empty])]).render()
        }
        #expect(throws: PlotError.unknownRatingLevel(row: "x", column: "rate", level: 2)) {
            try MatrixChart(
                levels: levels, columns: columns, rows: [MatrixRow("x", cells: [.rating(2, text: nil), .text("")])]
            ).render()
        }
        #expect(throws: PlotError.noData(chart: "matrix chart")) {
            try MatrixChart(levels: levels, columns: columns).render()
        }
    }

    @Test("cell text is black or white, whichever contrasts more with the level colour")
    func textContrast() {
        #expect(Color(0x440154).contrastingText == .white)
        #expect(Color(0xFDE725).contrastingText == .black)
    }
}
