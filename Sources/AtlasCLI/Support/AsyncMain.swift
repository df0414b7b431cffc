import ArgumentParser

extension MBAtlas {
    /// Runs the command line with async subcommands (`serve`) supported: the root is an
    /// `AsyncParsableCommand`, and inside this async function `main()` is its async form.
    public static func runAsync() async {
        await main()
    }
}
