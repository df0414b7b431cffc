import AtlasCore

/// The review's own conductivities as measurements, each with its reference number.
///
/// - **Table 2**: every conductivity cell that is not NA (variants such as entry 3's normal and
///   Li-rich LiPON are separate measurements). The temperature is room temperature unless the
///   cell or the review's prose about the same reference states one: entry 56's 8 μS cm⁻¹ is at
///   60 °C ("ionic conductivity of 8 × 10⁻⁶ S cm⁻¹ at 60 °C", the entry's conductivity note).
///   Otherwise the measurement says "assumed 25 °C (room temperature, not stated)". A range
///   (`0.7–1 μS cm⁻¹`) is stored as its representative value, flagged ``ConductivityMeasurement/Qualifier/rangeRepresentative``.
/// - **Family profiles**: ionic-conductivity statements about one study that give a single value,
///   exact or approximate (`1.02 × 10⁻³ S cm⁻¹` at 30 °C, `approximately 2.8 × 10⁻⁷ S cm⁻¹`), and a
///   material's "up to 1.2 × 10⁻² S cm⁻¹" (the highest value that study reports, said so in the
///   note). Skipped: ranges (`10⁻⁷–10⁻⁴`), ceilings of a whole family (`up to 10⁻³`, a bare power
///   of ten), orders of magnitude (`in the order of 10⁻⁶`, `in the range of 10⁻⁷`, `~10⁻⁶`,
///   `approximately 10⁻⁷`), expectations (aspect `expected`), sentences that cite no reference,
///   statements that repeat a Table 2 value of the same reference (the same measurement), and
///   class-level profiles (polymer, crystalline, glass), which have no family. The kind is total or
///   bulk where the sentence says "total/bulk ionic conductivity of" that value.
///
/// ```swift
/// let review = try ReviewDataset.bundled()
/// let ms = ReviewMeasurements.all(review)
/// ms.first { $0.location == "Table 2 entry 56" }?.temperature.canonical   // 333.15
/// ```
public enum ReviewMeasurements {
    /// Table 2's and the family profiles' measurements, in that order.
    public static func all(_ review: ReviewDataset) -> [ConductivityMeasurement] {
        table2(review) + profiles(review)
    }

    // MARK: Table 2

    public static func table2(_ review: ReviewDataset) -> [ConductivityMeasurement] {
        var out: [ConductivityMeasurement] = []
        for record in review.records {
            for cell in record.conductivity {
                guard let q = cell.quantity, QuantityKind.conductivity.accepts(q.unit) else { continue }
                let variant = cell.variant.flatMap { record.variants.indices.contains($0) ? record.variants[$0] : nil }
                let printed = record.composition ?? record.electrolyte
                let (temperature, basis, temperatureNote) = table2Temperature(record, cell)
                var notes: [String] = []
                if let variant { notes.append("variant: \(variant)") }
                if let temperatureNote { notes.append(temperatureNote) }
                let qualifier = Self.qualifier(q.magnitude)
                if qualifier == .rangeRepresentative {
                    notes.append("range \(cell.printed); representative value stored")
                }
                if let prose = cell.prose { notes.append("the prose gives \(prose)") }
                notes.append("printed: \(cell.printed)")
                out.append(
                    ConductivityMeasurement(
                        source: MeasurementSource.review.id, location: "Table 2 entry \(record.id)",
                        compositionPrinted: variant ?? printed,
                        composition: record.composition.flatMap(composition),
                        family: MeasurementFamily(record.family), familyLabel: record.family.rawValue,
                        temperature: temperature, temperatureBasis: basis,
                        conductivity: Conductivity(si: q.representative.siValue), qualifier: qualifier,
                        kind: .unspecified, doi: record.doi, ref: record.ref,
                        citation: record.ref.flatMap { review.reference($0)?.shortCitation },
                        note: notes.joined(separator: "; ")))
            }
        }
        return out
    }

