import Parsing
import Synchronization

/// A unit expression in Unicode or ASCII spelling.
///
/// Grammar (informal): factors separated by spaces, `·`, `*` or `/` (`per`), each factor a word
/// of one or more juxtaposed, optionally prefixed unit symbols (`mAh` = mA·h) followed by an
/// optional exponent (`⁻²`, `^-2`, `^{-2}`, `-2`, `2`); parentheses group after `/`.
/// `µA h cm⁻² µm⁻¹`, `uAh/cm2/um`, `S cm^-1`, `mW·h·cm⁻³`, `Å per cycle`, `°C` all parse.
///
/// Stops (without consuming) at anything that cannot continue a unit: a range dash, a digit after
/// a space, a comma, a closing parenthesis it did not open.
struct UnitParser: Parser {
    /// Units already read, by the text they were read from (everything from the unit's start to
    /// the end of the value) and how many UTF-8 bytes of it the unit took. Imports read the same
    /// few unit spellings hundreds of thousands of times; the memo makes each one a look-up.
    private static let memo = Mutex<[String: (unit: Unit, length: Int)]>([:])
    private static let memoLimit = 4096

    /// Parses a unit at the start of `input` like ``parse(_:)``, remembering what it read.
    static func parseRemembering(_ input: inout Substring) throws -> Unit {
        let key = String(input)
        if let known = memo.withLock({ $0[key] }) {
            input = input[input.utf8.index(input.startIndex, offsetBy: known.length)...]
            return known.unit
        }
        let before = input
        let unit = try UnitParser().parse(&input)
        let length = before.utf8.distance(from: before.startIndex, to: input.startIndex)
        memo.withLock { table in
            if table.count >= memoLimit { table.removeAll(keepingCapacity: true) }
            table[key] = (unit, length)
        }
        return unit
    }

    func parse(_ input: inout Substring) throws -> Unit {
        let start = input.startIndex
        let factors = try expression(&input, depth: 0)
        guard !factors.isEmpty else { throw LocatedError(.unknownUnit(String(input.prefix(1))), at: start) }
        let unit = Unit(factors)
        // An offset scale (°C) must stand alone.
        if factors.contains(where: { $0.base.offset != 0 }), unit.factors.count != 1 || unit.factors[0].exponent != 1 {
            throw LocatedError(.offsetUnitNotScalable(Unit(.celsius)), at: start)
        }
        return unit
    }

    /// Parses factors until something that cannot continue the unit.
    private func expression(_ input: inout Substring, depth: Int) throws -> [Unit.Factor] {
        var factors: [Unit.Factor] = []
        var divideNext = false
        while true {
            let beforeSeparator = input
            // Separators between factors.
            var sawSeparator = false
            while let c = input.first, Lexicon.isSpace(c) || Lexicon.isProductSign(c) || c == "/" {
                if c == "/" { divideNext = true }
                sawSeparator = true
                input.removeFirst()
            }
            if input.utf8.starts(with: "per".utf8), input.dropFirst(3).first.map(Lexicon.isSpace) ?? false,
                !factors.isEmpty
            {
                input.removeFirst(3)
                divideNext = true
                continue
            }
            guard let c = input.first else {
                if divideNext { throw LocatedError(.unknownUnit(""), at: input.startIndex) }
                input = sawSeparator && factors.isEmpty ? beforeSeparator : input
                return factors
            }
            var group: [Unit.Factor]
            if c == "(" {
                let open = input.startIndex
                input.removeFirst()
                group = try expression(&input, depth: depth + 1)
                guard input.first == ")" else { throw LocatedError(.unbalancedParenthesis, at: open) }
                input.removeFirst()
                if let n = try exponent(&input) {
                    group = group.map {
                        Unit.Factor(prefix: $0.prefix, $0.base, exponent: $0.exponent * Int8(clamping: n))
                    }
                }
            } else if c == ")" {
                guard depth > 0 else {
                    if factors.isEmpty { throw LocatedError(.unbalancedParenthesis, at: input.startIndex) }
                    input = beforeSeparator
                    return factors
                }
                if divideNext { throw LocatedError(.unknownUnit(""), at: input.startIndex) }
                return factors
            } else if Self.isWordCharacter(c) {
                group = try word(&input)
            } else {
                // Not a unit character: the unit (if any) ended before the separators.
                if divideNext { throw LocatedError(.unknownUnit(String(c)), at: input.startIndex) }
                input = beforeSeparator
                return factors
            }
            if divideNext {
                group = group.map { Unit.Factor(prefix: $0.prefix, $0.base, exponent: -$0.exponent) }
                divideNext = false
            }
            factors += group
        }
    }

