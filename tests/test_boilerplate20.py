"""Session 20's boilerplate patterns, from the blind hand check of claims on web news (claims-handcheck-web20): a
sign-up box's confirmation and a list of related stories with their dates were analysed as claims."""

from __future__ import annotations

from narrative_pipeline.normalize import compile_patterns, split_paragraphs
from narrative_pipeline.settings import PipelineConfig

PATTERNS = compile_patterns(PipelineConfig().boilerplate_patterns)


def _roles(*lines: str) -> list[str]:
    raw = "\n\n".join(lines) + "\n"
    return [p.role for p in split_paragraphs(raw, PATTERNS)]


def test_a_sign_up_confirmation_is_boilerplate():
    assert _roles("Headline of the story", "Sign-up Successful!", "Registration complete.") == [
        "headline",
        "boilerplate",
        "boilerplate",
    ]


def test_a_related_story_with_its_date_is_boilerplate():
    roles = _roles(
        "Headline of the story",
        "- San Francisco To Begin Universal Basic Income Program For Artists - October 10, 2020",
        "20 Gorgeous Winter Baby Shower Ideas - 23 October 2020",
    )
    assert roles == ["headline", "boilerplate", "boilerplate"]


def test_sentences_with_a_date_after_a_dash_stay_body():
    roles = _roles(
        "Headline of the story",
        "The vote was held on Monday - October 10, 2020.",
        "Officials said the sign-up was successful and the count would start - October 12, 2020, they said.",
        "The registration of voters was successful in most districts.",
    )
    assert roles == ["headline", "body", "body", "body"]
