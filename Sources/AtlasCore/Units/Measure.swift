/// A marker type naming a kind of quantity at compile time (``Kinds/Length``, ``Kinds/Voltage``…).
public protocol PhysicalKind: Sendable {
    /// The runtime description: dimension, canonical unit and name.
    static var kind: QuantityKind { get }
}

/// A quantity whose kind is part of its type: a `Length` cannot be passed where a `Voltage` is
/// expected, and adding a length to a time does not compile.
///
/// The value is held in SI. Text and ``Quantity`` values enter through a dimension check, so a
/// wrong unit is a ``CoreError`` at the edge rather than a wrong number inside a computation.
///
/// ```swift
/// let thickness = try Length(parsing: "1.5 µm")      // 1.5e-6 m
/// let sigma = try Conductivity(parsing: "3 uS/cm")   // 3e-4 S/m
/// let asr = thickness.si / sigma.si                   // Ω m²
/// try Length(parsing: "3 V")                          // throws: '3 V' is not a thickness unit
/// ```
public struct Measure<Kind: PhysicalKind>: Hashable, Comparable, Sendable {
    /// The value in the coherent SI unit of the kind's dimension.
    public var si: Double

    public init(si: Double) { self.si = si }

    /// A value in any unit of this kind's dimension.
    public init(_ magnitude: Double, _ unit: Unit) throws(CoreError) {
        try self.init(Quantity(magnitude, unit))
    }

    /// A value in the kind's canonical unit (`Length(canonical: 2)` is 2 µm).
    public init(canonical magnitude: Double) {
        self.si = Quantity(magnitude, Kind.kind.canonicalUnit).siValue
    }

    public init(_ quantity: Quantity) throws(CoreError) {
        guard quantity.dimension == Kind.kind.dimension else {
            throw .wrongKind(unit: quantity.unit.description, expected: Kind.kind.name, column: 1)
        }
        self.si = quantity.siValue
    }

    /// Parses text such as `"20 um"`; a bare number is in the kind's canonical unit.
    public init(parsing text: String) throws(CoreError) {
        try self.init(Quantity.parse(text, as: Kind.kind))
    }

    /// The magnitude in `unit`; throws when `unit` is not of this kind's dimension.
    public func value(in unit: Unit) throws(CoreError) -> Double {
        try Quantity(si: si, in: Kind.kind.canonicalUnit).value(in: unit)
    }

    /// The magnitude in the kind's canonical unit (µm for a length, S cm⁻¹ for a conductivity).
    public var canonical: Double { Quantity(si: si, in: Kind.kind.canonicalUnit).magnitude }

    /// As an untyped quantity in the canonical unit.
    public var quantity: Quantity { Quantity(si: si, in: Kind.kind.canonicalUnit) }

    public static func < (a: Self, b: Self) -> Bool { a.si < b.si }
    public static func + (a: Self, b: Self) -> Self { Self(si: a.si + b.si) }
    public static func - (a: Self, b: Self) -> Self { Self(si: a.si - b.si) }
    public static func * (a: Self, k: Double) -> Self { Self(si: a.si * k) }
    public static func * (k: Double, a: Self) -> Self { Self(si: a.si * k) }
    public static func / (a: Self, k: Double) -> Self { Self(si: a.si / k) }
    /// The ratio of two values of the same kind is a pure number.
    public static func / (a: Self, b: Self) -> Double { a.si / b.si }
    public static prefix func - (a: Self) -> Self { Self(si: -a.si) }
    public static var zero: Self { Self(si: 0) }
}

extension Measure: CustomStringConvertible {
    /// `1.5 µm`, in the canonical unit with 4 significant digits.
    public var description: String {
        QuantityFormatter(significantDigits: 4).string(from: quantity)
    }
}

/// Compile-time kind markers for ``Measure``.
public enum Kinds {
    public enum Length: PhysicalKind { public static let kind = QuantityKind.length }
    public enum Area: PhysicalKind { public static let kind = QuantityKind.area }
    public enum Volume: PhysicalKind { public static let kind = QuantityKind.volume }
    public enum Mass: PhysicalKind { public static let kind = QuantityKind.mass }
    public enum Time: PhysicalKind { public static let kind = QuantityKind.time }
    public enum Temperature: PhysicalKind { public static let kind = QuantityKind.temperature }
    public enum Voltage: PhysicalKind { public static let kind = QuantityKind.voltage }
    public enum Current: PhysicalKind { public static let kind = QuantityKind.current }
    public enum CurrentDensity: PhysicalKind { public static let kind = QuantityKind.currentDensity }
    public enum CRate: PhysicalKind { public static let kind = QuantityKind.cRate }
    public enum Charge: PhysicalKind { public static let kind = QuantityKind.charge }
    public enum ArealCapacity: PhysicalKind { public static let kind = QuantityKind.arealCapacity }
    public enum VolumetricCapacity: PhysicalKind { public static let kind = QuantityKind.volumetricCapacity }
    public enum SpecificCapacity: PhysicalKind { public static let kind = QuantityKind.specificCapacity }
    public enum Energy: PhysicalKind { public static let kind = QuantityKind.energy }
    public enum ArealEnergy: PhysicalKind { public static let kind = QuantityKind.arealEnergy }
    public enum VolumetricEnergy: PhysicalKind { public static let kind = QuantityKind.volumetricEnergy }
    public enum SpecificEnergy: PhysicalKind { public static let kind = QuantityKind.specificEnergy }
    public enum Power: PhysicalKind { public static let kind = QuantityKind.power }
    public enum ArealPower: PhysicalKind { public static let kind = QuantityKind.arealPower }
    public enum VolumetricPower: PhysicalKind { public static let kind = QuantityKind.volumetricPower }
    public enum SpecificPower: PhysicalKind { public static let kind = QuantityKind.specificPower }
    public enum Conductivity: PhysicalKind { public static let kind = QuantityKind.conductivity }
    public enum ArealResistance: PhysicalKind { public static let kind = QuantityKind.arealResistance }
    public enum Diffusivity: PhysicalKind { public static let kind = QuantityKind.diffusivity }
    public enum Concentration: PhysicalKind { public static let kind = QuantityKind.concentration }
    public enum RateConstant: PhysicalKind { public static let kind = QuantityKind.rateConstant }
    public enum ActivationEnergy: PhysicalKind { public static let kind = QuantityKind.activationEnergy }
    public enum Density: PhysicalKind { public static let kind = QuantityKind.density }
    public enum Fraction: PhysicalKind { public static let kind = QuantityKind.fraction }
}

