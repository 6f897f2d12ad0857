"""Gazette: a static news-site generator."""

__version__ = "0.1.0"
