"""Command-line interface (Typer). Logging is configured here and only here."""
