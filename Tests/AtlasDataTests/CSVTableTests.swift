import PropertyBased
import Testing

@testable import AtlasData

/// The CSV reader works on bytes for speed; these tests hold it to the plain character-by-character
/// reading of RFC 4180 that it replaced.
@Suite("CSV reading")
struct CSVTableTests {
    /// The reference reader: one character at a time, columns counted in characters.
    static func reference(_ text: String) -> Result<[[CSVTable.Field]], CSVTable.ParseError> {
        var rows: [[CSVTable.Field]] = []
        var fields: [CSVTable.Field] = []
        var current = ""
        var line = 1
        var column = 1
        var fieldLine = 1
        var fieldColumn = 1
        var quoted = false
        var fieldQuoted = false
        var atFieldStart = true
        var chars = Substring(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        func endField() {
            fields.append(.init(text: current, line: fieldLine, column: fieldColumn, quoted: fieldQuoted))
            current = ""
            fieldQuoted = false
            atFieldStart = true
        }
        func endRow() {
            if !(fields.count == 1 && fields[0].text.isEmpty) { rows.append(fields) }
            fields = []
        }
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        chars.removeFirst()
                        current.append("\"")
                        column += 2
                    } else {
                        quoted = false
                        column += 1
                    }
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
                    column += 1
                    continue
                }
            }
            if c == "," {
                endField()
                column += 1
                fieldLine = line
                fieldColumn = column
                atFieldStart = true
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                endField()
                endRow()
                line += 1
                column = 1
            } else {
                current.append(c)
                column += 1
            }
        }
        if quoted { return .failure(.init(line: fieldLine, column: fieldColumn, reason: "unterminated quoted field")) }
        if !atFieldStart || !current.isEmpty || !fields.isEmpty {
            endField()
            endRow()
        }
        return .success(rows)
    }

    static func read(_ text: String) -> Result<[[CSVTable.Field]], CSVTable.ParseError> {
        do throws(CSVTable.ParseError) {
            return .success(try CSVTable(parsing: text).rows.map(\.fields))
        } catch {
            return .failure(error)
        }
    }

    /// Separators, quotes, line ends, spaces and multi-byte characters from real tables (µ, ⁻, °,
    /// no-break space, a BOM and an emoji); combining marks are left out, because the reference
    /// would glue one to a preceding comma and stop reading that comma as a separator.
    static let alphabet: [Character] = [
        "a", "7", ",", ",", "\"", "\"", "\n", "\r\n", "\r", " ", "µ", "⁻", "°", "\u{00A0}", "🔋", "\u{FEFF}",
    ]

    @Test("any text over CSV's special characters reads as the character-by-character reader reads it")
    func agreesWithReference() async {
        let text = Gen.element(of: Self.alphabet).map { $0 ?? "a" }.array(of: 0...40).map { String($0) }
        await propertyCheck(count: 2000, input: text) { text in
            #expect(Self.read(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test("columns count characters, so a place after µ, ⁻ or a combining overline is where an editor shows it")
    func columnsCountCharacters() throws {
        let rows = try CSVTable(parsing: "µS cm⁻¹,x\nLi\u{0305}3,\"q\"\"\",z\n").rows
        #expect(rows.map(\.line) == [1, 2])
        #expect(rows[0].fields.map(\.column) == [1, 9])
        #expect(rows[1].fields.map(\.text) == ["Li\u{0305}3", "q\"", "z"])
        #expect(rows[1].fields.map(\.column) == [1, 5, 11])
    }

    @Test("a quote left open names the line and column where it opened")
    func unterminated() {
        #expect(Self.read("a,b\nc,\"d\ne") == .failure(.init(line: 2, column: 3, reason: "unterminated quoted field")))
    }
}

extension CSVTable.Field: CustomTestStringConvertible {
    public var testDescription: String { "\(line):\(column)\(quoted ? "q" : "") \(text.debugDescription)" }
}
