"""Times the PyBaMM peer model (IDAKLU) for BENCHMARKS.md, beside the Swift harness.

    python bench/pybamm/benchmark.py [--cells 100 200] [--repeats 30]

Reports separately: the PyBaMM import, the model build + discretisation, the first solve
(which sets the solver up), and the median of repeated solves with 201 output samples at each
rate — the per-discharge cost compared with the Swift closed form. Also prints each solve's
delivered capacity so that its accuracy at that mesh can be checked against the closed form.
"""

import argparse
import pathlib
import statistics
import sys
import time

t0 = time.perf_counter()
import numpy as np  # noqa: E402
import pybamm  # noqa: E402

import_seconds = time.perf_counter() - t0

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import peer_model  # noqa: E402

RATES = [0.1, 0.5, 1, 2, 5, 10, 20, 50]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cells", type=int, nargs="+", default=[100, 200])
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    cell = peer_model.ThinFilmCell()
    print(f"# PyBaMM {pybamm.__version__}; import {import_seconds:.2f} s")
    print("cells,rate_C,build_ms,first_solve_ms,median_solve_ms,median_solve_and_voltage_ms,capacity_uAh_per_cm2")
    for cells in args.cells:
        for rate in RATES:
            t = time.perf_counter()
            model = peer_model.build_model(cell)
            disc = peer_model.discretise(model, cell, cells)
            build = time.perf_counter() - t
            solver = peer_model.make_solver()
            i = rate * cell.one_c_current_density
            horizon = 1.2 * 3600.0 / rate
            inputs = {"Current density [A.m-2]": i}
            t = time.perf_counter()
            first = solver.solve(disc, t_eval=[0.0, horizon], inputs=inputs)
            first_solve = time.perf_counter() - t
            t_end = float(first.t[-1])
            t_interp = np.linspace(0.0, t_end, 201)
            times, with_voltage = [], []
            for _ in range(args.repeats):
                t = time.perf_counter()
                sol = solver.solve(disc, t_eval=[0.0, horizon], t_interp=t_interp, inputs=inputs)
                times.append(time.perf_counter() - t)
                t = time.perf_counter()
                sol = solver.solve(disc, t_eval=[0.0, horizon], t_interp=t_interp, inputs=inputs)
                voltage = sol["Voltage [V]"].entries
                with_voltage.append(time.perf_counter() - t)
            assert len(voltage) >= 200
            capacity = i * float(sol.t[-1]) / 36.0
            print(f"{cells},{rate:g},{build * 1e3:.1f},{first_solve * 1e3:.1f},"
                  f"{statistics.median(times) * 1e3:.3f},{statistics.median(with_voltage) * 1e3:.3f},{capacity:.5f}")


if __name__ == "__main__":
    main()
