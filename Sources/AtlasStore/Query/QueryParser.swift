import AtlasCore
import Parsing

/// A problem in a `--where` expression, with the 1-based column it refers to.
public struct QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let column: Int

    public init(_ message: String, column: Int) {
        self.message = message
        self.column = column
    }

    /// `unknown field 'conductivty' at column 1 (did you mean 'conductivity'?)` — the message
    /// already names the column where that reads naturally; otherwise it is appended.
    public var description: String {
        message.contains("at column") || column < 1 ? message : "\(message) at column \(column)"
    }
}

/// Parses the `--where` language.
///
/// ```
/// expression := term ("or" term)*
/// term       := factor ("and" factor)*
/// factor     := "not" factor | "(" expression ")" | predicate
/// predicate  := FIELD op VALUE | FIELD ["not"] "in" "(" VALUE ("," VALUE)* ")"
///             | FIELD "is" ["not"] "na" | FIELD "between" VALUE "and" VALUE
/// op         := = | == | != | <> | < | <= | > | >= | ~ | !~
/// VALUE      := "quoted text" | 'quoted text' | raw text up to the next and/or/)/,
/// ```
/// Keywords are case-insensitive. Raw values may contain spaces (`1 uS/cm`, `solid polymer`).
public struct QueryParser {
    /// The fields the expression may name.
    public let catalogue: QueryCatalogue

    public init(catalogue: QueryCatalogue = .records) {
        self.catalogue = catalogue
    }

    public func parse(_ text: String) throws(QueryError) -> FilterExpression {
        var state = State(whole: text[...], catalogue: catalogue)
        state.input.skipSpaces()
        guard !state.input.isEmpty else { throw QueryError("empty expression", column: 1) }
        do {
            let expression = try state.expression()
            state.input.skipSpaces()
            if let c = state.input.first {
                throw QueryError(
                    c == ")" ? "unbalanced ')'" : "unexpected '\(state.input.prefix(12))'", column: state.column)
            }
            return expression
        } catch let error as QueryError {
            throw error
        } catch {
            throw QueryError("could not read the expression: \(error)", column: state.column)
        }
    }

    struct State {
        let whole: Substring
        var input: Substring
        let catalogue: QueryCatalogue

        init(whole: Substring, catalogue: QueryCatalogue) {
            self.whole = whole
            self.input = whole
            self.catalogue = catalogue
        }

        var column: Int { whole.distance(from: whole.startIndex, to: input.startIndex) + 1 }

        func column(of index: String.Index) -> Int { whole.distance(from: whole.startIndex, to: index) + 1 }

        mutating func expression() throws -> FilterExpression {
            var left = try term()
            while keyword("or") { left = .or(left, try term()) }
            return left
        }

        mutating func term() throws -> FilterExpression {
            var left = try factor()
            while keyword("and") { left = .and(left, try factor()) }
            return left
        }

        mutating func factor() throws -> FilterExpression {
            input.skipSpaces()
            if keyword("not") { return .not(try factor()) }
            if input.first == "(" {
                let open = column
                input.removeFirst()
                let inner = try expression()
                input.skipSpaces()
                guard input.first == ")" else { throw QueryError("unbalanced '(' opened", column: open) }
                input.removeFirst()
                return inner
            }
            return .predicate(try predicate())
        }

        mutating func predicate() throws -> FilterExpression.Predicate {
            input.skipSpaces()
            let fieldColumn = column
            let name = try Prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" }).parse(&input)
            guard !name.isEmpty else {
                if input.isEmpty { throw QueryError("expected a field name at the end", column: fieldColumn) }
                throw QueryError("expected a field name, found '\(input.prefix(1))'", column: fieldColumn)
            }
            guard catalogue.named(String(name)) != nil else {
                let hint = catalogue.suggestion(for: String(name)).map { " (did you mean '\($0)'?)" } ?? ""
                throw QueryError("unknown field '\(name)' at column \(fieldColumn)\(hint)", column: fieldColumn)
            }
            let field = String(name).lowercased()
            input.skipSpaces()
            if keyword("is") {
                let negated = keyword("not")
                guard keyword("na") else { throw QueryError("expected 'na' after 'is'", column: column) }
                return .init(field: field, fieldColumn: fieldColumn, test: .isNA(negated: negated))
            }
            var probe = self
            if probe.keyword("not"), probe.keyword("in") {
                self = probe
                return .init(field: field, fieldColumn: fieldColumn, test: .isIn(try list(), negated: true))
            }
            if keyword("in") {
                return .init(field: field, fieldColumn: fieldColumn, test: .isIn(try list(), negated: false))
            }
            if keyword("between") {
                let low = try value(stopAtComma: false)
                guard keyword("and") else { throw QueryError("expected 'and' in 'between … and …'", column: column) }
                let high = try value(stopAtComma: false)
                return .init(field: field, fieldColumn: fieldColumn, test: .between(low, high))
            }
            let opColumn = column
            guard let op = try? comparison.parse(&input) else {
                let found = input.isEmpty ? "the end" : "'\(input.prefix(8))'"
                throw QueryError(
                    "expected an operator (= != < <= > >= ~ in is between) after '\(field)', found \(found)",
                    column: opColumn)
            }
            return .init(field: field, fieldColumn: fieldColumn, test: .compare(op, try value(stopAtComma: false)))
        }

