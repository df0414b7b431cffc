import AtlasCLI

await MBAtlas.runAsTool()
