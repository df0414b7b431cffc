import Foundation

/// Sine and cosine that are exactly 0 and ±1 at multiples of π/2, so symmetric layouts
/// (radar axes at the top, marks on axis lines) write symmetric coordinates.
func sine(_ angle: Double) -> Double {
    let value = Foundation.sin(angle)
    return abs(value) < 1e-12 ? 0 : value
}

func cosine(_ angle: Double) -> Double {
    let value = Foundation.cos(angle)
    return abs(value) < 1e-12 ? 0 : value
}
