import AtlasCLI

/// The `mbatlas` executable. An async entry point, so that async subcommands (`serve`) run.
@main
struct Entry {
    static func main() async {
        await MBAtlas.main()
    }
}