        var comparison: some Parser<Substring, FilterExpression.ComparisonOperator> {
            OneOf {
                "==".map { FilterExpression.ComparisonOperator.equal }
                "!=".map { FilterExpression.ComparisonOperator.notEqual }
                "<>".map { FilterExpression.ComparisonOperator.notEqual }
                "<=".map { FilterExpression.ComparisonOperator.lessOrEqual }
                ">=".map { FilterExpression.ComparisonOperator.greaterOrEqual }
                "!~".map { FilterExpression.ComparisonOperator.notContains }
                "=".map { FilterExpression.ComparisonOperator.equal }
                "<".map { FilterExpression.ComparisonOperator.less }
                ">".map { FilterExpression.ComparisonOperator.greater }
                "~".map { FilterExpression.ComparisonOperator.contains }
            }
        }

        mutating func list() throws -> [FilterExpression.Value] {
            input.skipSpaces()
            guard input.first == "(" else { throw QueryError("expected '(' after 'in'", column: column) }
            let open = column
            input.removeFirst()
            var values = [try value(stopAtComma: true)]
            while true {
                input.skipSpaces()
                if input.first == "," {
                    input.removeFirst()
                    values.append(try value(stopAtComma: true))
                } else if input.first == ")" {
                    input.removeFirst()
                    return values
                } else {
                    throw QueryError("unbalanced '(' opened", column: open)
                }
            }
        }

        /// A quoted string, or raw text up to a keyword (`and`, `or`), `)`, end, and (in lists) `,`.
        mutating func value(stopAtComma: Bool) throws -> FilterExpression.Value {
            input.skipSpaces()
            let start = column
            if let q = input.first, q == "\"" || q == "'" {
                input.removeFirst()
                var text = ""
                while let c = input.first {
                    input.removeFirst()
                    if c == "\\", let next = input.first {
                        text.append(next)
                        input.removeFirst()
                    } else if c == q {
                        return .init(text, quoted: true, column: start)
                    } else {
                        text.append(c)
                    }
                }
                throw QueryError("unterminated quoted value", column: start)
            }
            var text = ""
            var depth = 0
            while let c = input.first {
                if c == "(" { depth += 1 }
                if c == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                if c == "," && stopAtComma && depth == 0 { break }
                if Lexicon.isSpace(c) {
                    var probe = self
                    probe.input.skipSpaces()
                    if probe.atKeyword("and") || probe.atKeyword("or") { break }
                }
                text.append(c)
                input.removeFirst()
            }
            let trimmed = text.trimmingSpaces
            guard !trimmed.isEmpty else {
                throw QueryError(input.isEmpty ? "expected a value at the end" : "expected a value", column: start)
            }
            return .init(trimmed, quoted: false, column: start)
        }

        /// Whether a keyword starts here (followed by a space, a parenthesis or the end).
        func atKeyword(_ word: String) -> Bool {
            guard input.count >= word.count, input.prefix(word.count).lowercased() == word else { return false }
            let after = input.dropFirst(word.count).first
            return after.map { Lexicon.isSpace($0) || $0 == "(" || $0 == ")" } ?? true
        }

        /// Consumes a keyword if one starts after optional spaces.
        mutating func keyword(_ word: String) -> Bool {
            var probe = input
            probe.skipSpaces()
            let saved = input
            input = probe
            if atKeyword(word) {
                input.removeFirst(word.count)
                return true
            }
            input = saved
            return false
        }
    }
}

/// Character helpers borrowed from AtlasCore's lexicon.
enum Lexicon {
    static func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{00A0}" || c == "\n" }
}

extension Substring {
    mutating func skipSpaces() {
        while let c = first, Lexicon.isSpace(c) { removeFirst() }
    }
}
