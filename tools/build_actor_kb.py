"""Seed the actor knowledge base from ACLED gold rows: canonical names are facts, aliases by rule.

Reads `acled_dev_gold.jsonl` (actor1, assoc_actor_1, actor2, assoc_actor_2, inter1/inter2, country,
event_date); writes `frontwire/data/actors/seeded.yaml` (or `--out`) with:
- `states`: regime-dated state force names ("Police Forces of Kenya (2002-2013)") with the date each
  regime name starts, taken from the name's years and, where two names share a boundary year,
  from the first day the newer name is seen;
- `actors`: named actors with rule-derived aliases ("QSD: Syrian Democratic Forces" -> "QSD",
  "Syrian Democratic Forces"; "Mungiki Militia" -> "Mungiki"; "Islamic State (Syria)" -> "Islamic
  State" scoped to Syria), communities ("Pokot Ethnic Militia (Kenya)" + "Pokot Ethnic Group
  (Kenya)" -> one entry aliased "Pokot"), and state units ("... (2013-) General Service Unit").
Templated names ("Protesters (Kenya)", "Students (Kenya)") are left to generic.yaml/social.yaml.

`--exclude-dataset D --exclude-from YYYY-MM-DD` leaves rows out, to estimate how the KB generalises.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from frontwire.actor_kb import DATA_DIR, _is_acronym, normalize
from frontwire.actor_kb_files import ActorKB, build_kb, read_kb_files

STATE = re.compile(
    r"^(?P<former>Former )?(?P<branch>Military|Police) Forces of (?P<the>the )?(?P<country>.+?) "
    r"\((?P<start>\d{4})-(?P<end>\d{4})?\)(?: (?P<unit>.+))?$"
)
GOVERNMENT = re.compile(
    r"^(?P<former>Former )?Government of (?P<the>the )?(?P<country>.+?) \((?P<start>\d{4})-(?P<end>\d{4})?\)$"
)
COMMUNITY = re.compile(
    r"^(?P<label>.+?) (?P<type>Ethnic|Communal|Clan|Tribal|Indigenous|Sect)(?: (?P<form>Militia|Group))? "
    r"\((?P<country>[^()]+)\)$"
)
SUFFIXED = re.compile(r"^(?P<base>.+?) \((?P<inner>[^()]+)\)$")
ACRONYM = re.compile(r"^(?P<acr>[^:]{1,20}): (?P<long>.+)$")
DROP_SUFFIX = re.compile(r" (Militia|Gang|Movement|Coalition)$")
# Community labels that are places name many things besides the community.
PLACE_TYPES = {"Communal"}
TEMPLATED = re.compile(r"^(Unidentified|Former) ")


def _hand_written() -> tuple[list[re.Pattern[str]], set[str]]:
    """Patterns of templated names, and every alias the hand-written files already use."""
    patterns, taken = [], set()
    for origin, content in read_kb_files(DATA_DIR):
        if origin.endswith("seeded.yaml"):
            continue
        for raw in content.get("actors", ()) or ():
            # Acronyms are taken in their own case, other aliases by their normalized key.
            taken.update(str(a) if _is_acronym(str(a)) else _key(a) for a in raw.get("aliases", ()) or ())
            if "{country}" in str(raw.get("name", "")):
                prefix = re.escape(str(raw["name"]).split("{country}")[0])
                patterns.append(re.compile(f"^{prefix}[^()]+\\)$"))
    return patterns, taken


def _key(alias: str) -> str:
    return " ".join(normalize(str(alias)).split())


def read_rows(path: Path, exclude_dataset: str, exclude_from: str) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if exclude_dataset and row["dataset"] == exclude_dataset and row["event_date"] >= exclude_from:
                continue
            rows.append(row)
    return rows


def actor_names(row: dict) -> list[tuple[str, int | None]]:
    found: list[tuple[str, int | None]] = []
    for column, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        if row[column]:
            found.append((row[column], int(row[inter])))
    for column in ("assoc_actor_1", "assoc_actor_2"):
        found.extend((n.strip(), None) for n in row[column].split(";") if n.strip())
    return found


def build(rows: list[dict]) -> dict:
    templates, taken = _hand_written()
    inters: dict[str, Counter[int]] = defaultdict(Counter)
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    seen: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        for name, inter in actor_names(row):
            if inter is not None:
                inters[name][inter] += 1
            countries[name][row["country"]] += 1
            seen[name].append(row["event_date"])

    event_countries = {row["country"] for row in rows}
    states: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    actors: list[dict] = []
    communities: dict[tuple[str, str], dict] = {}
    for name in sorted(seen):
        home = countries[name].most_common(1)[0][0]
        inter = inters[name].most_common(1)[0][0] if inters[name] else 0
        state = STATE.match(name) or GOVERNMENT.match(name)
        if state:
            country = state["country"]
            branch = state.groupdict().get("branch") or "Government"
            branch = branch.lower()
            unit = state.groupdict().get("unit")
            if state["former"]:
                continue
            if unit:
                aliases = [unit]
                words = [w for w in re.split(r"[\s-]+", unit) if w[:1].isupper()]
                if len(words) >= 3:
                    aliases.append("".join(w[0] for w in words))
                actors.append({"name": name, "kind": "unit", "branch": branch, "inter": 1,
                               "country": country, "scope": country, "aliases": aliases})  # fmt: skip
                continue
            states[(country, branch)][name] = {
                "country": country, "branch": branch, "name": name,
                "start": int(state["start"]), "end": int(state["end"]) if state["end"] else None,
                "first_seen": min(seen[name]),
            }  # fmt: skip
            continue
        if any(p.match(name) for p in templates) or TEMPLATED.match(name):
            continue
        community = COMMUNITY.match(name)
        if community:
            key = (f"{community['label']} {community['type']}", community["country"])
            item = communities.setdefault(key, {"label": community["label"], "type": community["type"],
                                                "country": community["country"]})  # fmt: skip
            item["group" if community["form"] == "Group" else "militia"] = name
            if community["form"] != "Group":
                item["inter"] = inter or 4
            continue
        aliases: list[str] = []
        scope = ""
        base = name
        suffixed = SUFFIXED.match(name)
        if (
            suffixed
            and not re.search(r"\d{4}", suffixed["inner"])
            and (suffixed["inner"] in countries or any(suffixed["inner"] in c for c in countries[name]))
        ):
            scope, base = suffixed["inner"], suffixed["base"]
        acronym = ACRONYM.match(base)
        if acronym:
            for part in acronym["acr"].split("/"):
                aliases.append(part.strip())
            for part in acronym["long"].split("/"):
                aliases.append(part.strip())
                aliases.append(DROP_SUFFIX.sub("", part.strip()))
        elif " and/or " not in base:
            aliases.append(base)
            aliases.append(DROP_SUFFIX.sub("", base))
            if " - " in base:
                # "Hamza Division - Aleppo": a branch is written by its group's name (a name another
                # actor owns, "Taliban" of "Taliban - Red Unit", stays that actor's).
                aliases.append(base.split(" - ")[0])
        aliases.extend(_faction_aliases(base, acronym["acr"] if acronym else "", event_countries))
        aliases = [a.strip('"') for a in aliases]
        # A generic word ("Military") must stay generic: hand-written aliases win.
        # A hand-written acronym takes only its own case ("JAS" of Boko Haram leaves "JaS" of the Levant
        # Front); a hand-written word takes every case ("mca" keeps "MCA" a civilian's title).
        aliases = [a for a in dict.fromkeys(aliases) if len(a) > 1 and a != name
                   and _key(a) not in taken and a not in taken]  # fmt: skip
        entry = {"name": name, "inter": inter or (6 if "Party" in name else 3), "country": scope or home}
        if scope:
            entry["scope"] = scope
        # Short acronyms ("APC", "ANC") mean different things in different countries: keep them home.
        short = [a for a in aliases if len(a) <= 4 and _is_acronym(a)] if not scope else []
        aliases = [a for a in aliases if a not in short]
        if aliases:
            entry["aliases"] = aliases
        actors.append(entry)
        if short:
            actors.append({**entry, "scope": home, "aliases": short})

    for item in communities.values():
        country, label, kind = item["country"], item["label"], item["type"]
        militia = item.get("militia") or f"{label} {kind} Militia ({country})"
        group = item.get("group") or f"{label} {kind} Group ({country})"
        if kind in PLACE_TYPES:
            aliases = [
                f"{label} {w}" for w in ("community", "communities", "residents", "villagers", "militia")
            ]
        else:
            aliases = [
                label,
                f"{label}s",
                f"{label} community",
                f"{label} militia",
                f"{label} tribe",
                f"{label} clan",
            ]
        actors.append({"name": militia, "kind": "community", "inter": item.get("inter", 4),
                       "country": country, "scope": country, "group_form": group,
                       "aliases": list(dict.fromkeys(aliases))})  # fmt: skip

    _drop_shared_aliases(actors, {n: len(d) for n, d in seen.items()})
    state_rows = []
    for (country, branch), names in sorted(states.items()):
        ordered = sorted(names.values(), key=lambda s: (s["start"], s["first_seen"]))
        previous = None
        for item in ordered:
            start: str | int = item["start"]
            if previous is not None:
                start = _best_boundary(seen[previous["name"]], seen[item["name"]]) or start
            state_rows.append({"country": country, "branch": branch, "name": item["name"], "from": start})
            previous = item
    return {"states": state_rows, "actors": actors}


def _faction_aliases(base: str, acronym: str, countries: set[str]) -> list[str]:
    """A faction or wing is written by its own name: "CNDD-FDD-Imbonerakure: ... (Imbonerakure
    Faction)" -> "Imbonerakure"; "Mayi Mayi Militia (Raia Mutomboki)" -> "Raia Mutomboki"."""
    out = [
        p
        for p in acronym.split("-")
        if len(p) >= 4 and p[:1].isupper() and not p.isupper() and p not in countries
    ]
    inner = SUFFIXED.match(base)
    if inner and not re.search(r"\d", inner["inner"]) and inner["inner"] not in countries:
        label = inner["inner"].removesuffix(" Faction")
        # One word after "Militia" is often a leader's first name ("Charles"): too loose alone.
        if (
            label != inner["inner"]
            and label not in ("Splinter", "Breakaway", "Armed", "Political")
            or (inner["base"].endswith(" Militia") and (" " in label or "-" in label))
        ):
            out.append(label)
    return out


