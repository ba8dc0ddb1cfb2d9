"""CLI subcommands, one module each (see `automode.cli.COMMANDS`)."""
