import AtlasCLI

MBAtlas.main()
