import AtlasCore

/// Maps the family labels printed by the data sets onto the atlas vocabulary
/// (``AtlasCore/MeasurementFamily``). The table is documented in docs/CONDUCTIVITY.md; every
/// measurement keeps its original label beside the family chosen here.
///
/// Rules, in order:
/// 1. a label naming an atlas family (`garnet`, `NASICON`, `anti-perovskite`…, case-insensitive) is that family;
/// 2. a label in ``aliases`` (the data sets' spellings: `perovskites`, `LGPS`, `garnet-like`,
///    `Lysonite`, `cholorides`…) is the family listed there;
/// 3. Liverpool's `Glass` is a sulfide glass when its composition contains sulfur, an oxide glass
///    otherwise (its `ChemicalFamily` column is often `#N/A` and sometimes wrong, e.g.
///    `Li2.9Sc1.9Zr0.1(PO4)3` is labelled "Sulphides");
/// 4. anything else, and no label, is ``AtlasCore/MeasurementFamily/unclassified``.
///
/// ```swift
/// FamilyLabels.family(for: "LGPS", composition: nil)          // .thioLisicon
/// FamilyLabels.family(for: "Glass", composition: li3ps4)     // .sulfideGlass
/// ```
public enum FamilyLabels {
    /// Data-set spellings that are not an atlas family name, lowercased, with the family they mean.
    public static let aliases: [(label: String, family: MeasurementFamily)] = [
        // Review families under other names.
        ("garnet-like", .garnet),
        ("li-stuffed garnet", .garnet),
        ("perovskites", .perovskite),
        // The review treats Li10GeP2S12 and the LGPS-type sulfides under thio-LISICON (§4.3).
        ("lgps", .thioLisicon),
        ("lipon", .lipon),
        // Structure types the review does not treat.
        ("argyrodites", .argyrodite),
        ("antiperovskite", .antiPerovskite),
        ("anti-perovskites", .antiPerovskite),
        ("thio-phosphate", .thiophosphate),
        ("thiophosphates", .thiophosphate),
        ("lips", .thiophosphate),
        ("sulfides", .sulfide),
        ("sulphides", .sulfide),
        ("chalcogenidotetrelates", .sulfide),
        ("layered", .sulfide),
        ("halides", .halide),
        ("chlorides", .halide),
        ("cholorides", .halide),
        ("fluorides", .halide),
        ("hydrides", .hydride),
        ("borohydrides", .borohydride),
        ("nitrides", .nitride),
        ("boron nitride", .nitride),
        ("nitridosilicates", .nitride),
        ("oxides", .oxide),
        ("hexaoxometalates", .oxide),
        ("zirconates", .oxide),
        ("lanthanumlithiumoxide", .oxide),
        ("molybdates", .oxide),
        ("phosphates", .phosphate),
        ("diphosphate", .phosphate),
        ("pyrophosphate", .phosphate),
        ("borophosphates", .phosphate),
        ("fluorophosphates", .phosphate),
        ("tavorite", .phosphate),
        ("copper pyroborate", .borate),
        ("fluorooxoborate", .borate),
        ("boracites", .borate),
        ("borates", .borate),
        ("silicates", .silicate),
        ("sugilites", .silicate),
        ("lysonite", .lyonsite),
        ("glass-ceramic", .glassCeramic),
        ("glass ceramic", .glassCeramic),
        ("other", .unclassified),
    ]

    /// The atlas family for a printed label; `composition` decides Liverpool's `Glass`.
    public static func family(for label: String?, composition: Composition?) -> MeasurementFamily {
        guard let label = label?.trimmingSpaces, !label.isEmpty else { return .unclassified }
        if let family = MeasurementFamily(name: label) { return family }
        let key = label.lowercased()
        if key == "glass" {
            return composition?[.S].isZero == false ? .sulfideGlass : .oxideGlass
        }
        return aliases.first { $0.label == key }?.family ?? .unclassified
    }
}
