import AtlasStore
import Hummingbird
import Logging

/// Builds the web explorer: pages, JSON API and OpenAPI document over `store`.
///
/// Tests call this and drive the result in process (`app.test(.router)`); `mbatlas serve` runs it
/// with `runService()`, which shuts down gracefully on SIGINT and SIGTERM.
///
/// ```swift
/// let store = try SQLiteRecordStore(inMemory: true)
/// let app = try buildApplication(store: store, configuration: WebConfiguration(port: 8080))
/// try await app.runService()
/// ```
///
/// `onServerRunning` is told the port the server listens on once it does (useful with port 0,
/// which asks the system for a free port).
public func buildApplication(
    store: any RecordStore, configuration: WebConfiguration, logger: Logger? = nil,
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
    // Middleware must be in place before routes are added; the log sees the final status.
    router.add(middleware: RequestLogMiddleware(level: configuration.requestLogLevel))
    router.add(middleware: SecurityHeadersMiddleware())
    let routes = RouteMethods()
    router.add(middleware: ErrorMiddleware(maxBodySize: configuration.maxBodySize, routes: routes))

    let site = try Site(store: store, configuration: configuration)
    site.addSiteRoutes(to: router)
    site.addRecordRoutes(to: router)
    site.addReferenceRoutes(to: router)
    site.addFamilyRoutes(to: router)
    site.addMethodRoutes(to: router)
    site.addDesignRoutes(to: router)
    site.addFigureRoutes(to: router)
    site.addScreenRoutes(to: router)
    site.addSimulateRoutes(to: router)
    site.addConductivityRoutes(to: router)
    site.addOpenAPIRoutes(to: router)
    routes.record(router)

    var log = logger ?? Logger(label: "mbatlas.web")
    if logger == nil { log.logLevel = configuration.requestLogLevel }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "mbatlas"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: log)
}

/// What every route needs: the store, the configuration, the cached review data and the assets.
struct Site: Sendable {
    let store: any RecordStore
    /// The conductivity measurements, when the store holds them (SQLite does).
    let measurements: (any MeasurementStore)?
    let configuration: WebConfiguration
    let review: ReviewCache
    /// Answers to repeated record queries, valid while the store's data version is unchanged.
    let cache: ResponseCache
    let stylesheet: String

    init(store: any RecordStore, configuration: WebConfiguration) throws {
        self.store = store
        self.measurements = store as? any MeasurementStore
        self.configuration = configuration
        self.review = ReviewCache(store: store)
        self.cache = ResponseCache()
        self.stylesheet = try Assets.stylesheet()
    }
}

typealias AtlasRouter = Router<BasicRequestContext>
