/// Colour-blind-safe colours for categories and for ordered classes.
///
/// Categories use the eight colours of M. Okabe and K. Ito, "Color Universal Design (CUD): How to
/// make figures and presentations that are friendly to colorblind people", 2008
/// (https://jfly.uni-koeln.de/color/), which stay distinct under protanopia, deuteranopia and
/// tritanopia. Ordered classes (thickness classes, rating levels) use viridis, designed by
/// S. van der Walt and N. Smith for matplotlib (2015) to be perceptually uniform, readable in grey
/// and by colour-blind readers; the stops are the 11-colour sampling published in the R package
/// viridisLite (S. Garnier et al.), interpolated linearly between stops.
///
/// ```swift
/// Palette.categorical(0).hex            // "#0072B2" (blue)
/// Palette.sequential(count: 3).map(\.hex)
/// ```
public enum Palette {
    /// Okabe & Ito in plotting order. The original order starts with black and puts yellow third;
    /// here the strongest colours come first and yellow, which has the least contrast on white,
    /// comes last, so charts with few series never use it.
    public static let okabeIto: [Color] = [
        Color(0x0072B2),  // blue
        Color(0xE69F00),  // orange
        Color(0x009E73),  // bluish green
        Color(0xD55E00),  // vermillion
        Color(0xCC79A7),  // reddish purple
        Color(0x56B4E9),  // sky blue
        Color(0x000000),  // black
        Color(0xF0E442),  // yellow
    ]

    /// The `index`-th categorical colour, cycling after eight.
    public static func categorical(_ index: Int) -> Color {
        okabeIto[((index % okabeIto.count) + okabeIto.count) % okabeIto.count]
    }

    /// viridis(11) as published in viridisLite, from dark purple (0) to yellow (1).
    public static let viridisStops: [Color] = [
        Color(0x440154), Color(0x482576), Color(0x414487), Color(0x35608D), Color(0x2A788E),
        Color(0x21908C), Color(0x22A884), Color(0x43BF71), Color(0x7AD151), Color(0xBBDF27),
        Color(0xFDE725),
    ]

    /// viridis at `t` in 0…1 (clamped).
    public static func viridis(_ t: Double) -> Color {
        let clamped = t.isFinite ? min(max(t, 0), 1) : 0
        let position = clamped * Double(viridisStops.count - 1)
        let lower = min(Int(position), viridisStops.count - 2)
        return viridisStops[lower].mixed(with: viridisStops[lower + 1], amount: position - Double(lower))
    }

    /// `count` colours for ordered classes, evenly spaced along viridis from 0 to `end`.
    ///
    /// The default end, 0.85, stops short of the yellow end, which is hard to see as a small mark
    /// on white; pass 1 for filled areas (matrix cells), where the full range reads well.
    public static func sequential(count: Int, end: Double = 0.85) -> [Color] {
        guard count > 0 else { return [] }
        if count == 1 { return [viridis(end / 2)] }
        return (0..<count).map { viridis(Double($0) / Double(count - 1) * end) }
    }
}
