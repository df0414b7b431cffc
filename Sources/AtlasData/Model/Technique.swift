import AtlasCore

/// A deposition or preparation technique as the review describes it (sections 3–5 and 7, Fig. 11):
/// rates, process temperatures, how conformally it coats 3D structures, advantages and drawbacks.
public struct Technique: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable { case vacuum, solution, bulk }

    public let method: PreparationMethod
    public var id: String { method.rawValue }
    public let name: String
    public let abbreviation: String?
    public let aliases: [String]
    public let kind: Kind
    /// Electrolyte families or materials the review reports made by this technique.
    public let electrolytes: [String]
    public let depositionRates: [Statement]
    public let processTemperatures: [Statement]
    /// Nil where the review says nothing about coating 3D structures with it.
    public let conformality: Rating?
    public let advantages: [Statement]
    public let drawbacks: [Statement]
    /// Other process parameters the review states (power, pressure, precursors).
    public let parameters: [Statement]
    public let note: String?

    var allRefs: [Int] {
        depositionRates.flatMap(\.refs) + processTemperatures.flatMap(\.refs) + (conformality?.statement.refs ?? [])
            + advantages.flatMap(\.refs) + drawbacks.flatMap(\.refs) + parameters.flatMap(\.refs)
    }
}
