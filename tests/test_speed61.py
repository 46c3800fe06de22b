"""speed61: cuts that change no output byte (issue 12's 5 %).

- web78's `pagelines._other_surnames` built, for every candidate (twice: `used_thing`, `marked_brand`; and in
  `placed_conjunct`), the set of the last words of every person's name on the page but the candidate's own, to ask it
  of one word. `ArticleInfo.other_surname` asks the one word of the page's names by their last word
  (`surname_owners`, built once per article); `pagelines._OtherSurnames` is that question as the container `_acts`
  reads.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from narrative_pipeline.actors import pagelines
from narrative_pipeline.actors.context import ArticleInfo

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
