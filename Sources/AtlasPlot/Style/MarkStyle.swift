/// The shape of a point mark. Series differ by shape as well as by colour so that a chart printed
/// in grey, or read by someone who confuses two hues, still separates them.
public enum MarkShape: String, Sendable, CaseIterable {
    case circle, square, triangle, diamond, triangleDown, cross, plus, star

    /// The `index`-th shape, cycling after eight.
    public static func categorical(_ index: Int) -> MarkShape {
        allCases[((index % allCases.count) + allCases.count) % allCases.count]
    }
}

/// How a point mark is drawn.
///
/// ```swift
/// let thinFilm = MarkStyle(shape: .circle, color: Palette.categorical(0))
/// let threeD = MarkStyle(shape: .triangle, color: Palette.categorical(1), filled: false)
/// let nth = MarkStyle.categorical(2)   // third colour, third shape
/// ```
public struct MarkStyle: Sendable, Equatable {
    public var shape: MarkShape
    public var color: Color
    /// Radius in px of the circle of the same area (shapes are sized to equal area).
    public var size: Double
    /// Filled marks get a thin white outline; open marks are drawn as a coloured outline.
    public var filled: Bool
    /// Fill opacity of a filled mark; below 1 so overlapping marks show through.
    public var opacity: Double

    public init(
        shape: MarkShape = .circle, color: Color = Palette.categorical(0), size: Double = 4.5, filled: Bool = true,
        opacity: Double = 0.85
    ) {
        self.shape = shape
        self.color = color
        self.size = size
        self.filled = filled
        self.opacity = opacity
    }

    /// The `index`-th categorical colour with the `index`-th shape.
    public static func categorical(_ index: Int, size: Double = 4.5) -> MarkStyle {
        MarkStyle(shape: .categorical(index), color: Palette.categorical(index), size: size)
    }
}

/// How a line (a discharge curve, a fit, a simulated Ragone curve) is drawn.
public struct LineStyle: Sendable, Equatable {
    public var color: Color
    /// Stroke width in px.
    public var width: Double
    /// Dash pattern in px (`[6, 4]`); empty for a solid line.
    public var dash: [Double]
    public var opacity: Double

    public init(color: Color = Palette.categorical(0), width: Double = 2, dash: [Double] = [], opacity: Double = 1) {
        self.color = color
        self.width = width
        self.dash = dash
        self.opacity = opacity
    }

    /// A solid line in the `index`-th categorical colour.
    public static func categorical(_ index: Int, width: Double = 2) -> LineStyle {
        LineStyle(color: Palette.categorical(index), width: width)
    }

    /// Dashed, for fits and simulations drawn over measured points.
    public static func dashed(_ color: Color, width: Double = 1.75) -> LineStyle {
        LineStyle(color: color, width: width, dash: [6, 4])
    }
}