public typealias Length = Measure<Kinds.Length>
public typealias Area = Measure<Kinds.Area>
public typealias Volume = Measure<Kinds.Volume>
public typealias Mass = Measure<Kinds.Mass>
public typealias Duration = Measure<Kinds.Time>
public typealias Temperature = Measure<Kinds.Temperature>
public typealias Voltage = Measure<Kinds.Voltage>
public typealias Current = Measure<Kinds.Current>
public typealias CurrentDensity = Measure<Kinds.CurrentDensity>
public typealias CRate = Measure<Kinds.CRate>
public typealias Charge = Measure<Kinds.Charge>
public typealias ArealCapacity = Measure<Kinds.ArealCapacity>
public typealias VolumetricCapacity = Measure<Kinds.VolumetricCapacity>
public typealias SpecificCapacity = Measure<Kinds.SpecificCapacity>
public typealias Energy = Measure<Kinds.Energy>
public typealias ArealEnergy = Measure<Kinds.ArealEnergy>
public typealias VolumetricEnergy = Measure<Kinds.VolumetricEnergy>
public typealias SpecificEnergy = Measure<Kinds.SpecificEnergy>
public typealias Power = Measure<Kinds.Power>
public typealias ArealPower = Measure<Kinds.ArealPower>
public typealias VolumetricPower = Measure<Kinds.VolumetricPower>
public typealias SpecificPower = Measure<Kinds.SpecificPower>
public typealias Conductivity = Measure<Kinds.Conductivity>
public typealias ArealResistance = Measure<Kinds.ArealResistance>
public typealias Diffusivity = Measure<Kinds.Diffusivity>
public typealias Concentration = Measure<Kinds.Concentration>
public typealias RateConstant = Measure<Kinds.RateConstant>
public typealias ActivationEnergy = Measure<Kinds.ActivationEnergy>
public typealias MassDensity = Measure<Kinds.Density>
public typealias Fraction = Measure<Kinds.Fraction>

// Products and quotients that the physics needs, spelled out so that their kinds are checked.
extension Measure where Kind == Kinds.Length {
    public static func * (a: Length, b: Length) -> Area { Area(si: a.si * b.si) }
    public static func * (a: Length, b: Area) -> Volume { Volume(si: a.si * b.si) }
}
extension Measure where Kind == Kinds.Area {
    public static func * (a: Area, b: Length) -> Volume { Volume(si: a.si * b.si) }
}
extension Measure where Kind == Kinds.Current {
    public static func / (i: Current, a: Area) -> CurrentDensity { CurrentDensity(si: i.si / a.si) }
    public static func * (i: Current, t: Duration) -> Charge { Charge(si: i.si * t.si) }
}
extension Measure where Kind == Kinds.CurrentDensity {
    public static func * (j: CurrentDensity, a: Area) -> Current { Current(si: j.si * a.si) }
    /// Ohmic drop across an area-specific resistance.
    public static func * (j: CurrentDensity, r: ArealResistance) -> Voltage { Voltage(si: j.si * r.si) }
}
extension Measure where Kind == Kinds.Charge {
    public static func / (q: Charge, a: Area) -> ArealCapacity { ArealCapacity(si: q.si / a.si) }
    public static func * (q: Charge, v: Voltage) -> Energy { Energy(si: q.si * v.si) }
}
extension Measure where Kind == Kinds.ArealCapacity {
    public static func * (c: ArealCapacity, a: Area) -> Charge { Charge(si: c.si * a.si) }
    public static func / (c: ArealCapacity, l: Length) -> VolumetricCapacity { VolumetricCapacity(si: c.si / l.si) }
    public static func * (c: ArealCapacity, v: Voltage) -> ArealEnergy { ArealEnergy(si: c.si * v.si) }
}
extension Measure where Kind == Kinds.VolumetricCapacity {
    public static func * (c: VolumetricCapacity, l: Length) -> ArealCapacity { ArealCapacity(si: c.si * l.si) }
}
extension Measure where Kind == Kinds.ArealEnergy {
    public static func / (e: ArealEnergy, t: Duration) -> ArealPower { ArealPower(si: e.si / t.si) }
    public static func / (e: ArealEnergy, l: Length) -> VolumetricEnergy { VolumetricEnergy(si: e.si / l.si) }
}
extension Measure where Kind == Kinds.Energy {
    public static func / (e: Energy, t: Duration) -> Power { Power(si: e.si / t.si) }
}
extension Measure where Kind == Kinds.Conductivity {
    /// Area-specific resistance of a layer of thickness `l`: R = θ/σ.
    public static func / (l: Length, s: Conductivity) -> ArealResistance { ArealResistance(si: l.si / s.si) }
}
