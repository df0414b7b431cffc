/// The physical dimension of a quantity, as integer exponents of the SI base dimensions plus one
/// counting dimension for process cycles.
///
/// Two quantities can be compared or converted only when their dimensions are equal; this is what
/// makes "2 µS cm⁻¹ in mA h g⁻¹" a typed error instead of a silent number.
///
/// ```swift
/// let conductivity = Dimension.conductivity   // A² s³ kg⁻¹ m⁻³
/// conductivity == Dimension.current * Dimension.current / Dimension.power / Dimension.length
/// ```
///
/// `cycle` is a base of its own so that an ALD growth rate "0.6 Å per cycle" is *not* convertible
/// to a sputtering rate in nm min⁻¹: the two are different quantities.
public struct Dimension: Hashable, Sendable, Codable {
    public var length: Int8
    public var mass: Int8
    public var time: Int8
    public var current: Int8
    public var temperature: Int8
    public var amount: Int8
    public var cycle: Int8

    public init(
        length: Int8 = 0, mass: Int8 = 0, time: Int8 = 0, current: Int8 = 0,
        temperature: Int8 = 0, amount: Int8 = 0, cycle: Int8 = 0
    ) {
        self.length = length
        self.mass = mass
        self.time = time
        self.current = current
        self.temperature = temperature
        self.amount = amount
        self.cycle = cycle
    }

    private var exponents: [Int8] { [length, mass, time, current, temperature, amount, cycle] }

    private init(exponents e: [Int8]) {
        self.init(
            length: e[0], mass: e[1], time: e[2], current: e[3], temperature: e[4], amount: e[5],
            cycle: e[6])
    }

    public var isDimensionless: Bool { self == .none }

    public static func * (lhs: Dimension, rhs: Dimension) -> Dimension {
        Dimension(exponents: zip(lhs.exponents, rhs.exponents).map { $0 + $1 })
    }

    public static func / (lhs: Dimension, rhs: Dimension) -> Dimension {
        Dimension(exponents: zip(lhs.exponents, rhs.exponents).map { $0 - $1 })
    }

    /// The dimension raised to an integer power (`Dimension.length.power(2)` is an area).
    public func power(_ n: Int8) -> Dimension {
        Dimension(exponents: exponents.map { $0 * n })
    }

    /// SI base-unit notation, e.g. `kg m² s⁻³ A⁻¹` for a voltage; `1` when dimensionless.
    public var baseUnitDescription: String {
        let symbols = ["m", "kg", "s", "A", "K", "mol", "cycle"]
        let parts = zip(symbols, exponents).compactMap { symbol, exponent -> String? in
            exponent == 0 ? nil : symbol + (exponent == 1 ? "" : Superscript.render(Int(exponent)))
        }
        return parts.isEmpty ? "1" : parts.joined(separator: " ")
    }
}

extension Dimension {
    public static let none = Dimension()
    public static let length = Dimension(length: 1)
    public static let mass = Dimension(mass: 1)
    public static let time = Dimension(time: 1)
    public static let current = Dimension(current: 1)
    public static let temperature = Dimension(temperature: 1)
    public static let amount = Dimension(amount: 1)
    public static let cycle = Dimension(cycle: 1)

    public static let area: Dimension = length.power(2)
    public static let volume: Dimension = length.power(3)
    public static let frequency: Dimension = none / time
    public static let charge: Dimension = current * time
    public static let energy: Dimension = mass * area / time.power(2)
    public static let power: Dimension = energy / time
    public static let voltage: Dimension = power / current
    public static let resistance: Dimension = voltage / current
    public static let conductance: Dimension = none / resistance
    public static let conductivity: Dimension = conductance / length
    public static let pressure: Dimension = mass / length / time.power(2)
}

/// Renders integer exponents as Unicode superscripts (`-2` → `⁻²`).
enum Superscript {
    static let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    static func render(_ n: Int) -> String {
        let body = String(abs(n)).map { digits[Int(String($0))!] }
        return (n < 0 ? "⁻" : "") + String(body)
    }

    /// The digit value of a superscript digit character, or nil.
    static func value(of c: Character) -> Int? {
        switch c.singleScalar {
        case 0x2070: 0
        case 0xB9: 1
        case 0xB2: 2
        case 0xB3: 3
        case let v? where (0x2074...0x2079).contains(v): Int(v - 0x2070)
        default: nil
        }
    }
}
