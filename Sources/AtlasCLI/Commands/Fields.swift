import ArgumentParser
import AtlasStore

extension MBAtlas {
    /// `mbatlas fields`: the fields of the `--where` language.
    public struct Fields: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "List every field of the --where language with its type, canonical unit and an example.",
            discussion: """
                Operators: = != < <= > >= ~ (contains, case-insensitive) !~, in (a, b), not in (…), is na, is not na,
                between a and b; combine with and, or, not and parentheses. Quote text containing keywords: electrolyte ~ "and".
                Quantities accept any unit of their kind (1 uS/cm, 1e-6 S/cm, 2 µm, 2000 nm); a bare number is in the canonical
                unit shown. Records whose value is NA, or printed in a unit of another kind, match no comparison — find them
                with 'is na'.
                """)

        @Flag(help: "The fields of conductivity measurements (mbatlas conductivity --where) instead of records.")
        var measurements = false

        public init() {}

        public func run() throws {
            let catalogue = measurements ? QueryCatalogue.measurements : QueryCatalogue.records
            let table = TextTable(
                columns: [
                    .init(title: "field", shrinkable: false), .init(title: "type / canonical unit", shrinkable: false),
                    .init(title: "example", shrinkable: false), .init(title: "meaning", minWidth: 10),
                ],
                rows: catalogue.fields.map { f in
                    [f.name + (f.aliases.isEmpty ? "" : " (" + f.aliases.joined(separator: ", ") + ")"), f.typeDescription, f.example, f.summary]
                })
            Output.write(table.render(width: 140))
        }
    }
}
