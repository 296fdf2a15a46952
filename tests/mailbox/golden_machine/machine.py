"""The golden-rule machine: the world, its checks and invariants, and every kind of step."""

from __future__ import annotations

from .candidate import CandidateSteps
from .clock import ClockSteps
from .invariants import Invariants
from .recruiter import RecruiterSteps
from .scenarios import Scenarios


class GoldenMachine(Scenarios, CandidateSteps, RecruiterSteps, ClockSteps, Invariants):
    """Random sequences of the candidate's, the recruiter's, the worker's and the clock's steps;
    the golden rules checked after each (see the package's docstring for where each lives)."""

    # Under the "ci" profile (derandomize), hypothesis seeds the examples from the source of
    # this class alone (hypothesis.stateful: function_digest(state_machine_factory)): editing
    # it changes which examples CI runs; editing a step elsewhere does not.
