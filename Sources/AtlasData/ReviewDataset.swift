import AtlasCore
import Foundation

/// Everything the atlas knows from the review, loaded from the bundled text files and validated:
/// Table 2 (75 microbattery records), Table 1 (11 commercial cells), the 310 references, the
/// electrolyte family profiles, the specifications and the deposition techniques.
///
/// ```swift
/// let review = try ReviewDataset.bundled()
/// review.records.count               // 75
/// review.reference(56)?.shortCitation // "Bates et al., Solid State Ionics, 2000, 135, 33–45"
/// ```
public struct ReviewDataset: Sendable {
    public let records: [MicrobatteryRecord]
    public let commercialCells: [CommercialCell]
    /// Reference numbers Table 1 is reproduced from.
    public let commercialCellRefs: [Int]
    public let references: [Reference]
    public let families: [FamilyProfile]
    public let specifications: Specifications
    public let techniques: [Technique]

    /// The review's own citation.
    public static let citation =
        "A. Jetybayeva, B. Uzakbaiuly, A. Mukanova, S.-T. Myung and Z. Bakenov, J. Mater. Chem. A, 2021, 9, 15140–15178, doi:10.1039/d1ta02652f"

    /// Loads and validates the bundled files; the first problem found is thrown as a
    /// ``DatasetError`` naming the file and the place in it.
    public static func bundled() throws -> ReviewDataset {
        try load { try ResourceFiles.data(named: $0) }
    }

    /// Loads and validates the dataset from files provided by `read` (file name → bytes).
    public static func load(_ read: (String) throws -> Data) throws -> ReviewDataset {
        let references = try ReferencesLoader.load(read(ReferencesLoader.file))
        let records = try Table2Loader.load(read(Table2Loader.file))
        let table1 = try Table1Loader.load(read(Table1Loader.file))
        let families = try FamiliesLoader.load(read(FamiliesLoader.file))
        let specifications = try SpecificationsLoader.load(read(SpecificationsLoader.file))
        let techniques = try TechniquesLoader.load(read(TechniquesLoader.file))
        let dataset = ReviewDataset(
            records: records, commercialCells: table1.cells, commercialCellRefs: table1.refs,
            references: references, families: families, specifications: specifications,
            techniques: techniques)
        try dataset.validateCrossReferences()
        return dataset
    }

    public func reference(_ number: Int) -> Reference? {
        references.indices.contains(number - 1) ? references[number - 1] : nil
    }

    public func record(_ id: Int) -> MicrobatteryRecord? { records.first { $0.id == id } }

    /// Every reference number used anywhere must exist in the reference list; record ids are
    /// 1…n in order.
    func validateCrossReferences() throws {
        let valid = 1...references.count
        for (index, record) in records.enumerated() {
            guard record.id == index + 1 else {
                throw DatasetError(
                    file: Table2Loader.file, location: "entries[\(index)]",
                    reason: "expected entry \(index + 1), found \(record.id)")
            }
            guard let ref = record.ref, valid.contains(ref) else {
                throw DatasetError(
                    file: Table2Loader.file, location: "entry \(record.id), ref",
                    reason: "reference \(record.ref.map(String.init) ?? "missing") is not in the reference list")
            }
        }
        for r in commercialCellRefs where !valid.contains(r) {
            throw DatasetError(
                file: Table1Loader.file, location: "refs", reason: "reference \(r) is not in the reference list")
        }
        for family in families {
            for r in family.allRefs where !valid.contains(r) {
                throw DatasetError(
                    file: FamiliesLoader.file, location: "family \(family.id)",
                    reason: "reference \(r) is not in the reference list")
            }
        }
        for r in specifications.allRefs where !valid.contains(r) {
            throw DatasetError(
                file: SpecificationsLoader.file, location: "", reason: "reference \(r) is not in the reference list")
        }
        for technique in techniques {
            for r in technique.allRefs where !valid.contains(r) {
                throw DatasetError(
                    file: TechniquesLoader.file, location: "technique \(technique.id)",
                    reason: "reference \(r) is not in the reference list")
            }
        }
    }
}
