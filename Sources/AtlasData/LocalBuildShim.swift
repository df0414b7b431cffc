// Local build shim, NOT committed: the AtlasData target is written on another branch.
