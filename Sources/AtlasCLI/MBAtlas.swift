import ArgumentParser

/// The `mbatlas` command: a thin face over the atlas library.
public struct MBAtlas: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "mbatlas",
        abstract: "Microbattery Atlas: solid electrolytes in 2D and 3D lithium microbatteries, as data.",
        discussion: "Data: Jetybayeva et al., J. Mater. Chem. A 2021, 9, 15140 (Table 2, Table 1, 310 references).",
        subcommands: [
            Summary.self, List.self, Show.self, Fields.self, Cite.self, Export.self, Import.self, Init.self,
            Families.self, Methods.self, Screen.self, Rank.self, Plot.self, Design.self, Simulate.self, Sweep.self,
            ConductivityCommand.self, SourcesCommand.self, Serve.self, Report.self,
        ]
    )

    public init() {}
}
