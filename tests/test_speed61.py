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
