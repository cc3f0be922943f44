from quotetrack.cli import cli

cli()
