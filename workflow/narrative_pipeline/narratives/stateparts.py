"""Which part of a state a statement's agent or patient names: its government, its military, or the state itself.

ANNOTATION.md links "the government", "the Russian government", "the Kremlin" and "Russia" to the one actor, the
state. The corpus tables grouped them all under the state, so a party backing or attacking the government read as
backing or attacking the country ("Conservative Party -> United Kingdom": review68 11 b). A statement now says,
beside the actor, what its mention names: `government` where the state is named by its government, null where the
text names the state (or anything else) itself. The narratives and actor edges keep the two apart, and the report
draws "United Kingdom (government)". The actor stays the state: its id, its page, the references all unchanged.

A state's mention names its government when
- its last word is one of `government_nouns` ("the government", "the administration", "government plans", "the
  authorities": a government's bodies),
- it stands right before one, as its modifier or owner ("the Russian government", "the UK government",
  "Russia's government", "Sri Lankan authorities"), or
- it is one of the state's metonyms ("the Kremlin", "Downing Street", "Moscow"): ANNOTATION's metonyms for a
  government.
It names its military (`military`) in the same two first ways with `military_nouns` ("the military", "British
troops", "the Chilean military", "US forces"): ANNOTATION.md counts an armed force as an actor of its own kind, apart
from a government, so "British troops" attacking is not "the government" attacking (fix80, report75's left).
A state's word before one of its government's officers or bodies (`state_body_nouns`: "Chinese police", "Chinese
officials", "the Russian foreign ministry") names its government too (fix83).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..parsed import ParsedArticle, Tok
from ..records import MentionRecord, StatementRecord
from .lexicon import PloverLexicon

GOVERNMENT, MILITARY = "government", "military"
# the dependencies of a state's word on the government noun it names ("Russian", "UK", "Russia's")
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})


def _word(tok: Tok) -> str:
    return (tok.lemma or tok.lower or tok.text).lower()


def _part_word(tok: Tok, lex: PloverLexicon) -> str | None:
    """The part of a state a word names: one of `government_nouns` or `military_nouns`, by its lemma or as written
    ("authorities", whose lemma "authority" is also "a local authority")."""
    words = {_word(tok), tok.lower}
    if words & lex.government_nouns:
        return GOVERNMENT
    return MILITARY if words & lex.military_nouns else None


def mention_part(mention: MentionRecord, tokens: Mapping[int, Tok], lex: PloverLexicon) -> str | None:
    """`government` when a state's mention names its government, `military` its military, else None (see the
    module's description)."""
    if mention.actor_type != "state":
        return None
    if mention.link_method == "metonym":
        return GOVERNMENT
    last = tokens.get(mention.head_i)
    if last is None:
        return None
    part = _part_word(last, lex)
    if part is not None:
        return part
    head = last.head
    if head is None or head is last or last.dep not in MODIFIER_DEPS or head.start < mention.end:
        return None
    return _part_word(head, lex) or (GOVERNMENT if _state_body(head, last, lex) else None)


def _state_body(head: Tok, modifier: Tok, lex: PloverLexicon) -> bool:
    """Whether a noun a state's word modifies is one of its government's officers or bodies (`state_body_nouns`:
    "Chinese police", "Chinese officials", "Iran's ambassador"), with no other modifier after the state's word naming
    a field of its own ("Chinese football officials", "a Chinese oil ministry" stay the state's; fix83)."""
    if not {_word(head), head.lower} & lex.state_body_nouns:
        return False
    return not any(c.dep in ("compound", "nmod") and c.i > modifier.i for c in head.children)


def with_parts(
    statements: list[StatementRecord],
    articles: Iterable[ParsedArticle],
    mentions: Iterable[MentionRecord],
    lex: PloverLexicon,
) -> list[StatementRecord]:
    """The statements with `agent_as` and `patient_as` set from the mentions they were read from."""
    states = [m for m in mentions if m.actor_type == "state"]
    if not states:
        return statements
    wanted = {m.article_id for m in states}
    tokens = {a.article_id: {t.i: t for t in a.tokens} for a in articles if a.article_id in wanted}
    parts: dict[str, str] = {}
    for m in states:
        part = mention_part(m, tokens.get(m.article_id, {}), lex)
        if part is not None:
            parts[m.mention_id] = part
    if not parts:
        return statements
    out = []
    for s in statements:
        agent = parts.get(s.agent_mention_id) if s.agent_mention_id else None
        patient = parts.get(s.patient_mention_id) if s.patient_mention_id else None
        changed = agent is not None or patient is not None
        out.append(s.model_copy(update={"agent_as": agent, "patient_as": patient}) if changed else s)
    return out


__all__ = ["GOVERNMENT", "MILITARY", "mention_part", "with_parts"]
