// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "MicrobatteryAtlas",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mbatlas", targets: ["mbatlas"]),
        .library(name: "AtlasCore", targets: ["AtlasCore"]),
        .library(name: "AtlasData", targets: ["AtlasData"]),
        .library(name: "AtlasPhysics", targets: ["AtlasPhysics"]),
        .library(name: "AtlasStore", targets: ["AtlasStore"]),
        .library(name: "AtlasAnalysis", targets: ["AtlasAnalysis"]),
        .library(name: "AtlasPlot", targets: ["AtlasPlot"]),
        .library(name: "AtlasFigures", targets: ["AtlasFigures"]),
        .library(name: "AtlasWeb", targets: ["AtlasWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The CasePaths trait pulls in swift-syntax (macros): minutes of release build for nothing we use.
        .package(url: "https://github.com/pointfreeco/swift-parsing", from: "0.15.2", traits: []),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The web explorer; the ConfigurationSupport trait (swift-configuration) is not used.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // YAML mapping files of the generic conductivity importer (`mbatlas import --mapping`); the web
        // tests read the served OpenAPI YAML back with it.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "AtlasCore",
            dependencies: [.product(name: "Parsing", package: "swift-parsing")]
        ),
        .target(
            name: "AtlasData",
            dependencies: ["AtlasCore", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        .target(name: "AtlasPhysics", dependencies: ["AtlasCore"]),
        .target(name: "AtlasPlot", dependencies: ["AtlasCore"]),
        .target(name: "AtlasFigures", dependencies: ["AtlasAnalysis", "AtlasPlot", "AtlasPhysics"]),
        .target(
            name: "AtlasStore",
            dependencies: [
                "AtlasCore", "AtlasData", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Parsing", package: "swift-parsing"),
            ]
        ),
        .target(name: "AtlasAnalysis", dependencies: ["AtlasCore", "AtlasData", "AtlasStore", "AtlasPhysics"]),
        .target(
            name: "AtlasWeb",
            dependencies: [
                "AtlasCore", "AtlasData", "AtlasPhysics", "AtlasStore", "AtlasAnalysis", "AtlasPlot", "AtlasFigures",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "AtlasCLI",
            dependencies: [
                "AtlasCore", "AtlasData", "AtlasPhysics", "AtlasStore", "AtlasAnalysis", "AtlasPlot", "AtlasFigures",
                "AtlasWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "mbatlas", dependencies: ["AtlasCLI"]),
        // Benchmark helpers (synthetic stores, query timing); not a product.
        .executableTarget(
            name: "mbatlas-bench",
            dependencies: ["AtlasStore", "AtlasAnalysis", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Timing and validation harness for the simulator (bench/, not a product).
        .executableTarget(name: "SimulatorBenchmark", dependencies: ["AtlasCore", "AtlasPhysics"], path: "bench/swift"),
        .testTarget(
            name: "AtlasCoreTests",
            dependencies: [
                "AtlasCore", "AtlasTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "AtlasDataTests",
            dependencies: [
                "AtlasData", "AtlasTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "AtlasPhysicsTests",
            dependencies: ["AtlasPhysics"],
            // PyBaMM peer discharge curves (bench/pybamm/make_fixtures.py regenerates them).
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AtlasStoreTests",
            dependencies: ["AtlasStore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "AtlasAnalysisTests", dependencies: ["AtlasAnalysis", "AtlasData", "AtlasStore", "AtlasTestSupport"]),
        // Golden SVGs are read by path (#filePath), not as resources.
        .testTarget(
            name: "AtlasFiguresTests", dependencies: ["AtlasFigures", "AtlasTestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "AtlasCLITests", dependencies: ["AtlasCLI", "AtlasPhysics", "mbatlas", "AtlasTestSupport"]),
        // Where the tests find the outside data sets (shared/datasets), for every test target.
        .target(name: "AtlasTestSupport", path: "Tests/AtlasTestSupport"),
        .testTarget(
            name: "AtlasWebTests",
            dependencies: [
                "AtlasWeb", "AtlasCore", "AtlasStore", "AtlasData", "AtlasPhysics", "mbatlas",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "AtlasPlotTests",
            dependencies: ["AtlasPlot"],
            resources: [.copy("__Snapshots__")]
        ),
    ]
)
