"""review24 of opinion24: training reads each labelled article from the first run that holds it (`load_articles`
over several runs); the branch's own test only calls it with nothing wanted, where it cannot fail."""

from __future__ import annotations

from pathlib import Path

from narrative_pipeline.training import dataset


def test_each_article_comes_from_the_first_run_that_holds_it_and_a_run_not_needed_is_not_opened(monkeypatch):
    held = {
        Path("bbc"): {"bbc/a.txt": ("a1", "A from bbc"), "both.txt": ("b1", "both from bbc")},
        Path("web"): {"web/p.html": ("p2", "P from web"), "both.txt": ("b2", "both from web")},
        Path("never"): {},
    }
    opened: list[tuple[Path, set[str]]] = []

    def fake(results: Path, wanted: set[str]):
        opened.append((results, set(wanted)))
        return {k: v for k, v in held[results].items() if k in wanted}

    monkeypatch.setattr(dataset, "_load_run_articles", fake)
    got = dataset.load_articles((Path("bbc"), Path("web"), Path("never")), {"bbc/a.txt", "web/p.html", "both.txt"})
    assert got == {
        "bbc/a.txt": ("a1", "A from bbc"),
        "both.txt": ("b1", "both from bbc"),
        "web/p.html": ("p2", "P from web"),
    }
    assert opened == [(Path("bbc"), {"bbc/a.txt", "web/p.html", "both.txt"}), (Path("web"), {"web/p.html"})]
    assert dataset.load_articles(Path("web"), {"web/p.html"}) == {"web/p.html": ("p2", "P from web")}
