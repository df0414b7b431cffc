import ArgumentParser
import AtlasStore

extension MBAtlas {
    /// `mbatlas fields`: the fields of the `--where` language.
    public struct Fields: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "List every field of the --where language with its type, canonical unit and an example.",
            discussion: """
                Operators: = != < <= > >= ~ (contains, case-insensitive) !~, in (a, b), not in (…), is na, is not na, \
                between a and b; combine with and, or, not and parentheses. Quote text containing keywords: electrolyte ~ "and".

                Quantities accept any unit of their kind (1 uS/cm, 1e-6 S/cm, 2 µm, 2000 nm); a bare number is in the canonical \
                unit shown. Records whose value is NA, or printed in a unit of another kind, match no comparison — find them \
                with 'is na'.
                """)

        @Flag(help: "The fields of conductivity measurements (mbatlas conductivity --where) instead of records.")
        var measurements = false

        public init() {}

        public func run() throws {
            let fields = (measurements ? QueryCatalogue.measurements : QueryCatalogue.records).fields
            let names = fields.map {
                $0.name + ($0.aliases.isEmpty ? "" : " (" + $0.aliases.joined(separator: ", ") + ")")
            }
            let nameWidth = names.map(\.count).max() ?? 0
            let typeWidth = fields.map(\.typeDescription.count).max() ?? 0
            var lines = ["\("field".padding(nameWidth))  \("type / canonical unit".padding(typeWidth))  example"]
            for (field, name) in zip(fields, names) {
                lines.append(
                    "\(name.padding(nameWidth))  \(field.typeDescription.padding(typeWidth))  \(field.example)")
                lines.append("    \(field.summary)")
            }
            Output.write(lines.joined(separator: "\n"))
        }
    }
}
