import AtlasTestSupport
import Testing

@testable import AtlasCore

/// Every composition printed in the two outside data sets (shared/datasets; read here, never
/// bundled): OBELiX `obelix/all.csv` ("Reduced Composition", "True Composition", 599 rows) and
/// the Liverpool Ionics Dataset `liverpool-ionics/LiIonDatabase.csv` ("composition", 820 rows).
///
/// All 2018 cells parse. What makes them parse, i.e. the categories that would otherwise fail:
/// - cells with leading or trailing spaces (` Li6.4Al0.19La3Zr2O11.8`, `Li5La3Nb2O12 `): trimmed;
/// - Liverpool cells wrapped in literal double quotes (`"(Li2S)0.7 (P2S5)0.3"`): unquoted;
/// - spaces between groups or elements (`(Li2O)50 (Al2O3)2 (P2O5)48`, `Li0.022 La0.115 …`,
///   `Li1.3Cr0.3Ti1.7 (PO4)3`, `Li6.02P0.98Si0.02S5 Br`): juxtaposition;
/// - nested weighted groups (`(LiI)0.3 ((Li2S)0.3 ((Ga2S3)0.1 (GeS2)0.9)0.7)0.7`);
/// - square brackets (`Li0.6[Li0.2Sn0.8S2]`) and an adduct with `*` (`…*(H2O)18`);
/// - the UTF-8 byte-order mark at the start of the Liverpool file (belongs to the header).
/// None fails today; a cell that did would have to fail with a `CoreError` naming a column (the
/// parser's error type is typed, so nothing else can escape), never crash.
@Suite(
    "Outside data sets",
    .enabled(if: SharedDatasets.isAvailable, "shared/datasets not found beside the package (set ATLAS_SHARED)"))
struct DatasetFormulaTests {
    private static func parseAll(_ cells: [String]) -> (parsed: Int, failures: [String]) {
        var parsed = 0
        var failures: [String] = []
        for cell in cells {
            do {
                _ = try Formula.parse(cell).composition()
                parsed += 1
            } catch {
                failures.append("\(cell.debugDescription): \(error.message)")
            }
        }
        return (parsed, failures)
    }

    @Test("all 1198 OBELiX compositions (reduced and true) parse")
    func obelix() throws {
        let reduced = try SharedDatasets.column("Reduced Composition", of: "obelix/all.csv")
        let trueComposition = try SharedDatasets.column("True Composition", of: "obelix/all.csv")
        #expect(reduced.count == 599)
        #expect(trueComposition.count == 599)
        let result = Self.parseAll(reduced + trueComposition)
        #expect(result.parsed == 1198, "\(result.failures.joined(separator: "\n"))")
    }

    @Test("all 820 Liverpool compositions parse")
    func liverpool() throws {
        let cells = try SharedDatasets.column("composition", of: "liverpool-ionics/LiIonDatabase.csv")
        #expect(cells.count == 820)
        let result = Self.parseAll(cells)
        #expect(result.parsed == 820, "\(result.failures.joined(separator: "\n"))")
    }

    /// OBELiX's true composition is the reduced one times Z (formula units per cell), so the
    /// two agree per atom — except in two rows where the data disagree with themselves:
    /// `La0.385Sr0.275Li0.275TiO3` vs `La0.39Sr0.28Li0.28Ti1.0O3.0` (the true composition is
    /// rounded to two decimals: 0.0018 apart in O atom fraction), and `Li2CdCl4` vs
    /// `Li1.6Cd8.0Cl32.0` (Li16 misprinted as Li1.6).
    @Test("OBELiX reduced and true compositions agree per atom, but for two rows with data errors")
    func obelixReducedMatchesTrue() throws {
        let reduced = try SharedDatasets.column("Reduced Composition", of: "obelix/all.csv")
        let trueComposition = try SharedDatasets.column("True Composition", of: "obelix/all.csv")
        var disagreeing: [String] = []
        for (r, t) in zip(reduced, trueComposition) {
            let a = try Composition(parsing: r)
            let b = try Composition(parsing: t)
            if !a.isApproximatelyEqual(to: b) { disagreeing.append(r) }
        }
        #expect(disagreeing == ["La0.385Sr0.275Li0.275TiO3", "Li2CdCl4"])
    }
}
