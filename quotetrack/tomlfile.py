"""Read the user's TOML files (people, topics) with one-line errors that name the file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from quotetrack.errors import InputError


def load_toml(path: Path, what: str) -> dict[str, Any]:
    """Parse ``path``; ``what`` names the file in messages ("topics file", "people file")."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(f"Cannot read {what} {path}: {err.strerror or err}") from err
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{what.capitalize()} {path} is not valid TOML: {err}") from err
