"""An independent PyBaMM implementation of the atlas's thin-film discharge model.

Exactly the equations of docs/SIMULATOR.md, written as a custom ``pybamm.BaseModel`` and
discretized by PyBaMM itself (uniform 1-D finite volumes, boundary value extrapolated with the
Neumann gradient), solved by PyBaMM's IDAKLU solver. It shares no code with the Swift simulator:
the LiCoO2 OCV is PyBaMM's own ``lico2_ocp_Dualfoil1998`` from the Marquis2019 parameter set.

Used only to make test fixtures and benchmarks (bench/); never a dependency of the product.
"""

from dataclasses import dataclass

import numpy as np
import pybamm
from pybamm.input.parameters.lithium_ion.Marquis2019 import lico2_ocp_Dualfoil1998


@dataclass
class ThinFilmCell:
    """The atlas's default Li/LiPON/LiCoO2 thin-film cell (SI units)."""

    thickness: float = 1e-6  # L, m
    diffusivity: float = 1e-15  # D, m2/s
    c_max: float = 51385.0  # mol/m3
    x_min: float = 0.5
    x_max: float = 1.0
    x0: float = 0.5
    k_cathode: float = 4.66e-10  # m/s
    i0_anode: float = 10.0  # A/m2
    conductivity: float = 3e-4  # S/m (3e-6 S/cm)
    electrolyte_thickness: float = 1e-6  # m
    interface_resistance: float = 0.0  # ohm m2
    temperature: float = 298.15  # K
    cutoff: float = 3.0  # V

    @property
    def one_c_current_density(self) -> float:
        """Q/3600 s per footprint area, A/m2."""
        F = pybamm.constants.F.value
        return F * self.c_max * (self.x_max - self.x_min) * self.thickness / 3600.0


def build_model(cell: ThinFilmCell) -> pybamm.BaseModel:
    """The model with the current density as an input parameter."""
    F = pybamm.constants.F
    R = pybamm.constants.R
    model = pybamm.BaseModel("thin-film cathode behind a single-ion electrolyte")
    i = pybamm.InputParameter("Current density [A.m-2]")
    x = pybamm.Variable("Stoichiometry", domain="cathode")
    L, D, cmax = cell.thickness, cell.diffusivity, cell.c_max
    # dc/dt = D d2c/dz2 in units of c_max; D dc/dz = i/F at z = L, 0 at z = 0.
    model.rhs = {x: pybamm.div(D * pybamm.grad(x))}
    model.boundary_conditions = {
        x: {
            "left": (pybamm.Scalar(0), "Neumann"),
            "right": (i / (F * D * cmax), "Neumann"),
        }
    }
    model.initial_conditions = {x: pybamm.Scalar(cell.x0)}
    xs = pybamm.boundary_value(x, "right")
    T = cell.temperature
    i0 = cell.k_cathode * F * cmax * pybamm.sqrt(xs * (1 - xs))
    eta_c = 2 * R * T / F * pybamm.arcsinh(i / (2 * i0))
    eta_a = 2 * R * T / F * pybamm.arcsinh(i / (2 * cell.i0_anode))
    ohmic = i * (cell.electrolyte_thickness / cell.conductivity + cell.interface_resistance)
    V = lico2_ocp_Dualfoil1998(xs) - eta_c - eta_a - ohmic
    model.variables = {
        "Stoichiometry": x,
        "Surface stoichiometry": xs,
        "Voltage [V]": V,
    }
    model.events = [
        pybamm.Event("Cut-off voltage", V - cell.cutoff),
        pybamm.Event("Full lithiation", 0.999 * cell.x_max - xs),
    ]
    return model


def discretise(model: pybamm.BaseModel, cell: ThinFilmCell, cells: int) -> pybamm.BaseModel:
    """Uniform finite-volume mesh of `cells` cells on [0, L]."""
    z = pybamm.SpatialVariable("z", domain="cathode", coord_sys="cartesian")
    geometry = {"cathode": {z: {"min": pybamm.Scalar(0), "max": pybamm.Scalar(cell.thickness)}}}
    mesh = pybamm.Mesh(geometry, {"cathode": pybamm.Uniform1DSubMesh}, {z: cells})
    disc = pybamm.Discretisation(mesh, {"cathode": pybamm.FiniteVolume()})
    return disc.process_model(model, inplace=False)


def make_solver(rtol: float = 1e-8, atol: float = 1e-10) -> pybamm.BaseSolver:
    return pybamm.IDAKLUSolver(rtol=rtol, atol=atol)


def solve(solver, discretised, cell: ThinFilmCell, c_rate: float, points: int = 201):
    """One discharge at `c_rate`; returns (times, voltages, surface stoichiometries)."""
    i = c_rate * cell.one_c_current_density
    # The window cannot take longer than its charge over the current.
    horizon = 1.2 * 3600.0 / c_rate
    t_interp = np.linspace(0.0, horizon, 4001)
    solution = solver.solve(
        discretised, t_eval=[0.0, horizon], t_interp=t_interp, inputs={"Current density [A.m-2]": i}
    )
    return solution
