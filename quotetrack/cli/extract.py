"""CLI commands: extract (placeholder until its issue lands)."""

from __future__ import annotations

COMMANDS: list = []
