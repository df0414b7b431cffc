import AtlasCore
import AtlasData
import AtlasStore
import Foundation
import Testing

@testable import AtlasAnalysis

@Suite("Screening against the specifications")
struct ScreeningTests {
    static let review = Result { try ReviewDataset.bundled() }

    func candidates(_ configure: (inout ScreeningCriteria) -> Void = { _ in }) throws -> [Candidate] {
        let review = try Self.review.get()
        var criteria = ScreeningCriteria.reviewDefaults(review.specifications)
        configure(&criteria)
        return Screening(criteria: criteria).screen(review: review, records: review.records)
    }

    func family(_ id: String, in list: [Candidate]) throws -> Candidate {
        try #require(list.first { $0.subject == .family(id) })
    }

    func result(_ c: Candidate, _ prefix: String) throws -> CriterionResult {
        try #require(c.results.first { $0.criterion.hasPrefix(prefix) })
    }

    @Test("the defaults are the review's thresholds read as S cm⁻¹: minimum 10⁻⁷, target 10⁻⁴")
    func defaults() throws {
        let criteria = ScreeningCriteria.reviewDefaults(try Self.review.get().specifications)
        #expect(criteria.minConductivity.canonical == 1e-7)
        #expect(criteria.targetConductivity?.canonical == 1e-4)
        #expect(criteria.window == 0...5)
    }

    @Test("perovskite fails stability with Li and the 0–5 V window, citing the review")
    func perovskiteFails() throws {
        let p = try family("perovskite", in: candidates())
        let li = try result(p, "stable with Li")
        #expect(li.outcome == .fail)
        #expect(li.source?.contains("ref.") == true)
        #expect(try result(p, "stable over").outcome == .fail)
    }

    @Test("LiSiPON fails stability with Li (ref. 248); NASICON fails it too")
    func unstableWithLi() throws {
        let all = try candidates()
        let lisipon = try result(family("LiSiPON", in: all), "stable with Li")
        #expect(lisipon.outcome == .fail && lisipon.source == "family profile LiSiPON, ref. 248")
        #expect(try result(family("NASICON", in: all), "stable with Li").outcome == .fail)
    }

    @Test("LiPON passes the electronic-conductivity criterion with 10⁻¹⁴ S cm⁻¹, and fails the 10⁻⁴ target")
    func lipon() throws {
        let lipon = try family("LiPON", in: candidates())
        let electronic = try result(lipon, "electronic")
        #expect(electronic.outcome == .pass && electronic.value == "10⁻¹⁴ S cm⁻¹")
        #expect(try result(lipon, "ionic conductivity ≥ target").outcome == .fail)
        #expect(try result(lipon, "ionic conductivity ≥ 10⁻⁷").outcome == .pass)
    }

    @Test(
        "a family is judged on its stated range, not on one modified composition's best: LVSO 10⁻⁵ fails the 10⁻⁴ target"
    )
    func rangeBeforeBest() throws {
        let lvso = try family("LVSO", in: candidates())
        let target = try result(lvso, "ionic conductivity ≥ target")
        #expect(target.outcome == .fail && target.value == "10⁻⁵–10⁻⁷ S cm⁻¹", "\(target)")
        #expect(try result(lvso, "ionic conductivity ≥ 10⁻⁷").outcome == .pass)
    }

    @Test("a record with NA conductivity is unknown on conductivity, and unknown does not count as a pass")
    func unknownIsNotPass() throws {
        let entry1 = try #require(try candidates().first { $0.subject == .record(1) })
        #expect(try result(entry1, "ionic conductivity ≥ 10⁻⁷").outcome == .unknown)
        #expect(entry1.score == Double(entry1.passes) / Double(entry1.results.count))
    }

    @Test("--conformal-3d: 3D records pass on their own evidence; drop-cast 2D records fail on the technique's rating")
    func conformality() throws {
        let all = try candidates { $0.conformal3D = true }
        let threeD = try #require(all.first { $0.subject == .record(34) })
        #expect(try result(threeD, "conformal").outcome == .pass)
        let garnet = try family("garnet", in: all)
        #expect(try result(garnet, "conformal").outcome == .fail)  // class-level: crystalline conformality poor
        #expect(try result(garnet, "conformal").note?.hasPrefix("class-level statement") == true)
    }

    @Test("candidates are ranked by score, then fewer unknowns")
    func ranking() throws {
        let all = try candidates()
        for (a, b) in zip(all, all.dropFirst()) {
            #expect(a.score > b.score || (a.score == b.score && a.unknowns <= b.unknowns))
        }
    }

