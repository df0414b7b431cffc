import AtlasStore
import Testing

@testable import AtlasWeb

@Suite("HTML builder")
struct HTMLBuilderTests {
    @Test("text nodes escape &, < and >; attribute values also escape both quotes")
    func escaping() {
        let node = Node.element("a", ["href": "/x?a=1&b=\"2\"", "title": "it's <b>"]) {
            "<script>alert(1)</script> & co"
        }
        #expect(
            node.rendered
                == "<a href=\"/x?a=1&amp;b=&quot;2&quot;\" title=\"it&#39;s &lt;b&gt;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</a>"
        )
    }

    @Test("void elements have no closing tag, boolean attributes no value; if/for/optionals build children")
    func structure() {
        let items = ["a", "b"]
        let missing: Node? = nil
        let node = Node.element("ul") {
            for item in items { Node.element("li") { item } }
            if items.isEmpty { "none" } else { Node.void("br") }
            missing
            Node.void("input", [Attribute("type", "checkbox"), .flag("checked")])
        }
        #expect(node.rendered == "<ul><li>a</li><li>b</li><br><input type=\"checkbox\" checked></ul>")
    }

    @Test("query strings decode + and %XX like HTML forms and encode every reserved character")
    func queryStrings() throws {
        let query = try QueryString(decoding: "where=cycles+%3E+500&sort=a&sort=b%3Adesc&empty=")
        #expect(query["where"] == "cycles > 500")
        #expect(query.all("sort") == ["a", "b:desc"])
        #expect(query.nonBlank("empty") == nil)
        #expect(
            query.setting("page", "2").url("/records")
                == "/records?where=cycles%20%3E%20500&sort=a&sort=b%3Adesc&page=2")
        #expect(
            QueryString([("where", "name ~ \"a&b\" or x = 1/2")]).encoded
                == "where=name%20~%20%22a%26b%22%20or%20x%20%3D%201%2F2")
        #expect(throws: WebError.badRequest("malformed percent-encoding in the query string: '%E0%A4'")) {
            try QueryString(decoding: "a=%E0%A4")
        }
    }

    @Test("the OpenAPI YAML writer quotes keys that are not plain and writes nested lists")
    func yaml() {
        let value: JSONValue = .object([
            ("a", .array([.object([("b", .integer(1)), ("c", .array([.string("x"), .null]))]), .bool(true)])),
            ("/path/{id}", .object([])),
            ("no", .string("line\n\"two\"")),
        ])
        #expect(
            YAML.render(value) == """
                a:
                  - b: 1
                    c:
                      - "x"
                      - null
                  - true
                "/path/{id}": {}
                "no": "line\\n\\"two\\""

                """)
    }
}
