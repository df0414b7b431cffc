import Parsing

/// A printed value: `NA`, or an optional qualifier (`~ ≈ ca. < > ≤ ≥`) followed by a number or a
/// range of numbers and an optional unit.
///
/// Ranges: `3–4.2 V`, `3-4.2 V`, `3 V – 4.2 V`, `3 to 4.2 V`, `10⁻⁷–10⁻⁴ S cm⁻¹`, and
/// `1–2 × 10⁻⁶ S cm⁻¹` (a `× 10ⁿ` written only on the upper end applies to both ends).
/// C-rates: `0.1C`, `5 C`, `C/10`. Percentages: `99%`, `~100 %`.
struct ReportedValueParser: Parser {
    /// Unit for a value printed without one (a bare number in a query means the field's unit).
    var defaultUnit: Unit = .one

    struct Output {
        var value: ReportedValue
        /// Where the unit text started, for messages that point at it.
        var unitStart: String.Index? = nil
        var unitText: Substring? = nil
    }

    enum Qualifier {
        case approximate
        case below(inclusive: Bool)
        case above(inclusive: Bool)
    }

    private var notAvailable: some Parser<Substring, Void> {
        OneOf {
            "N/A"
            "n/a"
            "NA"
            "N.A."
            "na"
        }
    }

    /// The characters a qualifier can start with.
    private static let qualifierStarts: Set<Character> = ["<", ">", "≤", "⩽", "≥", "⩾", "~", "∼", "≈", "c", "a"]

    private var qualifier: some Parser<Substring, Qualifier> {
        OneOf {
            "<=".map { Qualifier.below(inclusive: true) }
            ">=".map { Qualifier.above(inclusive: true) }
            "≤".map { Qualifier.below(inclusive: true) }
            "⩽".map { Qualifier.below(inclusive: true) }
            "≥".map { Qualifier.above(inclusive: true) }
            "⩾".map { Qualifier.above(inclusive: true) }
            "<".map { Qualifier.below(inclusive: false) }
            ">".map { Qualifier.above(inclusive: false) }
            "~".map { Qualifier.approximate }
            "∼".map { Qualifier.approximate }
            "≈".map { Qualifier.approximate }
            "ca.".map { Qualifier.approximate }
            "approx.".map { Qualifier.approximate }
        }
    }

    func parse(_ input: inout Substring) throws -> Output {
        input.skipSpaces()
        // The alternatives below throw when they fail, which costs far more than this look at the
        // first character; most values start with a digit and skip both.
        var probe = input
        if input.first == "N" || input.first == "n", (try? notAvailable.parse(&probe)) != nil,
            probe.first.map({ !$0.isLetter }) ?? true
        {
            input = probe
            return Output(value: .notAvailable)
        }
        let q = input.first.map(Self.qualifierStarts.contains) == true ? try? qualifier.parse(&input) : nil
        input.skipSpaces()

        // `C/10`: a C-rate written as a fraction of 1C.
        if input.first == "C" {
            var c = input.dropFirst()
            c.skipSpaces()
            if c.first == "/" {
                let unitStart = input.startIndex
                c.removeFirst()
                c.skipSpaces()
                let divisor = try NumberParser().parse(&c)
                guard divisor.value != 0 else { throw LocatedError(.expectedNumber, at: unitStart) }
                input = c
                return Output(
                    value: .quantity(ReportedQuantity(Self.magnitude(1 / divisor.value, q), Unit(.cRate))),
                    unitStart: unitStart, unitText: "C")
            }
        }

        let lower = try NumberParser().parse(&input)
        // `25 ± 5 µm`
        var pm = input
        pm.skipSpaces()
        if pm.first == "±" || pm.hasPrefix("+/-") {
            pm.removeFirst(pm.first == "±" ? 1 : 3)
            pm.skipSpaces()
            let delta = try NumberParser().parse(&pm)
            input = pm
            let unitInfo = try optionalUnit(&input)
            guard q == nil else { throw LocatedError(.unexpectedText("±"), at: input.startIndex) }
            return Output(
                value: .quantity(ReportedQuantity(.plusMinus(lower.value, delta.value), unitInfo?.0 ?? defaultUnit)),
                unitStart: unitInfo?.1, unitText: unitInfo?.2)
        }
        var lowerUnit: (Unit, String.Index, Substring)? = nil
        lowerUnit = try optionalUnit(&input)

        // A range?
        var probe2 = input
        probe2.skipSpaces()
        var isRange = false
        if let d = probe2.first, Lexicon.isRangeDash(d) {
            probe2.removeFirst()
            isRange = true
        } else if probe2.hasPrefix("to ") {
            probe2.removeFirst(3)
            isRange = true
        }
        if isRange {
            probe2.skipSpaces()
            let rangeStart = probe2.startIndex
            if let upper = try? NumberParser().parse(&probe2) {
                input = probe2
                let upperUnit = try optionalUnit(&input)
                var lo = lower.value
                if upper.hasTimesTen, lower.exponent == nil, let n = upper.exponent {
                    lo = Double("\(Self.decimal(lower.value))e\(n)") ?? lo * pow10(n)
                }
                let unit: Unit
                let unitInfo = upperUnit ?? lowerUnit
                if let (uu, _, _) = upperUnit, let (lu, _, _) = lowerUnit, uu != lu {
                    guard lu.dimension == uu.dimension else {
                        throw LocatedError(.inconsistentRange, at: rangeStart)
                    }
                    lo = Quantity(si: Quantity(lo, lu).siValue, in: uu).magnitude
                    unit = uu
                } else {
                    unit = unitInfo?.0 ?? defaultUnit
                }
                let magnitude: Magnitude
                switch q {
                case .approximate: magnitude = .range(lo, upper.value, approximate: true)
                case nil: magnitude = .range(lo, upper.value, approximate: false)
                case .below, .above:
                    throw LocatedError(.unexpectedText("–"), at: rangeStart)
                }
                return Output(
                    value: .quantity(ReportedQuantity(magnitude, unit)), unitStart: unitInfo?.1,
                    unitText: unitInfo?.2)
            }
        }
        let unit = lowerUnit?.0 ?? defaultUnit
        return Output(
            value: .quantity(ReportedQuantity(Self.magnitude(lower.value, q), unit)),
            unitStart: lowerUnit?.1, unitText: lowerUnit?.2)
    }

