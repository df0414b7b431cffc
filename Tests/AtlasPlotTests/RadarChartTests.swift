import Foundation
import Testing

@testable import AtlasPlot

@Suite("Radar chart")
struct RadarChartTests {
    @Test("six series on seven axes draw 42 vertex marks and six filled polygons")
    func marksPerVertex() throws {
        let rendered = try ExampleCharts.radar().render()
        let svg = try SVGInspector(rendered.svg)
        #expect(svg.marks.count == 42)
        #expect(rendered.markCount == 42)
        let polygons = svg.elements.filter { $0.attributes["data-series"] != nil }
        #expect(polygons.count == 6)
        #expect(polygons.allSatisfy { $0.attributes["fill-opacity"] != nil })
        #expect(svg.texts.contains("Ionic conductivity"))
        #expect(svg.marks.first?.attributes["data-id"] == "family-0-0")
    }

    @Test("a missing value is dropped and counted, and the outline breaks there without a fill")
    func missingValue() throws {
        var chart = RadarChart(axes: ["a", "b", "c", "d"])
        chart.series = [RadarSeries("s", values: [0.5, .nan, 0.7, 0.9])]
        let rendered = try chart.render()
        #expect(rendered.dropped.nonFinite == 1)
        let svg = try SVGInspector(rendered.svg)
        #expect(svg.marks.count == 3)
        let outline = try #require(svg.elements.first { $0.attributes["data-series"] == "s" })
        #expect(outline.attributes["fill"] == "none")
        #expect(!(outline.attributes["d"] ?? "").contains("Z"))
    }

    @Test("zeros on different axes stay apart; equal values of two series on one axis are spread apart")
    func noHiddenMarks() throws {
        var chart = RadarChart(axes: ["a", "b", "c", "d"])
        chart.series = [
            RadarSeries("s", values: [0, 0, 0.5, 0.8], shape: .circle),
            RadarSeries("t", values: [0.3, 0.6, 0.5, 0.1], shape: .circle),
        ]
        let marks = try SVGInspector(try chart.render().svg).circleMarks
        #expect(marks.count == 8)
        for (i, m) in marks.enumerated() {
            for n in marks[(i + 1)...] {
                #expect(hypot(m.x - n.x, m.y - n.y) > 5, "marks \(m) and \(n) overlap")
            }
        }
    }

    @Test("a series with gaps gets dotted chords joining the values on either side of each gap")
    func gapChords() throws {
        var chart = RadarChart(axes: ["a", "b", "c", "d", "e"])
        chart.series = [RadarSeries("s", values: [0.5, .nan, 0.7, .nan, 0.9])]
        let svg = try SVGInspector(try chart.render().svg)
        let drawn = svg.elements.filter { $0.attributes["data-series"] == "s" }
        let chords = try #require(drawn.first { $0.attributes["stroke-dasharray"] != nil })
        // Runs: [e, a] and [c]; chords join a → c and c → e.
        #expect((chords.attributes["d"] ?? "").filter { $0 == "M" }.count == 2)
    }

    @Test("default vertex tooltips name the series, axis and value")
    func tooltips() throws {
        var chart = RadarChart(axes: ["Ionic conductivity", "b", "c"])
        chart.series = [RadarSeries("LiPON", values: [0.35, 1, 0])]
        let titles = try SVGInspector(try chart.render().svg).all("title").map(\.text)
        #expect(titles.contains("LiPON — Ionic conductivity: 0.35"))
    }

    @Test("bad shapes of data are typed errors")
    func errors() {
        #expect(throws: PlotError.tooFewRadarAxes(count: 2)) { try RadarChart(axes: ["a", "b"]).render() }
        #expect(throws: PlotError.radarValueCount(series: "s", expected: 3, actual: 2)) {
            try RadarChart(axes: ["a", "b", "c"], series: [RadarSeries("s", values: [1, 0])]).render()
        }
        #expect(throws: PlotError.radarValueOutOfRange(series: "s", axis: "b", value: 1.5)) {
            try RadarChart(axes: ["a", "b", "c"], series: [RadarSeries("s", values: [1, 1.5, 0])]).render()
        }
        #expect(throws: PlotError.noData(chart: "radar chart")) { try RadarChart(axes: ["a", "b", "c"]).render() }
    }

    @Test("axis labels stay inside the chart width")
    func labelsInside() throws {
        let rendered = try ExampleCharts.radar().render()
        let lines = try SVGInspector(rendered.svg).lineBoxes(inside: "axis-labels")
        #expect(lines.count >= 7)
        for line in lines {
            #expect(line.box.minX >= 0 && line.box.maxX <= rendered.width, "\(line.text)")
        }
    }
}
