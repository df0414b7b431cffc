import Foundation

/// An opaque sRGB colour, written into SVG as `#RRGGBB`.
///
/// ```swift
/// let blue = Color(0x0072B2)
/// blue.hex                          // "#0072B2"
/// blue.lightened(by: 0.8).hex       // a pale tint of the same hue
/// ```
public struct Color: Sendable, Hashable, CustomStringConvertible {
    public let red: UInt8
    public let green: UInt8
    public let blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from a 24-bit `0xRRGGBB` literal.
    public init(_ rgb: UInt32) {
        self.init(red: UInt8((rgb >> 16) & 0xFF), green: UInt8((rgb >> 8) & 0xFF), blue: UInt8(rgb & 0xFF))
    }

    /// `#RRGGBB`, upper-case hex digits.
    public var hex: String {
        let digits = Array("0123456789ABCDEF")
        var text = "#"
        for component in [red, green, blue] {
            text.append(digits[Int(component >> 4)])
            text.append(digits[Int(component & 0xF)])
        }
        return text
    }

    public var description: String { hex }

    /// WCAG 2 relative luminance, 0 (black) … 1 (white).
    public var relativeLuminance: Double {
        func linear(_ c: UInt8) -> Double {
            let s = Double(c) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Black or white, whichever reads better on this colour as a background (WCAG contrast).
    public var contrastingText: Color {
        let l = relativeLuminance
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? .black : .white
    }

    /// The colour moved `amount` (0…1) of the way towards `other`, in sRGB.
    public func mixed(with other: Color, amount: Double) -> Color {
        let t = min(max(amount, 0), 1)
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return Color(red: mix(red, other.red), green: mix(green, other.green), blue: mix(blue, other.blue))
    }

    /// A tint: the colour mixed with white.
    public func lightened(by amount: Double) -> Color { mixed(with: .white, amount: amount) }

    public static let black = Color(0x000000)
    public static let white = Color(0xFFFFFF)
    /// Text and axis lines.
    public static let ink = Color(0x222222)
    /// Secondary text: subtitles, source lines, ring labels.
    public static let mutedInk = Color(0x555555)
    /// Gridlines.
    public static let grid = Color(0xE3E3E3)
    /// Frame lines and tick marks.
    public static let axis = Color(0x888888)
}
