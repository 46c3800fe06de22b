"""Linking articles: boilerplate, the lexicon in use, records."""

from __future__ import annotations

from pathlib import Path

from narrative_pipeline.actors import Linker, default_lexicon, link_article, link_articles, load_actors_lexicon
from yaml_variants import variant

ROOT = Path(__file__).resolve().parents[2]


def test_boilerplate_has_no_mentions(parse, registry):
    article = parse("Headline\n\nRussia acted.\n\n© 2020 Reuters. All rights reserved.")
    chosen = link_article(article, Linker(registry, default_lexicon(), 90.0, None))
    assert all(article.text[c.start : c.end] != "Reuters" for c in chosen)


def test_the_default_lexicon_is_the_shipped_file():
    assert default_lexicon() == load_actors_lexicon(ROOT / "config/actors_lexicon.yaml")


def test_the_lexicon_decides(parse, registry, tmp_path):
    path = variant(ROOT / "config/actors_lexicon.yaml", tmp_path, lambda data: data["agency_nouns"].remove("troops"))
    article = parse("Headline\n\nBritish troops arrived in the town.")
    shipped, _ = link_articles([article], registry, 90.0)
    changed, _ = link_articles([article], registry, 90.0, load_actors_lexicon(path))
    assert [m.text for m in shipped] == ["British"] and [m.text for m in changed] == []


def test_actor_records_count_mentions(parse, registry):
    article = parse("Headline\n\nRussia acted. Russia left. Mr Zorbly Quentin spoke.")
    _, actors = link_articles([article], registry, 90.0)
    rows = {a.actor_id: a for a in actors}
    assert rows["state_rus"].n_mentions == 2 and rows["state_rus"].source == "registry"
    discovered = [a for a in actors if a.source == "discovered"]
    assert discovered and discovered[0].aliases == [discovered[0].name.split()[-1]]
