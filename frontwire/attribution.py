"""Attribution and certainty: who says the event happened, and how sure that report is.

Reads a `Document`, one `EventMention` and the document's sentence list; returns an `Attribution`
whose `claimed_by` names the reporter ("pro-militant sources", "Syrian Observatory for Human
Rights", "police") and whose `certainty` is one of confirmed / reported / claimed / unconfirmed,
with the reporting cue and the hedge as evidence spans.

Reporters are found next to a reporting cue ("according to X", "X said / claimed"); named
reporters have canonical names and aliases in `data/attribution.yaml`. Certainty is the strongest
hedge found: unconfirmed ("if this report is confirmed", "could not be verified") beats claimed
("allegedly", a partisan "pro-..." source) beats reported ("reportedly", "according to") beats
confirmed. A party telling its own deed ("said its fighters killed", "the army said it repelled")
or an outlet a party runs ("the Houthi-run Al Masirah") makes a claim; a claim of responsibility
("Al Shabaab claimed the attack", "No group claimed responsibility") is neither a hedge nor the
reporter. Hedges often qualify the claim before them, so the sentence right after the mention is
read too when it refers back to it ("If this report is confirmed, ..."). A reporter named only in
the sentence right before the mention counts when that sentence is a bare reporting frame
("According to pro-government sources:", "The Syrian Observatory said on Thursday:"): once the
reporter, its cue, dates and the frame words listed in the data file are removed, nothing is left
that could be an event of its own. No cue at all gives certainty "reported" (an article reports
it) and no reporter. Never raises on odd text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .date_expressions import find_date_expressions
from .model import Attribution, Document, EventMention, Span

__all__ = ["CERTAINTIES", "attribute_event"]

CERTAINTIES = ("confirmed", "reported", "claimed", "unconfirmed")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    canonical: dict[str, str]  # alias (lower case) -> canonical reporter name
    partisan: tuple[str, ...]  # lower-case starts of reporters who are a party to the fighting
    partisan_outlet: re.Pattern[str]  # "Houthi-run Al Masirah": an outlet a party runs
    not_reporters: frozenset[str]  # first or last words of a phrase that is not a reporter
    generic_names: frozenset[str]  # generic reporters, lower case, without a leading article
    named: tuple[re.Pattern[str], ...]  # "according to SOHR", "SOHR (also) claimed"
    generic: tuple[re.Pattern[str], ...]  # "according to pro-government sources", "police said"
    hedges: tuple[tuple[str, re.Pattern[str]], ...]  # (certainty, pattern), strongest first
    negated: re.Pattern[str]
    refers_back: re.Pattern[str]
    frame_filler: frozenset[str]  # words a reporting frame may hold besides reporter, cue and dates
    news_said: re.Pattern[str]  # ", a provincial spokesman said": a lower-case reporter of news prose
    said_who: re.Pattern[str]  # "..., said a resident of Kukawa": the reporter after its cue
    responsibility: re.Pattern[str]  # right after "claimed": a claim of the deed ("claimed the attack")
    self_report: re.Pattern[str]  # a party telling its own deed ("said its fighters killed"): a claim


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = yaml.safe_load(resources.files("frontwire").joinpath("data/attribution.yaml").read_text("utf-8"))
    canonical: dict[str, str] = {}
    for name, aliases in raw["sources"].items():
        for alias in [name, *aliases]:
            canonical[" ".join(alias.lower().split())] = name
    before, after = _alt(raw["cues_before"]), _alt(raw["cues_after"])
    adj = r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w-]*-based\s+|local\s+|several\s+|some\s+|two\s+|other\s+)?"
    hedges = tuple(
        (level, re.compile(rf"\b(?:{_alt(raw[level])})\b", re.IGNORECASE))
        for level in ("unconfirmed", "claimed", "reported", "confirmed")
    )
    return _Lexicon(
        canonical=canonical,
        partisan=tuple(str(p).lower() for p in raw.get("partisan_reporters", ["pro-"])),
        partisan_outlet=re.compile(raw.get("partisan_outlet", r"(?!)"), re.IGNORECASE),
        not_reporters=frozenset(w.lower() for w in raw["not_reporters"]),
        generic_names=frozenset(
            _ARTICLE.sub("", " ".join(g.lower().split())) for g in raw["generic_reporters"]
        ),
        named=_cue_patterns(_alt(_canonical_aliases(raw)), before, after, adj),
        generic=_cue_patterns(_alt(raw["generic_reporters"]), before, after, adj),
        hedges=hedges,
        negated=re.compile(rf"\b(?:{_alt(raw['negations'])})\s+(?:\w+\s+)?$", re.IGNORECASE),
        refers_back=re.compile(
            r"^\W*(?:if|this|these|the\s+(?:report|claim|figure|account)s?|such|however|but|it\s+(?:is|was)\s+(?:not|un))\b",
            re.IGNORECASE,
        ),
        frame_filler=frozenset(w.lower() for w in raw.get("frame_filler", [])),
        news_said=re.compile(
            # after a wire dateline ("MOGADISHU (Reuters) - "), a comma or the sentence start
            r"(?:^(?:[A-Z][A-Z'’.,\s-]*?(?:\s*\([^)]*\))?\s+[-–—]\s+)?|,\s+)(?:the\s+|an?\s+)?"
            r"(?P<who>(?:his\s+|her\s+|their\s+|its\s+)?(?:[\w'’][\w'’.-]*\s+){0,4}?"
            rf"(?:{_alt(raw.get('reporter_heads', []))})"
            # "police spokesman Gambo Isah said", "the UN mission MINUSCA said"
            r"(?:\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?)"
            # "the defence ministry in Ankara said"
            r"(?:\s+in\s+[A-Z][\w'’-]+)?\s+(?:also\s+|later\s+)?"
            r"(?P<cue>said|says|reported|told|claimed|stated|announced|confirmed)\b",
            re.IGNORECASE,
        ),
        # a quote's reporter after its cue: "..., said a resident of Kukawa", "said Ali Musa, a councillor,"
        said_who=re.compile(
            r"\b(?P<cue>said|says|added)\s+(?:the\s+|a\s+|an\s+)?(?P<who>(?:[\w'’.-]+\s+){0,3}?"
            rf"(?:{_alt(raw.get('reporter_heads', []))})(?=\s*(?:[,.;]|$|\s+(?:of|from|in|at|on)\b))"
            r"|(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?=\s*,\s+(?:a|an|the)\s))",
            re.IGNORECASE,
        ),
        responsibility=re.compile(raw.get("responsibility", r"(?!)"), re.IGNORECASE),
        self_report=re.compile(
            "|".join(f"(?:{p})" for p in raw.get("self_report", [])) or r"(?!)", re.IGNORECASE
        ),
    )


def _cue_patterns(reporters: str, before: str, after: str, adj: str) -> tuple[re.Pattern[str], ...]:
    return (
        re.compile(rf"\b(?P<cue>{before})\s+{adj}(?P<who>{reporters})\b", re.IGNORECASE),
        re.compile(
            rf"{adj}(?<![\w-])(?P<who>{reporters})\b(?:\s+[\w-]+){{0,2}}?\s+(?P<cue>{after})\b", re.IGNORECASE
        ),
    )


def _canonical_aliases(raw: dict) -> list[str]:
    return [a for name, aliases in raw["sources"].items() for a in [name, *aliases]]


# Unknown reporters: "according to the UN", ", the Defence Ministry said", "Houthi-run Al-Masirah TV said".
_ANY_AFTER_CUE = re.compile(
    r"\baccording\s+to\s+(?P<who>(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
    r"(?=\s*(?:[,.;:)]|$|\s+(?:on|in|at|who|which|that|as|and|while)\b))",
    re.IGNORECASE,
)
_ANY_BEFORE_SAID = re.compile(
    # after a comma, the sentence start or a wire dateline ("BAKU - Azerbaijan said")
    r"(?:^(?:[A-Z][A-Z'’.,\s-]*?(?:\s*\([^)]*\))?\s+[-–—]\s+)?|,\s+)(?P<who>(?:[Tt]he\s+|[Aa]n?\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w'’-]*){0,5})"
    r"\s+(?:also\s+|later\s+|has\s+|have\s+)?(?P<cue>said|says|reported|told|claimed|stated|announced|confirmed)\b"
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _edge_words(phrase: str) -> set[str]:
    words = phrase.lower().split()
    return {words[0], words[-1]} if words else set()


def _reporter(lex: _Lexicon, text: str, offset: int) -> tuple[str, Span] | None:
    """The first reporter named next to a reporting cue in `text`."""
    # A named reporter beats a generic one in the same sentence ("state news agency SANA reported").
    hits = [m for p in lex.named for m in p.finditer(text)]
    generic = not hits
    if generic:
        hits = [m for p in lex.generic for m in p.finditer(text)]
    if not hits:  # a reporter the lexicon does not know: the phrase the cue points at
        hits = [
            m
            for p in (_ANY_AFTER_CUE, _ANY_BEFORE_SAID, lex.news_said, lex.said_who)
            for m in p.finditer(text)
        ]
        hits = [m for m in hits if not lex.not_reporters.intersection(_edge_words(m.group("who")))]
    # "Al Shabaab claimed the attack": the perpetrator owns the deed, it does not report it
    hits = [m for m in hits if not _owns_deed(lex, text, m)]
    if not hits:
        return None

    def name_of(m: re.Match[str]) -> str:
        return _ARTICLE.sub("", " ".join(m.group("who").split()))

    m = min(hits, key=lambda h: h.start("who"))
    if generic:
        # the whole phrase before the cue names the reporter better than the listed word inside it
        # (", Kurdish officials said", "the military's media wing said", "a police spokesman said")
        wider = [
            w
            for p in (_ANY_BEFORE_SAID, lex.news_said)
            for w in p.finditer(text)
            if w.start("who") <= m.start("who")
            and w.end("who") >= m.end("who")
            and w.group("who") != m.group("who")
        ]
        wider = [w for w in wider if not lex.not_reporters.intersection(_edge_words(w.group("who")))]
        m = min(wider, key=lambda w: w.start("who")) if wider else m
    who = name_of(m)
    if who.lower() in lex.canonical:
        name = lex.canonical[who.lower()]
    elif who.lower() in lex.generic_names:
        name = who.lower()  # "Police said" -> "police"
    else:
        name = who
    return name, Span(offset + m.start(), offset + m.end(), m.group(0))


def _owns_deed(lex: _Lexicon, text: str, m: re.Match[str]) -> bool:
    """True when a reporter match's cue is a claim of responsibility ("X claimed the attack")."""
    if "cue" not in m.re.groupindex or m.group("cue") is None:
        return False
    return m.group("cue").lower().startswith("claim") and bool(lex.responsibility.match(text, m.end("cue")))


