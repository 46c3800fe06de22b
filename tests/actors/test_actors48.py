"""actors48 scratch."""

from __future__ import annotations

TEXTS = [
    ("Black Sabbath top rock album poll", "Black Sabbath have topped a list of the best British rock albums of all time.\n\nThe band once fronted by Ozzy Osbourne led a poll of Kerrang! magazine readers with their 1970 self-titled debut. The band have three more efforts on the list. Formed by four teenage friends in the West Midlands in the late 1960s, Black Sabbath are one of Britain's most successful heavy rock bands."),
    ("Headline", "Black Sabbath have topped a list of the best British rock albums of all time.\n\nThe band once fronted by Ozzy Osbourne led a poll of Kerrang! magazine readers. Black Sabbath are one of Britain's most successful heavy rock bands."),
]


def test_scratch(parse, linker):
    from narrative_pipeline.actors import link_article

    for head, text in TEXTS:
        article = parse(head + "\n\n" + text)
        print("--")
        for c in link_article(article, linker(90.0)):
            print(article.text[c.start : c.end], c.actor_id, c.actor_type, c.method, c.type_rule)
    assert False
