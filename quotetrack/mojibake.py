"""Text that was UTF-8 but was decoded as Windows-1252 or Latin-1 ("FranÃ§ois", "donâ€™t"), repaired.

Crawled news often carries it, sometimes twice over. A run of characters is repaired only when it is
exactly one UTF-8 sequence as the wrong decoding spells it (a lead character, then as many continuation
characters as the lead announces) and decodes to a letter or a punctuation mark of the scripts news is
written in, so that ordinary accented text ("café", "Ålesund") is never touched.
"""

from __future__ import annotations

import re
import unicodedata

# The characters bytes 0x80-0xBF become under either wrong decoding: Latin-1's C1 controls and signs,
# and Windows-1252's own ("€", "’", "“", "™" ...).
_TAIL = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("latin-1")
                           + bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore"))))
_C = f"[{re.escape(_TAIL)}]"
_SEQUENCE = re.compile(f"[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}}")
_PAIR = re.compile(f"[\u00c2-\u00f4]{_C}")  # how every sequence starts: one class, so a fast first look
_ROUNDS = 2  # text decoded wrongly twice needs two


def repair(text: str) -> str:
    """``text`` with every mis-decoded UTF-8 sequence decoded rightly; unchanged when it has none."""
    if text.isascii():
        return text
    composed = unicodedata.normalize("NFC", text)  # a reader may have split "Ã" into "A" and a tilde
    if not _PAIR.search(composed):
        return text  # left as it came, decomposed or not
    for _ in range(_ROUNDS):
        repaired = _SEQUENCE.sub(_decoded, composed)
        if repaired == composed:
            break
        composed = repaired
    return composed


def _decoded(found: re.Match[str]) -> str:
    raw = bytes(ord(c) if ord(c) < 0x100 else c.encode("cp1252")[0] for c in found[0])
    try:
        char = raw.decode("utf-8")
    except UnicodeDecodeError:
        return found[0]
    return char if _plausible(char) else found[0]


def _plausible(char: str) -> bool:
    """A Latin letter of Latin-1 or Latin Extended-A (Romanian's "ș" and "ț" too), a Greek or Cyrillic
    letter, a Vietnamese letter, a punctuation mark of general use, "€" or "™": what "é", "š", "’" and "—"
    come out as. Not the rarer letters an upper-case word's last letter and a quote mark would also
    make ("CAFÉ”" is no "CAFɔ"), nor a CJK character ("é”…")."""
    code = ord(char)
    return (0xA0 <= code < 0x180 or 0x218 <= code < 0x21C or 0x370 <= code < 0x500 or 0x1E00 <= code < 0x1F00
            or 0x2010 <= code < 0x2070 or char in "€™")
