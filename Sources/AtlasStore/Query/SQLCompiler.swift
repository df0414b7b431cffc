import AtlasCore
import AtlasData

/// A value bound to a `?` placeholder; the compiler never splices user text into SQL.
public enum SQLValue: Hashable, Sendable {
    case text(String)
    case real(Double)
    case integer(Int)
}

/// A WHERE clause with its bound arguments.
public struct CompiledFilter: Hashable, Sendable {
    public var sql: String
    public var arguments: [SQLValue]

    public static let all = CompiledFilter(sql: "1", arguments: [])
}

/// Turns a ``FilterExpression`` into SQL over the `record` table (joined with `reference`).
///
/// Semantics (documented in docs/QUERY.md):
/// - quantities compare in the field's canonical unit; a value's unit must be of the field's kind;
///   a bare number is in the canonical unit; a record whose value is NA or printed in a unit of
///   another kind has NULL there and never matches a comparison;
/// - three-valued logic: `!=` and `not` do not match records where the field is NA — use `is na`;
/// - `family = LiPON` also matches LiPON's variants (LiPONB, LiSiPON, LiPWON);
/// - text `=` is case-insensitive equality, `~` case-insensitive "contains".
public struct SQLCompiler: Sendable {
    /// The fields (and their columns) expressions are compiled against.
    public let catalogue: QueryCatalogue

    public init(catalogue: QueryCatalogue = .records) {
        self.catalogue = catalogue
    }

    public func compile(_ expression: FilterExpression) throws(QueryError) -> CompiledFilter {
        var args: [SQLValue] = []
        let sql = try clause(expression, &args)
        return CompiledFilter(sql: sql, arguments: args)
    }

    /// Parses and compiles in one step.
    public func compile(_ text: String) throws(QueryError) -> CompiledFilter {
        try compile(QueryParser(catalogue: catalogue).parse(text))
    }

    private func clause(_ e: FilterExpression, _ args: inout [SQLValue]) throws(QueryError) -> String {
        switch e {
        case .and(let a, let b): return "(\(try clause(a, &args)) AND \(try clause(b, &args)))"
        case .or(let a, let b): return "(\(try clause(a, &args)) OR \(try clause(b, &args)))"
        case .not(let inner): return "(NOT \(try clause(inner, &args)))"
        case .predicate(let p): return try predicate(p, &args)
        }
    }

    private func predicate(_ p: FilterExpression.Predicate, _ args: inout [SQLValue]) throws(QueryError) -> String {
        guard let field = catalogue.named(p.field) else {
            throw QueryError("unknown field '\(p.field)'", column: p.fieldColumn)
        }
        switch field.type {
        case .quantity(let kind, let column):
            return try quantity(field, [(kind, column)], p, &args)
        case .polymorphic(let options):
            return try quantity(field, options, p, &args)
        case .integer(let column):
            return try integer(field, column, p, &args)
        case .text(let column):
            return try text(field, column, p, &args)
        case .category(let vocabulary, let column):
            return try category(field, vocabulary, column, p, &args)
        }
    }

    // MARK: Quantities

