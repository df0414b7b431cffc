import Hummingbird

extension Site {
    /// `/api/openapi.yaml`, `/api/openapi.json` and `/api` (the API's overview page).
    func addOpenAPIRoutes(to router: AtlasRouter) {
        let yaml = OpenAPIDocument.yaml
        let json = OpenAPIDocument.document.pretty + "\n"
        router.get("/api/openapi.yaml") { request, _ in
            try refuseParameters(request)
            return Responses.text(yaml, contentType: "application/yaml; charset=utf-8")
        }
        router.get("/api/openapi.json") { request, _ in
            try refuseParameters(request)
            return Responses.json(text: json)
        }
        router.get("/api") { request, _ in
            try refuseParameters(request)
            return Responses.html(APIPage.render(OpenAPIDocument.document, writable: configuration.writeToken != nil))
        }
    }
}
