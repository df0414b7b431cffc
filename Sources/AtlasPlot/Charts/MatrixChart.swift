/// A level of an ordinal rating (low / medium / high), with its cell colour.
public struct RatingLevel: Sendable, Equatable {
    public var name: String
    /// Nil: sampled from viridis by the level's position (see ``Palette/sequential(count:end:)``).
    public var color: Color?

    public init(_ name: String, color: Color? = nil) {
        self.name = name
        self.color = color
    }
}

/// A column of a matrix chart.
public struct MatrixColumn: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Narrow cells coloured by rating level, with optional short text.
        case rating
        /// A wide column of wrapped text (advantages, drawbacks); `weight` shares the width left
        /// after the rating columns among text columns.
        case text(weight: Double)
    }

    public var title: String
    public var kind: Kind

    public init(_ title: String, kind: Kind = .rating) {
        self.title = title
        self.kind = kind
    }
}

/// The content of one cell.
public enum MatrixCell: Sendable, Equatable {
    /// Coloured by the level at index `level` of ``MatrixChart/levels``, with optional short
    /// text (`"< 100 °C"`) drawn inside.
    case rating(Int, text: String?)
    /// Text, wrapped to the column width.
    case text(String)
    /// Not reported.
    case empty
}

/// A row of a matrix chart: a label, an optional group, and one cell per column.
public struct MatrixRow: Sendable, Equatable {
    public var label: String
    /// Rows of one group must be adjacent; each group gets a header line.
    public var group: String?
    public var cells: [MatrixCell]
    /// Used in cell `data-id`s (`<id>-c<column>`); nil uses `r<row index>`.
    public var id: String?
    /// Where a click on the row's rated cells goes (the technique page).
    public var link: String?

    public init(_ label: String, group: String? = nil, cells: [MatrixCell], id: String? = nil, link: String? = nil) {
        self.label = label
        self.group = group
        self.cells = cells
        self.id = id
        self.link = link
    }
}

/// Rows × columns of rated cells with text: the deposition-technique map of Fig. 11 (techniques
/// against deposition rate, conformality, process temperature, with advantages and drawbacks).
///
/// ```swift
/// var chart = MatrixChart(
///     levels: [RatingLevel("Low"), RatingLevel("Medium"), RatingLevel("High")],
///     columns: [MatrixColumn("Deposition rate"), MatrixColumn("Conformality"),
///               MatrixColumn("Advantages", kind: .text(weight: 1))])
/// chart.rows = [MatrixRow("RF sputtering", group: "Physical vapour deposition",
///                         cells: [.rating(0, text: "~1 µm/h"), .rating(0, text: nil), .text("Dense films")])]
/// let svg = try chart.render().svg
/// ```
///
/// Each rated cell is a mark with a `data-id` and a tooltip ("row — column: level, text"). The
/// width grows past ``width`` only when the text columns would be narrower than 120 px.
public struct MatrixChart: Sendable {
    public var levels: [RatingLevel]
    public var columns: [MatrixColumn]
    public var rows: [MatrixRow] = []
    /// Title of the level legend ("Rating").
    public var levelsTitle: String?
    /// Title above the row labels ("Technique").
    public var rowsTitle: String?
    public var title: String?
    public var subtitle: String?
    public var source: String?
    public var width: Double = Theme.defaultWidth
    public var idPrefix: String?

    public init(levels: [RatingLevel], columns: [MatrixColumn], rows: [MatrixRow] = []) {
        self.levels = levels
        self.columns = columns
        self.rows = rows
    }

    static let cellSize = 11.0
    static let headerSize = 11.5
    static let rowLabelSize = 12.0
    static let cellPadding = 6.0
    static let minTextColumn = 120.0

    /// Colours of the levels: the caller's, else viridis from dark to light, lightened by half so
    /// that a table of them stays calm and dark text reads on every level.
    public var levelColors: [Color] {
        let defaults = Palette.sequential(count: levels.count, end: 1).map { $0.lightened(by: 0.5) }
        return levels.indices.map { levels[$0].color ?? defaults[$0] }
    }

