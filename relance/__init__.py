"""Relance: follow up with a recruiter after an interview, the right way."""

__version__ = "0.1.0"
