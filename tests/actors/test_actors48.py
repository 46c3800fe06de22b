"""actors48 (issue 12, actors on any news)."""

from __future__ import annotations

SABBATH = (
    "Black Sabbath have topped a list of the best British rock albums of all time. The band once fronted by Ozzy "
    "Osbourne led a poll of Kerrang! magazine readers with their 1970 self-titled debut. The top five includes Led "
    "Zeppelin, Iron Maiden and Sex Pistols. Black Sabbath's album beat Muse and Judas Priest, said editor Ashley Bird."
)


def test_scratch(parse, linker):
    from narrative_pipeline.actors import link_article

    from pathlib import Path

    for text in [Path("/work/shared/corpora/bbc-news/news/entertainment/black-sabbath-top-rock-album-poll.txt").read_text()]:
        article = parse(text)
        for c in link_article(article, linker(90.0)):
            print(article.text[c.start : c.end], c.actor_id, c.actor_type, c.method, c.type_rule)
    assert False