def _hedges(lex: _Lexicon, text: str, offset: int) -> dict[str, Span]:
    """Each certainty level the text signals, with the first words that signal it."""
    found: dict[str, Span] = {}
    for level, pattern in lex.hedges:
        for m in pattern.finditer(text):
            here = level
            negated = lex.negated.search(text[max(0, m.start() - 24) : m.start()])
            if level == "confirmed" and negated:
                here = "unconfirmed"  # "has not been confirmed"
            elif level == "claimed" and (negated or lex.responsibility.match(text, m.end())):
                continue  # "No group claimed responsibility", "the Taliban claimed the attack": no hedge
            found.setdefault(here, Span(offset + m.start(), offset + m.end(), m.group(0)))
    return found


def attribute_event(doc: Document, mention: EventMention, sentences: tuple[Span, ...]) -> Attribution:
    lex = _lexicon()
    evidence: list[Span] = []
    reporter = ""
    frame: tuple[Span, ...] = ()
    for sent in mention.sentences:
        found = _reporter(lex, doc.text[sent.start : sent.end], sent.start)
        if found:
            reporter, span = found
            evidence.append(span)
            break
    else:  # "According to pro-government sources: <the account>"
        framed = _frame_before(lex, doc, mention, sentences)
        if framed is not None:
            frame, (reporter, span) = (framed[0],), framed[1]
            evidence.append(span)
    signals: dict[str, Span] = {}
    for sent in (*frame, *mention.sentences, *_following(doc, mention, sentences)):
        for level, span in _hedges(lex, doc.text[sent.start : sent.end], sent.start).items():
            signals.setdefault(level, span)
    if reporter and "claimed" not in signals and _partisan(lex, reporter):
        signals["claimed"] = evidence[0]  # a party's own account of its fight is a claim
    if "claimed" not in signals:  # "the army said it killed 30 militants": a party's own account
        for sent in mention.sentences:
            own = lex.self_report.search(doc.text, sent.start, sent.end)
            if own:
                signals["claimed"] = Span(own.start(), own.end(), own.group(0))
                break
    # The strongest hedge wins; a confirmation counts only when nothing hedges the report.
    certainty = next(
        (c for c in ("unconfirmed", "claimed", "reported", "confirmed") if c in signals), "reported"
    )
    if certainty in signals and signals[certainty] not in evidence:
        evidence.append(signals[certainty])
    return Attribution(reporter, certainty, tuple(evidence))


