/// Escapes text for XML 1.0 so that any string, however hostile, is written as characters and
/// never as markup.
///
/// ```swift
/// XMLEscaping.text("<script>alert(1)</script>")   // "&lt;script&gt;alert(1)&lt;/script&gt;"
/// XMLEscaping.attribute("a \"b\"\nc")             // "a &quot;b&quot;&#10;c"
/// ```
///
/// Characters that XML 1.0 forbids outright (C0 controls other than tab, newline and carriage
/// return, and U+FFFE/U+FFFF) cannot be written even as character references; they become
/// U+FFFD so that the document stays well-formed and the loss stays visible.
public enum XMLEscaping {
    /// Escapes character data (the content of `<text>`, `<title>`…).
    public static func text(_ string: String) -> String {
        escape(string, inAttribute: false)
    }

    /// Escapes an attribute value written between double quotes. Tab, newline and carriage return
    /// become character references so attribute-value normalisation does not turn them into spaces.
    public static func attribute(_ string: String) -> String {
        escape(string, inAttribute: true)
    }

    private static func escape(_ string: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "'" where inAttribute: out += "&apos;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            case "\r": out += "&#13;"
            default:
                out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// XML 1.0 `Char` production (surrogates cannot occur in a Swift `Unicode.Scalar`).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xFFFD: return true
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
