"""The crisis lines to show someone in danger, per region, and the one link to findahelpline.

The lines live in ``bot/safety/data/crisis_lines.json`` (package data), reviewed like code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

#: The directory of helplines worldwide, shown with every crisis reply and the disclaimer.
FINDAHELPLINE = "https://findahelpline.com"
LINES_FILE = resources.files("bot.safety") / "data" / "crisis_lines.json"


@dataclass(frozen=True)
class CrisisLine:
    """One helpline."""

    name: str
    contact: str  # e.g. "call or text 988"
    url: str | None
    source: str  # page of the organisation the number comes from


@dataclass(frozen=True)
class CrisisResources:
    """The crisis lines to show for a region."""

    region: str | None  # normalized upper-case code, None for the international default
    lines: tuple[CrisisLine, ...]
    emergency_number: str | None
    findahelpline: str = FINDAHELPLINE


# --------------------------------------------------------------------------------------
# Crisis lines
# --------------------------------------------------------------------------------------
_REGION_ALIASES = {"UK": "GB", "EL": "GR"}


@lru_cache(maxsize=1)
def _lines_data() -> dict[str, Any]:
    """crisis_lines.json, parsed once."""
    return json.loads(LINES_FILE.read_text(encoding="utf-8"))


def _to_line(entry: dict[str, Any]) -> CrisisLine:
    """One entry of crisis_lines.json as a :class:`CrisisLine`."""
    return CrisisLine(name=entry["name"], contact=entry["contact"], url=entry.get("url"),
                      source=entry["source"])


def normalize_region(region: str | None) -> str | None:
    """An ISO 3166 alpha-2 code in upper case ("gb", "en-GB", "UK" -> "GB"), else None."""
    if not region or not isinstance(region, str):
        return None
    code = region.strip().replace("_", "-")
    if "-" in code:
        code = code.rsplit("-", 1)[-1]
    code = code.upper()
    code = _REGION_ALIASES.get(code, code)
    return code if len(code) == 2 and code.isalpha() and code.isascii() else None


@lru_cache(maxsize=256)
def crisis_resources(region: str | None) -> CrisisResources:
    """Crisis lines and emergency number for a region; the international set if unknown."""
    data = _lines_data()
    code = normalize_region(region)
    entry = data["regions"].get(code) if code else None
    if entry is None:
        default = data["international"]
        return CrisisResources(region=None,
                               lines=tuple(_to_line(e) for e in default["lines"]),
                               emergency_number=default["emergency_number"])
    return CrisisResources(region=code, lines=tuple(_to_line(e) for e in entry["lines"]),
                           emergency_number=entry["emergency_number"])