def _partisan(lex: _Lexicon, reporter: str) -> bool:
    low = reporter.lower()
    return any(low.startswith(p) for p in lex.partisan) or bool(lex.partisan_outlet.match(reporter))


def _following(doc: Document, mention: EventMention, sentences: tuple[Span, ...]) -> tuple[Span, ...]:
    """The sentence right after the mention, when it opens by referring back to it."""
    i = bisect.bisect_left([s.start for s in sentences], mention.end)
    if i < len(sentences) and _lexicon().refers_back.search(doc.text[sentences[i].start : sentences[i].end]):
        return (sentences[i],)
    return ()


_FRAME_WORDS = re.compile(r"[\w'’-]+")


def _frame_before(
    lex: _Lexicon, doc: Document, mention: EventMention, sentences: tuple[Span, ...]
) -> tuple[Span, tuple[str, Span]] | None:
    """The sentence right before the mention with its reporter, when it is only a reporting frame.

    Only one sentence back, and only a frame with no event of its own: every word outside the
    reporter match and its date expressions must be a frame word ("on", "in a statement", ...).
    """
    if not mention.sentences:
        return None
    first = min(s.start for s in mention.sentences)
    i = bisect.bisect_left([s.start for s in sentences], first)
    if i == 0:
        return None
    prev = sentences[i - 1]
    if prev.end > first:
        return None
    text = doc.text[prev.start : prev.end]
    found = _reporter(lex, text, prev.start)
    if found is None:
        return None
    # What is left once the reporter phrase and any date are blanked must be frame words only.
    cut = [(found[1].start - prev.start, found[1].end - prev.start)]
    cut += [
        (x.span.start - prev.start, x.span.end - prev.start)
        for x in find_date_expressions(text, prev.start, doc.published)
    ]
    chars = list(text)
    for s, e in cut:
        chars[s:e] = " " * (e - s)
    rest = [w.lower() for w in _FRAME_WORDS.findall("".join(chars))]
    if any(w not in lex.frame_filler for w in rest):
        return None
    return prev, found
