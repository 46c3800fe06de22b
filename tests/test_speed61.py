"""speed61: cuts that change no output byte (issue 12's 5 %).

- web78's `pagelines._other_surnames` built, for every candidate (twice: `used_thing`, `marked_brand`; and in
  `placed_conjunct`), the set of the last words of every person's name on the page but the candidate's own, to ask it
  of one word. `ArticleInfo.other_surname` asks the one word of the page's names by their last word
  (`surname_owners`, built once per article); `pagelines._OtherSurnames` is that question as the container `_acts`
  reads.
"""

from __future__ import annotations

import html
import math
import random
import re
import sys
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from narrative_pipeline.actors import pagelines
from narrative_pipeline.actors.context import ArticleInfo
from narrative_pipeline.report import articles, markup

WORDS = ["Grant", "Heather", "Hugh", "Crocker", "Betty", "Puree", "Gia", "Tomato", "Smith", "van", "der", "Berg"]


def _old_other_surnames(name: str | None, person_names: frozenset[str]) -> set[str]:
    """Main's `pagelines._other_surnames` before speed61, word for word."""
    return {n.split()[-1] for n in person_names if n != name}


def _names(rng: random.Random) -> frozenset[str]:
    return frozenset(" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(0, 6)))


@pytest.mark.parametrize("seed", range(40))
def test_other_surname_is_main_s_set_asked_of_the_word(seed):
    """Random pages' person names, candidates (one of the names, another name, a single word, none) and words: the
    answer is whether main's set holds the word."""
    rng = random.Random(20263101 + seed)
    names = _names(rng)
    info = ArticleInfo(toks={}, person_names=names)
    own = [*names, None, "", rng.choice(WORDS), " ".join(rng.sample(WORDS, 2))]
    for name in own:
        old = _old_other_surnames(name, names)
        others = pagelines._OtherSurnames(SimpleNamespace(name=name), info)  # type: ignore[arg-type]
        for word in [*WORDS, "", "grant", "Heather Grant"]:
            assert info.other_surname(word, name) is (word in old), (names, name, word)
            assert (word in others) is (word in old), (names, name, word)


def test_a_name_shared_by_two_persons_is_the_other_s_surname():
    info = ArticleInfo(toks={}, person_names=frozenset({"Heather Grant", "Hugh Grant", "Betty Crocker"}))
    assert info.other_surname("Grant", "Heather Grant")  # Hugh's
    assert not info.other_surname("Crocker", "Betty Crocker")  # the candidate's own only
    assert info.other_surname("Crocker", "Crocker")  # a one-word candidate: Betty's surname
    assert not info.other_surname("Betty", None)  # a first word is nobody's surname


def test_the_names_by_last_word_are_built_once_per_article(monkeypatch):
    """Asked of many candidates' words, the page's names are grouped once (main: a set of them for every
    candidate)."""
    built = []

    class Counted(frozenset):
        def __iter__(self):
            built.append(1)
            return super().__iter__()

    plain = frozenset({"Heather Grant", "Hugh Grant", "Betty Crocker"})
    info = ArticleInfo(toks={}, person_names=Counted(plain))
    for name in ["Heather Grant", "Tesco", "Betty Crocker", None] * 25:
        for word in ("Grant", "Crocker", "Tesco"):
            others = pagelines._OtherSurnames(SimpleNamespace(name=name), info)  # type: ignore[arg-type]
            assert (word in others) is (word in _old_other_surnames(name, plain))
    assert len(built) == 1


def _old_code_keyword(cands, info) -> set[str]:
    """Main's `pagelines.code_keyword` before speed61, word for word."""
    keyword: dict[str, bool] = {}
    every: dict[str, bool] = {}
    for c in cands:
        code = pagelines._code_keyword(c, info)
        word = c.start_i == c.end_i and info.toks[c.start_i].lower in info.lower_words
        keyword[pagelines._key(c)] = keyword.get(pagelines._key(c), False) or code
        every[pagelines._key(c)] = every.get(pagelines._key(c), True) and (code or word)
    return {name for name, one in keyword.items() if one and every[name]}


def _old_made_by(cands, info) -> set[str]:
    """Main's `pagelines.made_by` before speed61, word for word."""
    seen: dict[str, bool] = {}
    for c in cands:
        seen[pagelines._key(c)] = seen.get(pagelines._key(c), True) and pagelines._made_by(c, info)
    return {name for name, every in seen.items() if every}


@pytest.mark.parametrize("seed", range(40))
def test_code_keyword_and_made_by_are_main_s(seed, monkeypatch):
    """Random candidates (names differing in case, one or two words, each a keyword / made by a maker or not, its
    word written in lower case or not): the same names as main's."""
    rng = random.Random(31012026 + seed)
    toks = {i: SimpleNamespace(lower=rng.choice(["copy", "run", "hyatt", "tesco"])) for i in range(12)}
    info = SimpleNamespace(toks=toks, lower_words=frozenset(rng.sample(["copy", "run", "hyatt", "tesco"], 2)))
    cands = []
    for _ in range(rng.randint(0, 10)):
        start = rng.randrange(11)
        end = start + rng.choice([0, 0, 1])
        cands.append(SimpleNamespace(name=rng.choice(["COPY", "Copy", "copy", "Hyatt", "RUN", None]), start_i=start,
                                     end_i=end, code=rng.random() < 0.5, made=rng.random() < 0.6))  # fmt: skip
    monkeypatch.setattr(pagelines, "_code_keyword", lambda c, info: c.code)
    monkeypatch.setattr(pagelines, "_made_by", lambda c, info: c.made)
    assert pagelines.code_keyword(cands, info) == _old_code_keyword(cands, info)  # type: ignore[arg-type]
    assert pagelines.made_by(cands, info) == _old_made_by(cands, info)  # type: ignore[arg-type]


def test_code_keyword_reads_no_word_of_a_mention_after_one_that_is_neither(monkeypatch):
    """Once a name has a mention that is neither a keyword nor its word in lower case, its later mentions' words are
    not looked up (main: every mention's)."""
    looked = []

    class Toks(dict):
        def __getitem__(self, i):
            looked.append(i)
            return super().__getitem__(i)

    info = SimpleNamespace(toks=Toks({i: SimpleNamespace(lower="tesco") for i in range(5)}), lower_words=frozenset())
    cands = [SimpleNamespace(name="Tesco", start_i=i, end_i=i, code=False) for i in range(5)]
    monkeypatch.setattr(pagelines, "_code_keyword", lambda c, info: c.code)
    assert pagelines.code_keyword(cands, info) == set()  # type: ignore[arg-type]
    assert looked == [0]


# -- the report's article pages (speed61): `_value` of a classifier's probability or evidence, `esc` of an int,
# `is_null` of a str or an int, `dl`'s keys and `page`'s links made once


def _old_value(v) -> str:
    """Main's `report.articles._value` before speed61, word for word (with main's `esc`)."""
    if type(v) is str and not v.startswith(("http://", "https://")):
        return _old_esc(v)
    if type(v) is int or type(v) is bool:
        return str(v)
    if _old_is_null(v):
        return '<span class="none">—</span>'
    if isinstance(v, str) and v.startswith(("http://", "https://")):
        return f'<a href="{_old_esc(v)}" rel="noreferrer noopener" class="ext">{_old_esc(v)}</a>'
    if hasattr(v, "tolist") or isinstance(v, list):
        return _old_esc(", ".join(str(x) for x in list(v)))
    return _old_esc(v)


def _old_is_null(value) -> bool:
    """Main's `report.markup.is_null` before speed61, word for word."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    pd = sys.modules.get("pandas")
    return pd is not None and (value is pd.NA or value is pd.NaT)


def _old_esc(value) -> str:
    """Main's `report.markup.esc` before speed61, word for word."""
    if type(value) is str:
        return html.escape(value, quote=True) if re.search(r"[&<>\"']", value) else value
    if _old_is_null(value):
        return ""
    return html.escape(str(value), quote=True)


def _values(rng: random.Random) -> list:
    strings = ["rule:type=assessment", "a & b", "<b>", "O'Brien", 'say "no"', "", "https://x.org/?a=1&b=2", "http://y"]
    return [
        rng.choice(strings), rng.randint(-5, 10**6), rng.choice([True, False]), rng.random(), float("nan"),
        float("inf"), -rng.random() * 1e-9, None, np.array(rng.sample(strings, rng.randint(0, 3)), dtype=object),
        np.array([rng.random() for _ in range(2)]),
        pd.NA, pd.NaT, [rng.choice(strings), 3], pd.Timestamp("2005-01-02"), 1.0, 0.5, 1e22,
    ]  # fmt: skip


@pytest.mark.parametrize("seed", range(40))
def test_the_report_s_cell_values_are_main_s(seed):
    """Random values of every kind a row holds (text, urls, numbers, NaN, null, evidence arrays, pandas nulls, lists,
    dates; a numpy scalar errs in main's `_value` and is never shown): `_value`, `esc` and `is_null` give main's."""
    rng = random.Random(20263101 + seed)
    for v in _values(rng):
        assert articles._value(v) == _old_value(v), repr(v)
        assert markup.esc(v) == _old_esc(v), repr(v)
        assert markup.is_null(v) is _old_is_null(v), repr(v)


def test_a_definition_list_and_a_page_are_main_s():
    items = [("type", "<b>claim</b>"), ("a&b", "x"), ("type_prob", "0.5"), (3, "three"), ("type", "again")]
    old_dl = '<dl class="meta">' + "".join(f"<dt>{_old_esc(k)}</dt><dd>{v}</dd>" for k, v in items) + "</dl>"
    assert markup.dl(items) == old_dl
    assert markup.dl(iter(items)) == old_dl  # (twice: the kept terms)
    nav = [("index.html", "Overview"), ("rows/articles.html", "Articles"), ("actors.html", "Actors"),
           ("network.html", "Network"), ("rows/claims.html", "Claims")]  # fmt: skip
    for prefix in ("", "../", "../../", "a&b/"):
        links = "<nav>" + " ".join(markup.link(prefix + h, t) for h, t in nav) + "</nav>"
        made = markup.page("T & <b>", "<p>body</p>", prefix=prefix)
        assert links in made and made == markup.page("T & <b>", "<p>body</p>", prefix=prefix)
        assert markup.page("T", "", prefix=prefix, nav=False).count("<nav>") == 0


def test_a_claims_evidence_and_probability_ask_no_null_test(monkeypatch):
    """A classifier's probability and evidence (ten of a claim's columns) are shown without `is_null` (main: asked
    of each, 9 of 41 s of the BBC report's article pages profiled)."""

    def refused(value):
        raise AssertionError(f"is_null asked of {value!r}")

    monkeypatch.setattr(articles, "is_null", refused)
    assert articles._value(0.808) == "0.808"
    assert articles._value(float("nan")) == '<span class="none">—</span>'
    assert articles._value(np.array(["rule:type=assessment", "lex:a&b"], dtype=object)) == (
        "rule:type=assessment, lex:a&amp;b"
    )
