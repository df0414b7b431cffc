/// The friendly page shown for a failed page request (404, 400, 500…).
enum ErrorPage {
    static func render(_ error: WebError, path: String) -> Node {
        let title = error.status == .notFound ? "Not found" : error.status.reasonPhrase
        return Layout.page(title: title, section: nil) {
            Node.element("h1") { title }
            Node.element("p", ["class": "error-message"]) { error.message }
            Node.element("p") {
                "Try the "
                Node.element("a", ["href": "/records"]) { "records" }
                ", the "
                Node.element("a", ["href": "/families"]) { "electrolyte families" }
                " or the "
                Node.element("a", ["href": "/"]) { "home page" }
                "."
            }
        }
    }
}
