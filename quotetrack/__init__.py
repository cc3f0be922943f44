"""quotetrack: who said what, where, and where they stand."""

__version__ = "0.1.0"
