import ArgumentParser

/// The `mbatlas` command: a thin face over the atlas library.
public struct MBAtlas: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "mbatlas",
        abstract: "Microbattery Atlas: solid electrolytes in 2D and 3D lithium microbatteries, as data.",
        subcommands: [Simulate.self, Sweep.self]
    )

    public init() {}
}
