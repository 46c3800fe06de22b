"""review14's findings on actors15 (actors.rules.v17): the organisation-before-person fold.

Needs branch actors15's code. The BBC article business/disney-settles-disclosure-charges.txt, shortened:
after 'Roy Disney' is named, the company's next bare 'Disney' ('Finally, Disney also did not reveal that
it provided ...') is not linked to the company (Walt Disney): here to Roy Disney (the surname), on the
full article to a third actor 'Disney' discovered from it alone (mention [1257, 1263)). Fixed by actors18: the company's word said alone twice before the person's full name
stays the company's after it."""

from __future__ import annotations

from narrative_pipeline.actors import Linker, link_article

DISNEY = (
    "Disney settles disclosure charges\n\n"
    "Walt Disney has settled charges from US regulators that it failed to disclose how relatives of directors"
    " were employed by the company.\n\nThe media giant was not fined by the Securities and Exchange Commission."
    " Disney failed to tell investors that between 1999 and 2001 it employed three adult children of directors."
    " The firm has neither admitted nor denied wrongdoing.\n\nThe SEC also found that Disney did not disclose"
    " that a subsidiary employed the wife of a Disney director. Disney also failed to disclose payments to an"
    " airline owned by former Disney director Roy Disney. Finally, Disney also did not reveal that it provided"
    " more than $200,000 annually for office space to former director Thomas Murphy."
)


def test_the_company_named_again_after_the_person_is_still_the_company(parse, registry):
    article = parse(DISNEY)
    chosen = link_article(article, Linker.build(registry, 90.0))
    alone = [c for c in chosen if article.text[c.start : c.end] == "Disney"]
    last = max(alone, key=lambda c: c.start)
    assert article.text[last.start - 9 : last.start] == "Finally, "
    first_body = min((c for c in alone if c.start > article.text.index("\n")), key=lambda c: c.start)
    assert last.actor_id == first_body.actor_id
