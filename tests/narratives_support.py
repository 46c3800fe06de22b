"""Shared by the narratives tests: run the upstream steps (parse, actor linking, claims) on a text.

The actor and claim steps are called here and nowhere else in the narratives tests, so a change of
their import paths is fixed in one place."""

from __future__ import annotations

from pathlib import Path

from narrative_pipeline.actors import link_articles
from narrative_pipeline.claims import extract_claims
from narrative_pipeline.claims import load_lexicon as load_claims_lexicon
from narrative_pipeline.narratives.framing import extract_framing
from narrative_pipeline.narratives.lexicon import load_lexicon as load_plover_lexicon
from narrative_pipeline.narratives.roles import lone_bodies, quoted_tokens
from narrative_pipeline.narratives.statements import extract_statements

ROOT = Path(__file__).resolve().parents[1]
HEADLINE = "A headline that is never a claim\n\n"
_CLAIMS_LEXICON = load_claims_lexicon(ROOT / "config/claims_lexicon.yaml")
PLOVER = load_plover_lexicon(ROOT / "config/plover_lexicon.yaml", ROOT / "config/claims_lexicon.yaml")


def analyse(parse, registry, body: str, headline: str = HEADLINE):
    """(article, mentions, claims, actors) of a text through the real upstream steps."""
    article = parse(headline + body)
    mentions, actors = link_articles([article], registry, 90.0)
    claims, _ = extract_claims([article], mentions, _CLAIMS_LEXICON)
    return article, mentions, claims, actors


def statements_of(parse, registry, body: str):
    """The statements of a text through the real upstream steps and the shipped PLOVER lexicon."""
    article, mentions, claims, _ = analyse(parse, registry, body)
    return extract_statements([article], mentions, claims, PLOVER)


def framing_of(parse, registry, body: str, headline: str = HEADLINE):
    """The framing rows (labels) of a text through the real upstream steps and the shipped PLOVER lexicon."""
    article, mentions, claims, _ = analyse(parse, registry, body, headline)
    return extract_framing([article], mentions, claims, PLOVER)


def rows(found):
    return [(s.agent_actor_id, s.action_text, s.action_class, s.patient_actor_id) for s in found]


def one(found, action: str):
    """The one statement of `found` whose action text is `action`."""
    hits = [s for s in found if s.action_text == action]
    assert len(hits) == 1, rows(found)
    return hits[0]


def agents_of(found, action: str) -> list[str | None]:
    """The agent's actor id of each statement whose action is `action`, in order."""
    return [s.agent_actor_id for s in found if s.action_text == action]


def lone_body_answers(parse, registry, body: str) -> list[tuple[str, str | None]]:
    """(pronoun text, the body `roles.lone_bodies` gives it) for each it / they / them of the text, in order, with
    the that-clause verbs the narratives step itself reads (`PLOVER.that_clause_verbs`)."""
    article, mentions, _, _ = analyse(parse, registry, body)
    found = lone_bodies(
        article,
        mentions,
        PLOVER.lone_body_pronouns,
        quoted_tokens(article),
        PLOVER.dummy_subject_verbs,
        PLOVER.work_verbs,
        speech_verbs=PLOVER.that_clause_verbs,
    )
    return [
        (t.text, found[t.i].actor_id if t.i in found else None)
        for t in article.tokens
        if t.lower in PLOVER.lone_body_pronouns and t.pos == "PRON"
    ]
