/// Material and chemical abbreviations that are not formulas, so that `LLZO`, `LATP` or `LiPON`
/// are reported as such instead of as an unknown element — or, worse, read as a formula:
/// `LiPON` spells Li·P·O·N, `NASICON` spells N·As·I·C·O·N and `NCA` spells N·Ca.
///
/// Source: the abbreviations used in the review (Jetybayeva et al., J. Mater. Chem. A 2021, 9,
/// 15140: electrolytes, electrode materials, lithium salts and polymers), plus `LGPS` (a family
/// name in OBELiX) and three names common in the battery literature that spell element symbols
/// or nearly so (`NMC`, `NCM`, `LiBOB`).
enum MaterialAbbreviation {
    /// Spelled as printed, plus the all-capitals form where the review uses one (`LIPON`,
    /// `LIBON`). Matching is case-sensitive so that a real formula such as `NCa` (N·Ca) is not
    /// taken for `NCA`.
    static let all: Set<String> = [
        // solid electrolytes
        "LiPON", "LIPON", "LiPONB", "LIPONB", "LiSiPON", "LiBON", "LIBON", "LiPWON", "LiIPON", "LVSO", "LLZO",
        "LLTO", "LATP", "LAGP", "LGPO", "LISICON", "NASICON", "LPS", "LGPS", "LSTZ", "LSTH",
        // electrode materials
        "LCO", "LMO", "LNMO", "LFP", "LTO", "NCA", "NMC", "NCM",
        // lithium salts
        "LiTFSI", "LiFSI", "LiDFOB", "LiBOB", "LiOtBu", "LiHMDS", "LiTPSI",
        // polymers
        "PEO", "PEG", "PMMA", "PVDF", "PVdF", "PAN", "PPO", "PTMC",
    ]

    /// The abbreviation spelled by the run of letters at the start of `input`, if that run is
    /// an abbreviation standing alone (not followed by a digit, subscript or bracket that
    /// would make it part of a formula).
    static func match(at input: Substring) -> Substring? {
        let word = input.prefix(while: { $0.isASCII && $0.isLetter })
        let next = input.dropFirst(word.count).first
        guard !word.isEmpty, all.contains(String(word)) else { return nil }
        if let next, Lexicon.isDigit(next) || next == "_" || next == "." { return nil }
        return word
    }
}