    private func quantity(
        _ field: QueryField, _ options: [(kind: QuantityKind, column: String)], _ p: FilterExpression.Predicate,
        _ args: inout [SQLValue]
    ) throws(QueryError) -> String {
        func number(_ v: FilterExpression.Value) throws(QueryError) -> (Double, String) {
            if v.quoted {
                throw QueryError("'\(field.name)' takes a number with a unit, not quoted text", column: v.column)
            }
            let reported: ReportedValue
            // `temperature between 20 C and 30 C`: a bare C after a number is °C for temperatures.
            let text = options[0].kind == .temperature ? TemperatureText.celsiusSpelled(v.text) : v.text
            do {
                reported = try ReportedValue.parse(text, defaultUnit: options[0].kind.canonicalUnit)
            } catch {
                throw Self.shift(error, by: v.column - 1, value: v.text)
            }
            guard case .quantity(let q) = reported else {
                throw QueryError("use 'is na' to find records without a value", column: v.column)
            }
            guard case .exact(let x) = q.magnitude else {
                throw QueryError("expected a single value for '\(field.name)', found '\(v.text)'", column: v.column)
            }
            guard let option = options.first(where: { $0.kind.accepts(q.unit) }) else {
                let expected = options.count == 1 ? options[0].kind.name : field.name
                let unitText = Self.unitText(of: v.text)
                let offset = v.text.count - unitText.count
                throw QueryError(
                    "'\(unitText)' is not \(Self.article(expected)) \(expected) unit at column \(v.column + offset)",
                    column: v.column + offset)
            }
            let canonical = (try? Quantity(x, q.unit).value(in: option.kind)) ?? x
            return (canonical, option.column)
        }
        switch p.test {
        case .isNA(let negated):
            let all = options.map { "\($0.column) IS NULL" }.joined(separator: " AND ")
            return negated ? "(NOT (\(all)))" : "(\(all))"
        case .compare(let op, let v):
            let (x, column) = try number(v)
            switch op {
            case .contains, .notContains:
                throw QueryError("'~' compares text; '\(field.name)' is a quantity", column: p.fieldColumn)
            case .equal:
                args += [.real(x), .real(x)]
                return "(abs(\(column) - ?) <= 1e-9 * abs(?))"
            case .notEqual:
                args += [.real(x), .real(x)]
                return "(abs(\(column) - ?) > 1e-9 * abs(?))"
            default:
                args.append(.real(x))
                return "(\(column) \(op.rawValue) ?)"
            }
        case .between(let a, let b):
            let (lo, c1) = try number(a)
            let (hi, c2) = try number(b)
            guard c1 == c2 else {
                throw QueryError("both ends of 'between' must be of the same kind", column: b.column)
            }
            args += [.real(min(lo, hi)), .real(max(lo, hi))]
            return "(\(c1) BETWEEN ? AND ?)"
        case .isIn(let values, let negated):
            var parts: [String] = []
            for v in values {
                let (x, column) = try number(v)
                args += [.real(x), .real(x)]
                parts.append("abs(\(column) - ?) <= 1e-9 * abs(?)")
            }
            let any = "(" + parts.joined(separator: " OR ") + ")"
            return negated ? "(NOT \(any))" : any
        }
    }

    /// The trailing unit of a value text ("5 mAh/g" → "mAh/g"), for messages.
    static func unitText(of text: String) -> String {
        guard
            let i = text.firstIndex(where: {
                $0.isLetter || $0 == "%" || $0 == "µ" || $0 == "μ" || $0 == "°" || $0 == "Å" || $0 == "Ω"
            })
        else { return text }
        // Keep an exponent marker ("2.6e-5 S/cm") out of the unit.
        if text[i] == "e" || text[i] == "E", let next = text[text.index(after: i)...].first,
            next.isNumber || next == "-"
        {
            return unitText(of: String(text[text.index(after: i)...].drop { $0.isNumber || $0 == "-" || $0 == "+" }))
        }
        return String(text[i...]).trimmingSpaces
    }

