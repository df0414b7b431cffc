/// One of the parallel cells or conditions an entry lists (``MicrobatteryRecord/variants``), so
/// that values computed from a record never combine inputs of different cells.
///
/// Entry 24 lists two cells, Li/LiPON/LiCo₀.₈Ni₀.₂O₂ and Li/LiPON/LiCo₀.₈Zr₀.₂O₂, with a capacity
/// and a retention for each. Its variant 0 keeps the first cell, the capacity and retention
/// marked variant 0 and every value marked with no variant (shared by both cells: the voltage
/// window, the current, the cycles):
///
/// ```swift
/// let ni = record.restricted(toVariant: 0)   // capacity 62 µA h cm⁻², retention 86 %
/// let zr = record.restricted(toVariant: 1)   // capacity 50 µA h cm⁻² µm⁻¹, retention 98 %
/// ```
public struct RecordVariant: Hashable, Sendable {
    /// 0-based index into the entry's ``MicrobatteryRecord/variants``.
    public let index: Int
    /// The variant's label as the entry prints it.
    public let label: String
    /// How many variants the entry lists.
    public let count: Int

    /// `Li/LiPON/LiCo0.8Ni0.2O2 (variant 1 of 2)`.
    public var description: String { "\(label) (variant \(index + 1) of \(count))" }
}

extension MicrobatteryRecord {
    /// Whether the entry lists parallel alternatives.
    public var hasVariants: Bool { variants.count > 1 }

    /// The variant at `index`, or nil when the entry has no such variant.
    public func variant(_ index: Int) -> RecordVariant? {
        guard hasVariants, variants.indices.contains(index) else { return nil }
        return RecordVariant(index: index, label: variants[index], count: variants.count)
    }

    /// The index of the variant a cell stack belongs to: its position when the entry lists one
    /// stack per variant, nil when the stacks are shared (one stack for several conditions).
    public func variantIndex(ofCell cell: CellStack) -> Int? {
        guard hasVariants, cells.count == variants.count else { return nil }
        return cells.firstIndex(of: cell)
    }

    /// The record with only the values of variant `index`: in each column the cells marked with
    /// that variant and those marked with none (shared); of the cell stacks, the variant's own
    /// when the entry lists one per variant, else all of them. A record without variants, or an
    /// index it does not have, is returned unchanged.
    public func restricted(toVariant index: Int) -> MicrobatteryRecord {
        guard variant(index) != nil else { return self }
        func keep(_ column: [ReportedCell]) -> [ReportedCell] {
            column.filter { $0.variant == nil || $0.variant == index }
        }
        let stacks = cells.count == variants.count ? [cells[index]] : cells
        return MicrobatteryRecord(
            id: id, electrolyte: electrolyte, composition: composition, family: family, variants: variants,
            methodPrinted: methodPrinted, methodSource: methodSource, methods: methods, conditions: conditions,
            electrolyteThickness: keep(electrolyteThickness), cathodeThickness: keep(cathodeThickness),
            conductivity: keep(conductivity), cells: stacks, structure: structure, capacity: keep(capacity),
            voltage: keep(voltage), current: keep(current), cycles: keep(cycles), retention: keep(retention), ref: ref,
            citation: citation, doi: doi, notes: notes)
    }
}
