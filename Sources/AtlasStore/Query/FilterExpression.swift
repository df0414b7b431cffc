/// A parsed `--where` expression: comparisons on fields combined with `and`, `or`, `not`.
///
/// Values are kept as typed (raw text or a quoted string); their meaning depends on the field and
/// is resolved when the expression is compiled to SQL (``SQLCompiler``). Every node remembers the
/// 1-based column where it started so that errors can point at it.
public indirect enum FilterExpression: Hashable, Sendable {
    case and(FilterExpression, FilterExpression)
    case or(FilterExpression, FilterExpression)
    case not(FilterExpression)
    case predicate(Predicate)

    /// `field op value`, `field in (…)`, `field is [not] na`, `field between a and b`.
    public struct Predicate: Hashable, Sendable {
        public var field: String
        public var fieldColumn: Int
        public var test: Test

        public init(field: String, fieldColumn: Int, test: Test) {
            self.field = field
            self.fieldColumn = fieldColumn
            self.test = test
        }
    }

    public enum Test: Hashable, Sendable {
        case compare(ComparisonOperator, Value)
        case isIn([Value], negated: Bool)
        case isNA(negated: Bool)
        case between(Value, Value)
    }

    public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
        case equal = "="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        /// Case-insensitive "contains".
        case contains = "~"
        case notContains = "!~"
    }

    /// A value as typed, with the column where it starts.
    public struct Value: Hashable, Sendable {
        public var text: String
        /// True when the user quoted it ("x' or 1=1 --"): never interpreted, matched literally.
        public var quoted: Bool
        public var column: Int

        public init(_ text: String, quoted: Bool = false, column: Int = 0) {
            self.text = text
            self.quoted = quoted
            self.column = column
        }
    }
}

extension FilterExpression {
    /// The expression written back as text that ``QueryParser`` reads to the same expression
    /// (up to column positions). Binary operators are fully parenthesized.
    public var text: String {
        switch self {
        case .and(let a, let b): return "(\(a.text) and \(b.text))"
        case .or(let a, let b): return "(\(a.text) or \(b.text))"
        case .not(let e): return "not \(e.text)"
        case .predicate(let p):
            switch p.test {
            case .compare(let op, let v): return "\(p.field) \(op.rawValue) \(v.written)"
            case .isIn(let values, let negated):
                return "\(p.field) \(negated ? "not in" : "in") (" + values.map(\.written).joined(separator: ", ") + ")"
            case .isNA(let negated): return "\(p.field) is \(negated ? "not na" : "na")"
            case .between(let a, let b): return "\(p.field) between \(a.written) and \(b.written)"
            }
        }
    }

    /// The same expression with every column position set to 0 (for structural comparison).
    public var withoutPositions: FilterExpression {
        switch self {
        case .and(let a, let b): return .and(a.withoutPositions, b.withoutPositions)
        case .or(let a, let b): return .or(a.withoutPositions, b.withoutPositions)
        case .not(let e): return .not(e.withoutPositions)
        case .predicate(var p):
            p.fieldColumn = 0
            switch p.test {
            case .compare(let op, let v): p.test = .compare(op, v.unpositioned)
            case .isIn(let vs, let n): p.test = .isIn(vs.map(\.unpositioned), negated: n)
            case .isNA: break
            case .between(let a, let b): p.test = .between(a.unpositioned, b.unpositioned)
            }
            return .predicate(p)
        }
    }
}

extension FilterExpression.Value {
    var unpositioned: Self { Self(text, quoted: quoted, column: 0) }

    /// Quoted values are written with double quotes, escaping `"` and `\`.
    var written: String {
        guard quoted else { return text }
        var out = "\""
        for c in text {
            if c == "\"" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out + "\""
    }
}
