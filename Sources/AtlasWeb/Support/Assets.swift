import Foundation

/// Files served from the binary's resource bundle.
enum Assets {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "the web resource \(name) is missing from the AtlasWeb bundle" }
    }

    /// The one stylesheet.
    static func stylesheet() throws -> String {
        guard let url = Bundle.module.url(forResource: "atlas", withExtension: "css", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw Missing(name: "atlas.css") }
        return text
    }
}
