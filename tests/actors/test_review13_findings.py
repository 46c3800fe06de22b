"""review13: unfound_surnames (actors.rules.v16) against the BBC corpus (bbc13m run)."""

from __future__ import annotations

import pytest
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


@pytest.mark.xfail(
    strict=True,
    reason="review13: a word that names a company and is the surname of a person named in full ('Disney', "
    "'Roy Disney') is taken for the person; unfound_surnames prefers full_names to one_word_orgs and adds the "
    "words spaCy gave no entity (bbc13m: 'Disney failed to tell investors that ... it employed' -> Roy Disney)",
)
def test_a_company_named_after_a_person_is_not_the_person(parse, registry):
    article = parse(DISNEY)
    chosen = link_article(article, Linker.build(registry, 90.0))
    alone = [c for c in chosen if article.text[c.start : c.end] == "Disney"]
    assert len(alone) >= 4  # the company, as spaCy saw it or not
    assert not any(c.actor_id == "disc.roy_disney" for c in alone)
