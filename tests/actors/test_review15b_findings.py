"""review15b: actors.rules.v18 (the lead's FIRM_RECENT after review15a) on made-up business prose. A strict xfail
until actors17 (actors.rules.v19) handled it."""

from __future__ import annotations

from narrative_pipeline.actors import Linker, link_article

# An untyped firm named twice, then called "the company" again and again: FIRM_RECENT counts sentences from the
# last time its name was written, so a "the company" it already linked does not keep it recent, and the second
# "the company", six sentences after the name, is left unlinked.
CHAIN = (
    "Microsoft has released patches for three critical flaws in its Windows software. Microsoft announces any"
    " vulnerabilities in its software every month. The company said the most serious flaw affected Internet"
    " Explorer. Users are advised to download the patches as soon as possible. Security experts said attacks"
    " using the flaws were likely within days. Home users are often slow to update their computers. Last"
    " year a worm spread to millions of machines within hours. The company said it was not aware of any attacks."
)


def _company_links(parse, registry):
    article = parse("Patches for Windows\n\n" + CHAIN)
    chosen = link_article(article, Linker.build(registry, 90.0))
    return [c.actor_id for c in chosen if c.method == "descriptor" and article.text[c.start : c.end] == "company"]


def test_the_first_company_after_the_name_links(parse, registry):
    assert _company_links(parse, registry)[:1] == ["disc.microsoft"]


def test_a_chain_of_the_company_keeps_the_firm_recent(parse, registry):
    assert _company_links(parse, registry) == ["disc.microsoft", "disc.microsoft"]
