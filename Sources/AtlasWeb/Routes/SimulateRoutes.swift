import AtlasCore
import AtlasFigures
import AtlasPhysics
import AtlasStore
import Foundation
import Hummingbird

extension Site {
    /// `/simulate` (form, result and figures) and `GET|POST /api/v1/simulate` (the output of
    /// `mbatlas simulate --format json`).
    func addSimulateRoutes(to router: AtlasRouter) {
        router.get("/simulate") { request, _ in
            let params = try QueryString(decoding: request.uri.query)
            return try cache.response(
                key: "simulate page " + (request.uri.query ?? ""), version: try store.dataVersion()
            ) {
                try simulatePage(
                    params.pairs.isEmpty ? QueryString(SimulatePage.defaults.map { ($0.key, $0.value) }) : params)
            }
        }
        router.get("/api/v1/simulate") { request, _ in
            let request = try simulationRequest(try QueryString(decoding: request.uri.query), file: nil)
            return Responses.json(text: try request.run().json + "\n")
        }
        router.post("/api/v1/simulate") { request, _ in
            let mediaType =
                (request.headers[.contentType] ?? "").split(separator: ";").first
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            guard mediaType == "application/json" else {
                throw WebError(
                    .unsupportedMediaType,
                    "send the design file as application/json, not "
                        + "'\(mediaType.isEmpty ? "no Content-Type" : mediaType)'"
                )
            }
            let body = try await request.body.collect(upTo: configuration.maxBodySize)
            let file: DesignFile
            do throws(SimulationError) {
                file = try DesignFile(data: Data(body.readableBytesView))
            } catch {
                throw WebError.simulation(SimulationRequestError(origin: .designFile, error: error))
            }
            let simulation = try simulationRequest(try QueryString(decoding: request.uri.query), file: file)
            return Responses.json(text: try simulation.run().json + "\n")
        }
    }

    /// The names a simulation request takes besides the design parameters.
    static let simulationOptions = ["rates", "points", "mesh", "tolerance"]

    /// Limits a shared server puts on one request's work (the CLI has none): curve samples,
    /// reference-solver cells and rates per sweep.
    static let simulationLimits = (points: 10_000, mesh: 2_000, rates: 100)

    /// Reads the design parameters (and `geometry.X`), `rates`, `points`, `mesh` and `tolerance`
    /// the way `mbatlas simulate` reads its options, over `file` when one was posted.
    func simulationRequest(_ params: QueryString, file: DesignFile?) throws(WebError) -> SimulationRequest {
        try params.requireKnown(
            { DesignSettings.isSetting($0) || Self.simulationOptions.contains($0) },
            known: "the design parameters (" + DesignParameter.allCases.map(\.key).joined(separator: ", ")
                + ", geometry.X), " + Self.simulationOptions.joined(separator: ", "))
        var request = SimulationRequest(
            designFile: file, settings: DesignSettings.from(params), rates: params.nonBlank("rates"))
        if let text = params.nonBlank("points") {
            guard let n = Int(text) else {
                throw WebError.parameter("points", "expected a whole number, found '\(text)'")
            }
            guard n <= Self.simulationLimits.points else {
                throw WebError.parameter(
                    "points", "at most \(Self.simulationLimits.points) samples on this server; got \(n)")
            }
            request.points = n
        }
        if let text = params.nonBlank("mesh") {
            guard let n = Int(text) else {
                throw WebError.parameter("mesh", "expected a whole number, found '\(text)'")
            }
            guard n <= Self.simulationLimits.mesh else {
                throw WebError.parameter("mesh", "at most \(Self.simulationLimits.mesh) cells on this server; got \(n)")
            }
            request.mesh = n
        }
        if let text = params.nonBlank("tolerance") {
            guard let x = Double(text) else {
                throw WebError.parameter("tolerance", "expected a number, found '\(text)'")
            }
            request.tolerance = x
        }
        if let rates = request.rates, rates.split(separator: ",").count > Self.simulationLimits.rates {
            throw WebError.parameter("rates", "at most \(Self.simulationLimits.rates) rates on this server")
        }
        return request
    }

    /// The simulator page: the result, the discharge curves at the asked rates (or the one rate),
    /// and with rates the simulated Ragone curve over the records. Bad input is shown on the page.
    func simulatePage(_ params: QueryString) throws -> Rendered {
        var values: [String: String] = [:]
        for (name, value) in params.pairs where !value.trimmingCharacters(in: .whitespaces).isEmpty {
            values[name] = value
        }
        var page = SimulatePage(values: values, outcome: nil, discharge: nil, ragone: nil, error: nil)
        do {
            let request = try simulationRequest(params, file: nil)
            let outcome = try request.run()
            page.outcome = outcome
            var figureRequest = request
            if figureRequest.rates == nil {
                figureRequest.rates = QuantityFormatter.shortest(
                    outcome.model.currentDensity / outcome.model.oneCCurrentDensity)
            }
            let options = FigureOptions(simulation: figureRequest)
            let records = request.rates == nil ? [] : try store.records(RecordQuery())
            let parameters = FigureParameters(options: options)
            page.discharge = figureItems([.discharge], parameters, records: [], links: .server).first
                .map { FigureView.Item(name: $0.name, outcome: $0.outcome, svgHref: nil) }
            if request.rates != nil {
                page.ragone = figureItems([.ragone], parameters, records: records, links: .server).first
                    .map { FigureView.Item(name: $0.name, outcome: $0.outcome, svgHref: nil) }
            }
        } catch {
            let web = WebError.from(error, path: "/simulate", maxBodySize: configuration.maxBodySize)
            guard web.status == .badRequest || web.status == .unprocessableContent else { throw error }
            page.error = web
            return Responses.renderedHTML(page.render(), status: web.status)
        }
        return Responses.renderedHTML(page.render())
    }
}