    /// The temperature of a Table 2 conductivity: the cell's condition, else a temperature the
    /// entry's conductivity note quotes from the prose ("… at 60 °C"), else room temperature assumed.
    static func table2Temperature(_ record: MicrobatteryRecord, _ cell: ReportedCell)
        -> (Temperature, ConductivityMeasurement.TemperatureBasis, String?)
    {
        if let condition = cell.condition, let t = temperature(inProse: condition) {
            return (t, .stated, "temperature from the table cell: \(condition)")
        }
        for note in record.notes where note.field == "conductivity" {
            if let t = temperature(inProse: note.text) {
                return (t, .stated, "temperature from the review's prose (see the entry's note)")
            }
        }
        return (.roomTemperature, .assumedRoomTemperature, nil)
    }

    /// The first "at N °C" (or "at N K") in a sentence.
    static func temperature(inProse text: String) -> Temperature? {
        var rest = Substring(text)
        while let at = rest.range(of: "at ") {
            let tail = rest[at.upperBound...]
            let number = tail.prefix { $0.isNumber || $0 == "." }
            let afterNumber = tail.dropFirst(number.count).drop { $0 == " " }
            if !number.isEmpty, let value = Double(number) {
                if afterNumber.hasPrefix("°C") || afterNumber.hasPrefix("℃") {
                    return Temperature(si: value + 273.15)
                }
                if afterNumber.hasPrefix("K"), afterNumber.dropFirst().first.map({ !$0.isLetter }) ?? true {
                    return Temperature(si: value)
                }
            }
            rest = rest[at.upperBound...]
        }
        return nil
    }

    // MARK: Family profiles

    public static func profiles(_ review: ReviewDataset) -> [ConductivityMeasurement] {
        // (ref, σ in S/m) of every Table 2 conductivity: a sentence restating one is that measurement.
        let tableValues: [(ref: Int, si: Double)] = review.records.flatMap { record in
            record.conductivity.compactMap { cell -> (ref: Int, si: Double)? in
                guard let ref = record.ref, let q = cell.quantity, QuantityKind.conductivity.accepts(q.unit)
                else { return nil }
                return (ref, q.representative.siValue)
            }
        }
        var out: [ConductivityMeasurement] = []
        for profile in review.families {
            guard let family = profile.family else { continue }
            for (index, value) in profile.properties.enumerated() where value.property == .ionicConductivity {
                let s = value.statement
                guard let printed = s.printed, let q = s.value?.reportedQuantity,
                    QuantityKind.conductivity.accepts(q.unit)
                else { continue }
                guard !s.refs.isEmpty, s.aspect != "expected", !isOrderOfMagnitude(printed, q.magnitude) else {
                    continue
                }
                if let note = s.note, note.contains("Value from Table 2") { continue }
                let si = q.representative.siValue
                let restatesTable = tableValues.contains { t in
                    s.refs.contains(t.ref) && abs(t.si - si) <= 1e-6 * si
                }
                if restatesTable { continue }
                var notes = ["printed: \(printed)"]
                var qualifier = Self.qualifier(q.magnitude)
                if qualifier == .upperBound, isSpecificValue(printed) {
                    qualifier = .exact
                    notes.append("the review says 'up to': the highest value reported, recorded as the value")
                }
                guard qualifier.isPointValue else { continue }
                let (temperature, basis) = profileTemperature(s.condition)
                let material = s.material ?? profile.name
                if let aspect = s.aspect { notes.append("aspect: \(aspect.replacingUnderscores)") }
                if let condition = s.condition { notes.append("condition: \(condition)") }
                if let method = value.method { notes.append("method: \(method.rawValue)") }
                if let note = s.note { notes.append(note) }
                out.append(
                    ConductivityMeasurement(
                        source: MeasurementSource.review.id,
                        location: "family profile \(profile.id), statement \(index + 1)",
                        compositionPrinted: material, composition: s.material.flatMap(composition),
                        family: MeasurementFamily(family), familyLabel: family.rawValue,
                        temperature: temperature, temperatureBasis: basis,
                        conductivity: Conductivity(si: si), qualifier: qualifier,
                        kind: kind(stated: s.quote, printed: printed),
                        ref: s.refs.first,
                        citation: s.refs.compactMap { review.reference($0)?.shortCitation }.joined(separator: "; "),
                        note: notes.joined(separator: "; ")))
            }
        }
        return out
    }