    static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeio".contains(first) ? "an" : "a"
    }

    /// A value error from AtlasCore with its column shifted to the whole expression.
    static func shift(_ error: CoreError, by offset: Int, value: String) -> QueryError {
        switch error {
        case .unknownUnit(let s, let c):
            return QueryError("unknown unit '\(s)' at column \(c + offset)", column: c + offset)
        case .expectedNumber(let c):
            return QueryError("expected a number at column \(c + offset), found '\(value)'", column: c + offset)
        case .unexpectedText(let s, let c):
            return QueryError("unexpected '\(s)' at column \(c + offset)", column: c + offset)
        case .malformedExponent(let c):
            return QueryError("malformed unit exponent at column \(c + offset)", column: c + offset)
        case .wrongKind(let u, let k, let c):
            return QueryError("'\(u)' is not \(article(k)) \(k) unit at column \(c + offset)", column: c + offset)
        default: return QueryError(error.message, column: offset + 1)
        }
    }

    // MARK: Integers

    private func integer(
        _ field: QueryField, _ column: String, _ p: FilterExpression.Predicate, _ args: inout [SQLValue]
    ) throws(QueryError) -> String {
        func int(_ v: FilterExpression.Value) throws(QueryError) -> Int {
            guard !v.quoted, let n = Int(v.text.filter { $0 != " " && $0 != "\u{2009}" }) else {
                throw QueryError("'\(field.name)' takes a whole number, found '\(v.text)'", column: v.column)
            }
            return n
        }
        switch p.test {
        case .isNA(let negated): return negated ? "(\(column) IS NOT NULL)" : "(\(column) IS NULL)"
        case .compare(let op, let v):
            if op == .contains || op == .notContains {
                throw QueryError("'~' compares text; '\(field.name)' is a number", column: p.fieldColumn)
            }
            args.append(.integer(try int(v)))
            return "(\(column) \(op == .equal ? "=" : op.rawValue) ?)"
        case .between(let a, let b):
            let lo = try int(a)
            let hi = try int(b)
            args += [.integer(min(lo, hi)), .integer(max(lo, hi))]
            return "(\(column) BETWEEN ? AND ?)"
        case .isIn(let values, let negated):
            var placeholders: [String] = []
            for v in values {
                args.append(.integer(try int(v)))
                placeholders.append("?")
            }
            return "(\(column) \(negated ? "NOT IN" : "IN") (\(placeholders.joined(separator: ", "))))"
        }
    }

    // MARK: Text

    private func text(
        _ field: QueryField, _ column: String, _ p: FilterExpression.Predicate, _ args: inout [SQLValue]
    ) throws(QueryError) -> String {
        switch p.test {
        case .isNA(let negated):
            return negated
                ? "(\(column) IS NOT NULL AND \(column) <> '' AND \(column) <> 'NA')"
                : "(\(column) IS NULL OR \(column) = '' OR \(column) = 'NA')"
        case .compare(let op, let v):
            args.append(.text(v.text))
            switch op {
            case .equal: return "(lower(\(column)) = lower(?))"
            case .notEqual: return "(lower(\(column)) <> lower(?))"
            case .contains: return "(instr(lower(\(column)), lower(?)) > 0)"
            case .notContains: return "(instr(lower(\(column)), lower(?)) = 0)"
            default:
                args.removeLast()
                throw QueryError(
                    "'\(op.rawValue)' does not apply to text field '\(field.name)'; use = or ~", column: p.fieldColumn)
            }
        case .isIn(let values, let negated):
            args += values.map { .text($0.text) }
            let placeholders = values.map { _ in "lower(?)" }.joined(separator: ", ")
            return "(lower(\(column)) \(negated ? "NOT IN" : "IN") (\(placeholders)))"
        case .between:
            throw QueryError("'between' needs a quantity or a number; '\(field.name)' is text", column: p.fieldColumn)
        }
    }

    // MARK: Categories

    private func category(
        _ field: QueryField, _ vocabulary: QueryField.Vocabulary, _ column: String, _ p: FilterExpression.Predicate,
        _ args: inout [SQLValue]
    ) throws(QueryError) -> String {
        /// The stored values a typed value stands for.
        func members(_ v: FilterExpression.Value) throws(QueryError) -> [String] {
            switch vocabulary {
            case .family:
                guard let f = ElectrolyteFamily(name: v.text) else {
                    let names = ElectrolyteFamily.allCases.map(\.rawValue)
                    let hint = Self.closest(v.text, in: names).map { " (did you mean '\($0)'?)" } ?? ""
                    throw QueryError("unknown family '\(v.text)' at column \(v.column)\(hint)", column: v.column)
                }
                return [f.rawValue] + ElectrolyteFamily.allCases.filter { $0.parent == f }.map(\.rawValue)
            case .electrolyteClass:
                guard let c = ElectrolyteClass(name: v.text) else {
                    throw QueryError(
                        "unknown class '\(v.text)' at column \(v.column) (polymer, crystalline or glass)",
                        column: v.column)
                }
                return [c.rawValue]
            case .architecture:
                guard let a = Architecture(name: v.text) else {
                    throw QueryError("unknown structure '\(v.text)' at column \(v.column) (2D or 3D)", column: v.column)
                }
                return [a.rawValue]
            case .method:
                guard let m = PreparationMethod(name: v.text) else {
                    let names = PreparationMethod.allCases.flatMap { [$0.rawValue, $0.abbreviation] }
                    // A word of a method's full name ("laser") points to that method's abbreviation.
                    let byName = PreparationMethod.allCases.filter {
                        $0.name.lowercased().contains(v.text.lowercased())
                    }
                    let guess =
                        Self.closest(v.text, in: names)
                        ?? (v.text.count >= 3 && byName.count == 1 ? byName[0].abbreviation : nil)
                    let hint = guess.map { " (did you mean '\($0)'?)" } ?? ""
                    throw QueryError("unknown method '\(v.text)' at column \(v.column)\(hint)", column: v.column)
                }
                return [m.rawValue]
            case .origin:
                let key = v.text.lowercased()
                guard key == "review" || key == "import" else {
                    throw QueryError("origin is 'review' or 'import', found '\(v.text)'", column: v.column)
                }
                return [key]
            case .measurementFamily:
                guard
                    let f = MeasurementFamily(name: v.text)
                        ?? FamilyLabels.aliases.first(where: { $0.label == v.text.lowercased() })?.family
                else {
                    let names = MeasurementFamily.allCases.map(\.rawValue)
                    let hint = Self.closest(v.text, in: names).map { " (did you mean '\($0)'?)" } ?? ""
                    throw QueryError("unknown family '\(v.text)' at column \(v.column)\(hint)", column: v.column)
                }
                return [f.rawValue] + MeasurementFamily.allCases.filter { $0.parent == f }.map(\.rawValue)
            case .conductivityKind:
                guard let k = ConductivityMeasurement.Kind(rawValue: v.text.lowercased()) else {
                    throw QueryError("kind is total, bulk or unspecified, found '\(v.text)'", column: v.column)
                }
                return [k.rawValue]
            case .qualifier:
                guard let q = ConductivityMeasurement.Qualifier(rawValue: v.text.lowercased()) else {
                    throw QueryError(
                        "qualifier is exact, approximate, range, upper bound or lower bound, found '\(v.text)'",
                        column: v.column)
                }
                return [q.rawValue]
            }
        }
        func membership(_ values: [String]) -> String {
            args += values.map { .text($0) }
            let placeholders = values.map { _ in "?" }.joined(separator: ", ")
            if vocabulary == .method {
                // Unknown (no method printed) stays unknown under negation: NULL, not false.
                return
                    "(CASE WHEN NOT EXISTS (SELECT 1 FROM record_method m WHERE m.record_id = record.id) THEN NULL ELSE EXISTS (SELECT 1 FROM record_method m WHERE m.record_id = record.id AND m.method IN (\(placeholders))) END)"
            }
            return "(\(column) IN (\(placeholders)))"
        }
        switch p.test {
        case .isNA(let negated):
            if vocabulary == .method {
                let exists = "EXISTS (SELECT 1 FROM record_method m WHERE m.record_id = record.id)"
                return negated ? "(\(exists))" : "(NOT \(exists))"
            }
            return negated ? "(\(column) IS NOT NULL)" : "(\(column) IS NULL)"
        case .compare(let op, let v):
            switch op {
            case .equal: return membership(try members(v))
            case .notEqual: return "(NOT \(membership(try members(v))))"
            case .contains, .notContains:
                let target = vocabulary == .method ? "record.method_printed" : column
                args.append(.text(v.text))
                return "(instr(lower(\(target)), lower(?)) \(op == .contains ? ">" : "=") 0)"
            default:
                throw QueryError(
                    "'\(op.rawValue)' does not apply to '\(field.name)'; use =, !=, ~ or in", column: p.fieldColumn)
            }
        case .isIn(let values, let negated):
            var all: [String] = []
            for v in values { all += try members(v) }
            let m = membership(all)
            return negated ? "(NOT \(m))" : m
        case .between:
            throw QueryError("'between' does not apply to '\(field.name)'", column: p.fieldColumn)
        }
    }

    /// The name a typo most likely meant, within an edit distance that grows with the word's length
    /// (1 up to 5 letters, at most 3); nil rather than a far-fetched guess (`laser` is not `SSR`).
    static func closest(_ text: String, in names: [String]) -> String? {
        let key = text.lowercased()
        let scored = names.map { ($0, QueryField.editDistance(key, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= min(3, max(1, key.count / 3)) else { return nil }
        return best.0
    }
}
