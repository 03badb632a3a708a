"""smartlint: a linter for goals written in plain Swedish or English."""

__version__ = "0.1.0"
