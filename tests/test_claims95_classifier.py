"""claims95: a model's `actor` against the rules needs a phrase that can speak; a thing that reports is no speaker."""

from __future__ import annotations

import pytest
from narrative_pipeline.classify.claimer import Phrase, can_speak, phrase_head
from narrative_pipeline.classify.index import index_article
from narrative_pipeline.classify.relabel import relabel, speaking_phrase
from test_classify import article_of, check_consistent, forcing_model, lex  # noqa: F401  (fixtures)


def subject_phrase(article, mentions, claims, word: str) -> tuple[Phrase, object]:
    """The phrase of `word` (its first occurrence) as the sentence speaker would give it."""
    index = index_article(article, mentions, claims)
    start = article.text.index(word)
    return Phrase(word, start, start + len(word), None, "sentence-speaker", 1), index


@pytest.mark.parametrize(
    "body",
    [
        # the seed's case: an event noun as the subject of a reporting verb
        "These events have confirmed our recent thoughts that the market will recover next year.",
        "The trend shows that gaming is not just about big console titles.",
        "This popularity shows no sign of slowing in the biggest cities.",
    ],
)
def test_a_model_actor_needs_a_source_that_can_speak(article_of, lex, body):  # noqa: F811
    article, mentions, claims, _ = article_of(body)
    assert all(c.claimer_kind != "actor" for c in claims)
    new = relabel(claims, [article], mentions, forcing_model("event", "reported", "actor"), lex)
    check_consistent(new)
    assert all(c.claimer_kind != "actor" for c in new)


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("The company agreed to invest in its markets.", "company"),
        ("The Demos report looked at broadband. The report found that half of users logged on early.", "report"),
        ("The book alleges that the minister told the chancellor of his plan.", "book"),
        ("The Manchester United wing revealed how the manager talked him into staying.", "wing"),
    ],
)
def test_a_source_that_can_speak_keeps_the_models_actor(article_of, lex, body, phrase):  # noqa: F811
    article, mentions, claims, _ = article_of(body)
    new = relabel(claims, [article], mentions, forcing_model("event", "reported", "actor"), lex)
    check_consistent(new)
    assert any(c.claimer_kind == "actor" and phrase in (c.claimer_text or "") for c in new)


@pytest.mark.parametrize(
    ("body", "word", "speaks"),
    [
        ("A number of retailers have already reported poor figures for December.", "number", True),
        ("The independent tribunal ruled that the duo had not been told.", "tribunal", True),
        ("The numbers suggested the sliding dollar has had little impact.", "numbers", False),
        ("A post-mortem carried out on the pilot showed there was alcohol in his body.", "post-mortem", False),
        ("Everyone said the pilot was sober.", "Everyone", True),
        ("It said profits would rise.", "It", True),
        ("The judge presiding has indicated the whole system is under scrutiny.", "judge presiding", True),
        ("The comic and actor said he had drawn up a list of the stars he wanted.", "comic", True),
        ("The duchess also revealed that she had called a friend.", "duchess", True),
        ("Another individual bluntly wrote to the singer that she looked tired.", "individual", True),
        ("Think tanks like the Brookings Institution have argued that prices rise.", "tanks", True),
    ],
)
def test_can_speak_reads_the_phrases_head(article_of, lex, body, word, speaks):  # noqa: F811
    article, mentions, claims, _ = article_of(body)
    phrase, index = subject_phrase(article, mentions, claims, word)
    assert can_speak(phrase, index, lex) is speaks


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The tone of the campaign, said Mr Milburn, would be more conversational than rhetorical.", "Milburn"),
        ("The only parts that would keep going, said the operators of the site, were the forums.", "operators"),
        ("The problem they face, said Shailendra Jain, head of the firm, is teaching people to send them.", "Jain"),
    ],
)
def test_a_speaker_after_the_verb_when_its_subject_cannot_speak(article_of, lex, body, speaker):  # noqa: F811
    """'X, said Mr Milburn, would be ...': the parser makes the clause's subject the subject of "said" too; the
    speaker is the noun after the verb (`claimer.speaker_after`), not the event or thing."""
    article, mentions, claims, _ = article_of(body)
    new = relabel(claims, [article], mentions, forcing_model("event", "reported", "actor"), lex)
    check_consistent(new)
    assert any(c.claimer_kind == "actor" and speaker in (c.claimer_text or "") for c in new)


def test_a_thing_that_reports_continues_no_speaker_before_it(article_of, lex):  # noqa: F811
    """A claim whose own verb of saying has a subject that cannot speak names its source, a thing: it is not the last
    speaker's words (`claimer.thing_reports`)."""
    article, mentions, claims, _ = article_of(
        "Mr Smith said the company was doing well. The pattern of sales suggests that the slump was not due to prices."
    )
    assert claims[0].claimer_kind == "actor"
    new = relabel(claims, [article], mentions, forcing_model("event", "reported", "actor"), lex)
    check_consistent(new)
    last = [c for c in new if "pattern" in c.text]
    assert last and all(c.claimer_kind != "actor" for c in last)


def test_the_rules_own_actor_phrase_is_not_guarded(article_of, lex):  # noqa: F811
    """The rules' actor phrases passed their own source test (`claims.sources.is_source`): the guard reads only a
    phrase the model would take against the rules' kind."""
    article, mentions, claims, _ = article_of("The numbers suggested the sliding dollar has had little impact.")
    phrase, index = subject_phrase(article, mentions, claims, "numbers")
    assert phrase_head(phrase, index).lower == "numbers"
    actor_claim = claims[0].model_copy(update={"claimer_kind": "actor"})
    assert speaking_phrase(actor_claim, phrase, index, lex) is phrase
    author_claim = claims[0].model_copy(update={"claimer_kind": "author"})
    assert speaking_phrase(author_claim, phrase, index, lex) is None
