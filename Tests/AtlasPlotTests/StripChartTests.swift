import Testing

@testable import AtlasPlot

@Suite("Strip chart")
struct StripChartTests {
    static func chart(_ points: [StripPoint], spread: StripChart.Spread = .beeswarm, scale: ScaleKind = .log10)
        -> StripChart
    {
        var chart = StripChart(categories: [StripCategory("A"), StripCategory("B")], value: Axis("σ", scale: scale))
        chart.series = [StripSeries("s", points: points)]
        chart.spread = spread
        return chart
    }

    @Test("one mark per finite positive value; the rest dropped and counted")
    func markCount() throws {
        let rendered = try Self.chart([
            StripPoint(category: "A", value: 1e-6), StripPoint(category: "A", value: .nan),
            StripPoint(category: "B", value: 0), StripPoint(category: "B", value: 3e-4),
        ]).render()
        #expect(try SVGInspector(rendered.svg).marks.count == 2)
        #expect(rendered.dropped == DroppedValues(nonFinite: 1, nonPositiveOnLogAxis: 1))
    }

    @Test("12 categories on a 10⁻⁹–10⁻² axis draw every value, label every category and every decade")
    func example() throws {
        let chart = ExampleCharts.conductivity()
        let expected = chart.series.reduce(0) { $0 + $1.points.count }
        let rendered = try chart.render()
        let svg = try SVGInspector(rendered.svg)
        #expect(svg.marks.count == expected)
        let texts = Set(svg.texts)
        for name in ExampleCharts.familyNames { #expect(texts.contains(name), "\(name)") }
        for exponent in -9 ... -2 { #expect(texts.contains(DecadeLabel.string(exponent: exponent))) }
        let vertical = try SVGInspector(try ExampleCharts.conductivity(orientation: .vertical).render().svg)
        #expect(vertical.marks.count == expected)
    }

    @Test("a beeswarm keeps equal values from overlapping")
    func beeswarmSeparates() throws {
        let points = (0..<5).map { StripPoint(category: "A", value: 1e-5, id: "p\($0)") }
        let svg = try SVGInspector(try Self.chart(points).render().svg)
        let centres = svg.circleMarks
        #expect(centres.count == 5)
        let radius = MarkStyle.categorical(0).size
        for (i, a) in centres.enumerated() {
            for b in centres[(i + 1)...] {
                let distance = ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
                #expect(distance >= 2 * radius, "marks \(a) and \(b) overlap")
            }
        }
    }

    @Test("jitter is deterministic and depends on the point id, not on the run")
    func jitterDeterministic() throws {
        let points = (0..<8).map { StripPoint(category: "B", value: Double($0 + 1), id: "id-\($0)") }
        let first = try Self.chart(points, spread: .jitter(fraction: 0.8), scale: .linear).render().svg
        let second = try Self.chart(points, spread: .jitter(fraction: 0.8), scale: .linear).render().svg
        #expect(first == second)
        let ys = Set(try SVGInspector(first).circleMarks.map(\.y))
        #expect(ys.count > 1)
    }

    @Test("a point in an unknown category is a typed error")
    func unknownCategory() {
        #expect(throws: PlotError.unknownCategory("C")) {
            try Self.chart([StripPoint(category: "C", value: 1)]).render()
        }
    }

    @Test("the geometric median is used on a log axis")
    func logMedian() {
        #expect(abs(StripChart.median([1e-6, 1e-4, 1e-2], logarithmic: true)! - 1e-4) < 1e-16)
        #expect(abs(StripChart.median([1e-6, 1e-4], logarithmic: true)! - 1e-5) < 1e-17)
        #expect(StripChart.median([1, 2, 10], logarithmic: false) == 2)
    }
}

@Suite("Strip chart layout")
struct StripChartLayoutTests {
    @Test("category and group labels end left of the plot area")
    func labelsLeftOfPlot() throws {
        let svg = try SVGInspector(try ExampleCharts.conductivity().render().svg)
        let plot = try svg.plotArea()
        let labels = svg.lineBoxes(inside: "category-labels")
        #expect(labels.count >= 15)
        for label in labels { #expect(label.box.maxX <= plot.minX, "\(label.text)") }
    }
}
