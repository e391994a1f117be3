"""Country cues from named armed groups and from the attacker's demonym, for geoparse's focus.

Reads the actor knowledge base (`actor_kb.load_actor_kb`: each group's `country` and aliases) and
the attacker words of frontwire/data/gazetteer/attacker_words.txt, once per process. Returns, for a text, the countries of the armed groups it names ("SDF" -> Syria,
"Houthi" -> Yemen, "al-Shabaab" ... only where the name belongs to one country), and tells a
demonym that describes a foreign attacker ("Turkish drones", "Israeli strikes", "Saudi-led
coalition") from one that describes where the event is ("Kenyan villagers"). Writes nothing.
Why: a group fights where it lives, while the attacker's nationality often is the other side of a
border ("Turkish forces shelled SDF positions near Ayn Issa" is in Syria). A broken KB raises
ActorKBError; a missing attacker-words file is a broken installation and raises OSError.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .actor_kb import load_actor_kb
from .gazetteer.names import fold

__all__ = ["attacker_demonym", "group_countries"]

# Actor kinds whose names say nothing of a country's territory (communities live across borders,
# protesters and generic labels are everywhere); default kind is an armed group.
_NO_CUE_KINDS = frozenset({"community", "communal", "ethnic", "social", "civilian", "protester", "rioter",
                           "unidentified", "private", "vigilante", "state"})  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MAX_WORDS = 6
_ARMED = re.compile(r"\b(?:Militias?|Gangs?|Army|Forces|Brigades?|Cartel|Front|Corps|Guards?|Defen[cs]e|Mayi)\b")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Folded group name or alias -> the one country it belongs to ("" dropped when several)."""
    seen: dict[str, set[str]] = {}
    for entry in load_actor_kb().entries:
        if entry.kind in _NO_CUE_KINDS or not entry.country:
            continue
        # Rebels (2), a state's named units (Houthis, IRGC, LNA), and the armed political
        # militias and gangs among inter 3 (the rest are parties, unions, agencies: no front line).
        # A named communal militia (inter 4) is the most local of all ("Dan Na Ambassagou", CODECO),
        # unless the KB scopes its name to a country (then the name alone does not say which).
        if not (entry.inter == 2 or entry.kind == "unit" or (entry.inter == 3 and _ARMED.search(entry.name))
                or (entry.inter == 4 and entry.kind == "group" and not entry.scope)):  # fmt: skip
            continue
        # A group the KB scopes to another country fights across borders (JNIM: Mali, Burkina
        # Faso, Niger; Houthi drones over Saudi Arabia): its name points to none of them.
        where = {entry.country, entry.scope or entry.country}
        for alias in (*entry.name.split(": ", 1), *entry.aliases):
            # An alias in lower case ("local police", "insurgents") is a description, not a name.
            if any(ch.isupper() for ch in alias) and not alias.startswith(("Military Forces", "Police Forces")):
                seen.setdefault(fold(alias), set()).update(where)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and len(k) >= 3}


@lru_cache(maxsize=1)
def _longest_from() -> dict[str, int]:
    """First word of a group name -> the most words a name starting with it has (a cheap pre-check:
    most words start no group name, so the n-gram joins are skipped for them)."""
    longest: dict[str, int] = {}
    for key in _aliases():
        words = key.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


def group_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, country as the KB writes it) of each named armed group in the text."""
    table = _aliases()
    longest = _longest_from()
    words = [(m.start(), m.end(), fold(m.group(0))) for m in _WORD.finditer(text)]
    out = []
    i = 0
    while i < len(words):
        hit = 0
        for n in range(min(longest.get(words[i][2], 0), _MAX_WORDS, len(words) - i), 0, -1):
            key = " ".join(w for _, _, w in words[i : i + n])
            country = table.get(key)
            if country and any(ch.isupper() for ch in text[words[i][0] : words[i + n - 1][1]]):
                out.append((words[i][0], words[i + n - 1][1], country))
                hit = n
                break
        i += hit or 1
    return out


@lru_cache(maxsize=1)
def _attacker_pattern() -> re.Pattern[str]:
    text = (resources.files("frontwire") / "data" / "gazetteer" / "attacker_words.txt").read_text(encoding="utf-8")
    words = sorted({w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")}, key=len, reverse=True)
    # The demonym, then up to one other word ("Israeli fighter jets", "Russian air strikes").
    return re.compile(r"(?:-| )(?:[a-z]+ )?(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def attacker_demonym(text: str, end: int) -> bool:
    """True when the demonym ending at `end` describes a foreign force or its fire ("Turkish
    drones", "Israeli strikes", "Saudi-led coalition", "Turkish-backed factions")."""
    return bool(_attacker_pattern().match(text, end, end + 40))
