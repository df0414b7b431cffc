/// Estimates how wide a line of text will be, for layout without a font engine.
///
/// The widths are the advance widths of DejaVu Sans (the font librsvg falls back to on Linux and
/// the first in the module's `font-family` list), in ems. Helvetica and Arial are narrower, so an
/// estimate made for DejaVu Sans errs on the roomy side in a browser. Characters not in the table
/// count as 0.62 em (DejaVu's average for Latin and Greek letters).
public enum TextMetrics {
    /// The `font-family` written on every chart.
    public static let fontFamily = "DejaVu Sans, Verdana, Helvetica, Arial, sans-serif"

    /// Width in px of `text` set at `size` px.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += advance(scalar) }
        return ems * size * (bold ? 1.08 : 1)
    }

    /// Splits `text` into lines no wider than `maxWidth` at spaces (and after `/` or `-` inside a
    /// word that alone is too wide). A word wider than a line on its own is cut between characters.
    public static func wrap(_ text: String, maxWidth: Double, size: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                for piece in breakWord(String(word), maxWidth: maxWidth, size: size, bold: bold) {
                    let candidate = current.isEmpty ? piece : current + " " + piece
                    if current.isEmpty || width(candidate, size: size, bold: bold) <= maxWidth {
                        current = candidate
                    } else {
                        lines.append(current)
                        current = piece
                    }
                }
            }
            lines.append(current)
        }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// A word too wide for a line, split after `/` or `-` where possible, else between characters.
    /// The pieces are rejoined with spaces by `wrap`, which only happens at a line end.
    private static func breakWord(_ word: String, maxWidth: Double, size: Double, bold: Bool) -> [String] {
        guard width(word, size: size, bold: bold) > maxWidth else { return [word] }
        var pieces: [String] = []
        var current = ""
        for character in word {
            let candidate = current + String(character)
            if !current.isEmpty, width(candidate, size: size, bold: bold) > maxWidth {
                // Prefer to break after the last hyphen or slash of the piece, if it has one.
                if let mark = current.lastIndex(where: { $0 == "-" || $0 == "/" }),
                    current.index(after: mark) != current.endIndex, mark != current.startIndex
                {
                    let cut = current.index(after: mark)
                    pieces.append(String(current[..<cut]))
                    current = String(current[cut...]) + String(character)
                } else {
                    pieces.append(current)
                    current = String(character)
                }
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// DejaVu Sans advance width of one scalar, in ems (units per em 2048).
    static func advance(_ scalar: Unicode.Scalar) -> Double {
        let v = scalar.value
        if v < 128, let units = ascii[Int(v)] { return Double(units) / 2048 }
        switch scalar {
        case "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁻", "⁺": return 0.41
        case "µ", "μ": return 0.636
        case "–": return 0.5
        case "—": return 1
        case "×", "−", "±", "≤", "≥", "≈", "∼": return 0.838
        case "°": return 0.5
        case "·", "•": return 0.318
        case "Å": return 0.684
        case "é", "è", "ê", "ë", "ä", "ö", "ü", "á", "ó": return 0.615
        default: return 0.62
        }
    }

    /// Advance widths of printable ASCII in DejaVu Sans, font units.
    private static let ascii: [Int?] = {
        var table = [Int?](repeating: nil, count: 128)
        let widths: [(Character, Int)] = [
            (" ", 651), ("!", 821), ("\"", 942), ("#", 1716), ("$", 1303), ("%", 1946), ("&", 1597),
            ("'", 563), ("(", 799), (")", 799), ("*", 1024), ("+", 1716), (",", 651), ("-", 739),
            (".", 651), ("/", 690), (":", 690), (";", 690), ("<", 1716), ("=", 1716), (">", 1716),
            ("?", 1087), ("@", 2048), ("[", 799), ("\\", 690), ("]", 799), ("^", 1716), ("_", 1024),
            ("`", 1024), ("{", 1303), ("|", 690), ("}", 1303), ("~", 1716),
            ("A", 1401), ("B", 1405), ("C", 1430), ("D", 1577), ("E", 1294), ("F", 1178), ("G", 1587),
            ("H", 1540), ("I", 604), ("J", 604), ("K", 1343), ("L", 1141), ("M", 1767), ("N", 1532),
            ("O", 1612), ("P", 1235), ("Q", 1612), ("R", 1423), ("S", 1300), ("T", 1251), ("U", 1499),
            ("V", 1401), ("W", 2025), ("X", 1403), ("Y", 1251), ("Z", 1403),
            ("a", 1255), ("b", 1300), ("c", 1126), ("d", 1300), ("e", 1260), ("f", 721), ("g", 1300),
            ("h", 1298), ("i", 569), ("j", 569), ("k", 1186), ("l", 569), ("m", 1995), ("n", 1298),
            ("o", 1253), ("p", 1300), ("q", 1300), ("r", 842), ("s", 1067), ("t", 803), ("u", 1298),
            ("v", 1212), ("w", 1675), ("x", 1212), ("y", 1212), ("z", 1075),
        ]
        for (character, units) in widths { table[Int(character.asciiValue!)] = units }
        for digit in 0...9 { table[48 + digit] = 1303 }
        return table
    }()
}
