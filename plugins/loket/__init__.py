"""Loket: a gemeente's products and service norms, from YAML in git to an accessible site."""

__version__ = "0.1.0"
