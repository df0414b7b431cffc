import AtlasAnalysis
import AtlasCore
import AtlasData
import AtlasPlot
import AtlasStore

/// The review's summary figures, regenerated from records (Fig. 10a–c, Fig. 11) plus the
/// atlas's own conductivity, Arrhenius and retention plots.
public enum FigureName: String, CaseIterable, Sendable {
    case ragone
    case ragone2D = "ragone-2d"
    case spider
    case techniques
    case conductivity
    case arrhenius
    case retention
    case discharge

    /// What the figure shows, for captions and help.
    public var summary: String {
        switch self {
        case .ragone: return "Fig. 10a: energy vs power density of 2D and 3D cells (log–log)"
        case .ragone2D: return "Fig. 10c: 2D cells only, by cathode thickness"
        case .spider: return "Fig. 10b: electrolyte families on the specification axes (0–1)"
        case .techniques: return "Fig. 11: deposition techniques — rate, conformality, temperature, pros and cons"
        case .conductivity: return "conductivity by family or method, review and outside data"
        case .arrhenius: return "log σ vs 1000/T of one --composition, a fit per study"
        case .retention: return "capacity retention vs cycles, by electrolyte class"
        case .discharge: return "simulated discharge curves of a design at several C-rates"
        }
    }

    /// The figure named `text` (case-insensitive); an ``AnalysisError`` listing the names otherwise.
    public static func parse(_ text: String) throws(AnalysisError) -> FigureName {
        guard let name = FigureName(rawValue: text.lowercased()) else {
            throw .unknownFigure(text, known: allCases.map(\.rawValue))
        }
        return name
    }
}

/// What a figure is drawn from and how.
public struct FigureContext: Sendable {
    /// The (possibly filtered) records.
    public var records: [StoredRecord]
    public var review: ReviewDataset
    /// The filter text the records were selected with, shown in the subtitle.
    public var filter: String?
    /// Marks link to `linkPrefix + id + linkSuffix`: the web explorer's record pages
    /// (`/records/12`), or a static report's files (`records/12.html`).
    public var linkPrefix: String
    /// See ``linkPrefix`` (`.html` in a static report).
    public var linkSuffix: String
    public var width: Double
    /// Energy/power basis of the Ragone plots: per footprint area or per volume of cathode.
    public var basis: RagoneBasis
    /// Conductivity plot: group by family or by preparation method.
    public var groupBy: GroupBy
    /// Spider chart: the families to draw (nil: the classes and the most common families).
    public var families: [String]?
    public var metrics: MetricsCalculator
    /// A simulated design to overlay on the Ragone plot (and to draw for `discharge`).
    public var simulation: SimulatedDesign?
    /// `conductivity`: measurements of the measurement store drawn beside the records — the
    /// outside data sets (the review's own values are the records). Select them with
    /// ``outsideMeasurements(from:filter:sources:)``.
    public var measurements: [StoredMeasurement]
    /// The measurement filter `measurements` were selected with, shown in the subtitle.
    public var measurementFilter: String?
    /// The sources the store holds (``MeasurementStore/measurementSources()``): legend names and the
    /// source line of the measurement figures, in this order.
    public var measurementSources: [MeasurementSource]
    /// `arrhenius`: the composition asked for and its measurements from every source
    /// (``MeasurementStore/measurements(ofComposition:)``).
    public var composition: CompositionLookup?

    /// Ragone energy and power per footprint area or per cathode volume.
    public enum RagoneBasis: String, Sendable, CaseIterable { case areal, volumetric }
    /// Conductivity figure categories: electrolyte families or preparation methods.
    public enum GroupBy: String, Sendable, CaseIterable { case family, method }

    public init(
        records: [StoredRecord], review: ReviewDataset, filter: String? = nil, linkPrefix: String = "/records/",
        linkSuffix: String = "", width: Double = 800, basis: RagoneBasis = .areal, groupBy: GroupBy = .family,
        families: [String]? = nil, metrics: MetricsCalculator = .init(), simulation: SimulatedDesign? = nil,
        measurements: [StoredMeasurement] = [], measurementFilter: String? = nil,
        measurementSources: [MeasurementSource] = [], composition: CompositionLookup? = nil
    ) {
        self.measurements = measurements
        self.measurementFilter = measurementFilter
        self.measurementSources = measurementSources
        self.composition = composition
        self.simulation = simulation
        self.records = records
        self.review = review
        self.filter = filter
        self.linkPrefix = linkPrefix
        self.linkSuffix = linkSuffix
        self.width = width
        self.basis = basis
        self.groupBy = groupBy
        self.families = families
        self.metrics = metrics
    }

    /// "Source: …, Table 2 — N records"
    func source(_ what: String) -> String {
        "Source: Jetybayeva et al., J. Mater. Chem. A 2021, 9, 15140 (\(what)); regenerated from data by Microbattery Atlas"
    }

    var subtitleFilter: String? { filter.map { "Records matching: \($0)" } }

    /// The link of a record's mark.
    func link(_ r: MicrobatteryRecord) -> String { linkPrefix + String(r.id) + linkSuffix }

    /// A section of another page of the site the record links point into (`/families#family-garnet`
    /// on the server, `families.html#family-garnet` in a static report); nil when the record links
    /// do not follow the site's `records/` layout.
    func pageLink(_ page: String, fragment: String) -> String? {
        guard linkPrefix.hasSuffix("records/") else { return nil }
        return String(linkPrefix.dropLast("records/".count)) + page + linkSuffix + "#" + fragment
    }

    /// The fragment identifier the site gives a name: lowercase, anything but letters and digits
    /// replaced by `-` (`Li-rich anti-perovskite` → `li-rich-anti-perovskite`).
    public static func anchor(_ name: String) -> String {
        String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    /// "12 · Li/LiPON/LiCoO2 · ref. 56" — the tooltip of a record's mark.
    func tooltip(_ r: MicrobatteryRecord, _ extra: String) -> String {
        var parts = ["Record \(r.id)", r.primaryCell?.printed ?? r.electrolyte]
        if let ref = r.ref { parts.append("ref. \(ref)") } else if let doi = r.doi { parts.append("doi:\(doi)") }
        if !extra.isEmpty { parts.append(extra) }
        return parts.joined(separator: " · ")
    }
}

/// A rendered figure and what it was drawn from.
public struct AtlasFigure: Sendable {
    public let name: FigureName
    public let chart: RenderedChart
    /// Record ids with a mark in the figure (empty for family/technique figures).
    public let recordIDs: [Int]
    /// A sentence on what was left out and why ("31 of 75 records have an energy/power pair").
    public let note: String

    public var svg: String { chart.svg }
}

/// Draws the atlas's figures.
public enum Figures {
    /// Draws `name` from `context`; a ``FigureError`` when the context holds nothing to draw.
    public static func render(_ name: FigureName, _ context: FigureContext) throws -> AtlasFigure {
        switch name {
        case .ragone: return try RagoneFigure.render(context, planarOnly: false)
        case .ragone2D: return try RagoneFigure.render(context, planarOnly: true)
        case .spider: return try SpiderFigure.render(context)
        case .techniques: return try TechniquesFigure.render(context)
        case .conductivity: return try ConductivityFigure.render(context)
        case .arrhenius: return try ArrheniusFigure.render(context)
        case .retention: return try RetentionFigure.render(context)
        case .discharge: return try DischargeFigure.render(context)
        }
    }
}

/// A figure that cannot be drawn from the selected records, and why.
public struct FigureError: Error, Equatable, Sendable, CustomStringConvertible {
    public let figure: String
    public let reason: String

    public var description: String { "\(figure): \(reason)" }
}
