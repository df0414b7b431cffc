import AtlasCore

/// How conductivity measurements of "the same composition" are found across sources.
///
/// - A printed composition that parses to numbers (``parse(_:)``) is compared per atom:
///   same elements, every atom fraction within ``tolerance`` (``AtlasCore/Composition/isApproximatelyEqual(to:tolerance:)``).
///   So `Li7La3Zr2O12`, `Li14La6Zr4O24` and `Li7.0La3.0Zr2.0O12.0` match; `Li6.25Al0.25La3Zr2O12` does not.
/// - Anything else — an abbreviation (`LLZO`), a symbolic formula (`Li3xLa2/3-xTiO3`), a name
///   (`SiO2-PEG`) — is matched by its text only (``textKey(_:)``: case, spaces and quotes ignored).
///
/// ```swift
/// let c = CompositionKey.parse("Li14La6Zr4O24")!
/// CompositionKey.normalizedFormula(c)   // "Li7La3Zr2O12"
/// CompositionKey.elementKey(c)          // "La Li O Zr"
/// ```
public enum CompositionKey {
    /// Largest difference of any element's atom fraction for two compositions to match: 0.001,
    /// the default of ``AtlasCore/Composition/isApproximatelyEqual(to:tolerance:)`` (absorbs
    /// amounts printed with 2–3 decimals, separates real dopant levels; see docs/FORMULAS.md §4).
    public static let tolerance = 0.001

    /// The composition of a printed formula, or nil when it is not one with numbers. Tries the
    /// whole text, then the text before a parenthesised remark (`Li3.3PO3.9N0.17 (RF sputtering…)`).
    public static func parse(_ printed: String) -> Composition? {
        if let c = try? Composition(parsing: printed), !c.isEmpty { return c }
        // "Li1.5Al0.5Ge1.5(PO4)3 (LAGP thin film)": the formula before the first " (".
        let opens = printed.indices.filter { i in
            printed[i] == "(" && i > printed.startIndex && printed[printed.index(before: i)] == " "
        }
        if let open = opens.first {
            let head = String(printed[..<printed.index(before: open)])
            if let c = try? Composition(parsing: head), !c.isEmpty { return c }
        }
        return nil
    }

    /// The reduced formula in formula order (`Li7La3Zr2O12`): what the store keeps as the
    /// normalised composition.
    public static func normalizedFormula(_ composition: Composition) -> String {
        composition.reduced.formula
    }

    /// The element symbols in alphabetical order, space separated: the index key under which
    /// candidates for a per-atom comparison are looked up.
    public static func elementKey(_ composition: Composition) -> String {
        composition.elements.map(\.symbol).sorted().joined(separator: " ")
    }

    /// Text for text-only matching: lowercased, without spaces and enclosing quotes.
    public static func textKey(_ printed: String) -> String {
        String(printed.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" })
    }

    /// Whether two parsed compositions are the same material for the atlas.
    public static func matches(_ a: Composition, _ b: Composition) -> Bool {
        a.isApproximatelyEqual(to: b, tolerance: tolerance)
    }
}
