import Foundation

/// Writes a record document as compact JSON with sorted keys: the bytes `JSONEncoder` gives with
/// `.sortedKeys` and `.withoutEscapingSlashes` (a test holds the two to each other), written
/// directly because an import encodes one document per row and `JSONEncoder` was a fifth of its
/// cost. Keys are listed below in byte order, as `.sortedKeys` orders them; absent optionals are
/// left out, as synthesized `Encodable` does.
struct DocumentWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the container being written has no member yet (no comma needed).
    private var atFirstMember = true

    static func encode(_ e: Table2File.Entry) -> Data {
        var w = DocumentWriter()
        w.bytes.reserveCapacity(1536)
        w.entry(e)
        return Data(w.bytes)
    }

    private mutating func entry(_ e: Table2File.Entry) {
        object {
            $0.field("capacity", e.capacity, Self.item)
            $0.field("cathode_thickness", e.cathode_thickness, Self.item)
            $0.field("cells", e.cells, Self.cell)
            $0.field("citation", e.citation)
            $0.field("class", e.class)
            $0.field("composition", e.composition)
            $0.field("conditions", e.conditions)
            $0.field("conductivity", e.conductivity, Self.item)
            $0.field("current", e.current, Self.item)
            $0.field("cycles", e.cycles, Self.item)
            $0.field("doi", e.doi)
            $0.field("electrolyte", e.electrolyte)
            $0.field("electrolyte_thickness", e.electrolyte_thickness, Self.item)
            $0.field("family", e.family)
            $0.field("id", e.id)
            $0.key("method")
            $0.object {
                $0.field("ids", e.method.ids, { $0.string($1) })
                $0.field("printed", e.method.printed)
                $0.field("source", e.method.source)
            }
            $0.field("notes", e.notes, Self.note)
            $0.field("ref", e.ref)
            $0.field("retention", e.retention, Self.item)
            $0.key("structure")
            $0.object {
                $0.field("architecture", e.structure.architecture)
                $0.field("detail", e.structure.detail)
                $0.field("printed", e.structure.printed)
                $0.field("source", e.structure.source)
            }
            $0.field("variants", e.variants, { $0.string($1) })
            $0.field("voltage", e.voltage, Self.item)
        }
    }

    private static func item(_ w: inout DocumentWriter, _ i: Table2File.Item) {
        w.object {
            $0.field("condition", i.condition)
            $0.field("printed", i.printed)
            $0.field("prose", i.prose)
            $0.field("source", i.source)
            $0.field("value", i.value)
            $0.field("variant", i.variant)
        }
    }

    private static func cell(_ w: inout DocumentWriter, _ c: CellStack) {
        w.object {
            $0.field("anode", c.anode)
            $0.field("cathode", c.cathode)
            $0.field("electrolyte", c.electrolyte)
            $0.field("layers", c.layers, { $0.string($1) })
            $0.field("printed", c.printed)
            $0.field("source", c.source)
        }
    }

    private static func note(_ w: inout DocumentWriter, _ n: EntryNote) {
        w.object {
            $0.field("extracted", n.extracted)
            $0.field("field", n.field)
            $0.field("prose", n.prose)
            $0.field("text", n.text)
        }
    }

    // MARK: Containers and values

    private mutating func object(_ members: (inout DocumentWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        atFirstMember = true
        members(&self)
        bytes.append(UInt8(ascii: "}"))
        atFirstMember = false
    }

    private mutating func separate() {
        if !atFirstMember { bytes.append(UInt8(ascii: ",")) }
        atFirstMember = false
    }

    private mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    private mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    private mutating func field(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    private mutating func field<T>(_ name: StaticString, _ values: [T]?, _ element: (inout DocumentWriter, T) -> Void) {
        guard let values else { return }
        key(name)
        bytes.append(UInt8(ascii: "["))
        atFirstMember = true
        for value in values {
            separate()
            element(&self, value)
        }
        bytes.append(UInt8(ascii: "]"))
        atFirstMember = false
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string: `"` and `\` escaped, control characters as `\b \t \n \f \r` or `\u00XX`.
    private mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x00..<0x20:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hex[Int(b >> 4)])
                bytes.append(Self.hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
