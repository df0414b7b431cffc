import ArgumentParser
import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasStore

extension MBAtlas {
    /// `mbatlas summary`: counts and ranges computed from the records.
    public struct Summary: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract:
                "Counts by family, method and architecture, and ranges of conductivity, capacity, cycles and retention."
        )

        @OptionGroup var store: StoreOptions
        @Option(
            name: .customLong("where"), help: "Summarize only the records matching this filter (see `mbatlas fields`).")
        var filter: String?

        public init() {}

        public func run() throws {
            try reportingFailures {
                let store = try store.open()
                let query = try Failure.parse("--where") { try RecordQuery(where: filter) }
                let summary = AtlasSummary(records: try store.records(query))
                Output.write(Self.render(summary))
            }
        }

        static func render(_ s: AtlasSummary) -> String {
            var lines: [String] = []
            lines.append(
                "Microbattery Atlas — \(s.recordCount) records (\(s.reviewRecords) from the review's Table 2, \(s.importedRecords) imported), citing \(s.referenceCount) references"
            )
            lines.append("Source: \(ReviewDataset.citation)")
            lines.append("")
            lines.append(
                "By class:        "
                    + s.byClass.map { "\($0.electrolyteClass.rawValue) \($0.count)" }.joined(separator: " · "))
            lines.append(
                "By architecture: "
                    + s.byArchitecture.map { "\($0.architecture?.rawValue ?? "not stated") \($0.count)" }.joined(
                        separator: " · "))
            lines.append("")
            lines.append("By family:")
            for (family, count) in s.byFamily {
                lines.append(
                    "  \(family.rawValue.padding(18)) \(String(count).leftPadding(3))  (\(family.electrolyteClass.rawValue))"
                )
            }
            lines.append("")
            lines.append("By preparation method (a record with two methods counts for both):")
            for (method, count) in s.byMethod {
                lines.append("  \(method.name.padding(40)) \(String(count).leftPadding(3))")
            }
            lines.append("")
            lines.append("Ranges (records with a value · min · median · max):")
            func row(_ label: String, _ st: Statistics?, _ unit: String) {
                guard let st else {
                    lines.append("  \(label.padding(28)) none")
                    return
                }
                lines.append(
                    "  \(label.padding(28)) \(String(st.count).leftPadding(3)) · \(Output.number(st.min)) · \(Output.number(st.median)) · \(Output.number(st.max))"
                        + (unit.isEmpty ? "" : " \(unit)"))
            }
            row("ionic conductivity", s.conductivity, "S cm⁻¹")
            row("capacity, areal", s.capacityAreal, "µA h cm⁻²")
            row("capacity, per µm", s.capacityVolumetric, "µA h cm⁻² µm⁻¹")
            row("capacity, specific", s.capacitySpecific, "mA h g⁻¹")
            row("capacity, absolute", s.capacityCharge, "µA h")
            row("cycles", s.cycles, "")
            row("capacity retention", s.retention, "%")
            return lines.joined(separator: "\n")
        }
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
