/// A CSV file read into rows of fields, each field with the line and column where it starts,
/// so that every error can name its place. RFC 4180: comma separated, `"` quoting with `""`
/// escapes, LF or CRLF line ends, an optional UTF-8 byte-order mark.
public struct CSVTable: Sendable {
    public struct Field: Sendable, Hashable {
        public var text: String
        public var line: Int
        public var column: Int
        /// Whether the field was enclosed in double quotes (its text then starts one column later).
        public var quoted = false

        /// The column where the field's text starts (after an opening quote).
        public var textColumn: Int { quoted ? column + 1 : column }
    }

    public struct Row: Sendable {
        public var fields: [Field]
        public var line: Int
    }

    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let reason: String
        public var description: String { "\(line):\(column): \(reason)" }
    }

    public var rows: [Row]

    /// Parses `text`; an unterminated quote is an error naming where the quote opened.
    public init(parsing text: String, separator: Character = ",") throws(ParseError) {
        var rows: [Row] = []
        var fields: [Field] = []
        var current = ""
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1
        var quoted = false
        var quoteLine = 0, quoteColumn = 0
        var atFieldStart = true
        var fieldQuoted = false
        var chars = Substring(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var rowLine = 1

        func endField() {
            fields.append(Field(text: current, line: fieldLine, column: fieldColumn, quoted: fieldQuoted))
            current = ""
            fieldQuoted = false
            atFieldStart = true
        }

        while let c = chars.first {
            chars.removeFirst()
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        chars.removeFirst()
                        current.append("\"")
                        column += 2
                        continue
                    }
                    quoted = false
                    column += 1
                    continue
                }
                current.append(c)
                if c == "\n" || c == "\r\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                continue
            }
            if atFieldStart {
                fieldLine = line
                fieldColumn = column
                atFieldStart = false
                if c == "\"" {
                    quoted = true
                    fieldQuoted = true
                    quoteLine = line
                    quoteColumn = column
                    column += 1
                    continue
                }
            }
            if c == separator {
                endField()
                column += 1
                fieldLine = line
                fieldColumn = column
                atFieldStart = true
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                endField()
                if !(fields.count == 1 && fields[0].text.isEmpty) {
                    rows.append(Row(fields: fields, line: rowLine))
                }
                fields = []
                line += 1
                column = 1
                rowLine = line
                atFieldStart = true
            } else {
                current.append(c)
                column += 1
            }
        }
        if quoted {
            throw ParseError(line: quoteLine, column: quoteColumn, reason: "unterminated quoted field")
        }
        if !atFieldStart || !current.isEmpty || !fields.isEmpty {
            endField()
            if !(fields.count == 1 && fields[0].text.isEmpty) { rows.append(Row(fields: fields, line: rowLine)) }
        }
        self.rows = rows
    }

    /// One CSV line (no line end) from `values`, quoting fields that need it.
    public static func line(_ values: [String]) -> String {
        values.map { v in
            v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || v.hasPrefix(" ") || v.hasSuffix(" ")
                ? "\"" + v.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
                : v
        }.joined(separator: ",")
    }
}