    @Test("--stable-with accepts only electrodes with evidence in the data, and lists them when it refuses")
    func stabilityEvidence() throws {
        let records = try Self.review.get().records
        let known = Screening.stabilityEvidence(records: records)
        #expect(known.first == "Li")
        #expect(known.contains("Si") && known.contains("LiCoO2") && !known.contains("Unobtainium"))
        try Screening.requireStabilityEvidence(for: "Li", records: [])
        try Screening.requireStabilityEvidence(for: "si", records: records)
        do {
            try Screening.requireStabilityEvidence(for: "Unobtainium", records: records)
            Issue.record("Unobtainium was accepted")
        } catch {
            guard case .invalidOption(let option, let reason) = error else { throw error }
            #expect(option == "stable-with")
            #expect(reason.hasPrefix("no stability evidence for 'Unobtainium' in the data; evidence exists for Li"))
            #expect(reason.hasSuffix(known.dropFirst().joined(separator: ", ")))
        }
        // Families alone carry evidence about Li only.
        #expect(throws: AnalysisError.self) { try Screening.requireStabilityEvidence(for: "Si", records: []) }
    }

    @Test("stability with an electrode other than Li uses that electrode's evidence, never LiPON's rating against Li")
    func stabilityWithAnotherElectrode() throws {
        let all = try candidates { $0.stableWith = "Si" }
        let family = try result(family("LiPON", in: all), "stable with Si")
        #expect(family.outcome == .unknown && family.source == nil)
        // Records with a Si anode: direct evidence, from their own cycles and retention.
        let records = try Self.review.get().records
        let cycledAgainstSi = records.filter { r in r.cells.contains { $0.anode == "Si" } }
        #expect(!cycledAgainstSi.isEmpty)
        for r in cycledAgainstSi {
            let verdict = try result(try #require(all.first { $0.subject == .record(r.id) }), "stable with Si")
            if verdict.outcome == .pass {
                #expect(verdict.note?.hasPrefix("cycled against Si in ") == true)
                #expect(verdict.source?.hasPrefix("Table 2, entry \(r.id)") == true)
            } else {
                #expect(verdict.outcome == .unknown && verdict.note == "not cycled against Si in this entry")
            }
        }
        // A Li-cell record says nothing about Si.
        let liOnly = try #require(records.first { r in r.cells.allSatisfy { $0.anode == "Li" && $0.cathode != "Si" } })
        #expect(
            try result(try #require(all.first { $0.subject == .record(liOnly.id) }), "stable with Si").outcome
                == .unknown)
    }

    @Test("in an entry with one cell per variant, stability evidence comes from the matching cell's own retention")
    func stabilityEvidenceOfTheMatchingVariant() throws {
        // Entry 24: Li/LiPON/LiCo0.8Ni0.2O2 keeps 86 %, Li/LiPON/LiCo0.8Zr0.2O2 98 %, both over 50 cycles.
        let all = try candidates { $0.stableWith = "LiCo0.8Zr0.2O2" }
        let entry24 = try #require(all.first { $0.subject == .record(24) })
        let verdict = try result(entry24, "stable with LiCo0.8Zr0.2O2")
        #expect(verdict.outcome == .pass)
        #expect(verdict.value == "50 cycles, 98 % retention")
        #expect(verdict.note == "cycled against LiCo0.8Zr0.2O2 in Li/LiPON/LiCo0.8Zr0.2O2")
    }

    @Test("a maximum processing temperature fails a family that needs more than 1000 °C")
    func processTemperature() throws {
        let all = try candidates { $0.maxProcessTemperature = try? Temperature(parsing: "400 °C") }
        #expect(try result(family("perovskite", in: all), "processing").outcome == .fail)
        #expect(try result(family("LiPON", in: all), "processing").outcome == .pass)
    }
}

@Suite("Pareto ranking")
struct ParetoTests {
    /// A small synthetic set: capacity (µA h cm⁻²) and retention after 100 cycles.
    static func records(_ rows: [(Int, Double, Double)]) throws -> [MicrobatteryRecord] {
        var csv = "id,electrolyte,family,structure,cell,capacity_raw,cycles,retention_raw,doi\n"
        for (id, cap, ret) in rows {
            csv += "\(id),LiPON,LiPON,2D,Li/LiPON/C\(id),\(cap) uAh/cm2,100,\(ret)%,10.1/\(id)\n"
        }
        let parsed = RecordInterchange.candidates(csv: csv)
        #expect(parsed.rejected.isEmpty, "\(parsed.rejected)")
        return parsed.candidates.map(\.record)
    }

