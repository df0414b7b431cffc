import AtlasCLI

MBAtlas.runAsTool()
