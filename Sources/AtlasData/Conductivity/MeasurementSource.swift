import Foundation

/// Where conductivity measurements come from, with what a user needs to cite and reuse them:
/// counts are the store's business; this is the provenance.
///
/// ```swift
/// MeasurementSource.obelix.licence       // "CC BY 4.0"
/// MeasurementSource.review.id            // "review"
/// ```
public struct MeasurementSource: Hashable, Sendable, Identifiable {
    /// Whether the source ships with the atlas or was imported by a user.
    public enum Kind: String, Hashable, Sendable {
        case bundled
        case imported
    }

    /// Short id used in queries (`source = obelix`) and tables.
    public let id: String
    public let name: String
    public let kind: Kind
    /// Licence of the data, as its authors state it (nil when none is stated).
    public let licence: String?
    /// Who to credit and how.
    public let attribution: String
    /// The paper that describes the data.
    public let reference: String?
    /// Where the data come from (repository, file and version).
    public let origin: String?
    /// For imported sources: the file and when it was imported.
    public let importFile: String?
    public let importedAt: Date?

    public init(
        id: String, name: String, kind: Kind, licence: String?, attribution: String, reference: String?,
        origin: String?, importFile: String? = nil, importedAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.licence = licence
        self.attribution = attribution
        self.reference = reference
        self.origin = origin
        self.importFile = importFile
        self.importedAt = importedAt
    }
}

extension MeasurementSource {
    /// The review's own conductivities (Table 2 and the family profiles).
    public static let review = MeasurementSource(
        id: "review", name: "Jetybayeva et al. 2021 review (Table 2 and family profiles)", kind: .bundled,
        licence: "CC BY-NC 3.0 (the review article); values quoted with their references",
        attribution: "A. Jetybayeva, B. Uzakbaiuly, A. Mukanova, S.-T. Myung and Z. Bakenov",
        reference: ReviewDataset.citation, origin: "bundled: table2.json, families.json")

    /// OBELiX, bundled with its licence (Resources/obelix/LICENSE.txt).
    public static let obelix = MeasurementSource(
        id: "obelix", name: "OBELiX: Open solid Battery Electrolytes with Li, an eXperimental dataset", kind: .bundled,
        licence: "CC BY 4.0",
        attribution:
            "OBELiX by Therrien et al. (repository NRC-Mila/OBELiX), licensed under CC BY 4.0; bundled unmodified",
        reference:
            "Therrien et al., OBELiX: Open solid Battery Electrolytes with Li, an eXperimental dataset, arXiv:2502.14234 (2025)",
        origin: "github.com/NRC-Mila/OBELiX, data/downloads/all.csv at commit 4eaac88 (2025-11-26); bundled unmodified")

    /// The Liverpool Ionics Dataset: never bundled (no licence stated); imported from a user's copy.
    public static func liverpool(file: String?, at date: Date?) -> MeasurementSource {
        MeasurementSource(
            id: "liverpool", name: "The Liverpool Ionics Dataset", kind: .imported,
            licence: nil,
            attribution:
                "Hargreaves et al. (University of Liverpool); as redistributed in the OBELiX repository (data/misc/LiIonDatabase.csv)",
            reference:
                "C. J. Hargreaves et al., \"A database of experimentally measured lithium solid electrolyte conductivities evaluated with machine learning\", npj Comput. Mater. 2023, 9, 9",
            origin: "the user's copy (no licence stated: not bundled with the atlas)", importFile: file,
            importedAt: date)
    }

    /// The bundled sources, in display order.
    public static let bundled: [MeasurementSource] = [review, obelix]
}