    @Test("the front keeps exactly the non-dominated cells")
    func front() throws {
        // 1 and 5 dominate 2 (more capacity, less fade); 3 has most capacity; 4 least fade; 5 is beaten by 1.
        let rs = try Self.records([(1, 100, 95), (2, 80, 90), (3, 150, 70), (4, 50, 99), (5, 90, 94)])
        let groups = ParetoRanking().rank(rs)
        #expect(groups.count == 1)
        let g = try #require(groups.first)
        #expect(Set(g.front.map(\.recordID)) == [1, 3, 4])
        #expect(g.records.first { $0.recordID == 2 }?.dominatedBy == [1, 5])
        #expect(Set(g.records.first { $0.recordID == 5 }?.dominatedBy ?? []) == [1])
    }

    @Test("ties do not dominate each other")
    func ties() throws {
        let g = try #require(ParetoRanking().rank(try Self.records([(1, 100, 90), (2, 100, 90)])).first)
        #expect(g.front.count == 2)
    }

    @Test("objectives parse, and a single objective is refused")
    func objectives() throws {
        #expect(try RankingObjective.parse("capacity, cycle-life") == [.capacity, .cycleLife])
        #expect(throws: AnalysisError.needsTwoObjectives) { try RankingObjective.parse("capacity") }
        #expect(throws: AnalysisError.self) { try RankingObjective.parse("capacity,beauty") }
    }

    @Test("retention above 100 % is left out of cycle-life rankings: a capacity that grew is not the best fade")
    func retentionAbove100NotRanked() throws {
        let rs = try Self.records([(1, 100, 95), (2, 80, 105), (3, 150, 70)])
        let g = try #require(ParetoRanking().rank(rs).first)
        #expect(Set(g.records.map(\.recordID)) == [1, 3])
    }

    @Test("~100 % is compared at the fade bound of its printed precision, not at zero, and says so")
    func approximatelyFullRetentionRanked() throws {
        let records = try ReviewDataset.bundled().records
        let groups = ParetoRanking().rank(records)
        let perMicron = try #require(
            groups.first { $0.architecture == .planar && $0.capacityKind == .volumetricCapacity })
        let entry42 = try #require(perMicron.records.first { $0.recordID == 42 })
        let bound = (1 - pow(0.995, 1.0 / 1500)) * 100
        #expect(abs(entry42.values[1] - bound) < 1e-12)
        #expect(entry42.flags.contains { $0.hasPrefix("approximately 100 %: fade below the printed precision") })
        #expect(entry42.flags.contains("cycle life compared at that bound, 3.34 × 10⁻⁴% per cycle, not at zero"))
        // Exactly 100 % stays at zero fade.
        let areal = try #require(groups.first { $0.architecture == .planar && $0.capacityKind == .arealCapacity })
        #expect(areal.records.first { $0.recordID == 16 }?.values[1] == 0)
    }

    @Test("rank flags each objective value that rests on a user assumption; without assumptions none does")
    func assumptionsFlaggedInRanking() throws {
        let records = try ReviewDataset.bundled().records
        let objectives: [RankingObjective] = [.energy, .power]
        let plain = ParetoRanking(objectives: objectives).rank(records)
        #expect(
            plain.allSatisfy {
                $0.records.allSatisfy { $0.flags.allSatisfy { !$0.contains("assumption given by the user") } }
            })
        let assumed = ParetoRanking(
            objectives: objectives,
            calculator: MetricsCalculator(
                assumptions: MetricAssumptions(cathodeThickness: Length(canonical: 1), area: Area(canonical: 1)))
        )
        .rank(records)
        let planar = try #require(assumed.first { $0.architecture == .planar })
        let e67 = try #require(planar.records.first { $0.recordID == 67 })
        #expect(
            e67.flags == [
                "energy rests on area 1 cm² (assumption given by the user)",
                "power rests on area 1 cm² (assumption given by the user)",
            ])
        let e26 = try #require(planar.records.first { $0.recordID == 26 })
        #expect(e26.flags.first?.hasPrefix("the record's conditions print a cell size") == true)
        #expect(e26.flags.contains("energy rests on area 1 cm² (assumption given by the user)"))
        // A record ranked on printed values alone is not flagged as assumed.
        let e13 = try #require(planar.records.first { $0.recordID == 13 })
        #expect(e13.flags.allSatisfy { !$0.contains("rests on") })
    }

    @Test(
        "a ranked record carries the flags of the values compared, not of others (no fade flag in an energy–power ranking)"
    )
    func flagsOfComparedValuesOnly() throws {
        let groups = ParetoRanking(objectives: [.energy, .power]).rank(try ReviewDataset.bundled().records)
        let planar = try #require(groups.first { $0.architecture == .planar })
        let e42 = try #require(planar.records.first { $0.recordID == 42 })
        #expect(e42.flags.allSatisfy { !$0.contains("100 %") })
        #expect(e42.flags.contains { $0.hasPrefix("the current is also printed as 2C") })
    }

    @Test("on the review: capacities in different units are never compared")
    func separateUnits() throws {
        let groups = ParetoRanking().rank(try ReviewDataset.bundled().records)
        for g in groups {
            #expect(g.capacityKind != nil)
            let ids = Set(g.records.map(\.recordID))
            for other in groups where other.capacityKind != g.capacityKind && other.architecture == g.architecture {
                // A record can appear in two groups only if it prints two capacity forms.
                for id in ids.intersection(other.records.map(\.recordID)) {
                    let r = try #require(try ReviewDataset.bundled().record(id))
                    #expect(Set(r.capacity.compactMap(\.kind)).count > 1)
                }
            }
        }
    }
}

