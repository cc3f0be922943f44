"""Every command has help with an example, and every command is documented in the README."""

from __future__ import annotations

import click
import pytest
from conftest import REPO

from quotetrack.cli import cli


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command.hidden:
            continue
        path = f"{prefix}{name}"
        found.append((path, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, path + " "))
    return found


COMMANDS = _commands(cli)


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[p for p, _ in COMMANDS])
def test_command_has_summary_and_example(path, command):
    assert command.help, f"{path} has no help text"
    assert command.help.strip().splitlines()[0].strip(), f"{path} has no one-line summary"
    assert "Example" in command.help, f"{path} help has no Example: block"


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS])
def test_command_is_in_readme(path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"quotetrack {path}" in readme, f"README does not mention `quotetrack {path}`"


def test_every_command_module_is_reachable():
    """A command added to a cli module but not to LAZY_COMMANDS would silently vanish."""
    import importlib
    import pkgutil

    import quotetrack.cli as package
    from quotetrack.cli import LAZY_COMMANDS

    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"quotetrack.cli.{info.name}")
        for command in getattr(module, "COMMANDS", []):
            assert LAZY_COMMANDS.get(command.name) == info.name, command.name
