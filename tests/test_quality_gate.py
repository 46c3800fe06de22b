"""The quality gate's file lookups (the gate itself runs the pipeline: workflow/scripts/quality_gate.py)."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("quality_gate", ROOT / "workflow/scripts/quality_gate.py")
gate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gate)


def test_a_web_page_gold_names_its_page_under_corpora_and_a_bbc_one_its_corpus_path():
    shared = Path("/s")
    assert gate.corpus_file(shared, "web-pages/html/p.html") == Path("/s/corpora/web-pages/html/p.html")
    assert gate.corpus_file(shared, "news/politics/x.txt") == Path("/s/corpora/bbc-news/news/politics/x.txt")


def test_every_article_gold_folder_of_the_floors_file_names_articles_the_gate_can_copy():
    floors = ROOT / "config/quality_floors.yaml"
    for folder in gate.gold_sets(floors):  # BBC articles by corpus path, saved pages under web-pages/
        for rel in gate.gold_set_articles(folder):
            assert rel.startswith((gate.WEB_PAGES, "news/")), (folder.name, rel)
