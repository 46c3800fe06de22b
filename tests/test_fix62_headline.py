"""fix62 (review59 finding 12): a headline (the first line of a plain-text article, ANNOTATION.md) is one unit. spaCy's
parser cut two BBC headlines after a colon-less phrase or a year's colon ("2004:" / "An Irish Athletics Year", "Stam
spices up" / "Man Utd encounter"): 2,085 headline rows for 2,083 articles. A headline's line is now parsed as one
sentence (`normalize.one_sentence`, `nlp.parse` with no sentence starts): the parser keeps it one tree."""

from __future__ import annotations

import pytest
from narrative_pipeline.normalize import compile_patterns, one_sentence, split_paragraphs
from narrative_pipeline.settings import PipelineConfig

PATTERNS = compile_patterns(PipelineConfig().boilerplate_patterns)


def _sentences(article) -> list[tuple[str, str]]:
    return [(s.record.role, s.record.text) for s in article.sents]


@pytest.mark.parametrize(
    "headline",
    [
        "2004: An Irish Athletics Year",  # review59's two BBC headlines
        "Stam spices up Man Utd encounter",
        "VIDEO: Voting on NYCHA's Future",  # a web page's (cut after "VIDEO:" before)
        "The GOP Is the Problem. Is 'Human Identity Politics' the Solution?",  # two sentences written as one headline
    ],
)
def test_a_headline_is_one_sentence_and_the_body_is_cut_as_before(parse, headline):
    article = parse(f"{headline}\n\nThe year was a good one. Kelly won twice in Dublin.\n")
    assert _sentences(article) == [
        ("headline", headline),
        ("body", "The year was a good one."),
        ("body", "Kelly won twice in Dublin."),
    ]
    # one tree: a single root among the headline's tokens
    assert sum(t.dep == "ROOT" for t in article.sents[0].tokens) == 1


def test_the_same_words_in_the_body_are_still_cut_where_the_parser_cuts_them(parse):
    """Near case: only the headline is one unit; a body paragraph keeps the parser's sentences."""
    article = parse("Athletics review\n\nThe GOP Is the Problem. Is it the solution?\n")
    assert _sentences(article)[1:] == [("body", "The GOP Is the Problem."), ("body", "Is it the solution?")]


def test_a_line_that_restates_the_headline_is_one_sentence_too(parse):
    article = parse("Stam spices up Man Utd encounter\n\nStam spices up Man Utd encounter\n\nJaap Stam said so.\n")
    assert _sentences(article) == [
        ("headline", "Stam spices up Man Utd encounter"),
        ("headline", "Stam spices up Man Utd encounter"),
        ("body", "Jaap Stam said so."),
    ]


def test_a_unit_stop_in_a_headline_is_a_token_but_starts_no_sentence(parse):
    article = parse("Deal worth $32m. Investors cheer\n\nThe deal closed.\n")
    assert _sentences(article)[0] == ("headline", "Deal worth $32m. Investors cheer")
    assert [t.text for t in article.sents[0].tokens][3:6] == ["32", "m", "."]


def test_only_a_headline_of_one_line_is_one_sentence():
    raw = (
        "The minister said on Monday that the new rules would. Be introduced\n"
        "next year after a long consultation with the unions. Of the whole\n"
        "industry groups and unions across the whole country. Said the man\n\n"
        "Body.\n"
    )
    wrapped, body = split_paragraphs(raw, PATTERNS)
    assert wrapped.role == "headline" and "\n" in raw[wrapped.start : wrapped.end]  # a hard-wrapped block
    assert not one_sentence(raw, wrapped) and not one_sentence(raw, body)
    line = split_paragraphs("2004: An Irish Athletics Year\r\n\r\nBody.\r\n", PATTERNS)
    assert [one_sentence("2004: An Irish Athletics Year\r\n\r\nBody.\r\n", p) for p in line] == [True, False]
