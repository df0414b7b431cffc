import PropertyBased
import Testing

@testable import AtlasStore

@Suite("Query language: parsing")
struct QueryParsingTests {
    @Test("the review's questions parse")
    func reviewQuestions() throws {
        for text in [
            "structure = 3D and conductivity >= 1 uS/cm",
            "family = LiPON and not method = rf-sputtering",
            "cycles > 500 and retention >= 90",
            "family in (garnet, NASICON) or class = polymer",
            "capacity_areal is na",
            "electrolyte ~ \"x' or 1=1 --\"",
            "(method = ALD or method = PLD) and thickness < 2 um",
            "family = solid polymer and detail ~ pillar",
            "conductivity between 1e-7 and 1e-5 and voltage_max >= 4 V",
            "ref not in (56, 57) and capacity is not na",
        ] {
            _ = try QueryParser().parse(text)
        }
    }

    @Test("and binds tighter than or; not binds tightest")
    func precedence() throws {
        let e = try QueryParser().parse("class = glass or class = polymer and not cycles > 5").withoutPositions
        guard case .or(_, .and(_, .not(_))) = e else {
            Issue.record("unexpected tree \(e)")
            return
        }
    }

    @Test("a misspelt field is named with its column and a suggestion")
    func unknownField() {
        #expect(throws: QueryError("unknown field 'conductivty' at column 1 (did you mean 'conductivity'?)", column: 1))
        {
            try QueryParser().parse("conductivty > 1e-6")
        }
        #expect(throws: QueryError("unknown field 'famly' at column 17 (did you mean 'family'?)", column: 17)) {
            try QueryParser().parse("cycles > 100 or famly = LiPON")
        }
    }

    @Test("syntax errors name the column")
    func syntaxErrors() {
        #expect(throws: QueryError.self) { try QueryParser().parse("cycles >") }
        #expect((try? QueryParser().parse("(cycles > 1")) == nil)
        do {
            _ = try QueryParser().parse("(cycles > 1")
        } catch {
            #expect(error == QueryError("unbalanced '(' opened", column: 1))
        }
        do {
            _ = try QueryParser().parse("cycles 100")
        } catch {
            #expect(error.column == 8)
        }
        do {
            _ = try QueryParser().parse("electrolyte ~ \"open")
        } catch {
            #expect(error == QueryError("unterminated quoted value", column: 15))
        }
    }

    // MARK: Property: printing an AST and parsing it again gives the same AST.

    static let fieldNames = [
        "family", "class", "cycles", "conductivity", "electrolyte", "cathode", "structure", "ref", "method",
        "retention",
    ]
    static let rawValues = [
        "LiPON", "3D", "500", "1 uS/cm", "solid polymer", "2.6e-5 S/cm", "ALD", "Li/LiPON/LiCoO2", "90 %", "LiFe(WO4)2",
    ]
    static let quotedValues = ["x' or 1=1 --", "a \"quoted\" word", "and", "back\\slash", "(paren"]

    static let predicates = zip(
        Gen.element(of: fieldNames), Gen.int(in: 0...6), Gen.element(of: rawValues), Gen.element(of: quotedValues),
        Gen.bool
    ).map { field, kind, raw, quoted, useQuoted -> FilterExpression in
        let value = useQuoted ? FilterExpression.Value(quoted!, quoted: true) : FilterExpression.Value(raw!)
        let test: FilterExpression.Test
        switch kind {
        case 0: test = .compare(.equal, value)
        case 1: test = .compare(.greaterOrEqual, value)
        case 2: test = .compare(.contains, value)
        case 3: test = .isIn([value, .init(raw!)], negated: useQuoted)
        case 4: test = .isNA(negated: useQuoted)
        case 5: test = .between(.init(raw!), value)
        default: test = .compare(.notEqual, value)
        }
        return .predicate(.init(field: field!, fieldColumn: 0, test: test))
    }

    static func tree(_ leaves: [FilterExpression], _ shape: [Int]) -> FilterExpression {
        var stack = leaves
        var i = 0
        while stack.count > 1 {
            let b = stack.removeLast()
            let a = stack.removeLast()
            switch shape[i % shape.count] {
            case 0: stack.append(.and(a, b))
            case 1: stack.append(.or(a, b))
            default: stack.append(.not(.and(a, b)))
            }
            i += 1
        }
        return stack[0]
    }

    @Test("printing any expression and parsing it back gives the same expression")
    func roundTrip() async {
        await propertyCheck(count: 300, input: Self.predicates.array(of: 1...5), Gen.int(in: 0...2).array(of: 1...4)) {
            leaves, shape in
            let expression = Self.tree(leaves, shape)
            let parsed = try? QueryParser().parse(expression.text)
            #expect(parsed?.withoutPositions == expression, "\(expression.text)")
        }
    }
}

@Suite("Query language: SQL compilation")
struct SQLCompilationTests {
    @Test("user text is always a bound parameter, never spliced into SQL")
    func injection() throws {
        let compiled = try SQLCompiler().compile("electrolyte ~ \"x' or 1=1 --\"")
        #expect(!compiled.sql.contains("1=1"))
        #expect(compiled.arguments == [.text("x' or 1=1 --")])
        let raw = try SQLCompiler().compile("cathode = LiCoO2'; DROP TABLE record; --")
        #expect(!raw.sql.contains("DROP"))
        #expect(raw.arguments == [.text("LiCoO2'; DROP TABLE record; --")])
    }

    @Test("quantities compare in the field's canonical unit")
    func canonicalUnits() throws {
        #expect(try SQLCompiler().compile("conductivity >= 1 uS/cm").arguments == [.real(1e-6)])
        #expect(try SQLCompiler().compile("conductivity > 1e-6").arguments == [.real(1e-6)])
        #expect(try SQLCompiler().compile("thickness < 200 nm").arguments == [.real(0.2)])
        #expect(try SQLCompiler().compile("capacity >= 0.05 mAh/cm2").sql.contains("capacity_areal"))
        #expect(try SQLCompiler().compile("capacity > 100 mAh/g").sql.contains("capacity_specific"))
        #expect(try SQLCompiler().compile("current >= 1C").sql.contains("c_rate"))
    }

    @Test("a unit of the wrong kind is an error that points at the unit")
    func wrongUnit() {
        #expect(throws: QueryError("'mAh/g' is not a conductivity unit at column 18", column: 18)) {
            try SQLCompiler().compile("conductivity > 5 mAh/g")
        }
        #expect(throws: QueryError("unknown unit 'furlong' at column 15", column: 15)) {
            try SQLCompiler().compile("thickness < 2 furlong")
        }
    }

    @Test("vocabulary values are checked, with suggestions")
    func vocabulary() {
        #expect(throws: QueryError("unknown family 'garnett' at column 10 (did you mean 'garnet'?)", column: 10)) {
            try SQLCompiler().compile("family = garnett")
        }
        #expect(throws: QueryError.self) { try SQLCompiler().compile("structure = 4D") }
        // A word of a method's name points to it; a short word is not matched to a far-off abbreviation.
        #expect(throws: QueryError("unknown method 'laser' at column 10 (did you mean 'PLD'?)", column: 10)) {
            try SQLCompiler().compile("method = laser")
        }
        #expect(throws: QueryError("unknown method 'xyz' at column 10", column: 10)) {
            try SQLCompiler().compile("method = xyz")
        }
        #expect(throws: QueryError.self) { try SQLCompiler().compile("class = ceramic") }
    }
}
