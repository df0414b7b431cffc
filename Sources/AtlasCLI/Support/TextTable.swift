/// A plain-text table that fits a terminal width: columns get their natural width, and the
/// widest text columns are shortened with "…" until the row fits.
struct TextTable {
    struct Column {
        var title: String
        var rightAligned = false
        /// Columns that may be shortened (free text) rather than numbers.
        var shrinkable = true
        var minWidth = 4
    }

    var columns: [Column]
    var rows: [[String]]

    func render(width: Int = 100) -> String {
        var widths = columns.indices.map { i in
            max(columns[i].title.count, rows.map { $0[i].count }.max() ?? 0)
        }
        let separator = 2
        func total() -> Int { widths.reduce(0, +) + separator * (widths.count - 1) }
        while total() > width {
            // Shrink the widest shrinkable column by one.
            guard
                let i = widths.indices.filter({ columns[$0].shrinkable && widths[$0] > columns[$0].minWidth })
                    .max(by: { widths[$0] < widths[$1] })
            else { break }
            widths[i] -= 1
        }
        func cell(_ text: String, _ i: Int) -> String {
            var t = text
            if t.count > widths[i] { t = String(t.prefix(widths[i] - 1)) + "…" }
            let pad = String(repeating: " ", count: widths[i] - t.count)
            return columns[i].rightAligned ? pad + t : t + pad
        }
        var lines = [columns.indices.map { cell(columns[$0].title, $0) }.joined(separator: "  ")]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in rows {
            lines.append(row.indices.map { cell(row[$0], $0) }.joined(separator: "  "))
        }
        return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }
}