def _best_boundary(older: list[str], newer: list[str]) -> str:
    """The switch date that best separates rows coded with the older regime name from the newer."""
    best, best_score = "", -1
    candidates = sorted(set(newer))
    for day in candidates:
        score = sum(d < day for d in older) + sum(d >= day for d in newer)
        if score > best_score:
            best, best_score = day, score
    return best


def _drop_shared_aliases(actors: list[dict], counts: dict[str, int]) -> None:
    """An alias derived for two names in one scope stays with the more frequent name only."""
    owners: dict[tuple[str, str], dict] = {}
    for entry in actors:
        if entry.get("kind") != "community":
            owners.setdefault((_key(entry["name"]), entry.get("scope", "")), entry)
    for entry in sorted(actors, key=lambda e: -counts.get(e["name"], 0)):
        kept = []
        for alias in entry.get("aliases", []):
            key = (_key(alias), entry.get("scope", ""))
            if key in owners and owners[key] is not entry:
                continue
            owners[key] = entry
            kept.append(alias)
        entry["aliases"] = kept


UNIDENTIFIED_KINDS = ("unidentified", "ethnic", "communal", "gang")
OPPONENT = "opponent of the state:"  # prefix of an `unidentified` event type: the state's unnamed opponent


def _hand_kb_and_texts(docs_path: Path) -> tuple[ActorKB, dict[str, str]]:
    """The hand-written KB alone (the learned file left out, so nothing learns from itself) and the
    dev notes' texts by document id."""
    hand = build_kb([d for d in read_kb_files(DATA_DIR) if not d[0].endswith("seeded.yaml")])
    texts = {}
    with docs_path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            texts[doc["id"]] = doc["text"]
    return hand, texts


