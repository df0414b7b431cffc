import Foundation

/// The parameters of a URL query string, decoded the way HTML forms encode them
/// (`application/x-www-form-urlencoded`: `+` is a space, `%XX` a byte of UTF-8).
public struct QueryString: Sendable, Equatable {
    /// Name/value pairs in the order they appear; a name may repeat (`sort=a&sort=b`).
    public var pairs: [(name: String, value: String)]

    public init(_ pairs: [(name: String, value: String)] = []) { self.pairs = pairs }

    /// Decodes `query` (without the leading `?`). Malformed percent escapes are a
    /// ``WebError/badRequest(_:)``.
    public init(decoding query: String?) throws(WebError) {
        var pairs: [(String, String)] = []
        for part in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(kv[0])
            let value = kv.count > 1 ? try Self.decode(kv[1]) : ""
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    static func decode(_ s: Substring) throws(WebError) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw .badRequest("malformed percent-encoding in the query string: '\(s.prefix(40))'")
        }
        return decoded
    }

    /// The first value of `name`, nil when absent.
    public subscript(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// Every value of `name`, in order.
    public func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// The first value of `name`, with surrounding spaces removed; nil when absent or blank.
    public func nonBlank(_ name: String) -> String? {
        guard let v = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
        return v
    }

    /// `name=value&…`, percent-encoded; pairs with empty values are left out.
    public var encoded: String {
        pairs.filter { !$0.value.isEmpty }.map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }
            .joined(separator: "&")
    }

    /// A copy with `name` set to `value` (nil removes it), keeping the other pairs in place.
    public func setting(_ name: String, _ value: String?) -> QueryString {
        var copy = self
        copy.pairs.removeAll { $0.name == name }
        if let value { copy.pairs.append((name, value)) }
        return copy
    }

    /// `path?query`, or `path` when no parameter has a value.
    public func url(_ path: String) -> String {
        let q = encoded
        return q.isEmpty ? path : path + "?" + q
    }

    /// Unreserved characters stay; everything else is percent-encoded (spaces as `%20`).
    static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    public static func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    public static func == (a: QueryString, b: QueryString) -> Bool {
        a.pairs.map(\.name) == b.pairs.map(\.name) && a.pairs.map(\.value) == b.pairs.map(\.value)
    }
}

extension QueryString {
    /// Characters allowed in a path (a DOI keeps its slashes).
    static let pathAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/()")

    /// Percent-encodes `s` for use in a URL path.
    public static func encodePath(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: pathAllowed) ?? ""
    }
}