@Suite("Family and method statistics")
struct GroupStatisticsTests {
    @Test("per-family counts and medians are computed from the records")
    func families() throws {
        let records = try ReviewDataset.bundled().records
        let groups = GroupStatistics.byFamily(records)
        #expect(groups.reduce(0) { $0 + $1.count } == records.count)
        let lipon = try #require(groups.first { $0.key == "LiPON" })
        #expect(lipon.count == records.filter { $0.family == .lipon }.count)
        let cycles = records.filter { $0.family == .lipon }.compactMap { $0.primary.cycles }.map(Double.init).sorted()
        let median =
            cycles.count % 2 == 1
            ? cycles[cycles.count / 2] : (cycles[cycles.count / 2 - 1] + cycles[cycles.count / 2]) / 2
        #expect(lipon.cycles?.median == median)
        #expect(lipon.cycles?.max == 10_000)
    }

    @Test("each statistic is taken over the listed values: every printed capacity form, the first value of each form")
    func valuesBehindStatistics() throws {
        let records = try ReviewDataset.bundled().records
        let lipon = try #require(GroupStatistics.byFamily(records).first { $0.key == "LiPON" })
        let perMicron = lipon.samples["capacity_volumetric_uAh_per_cm2_per_um", default: []]
        // Entry 14 prints 110 mA h g⁻¹ and 55 µA h cm⁻² µm⁻¹: it counts in both forms.
        #expect(perMicron.contains(GroupStatistics.Sample(recordID: 14, value: 55)))
        #expect(
            lipon.samples["capacity_specific_mAh_per_g", default: []].contains(
                GroupStatistics.Sample(recordID: 14, value: 110)))
        // Entry 3 prints 62.1 and 64.5 µA h cm⁻² µm⁻¹: the first counts.
        #expect(perMicron.filter { $0.recordID == 3 }.map(\.value) == [62.1])
        #expect(lipon.capacityVolumetric?.count == 13 && lipon.capacityVolumetric?.median == 55)
        // The statistics follow from the samples alone.
        for g in GroupStatistics.byFamily(records) + GroupStatistics.byMethod(records) {
            #expect(g.capacityAreal == Statistics(g.samples["capacity_areal_uAh_per_cm2", default: []].map(\.value)))
            #expect(
                g.conductivity == Statistics(positive: g.samples["conductivity_S_per_cm", default: []].map(\.value)))
            #expect(g.retention?.count ?? 0 == g.samples["retention_percent", default: []].count)
        }
        guard case .object(let pairs) = lipon.json,
            case .object(let stats)? = pairs.first(where: { $0.0 == "cycles" })?.1
        else {
            Issue.record("no cycles statistics in the JSON")
            return
        }
        #expect(stats.map(\.0) == ["count", "min", "median", "max", "values"])
    }

    @Test("a record with two methods counts for both")
    func methods() throws {
        let records = try ReviewDataset.bundled().records
        let groups = GroupStatistics.byMethod(records)
        let total = records.reduce(0) { $0 + $1.methods.count }
        #expect(groups.reduce(0) { $0 + $1.count } == total)
        #expect(groups.first?.key == "rf-sputtering")
    }
}
