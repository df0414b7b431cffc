/// An atomic unit symbol that the unit parser recognises: `m`, `g`, `h`, `S`, `°C`, `Å`, `%`, `C` (C-rate)…
///
/// A base unit knows its dimension and how to reach SI: `si = magnitude × factor + offset`.
/// Only absolute temperature scales have an offset (°C); such units cannot be combined with others.
public struct BaseUnit: Hashable, Sendable {
    /// Canonical Unicode symbol used when formatting (`Ω`, `Å`, `°C`).
    public let symbol: String
    /// ASCII spelling used by the ASCII formatter (`Ohm`, `A`ngstrom as `Angstrom`, `degC`).
    public let asciiSymbol: String
    /// Other accepted spellings (`ohm`, `℃`, `hr`, `cycles`).
    public let aliases: [String]
    public let dimension: Dimension
    /// Multiply by this to reach the coherent SI unit of `dimension`.
    public let factor: Double
    /// Add after scaling to reach SI (only °C: 273.15).
    public let offset: Double
    /// Whether SI prefixes (µ, m, k…) may be attached (`mA`, `µm`; not `mh`).
    public let takesPrefix: Bool

    public init(
        symbol: String, ascii: String? = nil, aliases: [String] = [], dimension: Dimension,
        factor: Double = 1, offset: Double = 0, takesPrefix: Bool = false
    ) {
        self.symbol = symbol
        self.asciiSymbol = ascii ?? symbol
        self.aliases = aliases
        self.dimension = dimension
        self.factor = factor
        self.offset = offset
        self.takesPrefix = takesPrefix
    }

    /// Every spelling the parser accepts for this unit.
    public var spellings: [String] { [symbol, asciiSymbol] + aliases }
}

extension BaseUnit {
    public static let metre = BaseUnit(symbol: "m", dimension: .length, takesPrefix: true)
    public static let gram = BaseUnit(symbol: "g", dimension: .mass, factor: 1e-3, takesPrefix: true)
    public static let second = BaseUnit(symbol: "s", aliases: ["sec"], dimension: .time, takesPrefix: true)
    public static let minute = BaseUnit(symbol: "min", dimension: .time, factor: 60)
    public static let hour = BaseUnit(symbol: "h", aliases: ["hr"], dimension: .time, factor: 3600)
    public static let ampere = BaseUnit(symbol: "A", dimension: .current, takesPrefix: true)
    public static let kelvin = BaseUnit(symbol: "K", dimension: .temperature)
    /// Degree Celsius: an absolute scale with offset 273.15 K (so it cannot appear inside a compound unit).
    public static let celsius = BaseUnit(
        symbol: "°C", ascii: "degC", aliases: ["℃", "oC", "º C", "° C", "ºC"],
        dimension: .temperature, offset: 273.15)
    public static let mole = BaseUnit(symbol: "mol", dimension: .amount, takesPrefix: true)
    /// One process cycle (ALD growth per cycle); a counting dimension of its own.
    public static let cycle = BaseUnit(symbol: "cycle", aliases: ["cycles", "cyc"], dimension: .cycle)
    public static let volt = BaseUnit(symbol: "V", dimension: .voltage, takesPrefix: true)
    public static let watt = BaseUnit(symbol: "W", dimension: .power, takesPrefix: true)
    public static let joule = BaseUnit(symbol: "J", dimension: .energy, takesPrefix: true)
    public static let siemens = BaseUnit(symbol: "S", dimension: .conductance, takesPrefix: true)
    public static let ohm = BaseUnit(
        symbol: "Ω", ascii: "Ohm", aliases: ["Ω", "ohm", "ohms"], dimension: .resistance,
        takesPrefix: true)
    public static let pascal = BaseUnit(symbol: "Pa", dimension: .pressure, takesPrefix: true)
    public static let bar = BaseUnit(symbol: "bar", dimension: .pressure, factor: 1e5, takesPrefix: true)
    public static let torr = BaseUnit(
        symbol: "Torr", aliases: ["torr"], dimension: .pressure, factor: 101_325.0 / 760.0,
        takesPrefix: true)
    public static let electronvolt = BaseUnit(
        symbol: "eV", dimension: .energy, factor: 1.602_176_634e-19, takesPrefix: true)
    public static let angstrom = BaseUnit(
        symbol: "Å", ascii: "Angstrom", aliases: ["Å", "angstrom"], dimension: .length, factor: 1e-10)
    public static let litre = BaseUnit(symbol: "L", dimension: .volume, factor: 1e-3, takesPrefix: true)
    public static let percent = BaseUnit(symbol: "%", dimension: .none, factor: 0.01)
    /// The C-rate: 1C discharges the nominal capacity in one hour, so C = 1 h⁻¹.
    public static let cRate = BaseUnit(symbol: "C", dimension: .frequency, factor: 1.0 / 3600.0)

    /// Every base unit the parser knows, in no particular order.
    public static let all: [BaseUnit] = [
        metre, gram, second, minute, hour, ampere, kelvin, celsius, mole, cycle, volt, watt, joule,
        siemens, ohm, pascal, bar, torr, electronvolt, angstrom, litre, percent, cRate,
    ]
}

/// An SI prefix (`µ` = 10⁻⁶).
public struct UnitPrefix: Hashable, Sendable {
    public let symbol: String
    public let asciiSymbol: String
    public let aliases: [String]
    public let factor: Double

    public var spellings: [String] { [symbol, asciiSymbol] + aliases }

    public static let pico = UnitPrefix(symbol: "p", asciiSymbol: "p", aliases: [], factor: 1e-12)
    public static let nano = UnitPrefix(symbol: "n", asciiSymbol: "n", aliases: [], factor: 1e-9)
    /// Micro: accepts the micro sign µ (U+00B5), Greek mu μ (U+03BC) and ASCII u.
    public static let micro = UnitPrefix(symbol: "µ", asciiSymbol: "u", aliases: ["μ"], factor: 1e-6)
    public static let milli = UnitPrefix(symbol: "m", asciiSymbol: "m", aliases: [], factor: 1e-3)
    public static let centi = UnitPrefix(symbol: "c", asciiSymbol: "c", aliases: [], factor: 1e-2)
    public static let kilo = UnitPrefix(symbol: "k", asciiSymbol: "k", aliases: [], factor: 1e3)
    public static let mega = UnitPrefix(symbol: "M", asciiSymbol: "M", aliases: [], factor: 1e6)
    public static let giga = UnitPrefix(symbol: "G", asciiSymbol: "G", aliases: [], factor: 1e9)

    public static let all: [UnitPrefix] = [pico, nano, micro, milli, centi, kilo, mega, giga]
}
