from narrative_pipeline.actors.linking import link_article
from narrative_pipeline.actors import linking
import pathlib
C = pathlib.Path("/work/shared/corpora/bbc-news/news")
FILES = ["entertainment/prodigy-join-v-festival-line-up.txt", "tech/ultimate-game-award-for-doom-3.txt"]
WORDS = ["New Order", "Screen Digest"]
def test_show(parse, linker):
    for f, w in zip(FILES, WORDS):
        a = parse((C / f).read_text())
        for c in link_article(a, linker(90.0)):
            if w in a.text[c.start-20:c.end+20]:
                print(f, a.text[c.start:c.end], c.actor_id, c.actor_type, c.type_rule, c.method)
    assert False, "show"