    /// An order of magnitude rather than a value: "in the order of 10⁻⁶", "in the range of 10⁻⁷",
    /// or a bare power of ten given approximately ("~10⁻⁶", "approximately 10⁻⁷").
    static func isOrderOfMagnitude(_ printed: String, _ magnitude: Magnitude) -> Bool {
        let lower = printed.lowercased()
        if lower.contains("order") || lower.hasPrefix("in the range of") { return true }
        if case .approximate = magnitude { return !isSpecificValue(printed) }
        return false
    }

    /// A value with a mantissa ("1.2 × 10⁻²", "2.8e-7", "0.5 mS cm⁻¹") rather than a bare power of ten ("10⁻³").
    static func isSpecificValue(_ printed: String) -> Bool {
        if printed.contains("×") { return true }
        let number = printed.drop { !$0.isNumber }
        guard number.hasPrefix("10"), let next = number.dropFirst(2).first else { return true }
        return !("⁻^−-".contains(next) || "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(next))
    }

    /// The composition of a statement's material, unless it names a pseudo-binary or -ternary oxide
    /// system ("Li2O–SiO2–P2O5"): its components' proportions are not printed, so it is no formula.
    static func composition(_ text: String) -> Composition? {
        let name = text.split(separator: " (").first.map(String.init) ?? text
        let parts = name.split(whereSeparator: { $0 == "-" || $0 == "–" })
        if parts.count > 1, parts.allSatisfy({ $0.first?.isUppercase ?? false }) { return nil }
        return CompositionKey.parse(text)
    }

    /// Total or bulk where the review's sentence says "total/bulk ionic conductivity of" the value.
    static func kind(stated quote: String?, printed: String) -> ConductivityMeasurement.Kind {
        guard let quote else { return .unspecified }
        if quote.contains("total ionic conductivity of \(printed)") { return .total }
        if quote.contains("bulk ionic conductivity of \(printed)") { return .bulk }
        return .unspecified
    }

    /// "30 °C", "measured at 300 °C", "room temperature", nil.
    static func profileTemperature(_ condition: String?) -> (Temperature, ConductivityMeasurement.TemperatureBasis) {
        guard let condition else { return (.roomTemperature, .assumedRoomTemperature) }
        let lower = condition.lowercased()
        if lower.contains("room temperature") { return (.roomTemperature, .roomTemperature) }
        let text = lower.hasPrefix("measured at ") ? String(condition.dropFirst("measured at ".count)) : condition
        if let t = try? TemperatureText.parse(text) { return (t, .stated) }
        return (.roomTemperature, .assumedRoomTemperature)
    }

    static func qualifier(_ magnitude: Magnitude) -> ConductivityMeasurement.Qualifier {
        switch magnitude {
        case .exact, .plusMinus: return .exact
        case .approximate: return .approximate
        case .range: return .rangeRepresentative
        case .below: return .upperBound
        case .above: return .lowerBound
        }
    }
}

extension String {
    fileprivate var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}

extension Substring {
    /// Range of the first occurrence of `needle` (Foundation-free).
    fileprivate func range(of needle: String) -> Range<Substring.Index>? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var i = startIndex
        while let end = index(i, offsetBy: needle.count, limitedBy: endIndex) {
            if self[i..<end] == needle { return i..<end }
            i = index(after: i)
        }
        return nil
    }
}