def learn_local_usage(
    rows: list[dict], docs_path: Path, inters: dict[str, int]
) -> tuple[list[dict], list[dict]]:
    """What ACLED writes for an unnamed perpetrator, per country, learned from notes + gold.

    Returns (aliases, defaults): scoped aliases where a generic phrase in one country is coded as
    one named actor most of the time ("insurgents" in Mozambique), and per country x event type
    the name used for an unidentified doer when it is not "Unidentified Armed Group (Country)"
    ("Unidentified Gang (Mexico)" for bodies found in Mexico).
    """
    hand, texts = _hand_kb_and_texts(docs_path)
    usage: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    defaults: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in rows:
        text = texts.get(row["doc_id"], "")
        country = row["country"]
        perpetrators = [n for n in (row["actor1"], row["actor2"]) if n and _is_armed_name(n)]
        named_gang = False
        for hit in hand.find(text):
            entry = hand.pick(hit.entries, country)
            if entry is not None and entry.kind in UNIDENTIFIED_KINDS:
                key = " ".join(normalize(text[hit.start : hit.end]).split())
                usage[(country, key)].update(set(perpetrators) or {""})
                named_gang = named_gang or entry.kind == "gang"
        first = row["actor1"]
        if (
            first.startswith(("Unidentified", "Unidentified Gang"))
            or " and/or " in first
            and "Unidentified" in first
        ):
            defaults[(country, row["event_type"])][first] += 1
        # The unnamed opponent of state forces ("a shoot-out with the Military Police" in Brazil). A note
        # that names its gang ("gang members exchanged fire with the police") is read through that alias
        # at run time, so it says nothing of what an opponent left unnamed is called: in Brazil such
        # notes are "Unidentified Gang (Brazil)", the unnamed "suspects" "Gang and/or Police Militia".
        for mine, other in ((row["actor1"], row["actor2"]), (row["actor2"], row["actor1"])):
            if mine.startswith(_STATE_NAME) and other.startswith("Unidentified") and not named_gang:
                defaults[(country, OPPONENT + row["event_type"])][other] += 1
    aliases = []
    for (country, key), names in sorted(usage.items()):
        total = sum(names.values())
        name, count = names.most_common(1)[0]
        generic = hand.pick(hand.lookup(key), country)
        generic_name = generic.name.replace("{country}", country) if generic else ""
        if (
            name
            and name != generic_name
            and total >= 4
            and count / total >= 0.6
            and not name.startswith("Unidentified Armed Group")
        ):
            aliases.append({"name": name, "scope": country, "aliases": [key], "country": country,
                            "inter": inters.get(name, 3), "learned": f"{count}/{total} dev rows"})  # fmt: skip
    default_rows = []
    for (country, event_type), names in sorted(defaults.items()):
        name, count = names.most_common(1)[0]
        if (
            name != f"Unidentified Armed Group ({country})"
            and count >= 4
            and count / sum(names.values()) >= 0.5
        ):
            default_rows.append({"country": country, "event_type": event_type, "name": name})
    return aliases, default_rows


