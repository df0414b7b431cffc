"""Regenerates the PyBaMM peer fixtures in Tests/AtlasPhysicsTests/Fixtures/.

    pip install pybamm==26.10.1.1
    python bench/pybamm/make_fixtures.py

One CSV per C-rate (0.1, 0.5, 1, 2, 5, 10, 20, 50C) for the default Li/LiPON/LiCoO2 cell:
201 samples equally spaced in time from 0 to the end of discharge, with the end-of-discharge
time and the solver settings in '#' comment lines.
"""

import pathlib
import sys

import numpy as np
import pybamm

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import peer_model  # noqa: E402

RATES = [0.1, 0.5, 1, 2, 5, 10, 20, 50]
CELLS = 800  # mesh: 50C capacity within 0.02 % of the mesh-converged value (see README)
RTOL, ATOL = 1e-8, 1e-10
POINTS = 201


def rate_label(rate: float) -> str:
    return f"{rate:g}C"


def main() -> None:
    root = pathlib.Path(__file__).resolve().parents[2]
    out = root / "Tests" / "AtlasPhysicsTests" / "Fixtures"
    out.mkdir(parents=True, exist_ok=True)
    cell = peer_model.ThinFilmCell()
    model = peer_model.build_model(cell)
    for rate in RATES:
        disc = peer_model.discretise(model, cell, CELLS)
        solver = peer_model.make_solver(RTOL, ATOL)
        first = peer_model.solve(solver, disc, cell, rate)
        t_end = float(first.t[-1])
        # Sample the solver's own dense output at equally spaced times up to the event.
        times = np.linspace(0.0, t_end, POINTS)
        voltage = first["Voltage [V]"](times)
        surface = first["Surface stoichiometry"](times)
        i = rate * cell.one_c_current_density
        path = out / f"pybamm_peer_{rate_label(rate)}.csv"
        with path.open("w") as f:
            f.write(f"# PyBaMM {pybamm.__version__} peer model (bench/pybamm/peer_model.py), IDAKLU rtol={RTOL} atol={ATOL}\n")
            f.write(f"# mesh: {CELLS} uniform finite volumes; default Li/LiPON/LiCoO2 thin-film cell\n")
            f.write(f"# c_rate={rate:g} current_density_A_per_m2={i:.12g} end_time_s={t_end:.12g} termination={first.termination}\n")
            f.write("time_s,voltage_V,surface_stoichiometry\n")
            for t, v, x in zip(times, voltage, surface):
                f.write(f"{t:.10g},{v:.10g},{x:.10g}\n")
        print(f"{path.name}: end {t_end:.6g} s, capacity {i * t_end / 36:.6g} uAh/cm2, {first.termination}")


if __name__ == "__main__":
    main()
