"""Reproducible narrative analysis: claims and actors of archived articles, with provenance."""

__version__ = "0.1.0"
