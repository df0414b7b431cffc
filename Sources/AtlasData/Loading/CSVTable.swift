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
    ///
    /// Works on the UTF-8 bytes (every byte that matters to CSV is ASCII) and counts columns in
    /// characters, so that a place in a message is where an editor shows it.
    public init(parsing text: String, separator: Unicode.Scalar = ",") throws(ParseError) {
        var rows: [Row] = []
        do {
            try Self.forEachBatch(parsing: text, separator: separator, batchSize: .max) { rows += $0 }
        } catch let error as ParseError {
            throw error
        } catch {
            preconditionFailure("collecting rows throws nothing but parse errors: \(error)")
        }
        self.rows = rows
    }

    /// Reads `text` row by row and hands the rows to `body` in batches of `batchSize`, in order,
    /// so that a large file need not be held as rows all at once. A parse error (an unterminated
    /// quote) is thrown when it is reached, after every complete row before it has been handed
    /// over; an error from `body` stops the reading.
    public static func forEachBatch(
        parsing text: String, separator: Unicode.Scalar = ",", batchSize: Int, _ body: ([Row]) throws -> Void
    ) throws {
        precondition(
            separator.isASCII && separator != "\"" && separator != "\n" && separator != "\r",
            "a CSV separator is one ASCII character other than a quote or a line end")
        precondition(batchSize > 0, "a batch holds at least one row")
        var text = text
        try text.withUTF8 { bytes in
            try Self.rows(bytes, separator: UInt8(separator.value), batchSize: batchSize, body)
        }
    }

    private static func rows(
        _ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, batchSize: Int, _ emit: ([Row]) throws -> Void
    ) throws {
        let quote = UInt8(ascii: "\"")
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        let n = bytes.count
        var i = 0
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var rows: [Row] = []
        var fields: [Field] = []
        var line = 1
        var rowLine = 1
        // Columns are counted lazily: `anchorColumn` is the column of byte `anchor` on this line.
        var anchor = i
        var anchorColumn = 1
        var buffer: [UInt8] = []

        func column(at p: Int) -> Int {
            anchorColumn += characterCount(bytes, anchor, p)
            anchor = p
            return anchorColumn
        }
        func newLine(at p: Int) {
            line += 1
            anchor = p
            anchorColumn = 1
        }
        func endsField(_ b: UInt8) -> Bool { b == separator || b == lf || b == cr }

        while true {
            if i == n && fields.isEmpty { break }
            let fieldLine = line
            let fieldColumn = column(at: i)
            let text: String
            let quoted = i < n && bytes[i] == quote
            if quoted {
                i += 1
                buffer.removeAll(keepingCapacity: true)
                var segment = i
                while true {
                    guard i < n else {
                        // The complete rows before the unreadable one are still handed over.
                        if !rows.isEmpty { try emit(rows) }
                        throw ParseError(line: fieldLine, column: fieldColumn, reason: "unterminated quoted field")
                    }
                    let b = bytes[i]
                    if b == quote {
                        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<i]))
                        if i + 1 < n && bytes[i + 1] == quote {
                            buffer.append(quote)
                            i += 2
                            segment = i
                            continue
                        }
                        i += 1
                        break
                    } else if b == lf {
                        i += 1
                        newLine(at: i)
                    } else if b == cr && i + 1 < n && bytes[i + 1] == lf {
                        i += 2
                        newLine(at: i)
                    } else {
                        i += 1
                    }
                }
                // Text after the closing quote belongs to the field too (`"ab"c` is `abc`).
                let rest = i
                while i < n && !endsField(bytes[i]) { i += 1 }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest..<i]))
                text = String(decoding: buffer, as: UTF8.self)
            } else {
                let start = i
                while i < n && !endsField(bytes[i]) { i += 1 }
                text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            }
            fields.append(Field(text: text, line: fieldLine, column: fieldColumn, quoted: quoted))
            if i < n && bytes[i] == separator {
                i += 1
                continue
            }
            // A line end or the end of the text ends the row; a blank line is no row.
            if !(fields.count == 1 && fields[0].text.isEmpty) {
                rows.append(Row(fields: fields, line: rowLine))
                if rows.count == batchSize {
                    try emit(rows)
                    rows.removeAll(keepingCapacity: true)
                }
            }
            fields.removeAll(keepingCapacity: true)
            if i == n { break }
            i += bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf ? 2 : 1
            newLine(at: i)
            rowLine = line
        }
        if !rows.isEmpty { try emit(rows) }
    }

    /// Characters (grapheme clusters) in `bytes[from..<to]`: the byte count for ASCII.
    private static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var ascii = true
        for k in from..<to where bytes[k] >= 0x80 {
            ascii = false
            break
        }
        return ascii
            ? to - from : String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self).count
    }

    /// One CSV line (no line end) from `values`, quoting fields that need it.
    public static func line(_ values: [String]) -> String {
        values.map { v in
            v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || v.hasPrefix(" ")
                || v.hasSuffix(" ")
                ? "\"" + v.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
                : v
        }.joined(separator: ",")
    }
}
