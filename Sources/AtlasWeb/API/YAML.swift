import AtlasStore

/// Writes a ``JSONValue`` as block-style YAML (the OpenAPI document's served form). Strings and
/// unusual keys are double-quoted with JSON escapes, which YAML reads the same way, so the YAML
/// and the JSON form describe exactly the same tree.
enum YAML {
    static func render(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out, inline: false)
        return out + (out.hasSuffix("\n") ? "" : "\n")
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String, inline: Bool) {
        let pad = String(repeating: "  ", count: indent)
        switch value {
        case .object(let pairs) where !pairs.isEmpty:
            for (i, (key, member)) in pairs.enumerated() {
                if !(inline && i == 0) { out += pad }
                out += Self.key(key) + ":"
                writeMember(member, indent: indent, into: &out)
            }
        case .array(let items) where !items.isEmpty:
            for (i, item) in items.enumerated() {
                if !(inline && i == 0) { out += pad }
                out += "- "
                switch item {
                case .object(let p) where !p.isEmpty: write(item, indent: indent + 1, into: &out, inline: true)
                case .array(let a) where !a.isEmpty: write(item, indent: indent + 1, into: &out, inline: true)
                default: out += scalar(item) + "\n"
                }
            }
        default:
            out += scalar(value) + "\n"
        }
    }

    private static func writeMember(_ member: JSONValue, indent: Int, into out: inout String) {
        switch member {
        case .object(let p) where !p.isEmpty:
            out += "\n"
            write(member, indent: indent + 1, into: &out, inline: false)
        case .array(let a) where !a.isEmpty:
            out += "\n"
            write(member, indent: indent + 1, into: &out, inline: false)
        default:
            out += " " + scalar(member) + "\n"
        }
    }

    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .object: return "{}"
        case .array: return "[]"
        default: return value.compact
        }
    }

    /// Plain keys stay plain (`type`, `X-Total-Count`); anything else is quoted.
    private static func key(_ k: String) -> String {
        let plain =
            !k.isEmpty
            && k.unicodeScalars.allSatisfy { c in
                ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
                    || c == "."
            } && !["true", "false", "null", "yes", "no", "on", "off", "y", "n"].contains(k.lowercased())
            && !(k.first?.isNumber ?? false)
        return plain ? k : JSONValue.string(k).compact
    }
}
