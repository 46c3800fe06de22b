"""review13: unfound_surnames (actors.rules.v16) against the BBC corpus (bbc13m run); the Disney finding is
fixed in actors.rules.v17 (`resolution.firm_words`)."""

from __future__ import annotations

from narrative_pipeline.actors import Linker, link_article

DISNEY = (
    "Disney settles disclosure charges\n\n"
    "Walt Disney has settled charges from US regulators that it failed to disclose how relatives of directors"
    " were employed by the company.\n\nThe media giant was not fined by the Securities and Exchange Commission."
    " Disney failed to tell investors that between 1999 and 2001 it employed three adult children of directors."
    " The firm has neither admitted nor denied wrongdoing.\n\nThe SEC also found that Disney did not disclose"
    " that a subsidiary employed the wife of a Disney director. Disney also failed to disclose payments to an"
    " airline owned by former Disney director Roy Disney."
)


def test_a_company_named_after_a_person_is_not_the_person(parse, registry):
    article = parse(DISNEY)
    chosen = link_article(article, Linker.build(registry, 90.0))
    alone = [c for c in chosen if article.text[c.start : c.end] == "Disney"]
    assert len(alone) >= 4  # the company, as spaCy saw it or not
    assert not any(c.actor_id == "disc.roy_disney" for c in alone)
