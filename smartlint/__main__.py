"""``python -m smartlint``."""

from smartlint.cli import main

main()
