import ArgumentParser
import AtlasStore

extension MBAtlas {
    /// `mbatlas cite ID`: the record's source as text or BibTeX.
    public struct Cite: ParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Print the citation of a record's source.")

        @Argument(help: "Record id.")
        var id: String

        @Option(help: "text or bibtex.")
        var format: CiteFormat = .text

        @OptionGroup var store: StoreOptions

        enum CiteFormat: String, ExpressibleByArgument { case text, bibtex }

        public init() {}

        public func run() throws {
            try reportingFailures {
                guard let n = Int(id), n > 0 else {
                    throw Failure("record id '\(id)': expected a positive whole number")
                }
                let store = try store.open()
                guard let stored = try store.record(id: n) else { throw Failure("record \(n) does not exist") }
                let r = stored.record
                if let ref = r.ref, let reference = try store.reference(ref) {
                    Output.write(format == .bibtex ? Citations.bibtex(reference) : Citations.text(reference))
                } else if r.citation != nil || r.doi != nil {
                    Output.write(
                        format == .bibtex
                            ? Citations.bibtex(recordID: n, citation: r.citation, doi: r.doi)
                            : [r.citation, r.doi.map { "doi:\($0)" }].compactMap { $0 }.joined(separator: " "))
                } else {
                    throw Failure("record \(n) has no citation")
                }
            }
        }
    }
}
