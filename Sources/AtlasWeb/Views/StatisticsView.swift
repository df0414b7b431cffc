import AtlasAnalysis
import AtlasCore

/// Statistics of the records per family or method (``GroupStatistics``, what `mbatlas families`
/// and `mbatlas methods` print): count, and median with range of each quantity.
enum StatisticsView {
    /// The table: one row per group; `href` gives the group's link (its profile on the page).
    static func table(_ groups: [GroupStatistics], title: String, href: (GroupStatistics) -> String?) -> Node {
        .element("div", ["class": "table-scroll"]) {
            Node.element("table", ["class": "statistics"]) {
                Node.element("thead") {
                    Node.element("tr") {
                        Node.element("th", ["scope": "col"]) { title }
                        Node.element("th", ["scope": "col", "class": "num"]) { "records" }
                        for (label, _) in columns { Node.element("th", ["scope": "col", "class": "num"]) { label } }
                    }
                }
                Node.element("tbody") {
                    for g in groups {
                        Node.element("tr") {
                            Node.element("th", ["scope": "row"]) {
                                if let link = href(g) { Node.element("a", ["href": link]) { g.name } } else { g.name }
                            }
                            Node.element("td", ["class": "num"]) { String(g.count) }
                            for (_, value) in columns { Node.element("td", ["class": "num"]) { cell(value(g)) } }
                        }
                    }
                }
            }
        }
    }

    static var columns: [(String, (GroupStatistics) -> Statistics?)] {
        [
            ("σ (S cm⁻¹)", \.conductivity),
            ("capacity (µA h cm⁻²)", \.capacityAreal),
            ("capacity (µA h cm⁻² µm⁻¹)", \.capacityVolumetric),
            ("capacity (mA h g⁻¹)", \.capacitySpecific),
            ("cycles", \.cycles),
            ("retention (%)", \.retention),
        ]
    }

    /// The median, with the range and the number of values below it; "—" without values.
    static func cell(_ s: Statistics?) -> Node {
        guard let s else { return .text("—") }
        let digits = 2
        return .fragment([
            .text(Format.number(s.median, digits: digits)),
            .element("span", ["class": "range"]) {
                s.count == 1
                    ? "1 value"
                    : Format.number(s.min, digits: digits) + "–" + Format.number(s.max, digits: digits)
                        + ", \(s.count) values"
            },
        ])
    }

    /// The note under a statistics table.
    static let note =
        "Each cell: the median over the records that report the value, with the range and the number of "
        + "values below it. Conductivity medians of an even count are geometric means (conductivities span decades). "
        + "A record made by two methods counts for both."
}
