/// A microbattery's layer stack as printed ("Li/LiPON/LiCoO2") and split into its electrodes.
public struct CellStack: Hashable, Sendable, Codable {
    /// The stack as printed in the review.
    public let printed: String
    /// Negative electrode during discharge (nil when the review does not name it).
    public let anode: String?
    public let electrolyte: String?
    /// Positive electrode during discharge.
    public let cathode: String?
    /// Current collectors, overlayers, substrates and interlayers, in printed order.
    public let layers: [String]
    /// "prose" when the stack was reconstructed from the review's prose; nil for a legible cell.
    public let source: String?

    public init(
        printed: String, anode: String?, electrolyte: String?, cathode: String?, layers: [String] = [],
        source: String? = nil
    ) {
        self.source = source
        self.printed = printed
        self.anode = anode
        self.electrolyte = electrolyte
        self.cathode = cathode
        self.layers = layers
    }
}
