import Foundation

/// Access to the curated text files bundled with AtlasData.
public enum ResourceFiles {
    /// The bundled data files, by name.
    public static let names = [
        "table2.json", "table1.json", "references.json", "families.json", "specifications.json",
        "techniques.json", "obelix/all.csv", "obelix/LICENSE.txt",
    ]

    /// The bytes of a bundled file.
    public static func data(named name: String) throws -> Data {
        // "obelix/all.csv" lives in Resources/obelix.
        let path = name.split(separator: "/").map(String.init)
        let folder = (["Resources"] + path.dropLast()).joined(separator: "/")
        let parts = (path.last ?? name).split(separator: ".", maxSplits: 1).map(String.init)
        guard
            let url = Bundle.module.url(
                forResource: parts[0], withExtension: parts.count > 1 ? parts[1] : nil, subdirectory: folder)
        else {
            throw DatasetError(file: name, location: "", reason: "bundled file is missing from the AtlasData resources")
        }
        return try Data(contentsOf: url)
    }

    /// A fingerprint of all bundled data files (FNV-1a 64 over their bytes, in ``names`` order).
    /// The store rebuilds its review tables whenever this changes.
    public static func fingerprint() throws -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for name in names {
            for byte in try data(named: name) {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0xff
        }
        return String(hash, radix: 16)
    }
}