    /// One word of juxtaposed symbols with an optional exponent on its last symbol.
    private func word(_ input: inout Substring) throws -> [Unit.Factor] {
        let start = input.startIndex
        var text = input.prefix(while: Self.isWordCharacter)
        // "° C" / "º C": a degree sign separated from its C.
        if text.count == 1, let degree = text.first?.singleScalar, degree == 0xB0 || degree == 0xBA {
            var probe = input.dropFirst(text.count)
            probe.skipSpaces()
            if probe.first == "C" {
                input = probe.dropFirst()
                return [Unit.Factor(.celsius)]
            }
        }
        input = input.dropFirst(text.count)
        var atoms: [Unit.Factor] = []
        while !text.isEmpty {
            guard let (factor, length) = Self.longestSymbol(at: text) else {
                throw LocatedError(.unknownUnit(String(input.base[start..<input.startIndex])), at: start)
            }
            atoms.append(factor)
            text = text.dropFirst(length)
        }
        if let n = try exponent(&input), let last = atoms.popLast() {
            atoms.append(Unit.Factor(prefix: last.prefix, last.base, exponent: Int8(clamping: n)))
        }
        return atoms
    }

    /// An exponent right after a symbol: superscripts, caret forms, or ASCII digits with an
    /// optional sign (`cm2`, `cm-2`) — unless those digits continue as a decimal number, which
    /// means a range dash followed by a number (`V-4.2`), not an exponent.
    private func exponent(_ input: inout Substring) throws -> Int? {
        if let n = try PowerSuffix().parseIfPresent(&input) { return n }
        var probe = input
        var negative = false
        if let s = probe.first, s == "-" || s == "−" {
            negative = true
            probe.removeFirst()
        }
        let digits = probe.asciiDigitPrefix
        guard !digits.isEmpty else { return nil }
        let after = probe.dropFirst(digits.count).first
        if after == "." || after == "," { return nil }
        guard let n = Int(digits), n <= 9 else { return nil }
        input = probe.dropFirst(digits.count)
        return negative ? -n : n
    }

    /// Letters (Å and Ω among them), `%`, `°`, `º` and `℃`.
    static func isWordCharacter(_ c: Character) -> Bool {
        if let a = c.asciiValue {
            return (a >= 0x61 && a <= 0x7A) || (a >= 0x41 && a <= 0x5A) || a == 0x25
        }
        if c.isLetter { return true }
        switch c.singleScalar {
        case 0x25, 0xB0, 0xBA, 0x2103: return true
        default: return false
        }
    }

    /// Every spelling the parser accepts, mapped to its factor: base symbols, their aliases and all
    /// prefix combinations for prefixable units.
    static let symbolTable: [String: Unit.Factor] = {
        var table: [String: Unit.Factor] = [:]
        for base in BaseUnit.all {
            for spelling in base.spellings where !spelling.contains(" ") {
                table[spelling] = Unit.Factor(base)
            }
        }
        for base in BaseUnit.all where base.takesPrefix {
            for prefix in UnitPrefix.all {
                for p in prefix.spellings {
                    for s in base.spellings where !s.contains(" ") {
                        // A plain symbol wins over a prefixed reading (`min` is minutes).
                        if table[p + s] == nil { table[p + s] = Unit.Factor(prefix: prefix, base) }
                    }
                }
            }
        }
        return table
    }()

    static let longestSpelling = symbolTable.keys.map(\.count).max() ?? 1

    /// The longest known symbol at the start of `text`, and its length in characters.
    static func longestSymbol(at text: Substring) -> (Unit.Factor, Int)? {
        var length = min(longestSpelling, text.count)
        while length > 0 {
            if let factor = symbolTable[String(text.prefix(length))] { return (factor, length) }
            length -= 1
        }
        return nil
    }
}

extension Unit {
    /// Parses a unit expression such as `"µA h cm⁻² µm⁻¹"` or `"uAh/cm2/um"`.
    public static func parse(_ text: String) throws(CoreError) -> Unit {
        let whole = text[...]
        var input = whole
        input.skipSpaces()
        guard !input.isEmpty else { throw .emptyInput }
        do {
            let unit = try UnitParser.parseRemembering(&input)
            input.skipSpaces()
            if let c = input.first {
                throw LocatedError(.unexpectedText(String(c)), at: input.startIndex)
            }
            return unit
        } catch let error as LocatedError {
            throw error.resolved(in: whole)
        } catch {
            throw .unknownUnit(text, column: 1)
        }
    }
}