    /// A unit after optional spaces, if one starts there.
    private func optionalUnit(_ input: inout Substring) throws -> (Unit, String.Index, Substring)? {
        var probe = input
        probe.skipSpaces()
        guard let c = probe.first, UnitParser.isWordCharacter(c) || c == "(" else { return nil }
        // "to" introduces the upper end of a range, not a unit.
        if probe.hasPrefix("to "), !(probe.dropFirst(3).first.map(UnitParser.isWordCharacter) ?? true) {
            return nil
        }
        let start = probe.startIndex
        let unit = try UnitParser.parseRemembering(&probe)
        let text = input.base[start..<probe.startIndex]
        input = probe
        return (unit, start, text)
    }

    private static func magnitude(_ v: Double, _ q: Qualifier?) -> Magnitude {
        switch q {
        case nil: return .exact(v)
        case .approximate: return .approximate(v)
        case .below(let inclusive): return .below(v, inclusive: inclusive)
        case .above(let inclusive): return .above(v, inclusive: inclusive)
        }
    }

    static func decimal(_ v: Double) -> String { "\(v)" }

    private func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<abs(n) { r *= 10 }
        return n < 0 ? 1 / r : r
    }
}

extension ReportedValue {
    /// Parses a printed value (`"~100%"`, `"1–2 µS cm⁻¹"`, `"NA"`, `"C/10"`, `"2.6 × 10⁻⁵ S cm⁻¹"`).
    /// A number without a unit gets `defaultUnit` (dimensionless unless given).
    public static func parse(_ text: String, defaultUnit: Unit = .one) throws(CoreError) -> ReportedValue {
        try parseLocated(text, defaultUnit: defaultUnit).value
    }

    /// Parses a printed value and checks that its unit expresses `kind`; a bare number is read in
    /// the kind's canonical unit. NA passes.
    public static func parse(_ text: String, as kind: QuantityKind) throws(CoreError) -> ReportedValue {
        let out = try parseLocated(text, defaultUnit: kind.canonicalUnit)
        if case .quantity(let q) = out.value, !kind.accepts(q.unit) {
            let whole = text[...]
            let column = out.unitStart.map { whole.distance(from: whole.startIndex, to: $0) + 1 } ?? 1
            throw .wrongKind(
                unit: String(out.unitText ?? Substring(q.unit.description)), expected: kind.name, column: column)
        }
        return out.value
    }

    static func parseLocated(_ text: String, defaultUnit: Unit) throws(CoreError) -> ReportedValueParser.Output {
        let whole = text[...]
        var input = whole
        input.skipSpaces()
        guard !input.isEmpty else { throw .emptyInput }
        do {
            let out = try ReportedValueParser(defaultUnit: defaultUnit).parse(&input)
            input.skipSpaces()
            if !input.isEmpty {
                throw LocatedError(.unexpectedText(String(input.prefix(12))), at: input.startIndex)
            }
            return out
        } catch let error as LocatedError {
            throw error.resolved(in: whole)
        } catch {
            throw .expectedNumber(column: whole.distance(from: whole.startIndex, to: input.startIndex) + 1)
        }
    }
}
