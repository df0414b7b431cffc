import AtlasCore
import Foundation

/// A JSON value written with keys in a fixed order (so exports are byte-stable and readable).
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.compact == b.compact }
    public func hash(into h: inout Hasher) { h.combine(compact) }

    /// Minified JSON.
    public var compact: String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// Pretty JSON with two-space indentation.
    public var pretty: String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        return out
    }

    private func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let d):
            if d.isFinite {
                out += d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : QuantityFormatter.ascii.number(d)
            } else {
                out += "null"
            }
        case .string(let s): out += Self.quote(s)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
                item.write(into: &out, indent: indent, level: level + 1)
            }
            if let indent { out += "\n" + String(repeating: indent, count: level) }
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
                out += Self.quote(key) + (indent == nil ? ":" : ": ")
                value.write(into: &out, indent: indent, level: level + 1)
            }
            if let indent { out += "\n" + String(repeating: indent, count: level) }
            out += "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"  // safe to embed in HTML
            default:
                if scalar.value < 0x20 {
                    out +=
                        "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Optional helpers.
    public static func string(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    public static func number(_ d: Double?) -> JSONValue { d.map(JSONValue.number) ?? .null }
    public static func integer(_ i: Int?) -> JSONValue { i.map(JSONValue.integer) ?? .null }
}

/// Finds where each element of a top-level JSON array starts (line and column), so that errors
/// about record N can name its place in the file.
enum JSONPositions {
    static func topLevelElements(in text: String) -> [(line: Int, column: Int)] {
        var positions: [(Int, Int)] = []
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        var column = 0
        var expectingElement = false
        for c in text {
            column += 1
            if c == "\n" {
                line += 1
                column = 0
                continue
            }
            if inString {
                if escaped {
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    inString = false
                }
                continue
            }
            if depth == 1 && expectingElement && !c.isWhitespace && c != "," && c != "]" {
                positions.append((line, column))
                expectingElement = false
            }
            switch c {
            case "\"": inString = true
            case "[", "{":
                depth += 1
                if depth == 1 && c == "[" { expectingElement = true }
            case "]", "}": depth -= 1
            case ",": if depth == 1 { expectingElement = true }
            default: break
            }
        }
        return positions
    }
}
