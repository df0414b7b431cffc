import AtlasFigures
import AtlasStore
import Hummingbird

extension Site {
    /// `/figures` (every figure inline) and `GET /api/v1/figures/{name}.svg` (one figure, the
    /// `mbatlas plot NAME` SVG), both following the `where` filter and the figure options.
    func addFigureRoutes(to router: AtlasRouter) {
        router.get("/figures") { request, _ in
            try cache.response(key: "figures page " + (request.uri.query ?? ""), version: try store.dataVersion()) {
                try figuresPage(try QueryString(decoding: request.uri.query))
            }
        }
        router.get("/api/v1/figures/{file}") { request, context in
            let file = context.parameters.get("file") ?? ""
            return try cache.response(
                key: "figure \(file)?" + (request.uri.query ?? ""), version: try store.dataVersion()
            ) {
                guard file.lowercased().hasSuffix(".svg") else {
                    throw WebError.notFound(
                        "figures are served as SVG: /api/v1/figures/NAME.svg with NAME one of "
                            + FigureName.allCases.map(\.rawValue).joined(separator: ", "))
                }
                let name = try FigureName.parse(String(file.dropLast(4)))
                let parameters = try FigureParameters(try QueryString(decoding: request.uri.query))
                let figure = try figure(name, parameters, records: try store.records(parameters.query), links: .server)
                return Responses.rendered(figure.svg, contentType: "image/svg+xml; charset=utf-8")
            }
        }
    }

    /// One figure over `records`, with marks linking to record pages as `links` has them.
    func figure(
        _ name: FigureName, _ parameters: FigureParameters, records: [StoredRecord], links: Links
    ) throws
        -> AtlasFigure
    {
        let link = links.recordLink
        let context = try parameters.options.context(
            for: name, records: records, review: try review.review(), filter: parameters.filterText,
            measurements: measurements, linkPrefix: link.prefix, linkSuffix: link.suffix)
        return try Figures.render(name, context)
    }

    /// Every figure over `records`; one that cannot be drawn carries its error instead.
    func figureItems(
        _ names: [FigureName], _ parameters: FigureParameters, records: [StoredRecord], links: Links
    )
        -> [FigureView.Item]
    {
        names.map { name in
            // On a page of several figures an option applies to the figures that take it.
            var own = parameters
            if name != .arrhenius { own.options.composition = nil }
            if name != .arrhenius && name != .conductivity {
                own.options.measurementsWhere = nil
                own.options.sources = nil
            }
            let outcome: Result<AtlasFigure, WebError>
            do {
                outcome = .success(try figure(name, own, records: records, links: links))
            } catch {
                outcome = .failure(WebError.from(error, path: "/figures", maxBodySize: configuration.maxBodySize))
            }
            return FigureView.Item(
                name: name, outcome: outcome, svgHref: links.figureSVG(name.rawValue, query: parameters.given))
        }
    }

    /// The figures page; a filter that cannot be read is shown with its caret (400).
    func figuresPage(_ params: QueryString) throws -> Rendered {
        var page = FiguresPage(
            filterText: params["where"] ?? "", basis: params.nonBlank("basis") ?? "areal",
            groupBy: params.nonBlank("by") ?? "family", composition: params.nonBlank("composition") ?? "", items: [],
            error: nil, links: .server, scope: nil)
        do {
            _ = try RecordQuery(where: params.nonBlank("where"))
        } catch {
            page.error = WebError.filter(error)
            return Responses.renderedHTML(page.render(), status: .badRequest)
        }
        let parameters = try FigureParameters(params)
        // The Arrhenius plot is of one composition: on the page only when one is asked for.
        let names = FigureName.allCases.filter { $0 != .arrhenius || parameters.options.composition != nil }
        page.items = figureItems(names, parameters, records: try store.records(parameters.query), links: .server)
        return Responses.renderedHTML(page.render())
    }
}
