"""``python -m partnerex.cli``: the command-line interface."""

from partnerex.cli import main

main()
