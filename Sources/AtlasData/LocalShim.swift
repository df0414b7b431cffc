// local build shim: AtlasData is being written on main; never committed from this branch
