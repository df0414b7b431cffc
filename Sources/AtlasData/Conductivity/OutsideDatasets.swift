import AtlasCore
import Foundation

/// OBELiX, bundled with the atlas (CC BY 4.0; Resources/obelix/all.csv and LICENSE.txt, both
/// unmodified), read with the mapping ``ConductivityMapping/obelixYAML``.
///
/// Each of the 599 rows gives one room-temperature measurement: "Ionic conductivity (S cm-1)"
/// (37 rows print an upper bound such as `<1E-10`). Its kind is total when the row's "IC (Total)"
/// column repeats it; 28 rows also give a bulk value ("IC (Bulk)"), read as a second
/// measurement of kind bulk. So the data set gives 599 + 28 = 627 measurements.
///
/// ```swift
/// let obelix = try OBELiXDataset.bundled()
/// obelix.rowsRead              // 599
/// obelix.measurements.count    // 627
/// ```
public enum OBELiXDataset {
    /// The bundled CSV (byte-identical to the data set's `all.csv`).
    public static let csvFile = "obelix/all.csv"
    /// The bundled licence text (CC BY 4.0).
    public static let licenceFile = "obelix/LICENSE.txt"

    /// The mapping that reads OBELiX's columns; also an example of the mapping format.
    public static let mappingYAML = """
        source:
          id: obelix-copy
          name: OBELiX
        header: true
        columns:
          id: ID
          composition: Reduced Composition
          conductivity: Ionic conductivity (S cm-1)
          total_conductivity: IC (Total)
          bulk_conductivity: IC (Bulk)
          space_group: Space group
          family: Family
          doi: DOI
        conductivity_unit: S/cm
        default_temperature: room temperature
        """

    /// Reads the bundled file.
    public static func bundled() throws -> MeasurementTable {
        let data = try ResourceFiles.data(named: csvFile)
        guard let text = String(data: data, encoding: .utf8) else {
            throw DatasetError(file: csvFile, location: "", reason: "not UTF-8 text")
        }
        return try read(csv: text)
    }

    /// Reads OBELiX's `all.csv` text (the bundled copy or another version of it).
    public static func read(csv text: String, file: String = csvFile) throws(DatasetError) -> MeasurementTable {
        var mapping = try ConductivityMapping.parse(yaml: mappingYAML, file: "OBELiX mapping")
        mapping.sourceID = MeasurementSource.obelix.id
        return try ConductivityTable.read(csv: text, mapping: mapping, file: file)
    }

    /// The licence text bundled with the data.
    public static func licenceText() throws -> String {
        String(decoding: try ResourceFiles.data(named: licenceFile), as: UTF8.self)
    }
}

/// The Liverpool Ionics Dataset (`LiIonDatabase.csv`): not bundled (no licence stated), read
/// from a user's copy by `mbatlas import --format liverpool PATH`.
///
/// Columns: ID, composition, source (a DOI, once a journal citation), temperature (°C),
/// target (S cm⁻¹), log_target, family, ChemicalFamily. The file starts with a UTF-8 byte-order
/// mark. Every one of its 820 rows is one measurement.
public enum LiverpoolDataset {
    /// The columns the file must have (checked before reading, so that another CSV is not
    /// taken for it).
    public static let requiredColumns = ["ID", "composition", "source", "temperature", "target", "family"]

    /// The mapping that reads it; also an example of the mapping format.
    public static let mappingYAML = """
        source:
          id: liverpool
          name: The Liverpool Ionics Dataset
        header: true
        columns:
          id: ID
          composition: composition
          doi: source
          temperature: temperature
          conductivity: target
          family: family
        conductivity_unit: S/cm
        temperature_unit: °C
        """

    /// Reads the file's text; `file` names it in errors.
    public static func read(csv text: String, file: String) throws(DatasetError) -> MeasurementTable {
        let headerLine =
            text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let header = (try? CSVTable(parsing: headerLine))?.rows.first?.fields.map { HeaderName.clean($0.text) } ?? []
        let missing = requiredColumns.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw DatasetError(
                file: file, location: "1:1",
                reason:
                    "not the Liverpool Ionics Dataset: no column \(missing.map { "'\($0)'" }.joined(separator: ", ")) in the header"
            )
        }
        let mapping = try ConductivityMapping.parse(yaml: mappingYAML, file: "Liverpool mapping")
        return try ConductivityTable.read(csv: text, mapping: mapping, file: file)
    }
}