def learn_assoc_leaders(rows: list[dict]) -> dict[str, str]:
    """Actors ACLED codes as associated with one main actor ("Donbass People's Militia" with NAF)."""
    as_main: Counter[str] = Counter()
    leaders: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        for main, assoc in (("actor1", "assoc_actor_1"), ("actor2", "assoc_actor_2")):
            as_main[row[main]] += 1
            for name in (n.strip() for n in row[assoc].split(";")):
                if name:
                    leaders[name][row[main]] += 1
    learned = {}
    for name, counts in leaders.items():
        leader, count = counts.most_common(1)[0]
        total = sum(counts.values())
        if count >= 3 and count / total >= 0.8 and as_main[name] < total / 4 and "{" not in leader \
                and not re.match(r"^(Protesters|Rioters|Civilians) ", leader):  # fmt: skip
            learned[name] = leader
    return learned


def learn_crowd_force(rows: list[dict]) -> list[dict]:
    """Countries where ACLED codes the army, not the police, as the force facing protests and riots."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        if row["event_type"] in ("Protests", "Riots"):
            for branch, prefix in (("military", "Military Forces of"), ("police", "Police Forces of")):
                if row["actor2"].startswith(prefix):
                    counts[row["country"]][branch] += 1
    return [
        {"country": country, "branch": "military", "learned": f"{c['military']}/{sum(c.values())} dev rows"}
        for country, c in sorted(counts.items())
        if c["military"] >= 5 and c["military"] / sum(c.values()) >= 0.6
    ]


STRIKE_SUBS = ("Air/drone strike", "Shelling/artillery/missile attack")


def learn_strike_targets(rows: list[dict], docs_path: Path) -> list[dict]:
    """Per country x striker, the target ACLED codes for its air strikes and shelling when the note names
    none ("HPG reported that Turkish military forces conducted airstrikes in Haftanin": the PKK in Iraq).
    A row whose target is named in its note (a hand-written alias, its acronym or long name) says
    nothing of an unnamed one; kept when one target holds >= 75% of the rest (>= 2 rows)."""
    hand, texts = _hand_kb_and_texts(docs_path)
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in rows:
        if row["sub_event_type"] not in STRIKE_SUBS or not row["actor1"]:
            continue
        text = texts.get(row["doc_id"], "")
        target = row["actor2"]
        if target:
            named = {e.name for h in hand.find(text, row["country"]) for e in h.entries}
            parts = [p.strip() for p in re.split(r":|\(", target) if len(p.strip()) > 1]
            if target in named or any(p.lower() in text.lower() for p in parts):
                continue
        counts[(row["country"], row["actor1"])][target] += 1
    out = []
    for (country, striker), c in sorted(counts.items()):
        target, count = c.most_common(1)[0]
        if target and count >= 2 and count / sum(c.values()) >= 0.75:
            out.append({"country": country, "striker": striker, "target": target,
                        "learned": f"{count}/{sum(c.values())} dev rows"})  # fmt: skip
    return out


def learn_country_leaders(rows: list[dict]) -> list[dict]:
    """Actors ACLED codes, in one country, as associated with an umbrella ("Military Forces of Saudi
    Arabia" under "Operation Restoring Hope" in Yemen, the US under the Global Coalition in Syria)."""
    as_main: Counter[tuple[str, str]] = Counter()
    leaders: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in rows:
        for main, assoc in (("actor1", "assoc_actor_1"), ("actor2", "assoc_actor_2")):
            as_main[(row[main], row["country"])] += 1
            for name in (n.strip() for n in row[assoc].split(";")):
                if name:
                    leaders[(name, row["country"])][row[main]] += 1
    out = []
    for (name, country), counts in sorted(leaders.items()):
        leader, count = counts.most_common(1)[0]
        if (
            count >= 3
            and count / sum(counts.values()) >= 0.8
            and as_main[(name, country)] < count / 3
            and not re.match(r"^(Protesters|Rioters|Civilians|Unidentified) ", leader)
        ):
            out.append({"name": name, "country": country, "leader": leader,
                        "learned": f"{count}/{sum(counts.values())} dev rows"})  # fmt: skip
    return out


def learn_default_pairs(rows: list[dict], docs_path: Path) -> list[dict]:
    """Per country x event type, the actors ACLED codes when the note names no actor at all
    ("the OSCE SMM observed 11 shots near Svitlodarsk" -> Ukraine's military vs NAF), and per
    place where that place's reports are coded otherwise."""
    hand, texts = _hand_kb_and_texts(docs_path)
    pairs: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    located: dict[tuple[str, str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    for row in rows:
        if row["event_type"] in ("Protests", "Riots"):
            continue  # their actors are templated by rule
        text = texts.get(row["doc_id"], "")
        named = [hand.pick(h.entries, row["country"]) for h in hand.find(text)]
        if any(
            e is not None and e.kind not in ("civilian", "social") and e.needs != "subject" for e in named
        ):
            continue
        pairs[(row["country"], row["event_type"])][(row["actor1"], row["actor2"])] += 1
        if row["location"] and row["location"] in text:
            located[(row["country"], row["event_type"], row["location"])][(row["actor1"], row["actor2"])] += 1
    out = []
    for (country, event_type), counts in sorted(pairs.items()):
        (actor1, actor2), count = counts.most_common(1)[0]
        if (
            count >= 5
            and count / sum(counts.values()) >= 0.5
            and not actor1.startswith("Unidentified Armed Group")
        ):
            out.append({"country": country, "event_type": event_type, "actor1": actor1, "actor2": actor2})
    # On a frontline the place says whose fire it was ("explosions near Zolote" are the other side's).
    for (country, event_type, location), counts in sorted(located.items()):
        (actor1, actor2), count = counts.most_common(1)[0]
        usual = pairs[(country, event_type)].most_common(1)[0][0]
        if count >= 2 and count / sum(counts.values()) >= 0.75 and (actor1, actor2) != usual:
            out.append({"country": country, "event_type": event_type, "location": location,
                        "actor1": actor1, "actor2": actor2})  # fmt: skip
    return out


def learn_dyad_order(rows: list[dict]) -> list[dict]:
    """Which side ACLED writes first when the same two actors fight again and again (Hadi's forces
    before the Houthis, Haftar's LNA before the GNA): a pair's order when one order dominates,
    and per event country where that differs (India first in India, Pakistan first in Pakistan)."""
    orders: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    local: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for row in rows:
        if row["event_type"] == "Battles" and row["actor2"] and row["actor1"] != row["actor2"]:
            a, b = sorted((row["actor1"], row["actor2"]))
            orders[(a, b)][row["actor1"]] += 1
            local[(a, b, row["country"])][row["actor1"]] += 1
    out = []
    for pair, counts in sorted(orders.items()):
        first, count = counts.most_common(1)[0]
        if count >= 4 and count / sum(counts.values()) >= 0.7:
            out.append({"first": first, "second": pair[1] if first == pair[0] else pair[0]})
    learned = {(d["first"], d["second"]) for d in out}
    for (a, b, country), counts in sorted(local.items()):
        first, count = counts.most_common(1)[0]
        second = b if first == a else a
        if count >= 2 and count / sum(counts.values()) >= 0.75 and (first, second) not in learned:
            out.append({"first": first, "second": second, "country": country})
    return out


_STATE_NAME = ("Military Forces of", "Police Forces of", "Government of")


def learn_side_order(rows: list[dict]) -> list[dict]:
    """Per country, whether ACLED writes the state's forces or their armed opponent first in a
    battle between the two, where one habit dominates (Brazil: police first; Mexico: the gang)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        first, second = row["actor1"], row["actor2"]
        if row["event_type"] != "Battles" or not second:
            continue
        if first.startswith(_STATE_NAME) != second.startswith(_STATE_NAME):
            counts[row["country"]]["state" if first.startswith(_STATE_NAME) else "other"] += 1
    out = []
    for country, c in sorted(counts.items()):
        side, count = c.most_common(1)[0]
        total = sum(c.values())
        if total >= SIDE_ORDER_MIN_ROWS and count / total >= SIDE_ORDER_MIN_SHARE:
            out.append({"country": country, "first": side, "learned": f"{count}/{total} dev battles"})
    return out


SIDE_ORDER_MIN_ROWS = 8
SIDE_ORDER_MIN_SHARE = 0.85


def learn_group_suffix(rows: list[dict]) -> list[dict]:
    """Per country, the head word ACLED adds to a named armed group's name where most such names
    carry it (Mexico: "Los Viagras Gang", "Tropa del Infierno Gang"), so a group the KB does not know
    is named the same way."""
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for actor, inter in ((row["actor1"], row["inter1"]), (row["actor2"], row["inter2"])):
            if actor and str(inter) in ("2", "3") and _is_armed_name(actor) and not actor.startswith(
                ("Unidentified", "Opposition")
            ) and ": " not in actor and not actor.endswith(")"):
                names[row["country"]].add(actor)
    out = []
    for country, found in sorted(names.items()):
        heads = Counter(name.rsplit(" ", 1)[-1] for name in found if " " in name)
        if not heads:
            continue
        head, count = heads.most_common(1)[0]
        if count >= GROUP_SUFFIX_MIN_NAMES and count / len(found) >= GROUP_SUFFIX_MIN_SHARE:
            out.append({"country": country, "suffix": head, "learned": f"{count}/{len(found)} named groups"})
    return out


GROUP_SUFFIX_MIN_NAMES = 3
GROUP_SUFFIX_MIN_SHARE = 0.4


def _is_armed_name(name: str) -> bool:
    return not re.match(
        r"^(Civilians|Protesters|Rioters|Military Forces|Police Forces|Government) ", name
    ) and not name.startswith(("Military Forces", "Police Forces"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="/work/shared/data/acled_dev_gold.jsonl")
    parser.add_argument("--out", default=str(DATA_DIR / "seeded.yaml"))
    parser.add_argument("--exclude-dataset", default="")
    parser.add_argument("--exclude-from", default="9999-12-31")
    args = parser.parse_args()
    rows = read_rows(Path(args.gold), args.exclude_dataset, args.exclude_from)
    seeded = build(rows)
    inters: dict[str, Counter[int]] = defaultdict(Counter)
    for row in rows:
        for column, inter in (("actor1", "inter1"), ("actor2", "inter2")):
            inters[row[column]][int(row[inter])] += 1
    modes = {name: c.most_common(1)[0][0] for name, c in inters.items()}
    learned, defaults = learn_local_usage(rows, Path(args.gold).with_name("acled_dev_docs.jsonl"), modes)
    seeded["actors"].extend(learned)
    seeded["unidentified"] = defaults
    leaders = learn_assoc_leaders(rows)
    for entry in seeded["actors"]:
        if entry["name"] in leaders and "assoc_of" not in entry:
            entry["assoc_of"] = leaders[entry["name"]]
    seeded["default_pairs"] = learn_default_pairs(rows, Path(args.gold).with_name("acled_dev_docs.jsonl"))
    seeded["dyad_order"] = learn_dyad_order(rows)
    seeded["side_order"] = learn_side_order(rows)
    seeded["country_leaders"] = learn_country_leaders(rows)
    seeded["crowd_force"] = learn_crowd_force(rows)
    seeded["group_suffix"] = learn_group_suffix(rows)
    seeded["strike_targets"] = learn_strike_targets(rows, Path(args.gold).with_name("acled_dev_docs.jsonl"))
    header = (
        "# Generated by tools/build_actor_kb.py from ACLED gold actor columns (names are facts;\n"
        f"# aliases derived by rule). {len(rows)} rows, built {date.today().isoformat()}. Edit curated.yaml instead.\n"
    )
    Path(args.out).write_text(header + yaml.safe_dump(seeded, sort_keys=False, allow_unicode=True, width=120),
                              encoding="utf-8")  # fmt: skip
    print(f"{len(seeded['actors'])} actors, {len(seeded['states'])} state names -> {args.out}")


if __name__ == "__main__":
    main()
