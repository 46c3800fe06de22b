"""speed33: `_splits` asks `has_own_attribution` (a walk of the clause's subtree) only in the branches that read it;
it answers as the eager version did (every verb of sentences that reach each branch), and a verb whose branch does
not read it (an open complement, a relative clause is read, a clausal complement is not) walks nothing."""

from __future__ import annotations

import pytest
from narrative_pipeline.claims import units
from narrative_pipeline.claims.units import (
    _reports_inside,
    as_aside,
    as_frame,
    closing_conjunct,
    consequence,
    has_own_attribution,
    reporting_conjunct,
)
from narrative_pipeline.syntax import is_verb, lemma, subject_of


def eager_splits(tok, content_roots, lex):
    """`_splits` before speed33: the attribution worked out first, for every verb."""
    attributed = has_own_attribution(tok, lex)
    if tok.dep == "conj" and tok.head in content_roots:
        if lemma(tok) in lex.reporting_verbs and closing_conjunct(tok):
            return False
        if consequence(tok, lex):
            return False
        own_subject = subject_of(tok) is not None
        tense_aux = any(c.dep == "aux" and c.tag != "TO" for c in tok.children)
        return own_subject or tense_aux or attributed or reporting_conjunct(tok, lex)
    if tok.dep == "relcl":
        return attributed and _reports_inside(tok, lex)
    if tok.dep == "conj" and reporting_conjunct(tok, lex):
        return True
    if (
        tok.dep in {"advcl", "xcomp"}
        and tok.tag == "VBG"
        and tok.head in content_roots
        and reporting_conjunct(tok, lex)
    ):
        return True
    if as_frame(tok, lex) or as_aside(tok, lex):
        return False
    if tok.dep in {"advcl", "acl"} and tok.head in content_roots and attributed:
        marker = {c.lower for c in tok.children if c.dep in {"mark", "cc"}}
        return subject_of(tok) is not None or bool(marker & lex.split_markers) or tok.tag == "VBN"
    return False


TEXTS = [
    "The minister said taxes would rise and the opposition warned that jobs would go.",
    "The company, which analysts said was struggling, cut 300 jobs, a spokesman said.",
    "He said intimidation seemed to have been widespread and called on hunts to stop.",
    "The rebels had to disarm on Monday or they would face sanctions, the envoy warned.",
    "Prices rose sharply, adding to pressure on the bank, officials said on Tuesday.",
    "As the minister said, the plan will cost more, although critics argued it would save money.",
    "She welcomed the report but argued that more must be done, saying the cuts were too deep.",
    "It is thought the talks will fail, after it said the offer was final.",
    "Police arrested a man who witnesses claimed had fired the shots, and he was charged.",
    "They want to leave because the firm, they say, has broken its promises.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_splits_answers_as_the_eager_version(parse, lex, text):
    article = parse("A headline\n\n" + text)
    verbs = 0
    for sent in article.sents:
        for root in (t for t in sent.tokens if t.head is t):
            content_roots = {root} | {c for c in root.children if c.dep in {"ccomp", "xcomp"}}
            for tok in sent.tokens:
                if is_verb(tok) and tok is not root:
                    verbs += 1
                    assert units._splits(tok, content_roots, lex, frozenset()) == eager_splits(
                        tok, content_roots, lex
                    ), tok.text
    assert verbs


def test_a_clausal_complement_walks_no_subtree(parse, lex, monkeypatch):
    article = parse("A headline\n\nThe minister said taxes would rise.")
    (sent,) = [s for s in article.sents if any(t.text == "taxes" for t in s.tokens)]
    root = next(t for t in sent.tokens if t.head is t)
    rise = next(t for t in sent.tokens if t.text == "rise")
    assert rise.dep == "ccomp"
    walked = []
    monkeypatch.setattr(units, "has_own_attribution", lambda tok, lex: walked.append(tok) or False)
    assert units._splits(rise, {root, rise}, lex, frozenset()) is False
    assert walked == []
