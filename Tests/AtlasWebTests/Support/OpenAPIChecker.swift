import Foundation
import HummingbirdTesting

/// Checks live responses against the served OpenAPI document: the status must be documented for
/// the operation, and a JSON body must match the documented schema (types, required and — where
/// the schema closes the object — no undocumented properties; `additionalProperties` as a schema
/// for maps), enums, `oneOf`, `$ref`).
struct OpenAPIChecker {
    let document: [String: Any]

    init(json text: String) throws {
        guard let d = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw TestFailure("the OpenAPI document is not a JSON object")
        }
        document = d
    }

    var paths: [String: Any] { document["paths"] as? [String: Any] ?? [:] }

    /// Problems with `response` as an answer of `method` on the documented `path` (empty: conforms).
    func problems(_ response: TestResponse, path: String, method: String) -> [String] {
        guard let item = paths[path] as? [String: Any], let operation = item[method] as? [String: Any] else {
            return ["\(method.uppercased()) \(path) is not in the OpenAPI document"]
        }
        let responses = operation["responses"] as? [String: Any] ?? [:]
        let status = String(response.status.code)
        guard let documented = responses[status] as? [String: Any] else {
            return [
                "\(method.uppercased()) \(path): status \(status) is not documented (documented: \(responses.keys.sorted()))"
            ]
        }
        let contentType = response.headers[.contentType].map { String($0.split(separator: ";")[0]) } ?? ""
        guard let content = documented["content"] as? [String: Any] else { return [] }
        guard let media = content[contentType] as? [String: Any] else {
            return [
                "\(method.uppercased()) \(path) \(status): content type '\(contentType)' is not documented (\(content.keys.sorted()))"
            ]
        }
        guard contentType == "application/json", let schema = media["schema"] as? [String: Any] else { return [] }
        let body: Any
        do {
            body = try JSONSerialization.jsonObject(
                with: Data(String(buffer: response.body).utf8), options: [.fragmentsAllowed])
        } catch {
            return ["\(method.uppercased()) \(path) \(status): body is not JSON"]
        }
        return check(body, schema, at: "$")
    }

    func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/components/schemas/") else { return schema }
        let name = String(ref.dropFirst("#/components/schemas/".count))
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        return schemas?[name] as? [String: Any] ?? [:]
    }

    func check(_ value: Any, _ raw: [String: Any], at path: String) -> [String] {
        let schema = resolve(raw)
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { check(value, $0, at: path).isEmpty }
            return matching.count == 1
                ? [] : ["\(path): matches \(matching.count) of the oneOf schemas, not exactly one"]
        }
        var problems: [String] = []
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as? String].compactMap { $0 }
            guard types.contains(where: { Self.has(value, type: $0) }) else {
                return ["\(path): expected \(types.joined(separator: " or ")), found \(Self.describe(value))"]
            }
        }
        if let allowed = schema["enum"] as? [Any], let s = value as? String,
            !allowed.contains(where: { ($0 as? String) == s })
        {
            problems.append("\(path): '\(s)' is not one of \(allowed)")
        }
        if let object = value as? [String: Any] {
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                problems.append("\(path): required property '\(name)' is missing")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (name, member) in object {
                if let sub = properties[name] as? [String: Any] {
                    problems += check(member, sub, at: "\(path).\(name)")
                } else if let sub = schema["additionalProperties"] as? [String: Any] {
                    problems += check(member, sub, at: "\(path).\(name)")
                } else if (schema["additionalProperties"] as? Bool) == false {
                    problems.append("\(path): property '\(name)' is not in the schema")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, element) in array.enumerated() { problems += check(element, items, at: "\(path)[\(i)]") }
        }
        return problems
    }

    static func isBool(_ v: Any) -> Bool {
        guard let n = v as? NSNumber else { return false }
        return String(cString: n.objCType) == "c" || type(of: v) == Bool.self
    }

    static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBool(value)
        case "integer":
            guard !isBool(value), let n = value as? NSNumber else { return false }
            return n.doubleValue.rounded() == n.doubleValue
        case "number": return !isBool(value) && value is NSNumber
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    static func describe(_ v: Any) -> String {
        if v is NSNull { return "null" }
        if isBool(v) { return "boolean" }
        if v is NSNumber { return "number \(v)" }
        if v is String { return "string" }
        if v is [Any] { return "array" }
        if v is [String: Any] { return "object" }
        return "\(type(of: v))"
    }
}
