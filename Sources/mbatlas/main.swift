import AtlasCLI

await MBAtlas.runAsync()
