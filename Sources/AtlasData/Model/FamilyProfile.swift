import AtlasCore

/// What the review states about an electrolyte family (or a whole class): property values with
/// their references, qualitative ratings supported by quotes, advantages and issues.
public struct FamilyProfile: Hashable, Sendable, Identifiable {
    /// The properties the review quantifies for families.
    public enum Property: String, Hashable, Sendable, CaseIterable {
        case ionicConductivity = "ionic_conductivity"
        case electronicConductivity = "electronic_conductivity"
        case electrochemicalWindow = "electrochemical_window"
        case transferenceNumber = "transference_number"
        case processingTemperature = "processing_temperature"
        case activationEnergy = "activation_energy"
        case thickness
        case depositionRate = "deposition_rate"
        case mechanicalStrength = "mechanical_strength"
        case interfaceThickness = "interface_thickness"
        case sputteringPower = "sputtering_power"
    }

    public struct PropertyValue: Hashable, Sendable {
        public let property: Property
        public let statement: Statement
        /// Preparation method the value was obtained with, where stated.
        public let method: PreparationMethod?
    }

    /// The family id (`ElectrolyteFamily.rawValue`) or a class id ("polymer", "crystalline", "glass").
    public let id: String
    public let name: String
    /// Nil for the three class-level profiles.
    public let family: ElectrolyteFamily?
    public let electrolyteClass: ElectrolyteClass
    public let parent: String?
    /// Section of the review that discusses the family.
    public let section: String?
    public let examples: [String]
    public let properties: [PropertyValue]
    public let ratings: [Rating]
    public let advantages: [Statement]
    public let issues: [Statement]
    public let note: String?

    /// Whether this profile describes a whole class rather than one family.
    public var isClass: Bool { family == nil }

    /// Values stated for `property`, in file order.
    public func values(_ property: Property) -> [Statement] {
        properties.filter { $0.property == property }.map(\.statement)
    }

    /// The rating for `criterion`, if the review supports one.
    public func rating(_ criterion: Criterion) -> Rating? { ratings.first { $0.criterion == criterion } }

    var allRefs: [Int] {
        properties.flatMap(\.statement.refs) + ratings.flatMap(\.statement.refs) + advantages.flatMap(\.refs)
            + issues.flatMap(\.refs)
    }
}