    public func render() throws(PlotError) -> RenderedChart {
        guard !rows.isEmpty, !columns.isEmpty else { throw .noData(chart: "matrix chart") }
        for row in rows {
            guard row.cells.count == columns.count else {
                throw .matrixRowLength(row: row.label, expected: columns.count, actual: row.cells.count)
            }
            for (column, cell) in zip(columns, row.cells) {
                if case .rating(let level, _) = cell, !levels.indices.contains(level) {
                    throw .unknownRatingLevel(row: row.label, column: column.title, level: level)
                }
            }
        }
        let colors = levelColors

        // Column widths: the row-label column and rating columns as wide as their content needs
        // (within limits), text columns share the rest by weight.
        let rowLabelWidth =
            min(150, rows.map { TextMetrics.width($0.label, size: Self.rowLabelSize) }.max() ?? 0) + 2
            * Self.cellPadding
        var widths = [Double](repeating: 0, count: columns.count)
        for (j, column) in columns.enumerated() where column.kind == .rating {
            let longestWord =
                column.title.split(separator: " ").map {
                    TextMetrics.width(String($0), size: Self.headerSize, bold: true)
                }.max() ?? 0
            let longestText =
                rows.compactMap { row -> Double? in
                    guard case .rating(_, let text?) = row.cells[j] else { return nil }
                    return text.split(separator: " ").map { TextMetrics.width(String($0), size: Self.cellSize) }.max()
                }.max() ?? 0
            widths[j] = min(110, max(56, longestWord, longestText) + 2 * Self.cellPadding)
        }
        let totalWeight = columns.reduce(0.0) { total, column in
            if case .text(let weight) = column.kind { return total + max(weight, 0.1) }
            return total
        }
        let fixed = rowLabelWidth + widths.reduce(0, +)
        var chartWidth = width
        let textWidthAvailable = width - 2 * Theme.padding - fixed
        if totalWeight > 0 {
            let smallest =
                columns.compactMap { column -> Double? in
                    if case .text(let weight) = column.kind { return max(weight, 0.1) }
                    return nil
                }.min() ?? 1
            if textWidthAvailable * smallest / totalWeight < Self.minTextColumn {
                chartWidth = 2 * Theme.padding + fixed + Self.minTextColumn * totalWeight / smallest
            }
            let share = (chartWidth - 2 * Theme.padding - fixed) / totalWeight
            for (j, column) in columns.enumerated() {
                if case .text(let weight) = column.kind { widths[j] = share * max(weight, 0.1) }
            }
        } else {
            chartWidth = max(width, 2 * Theme.padding + fixed)
        }
        let tableWidth = rowLabelWidth + widths.reduce(0, +)
        let left = Theme.padding
        var columnX: [Double] = []
        var x = left + rowLabelWidth
        for w in widths {
            columnX.append(x)
            x += w
        }

        let chrome = ChartChrome(title: title, subtitle: subtitle, source: source, width: chartWidth)
        let lineStep = Self.cellSize * Theme.lineHeight
        var elements: [SVGElement] = []
        var marks: [SVGElement] = []

        // Header row, bottom-aligned.
        let headerLines = columns.indices.map {
            TextMetrics.wrap(
                columns[$0].title, maxWidth: widths[$0] - 2 * Self.cellPadding, size: Self.headerSize, bold: true)
        }
        let headerHeight = Double(headerLines.map(\.count).max() ?? 1) * Self.headerSize * Theme.lineHeight + 10
        let top = chrome.headerHeight
        for (j, lines) in headerLines.enumerated() {
            let blockTop = top + headerHeight - 6 - TextElement.blockHeight(lines: lines.count, size: Self.headerSize)
            let centered = columns[j].kind == .rating
            elements.append(
                TextElement.lines(
                    lines, x: centered ? columnX[j] + widths[j] / 2 : columnX[j] + Self.cellPadding,
                    y: blockTop + Self.headerSize, size: Self.headerSize, anchor: centered ? .middle : .start,
                    bold: true))
        }
        if let rowsTitle, !rowsTitle.isEmpty {
            let lines = TextMetrics.wrap(
                rowsTitle, maxWidth: rowLabelWidth - 2 * Self.cellPadding, size: Self.headerSize, bold: true)
            let blockTop = top + headerHeight - 6 - TextElement.blockHeight(lines: lines.count, size: Self.headerSize)
            elements.append(
                TextElement.lines(
                    lines, x: left + Self.cellPadding, y: blockTop + Self.headerSize, size: Self.headerSize, bold: true)
            )
        }
        elements.append(
            lineElement(left, top + headerHeight, left + tableWidth, top + headerHeight, color: Color.ink, width: 1.2))

        var y = top + headerHeight
        var previousGroup: String?
        var rowNumber = 0
        for (i, row) in rows.enumerated() {
            if let name = row.group, name != previousGroup {
                let groupHeight = 24.0
                elements.append(
                    SVGElement(
                        "rect",
                        [
                            "x": SVGNumber.string(left), "y": SVGNumber.string(y),
                            "width": SVGNumber.string(tableWidth),
                            "height": SVGNumber.string(groupHeight), "fill": "#EDEDED",
                        ]))
                elements.append(
                    TextElement.line(name, x: left + Self.cellPadding, y: y + 16.5, size: Self.rowLabelSize, bold: true)
                )
                y += groupHeight
                rowNumber = 0
            }
            previousGroup = row.group

            // Row height: the tallest of label, rating text and wrapped text cells.
            let labelLines = TextMetrics.wrap(
                row.label, maxWidth: rowLabelWidth - 2 * Self.cellPadding, size: Self.rowLabelSize)
            var cellLines: [[String]] = []
            for (j, cell) in row.cells.enumerated() {
                switch cell {
                case .rating(_, let text?):
                    cellLines.append(
                        TextMetrics.wrap(text, maxWidth: widths[j] - 2 * Self.cellPadding, size: Self.cellSize))
                case .text(let text):
                    cellLines.append(
                        TextMetrics.wrap(text, maxWidth: widths[j] - 2 * Self.cellPadding, size: Self.cellSize))
                default: cellLines.append([])
                }
            }
            let contentLines = max(cellLines.map(\.count).max() ?? 0, 1)
            let rowHeight = max(
                30, Double(contentLines) * lineStep + 12,
                TextElement.blockHeight(lines: labelLines.count, size: Self.rowLabelSize) + 12)

            if rowNumber % 2 == 1 {
                elements.append(
                    SVGElement(
                        "rect",
                        [
                            "x": SVGNumber.string(left), "y": SVGNumber.string(y),
                            "width": SVGNumber.string(tableWidth),
                            "height": SVGNumber.string(rowHeight), "fill": "#F7F7F7",
                        ]))
            }
            let labelTop =
                y + (rowHeight - TextElement.blockHeight(lines: labelLines.count, size: Self.rowLabelSize)) / 2
            elements.append(
                TextElement.lines(
                    labelLines, x: left + Self.cellPadding, y: labelTop + Self.rowLabelSize * 0.95,
                    size: Self.rowLabelSize))

            let rowID = row.id ?? "r\(i)"
            for (j, cell) in row.cells.enumerated() {
                let cellX = columnX[j]
                switch cell {
                case .rating(let level, let text):
                    // A pill as tall as its text, centred in the row: tall rows (long advantages)
                    // would otherwise turn into heavy blocks of colour.
                    let lines = cellLines[j]
                    let pillHeight = max(22, TextElement.blockHeight(lines: lines.count, size: Self.cellSize) + 8)
                    var rect = SVGElement(
                        "rect",
                        [
                            "class": "mark", "data-id": "\(rowID)-c\(j)",
                            "x": SVGNumber.string(cellX + 4), "y": SVGNumber.string(y + (rowHeight - pillHeight) / 2),
                            "width": SVGNumber.string(widths[j] - 8), "height": SVGNumber.string(pillHeight),
                            "rx": "5", "fill": colors[level].hex,
                        ])
                    let detail = text.map { ", " + $0 } ?? ""
                    rect.append(.title("\(row.label) — \(columns[j].title): \(levels[level].name)\(detail)"))
                    if let link = row.link, let href = LinkPolicy.safe(link) {
                        marks.append(SVGElement("a", ["href": href], children: [.element(rect)]))
                    } else {
                        marks.append(rect)
                    }
                    if !lines.isEmpty {
                        let blockTop =
                            y + (rowHeight - TextElement.blockHeight(lines: lines.count, size: Self.cellSize)) / 2
                        var label = TextElement.lines(
                            lines, x: cellX + widths[j] / 2, y: blockTop + Self.cellSize * 0.95, size: Self.cellSize,
                            anchor: .middle, color: colors[level].contrastingText)
                        label.set("pointer-events", "none")
                        marks.append(label)
                    }
                case .text:
                    let lines = cellLines[j]
                    let blockTop =
                        y + (rowHeight - TextElement.blockHeight(lines: lines.count, size: Self.cellSize)) / 2
                    elements.append(
                        TextElement.lines(
                            lines, x: cellX + Self.cellPadding, y: blockTop + Self.cellSize * 0.95, size: Self.cellSize)
                    )
                case .empty:
                    elements.append(
                        TextElement.line(
                            "–", x: cellX + (columns[j].kind == .rating ? widths[j] / 2 : Self.cellPadding),
                            y: y + rowHeight / 2 + 4, size: Self.cellSize,
                            anchor: columns[j].kind == .rating ? .middle : .start, color: .mutedInk))
                }
            }
            y += rowHeight
            rowNumber += 1
        }
        elements.append(lineElement(left, y, left + tableWidth, y, color: Color.ink, width: 1.2))

        let legend = LegendLayout(
            entries: levels.indices.map { LegendEntry(levels[$0].name, symbol: .swatch(colors[$0])) },
            title: levelsTitle, placement: .bottom, availableWidth: chartWidth - 2 * Theme.padding)
        var height = y + chrome.footerHeight
        var body = [group("table", elements), group("marks", marks)]
        if let legend {
            body.append(legend.render(x: left, y: y + 14))
            height = y + 14 + legend.height + chrome.footerHeight
        }
        let prefix = idPrefix ?? "chart-" + StableHash.tag((title ?? "") + columns.map(\.title).joined(separator: "|"))
        let svg = chrome.document(height: height, idPrefix: prefix, body: body)
        let rated = rows.reduce(0) { total, row in
            total + row.cells.filter { if case .rating = $0 { return true } else { return false } }.count
        }
        return RenderedChart(svg: svg, width: chartWidth, height: height, markCount: rated, dropped: DroppedValues())
    }
}
