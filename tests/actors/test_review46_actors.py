"""review46: actors56's `central-bank` and `surname-of-person` on political and economic news written for the review
(config/eval/README, review46). Each text through the real parse and the shipped registry."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import link_article

HEADLINE = "Headline\n\n"


def cues(parse, linker, text: str) -> dict[str, tuple[str | None, str | None]]:
    article = parse(HEADLINE + text)
    chosen = link_article(article, linker(90.0))
    return {
        article.text[c.start : c.end]: (c.type_rule, " ".join(t.text for t in c.cue) if c.cue else None) for c in chosen
    }


@pytest.mark.parametrize(
    ("name", "cue"),
    [
        ("Central Bank of Liberia", "Central Bank"),
        ("Central Bank of the Russian Federation", "Central Bank"),
        ("Federal Reserve", "Federal Reserve"),
        ("Reserve Bank of Australia", "Reserve Bank"),
    ],
)
def test_a_central_bank_s_cue_is_the_words_that_make_it_one(parse, linker, name, cue):
    """The report shows the cue behind a type: 'Central Bank', not the name's last word ('Liberia', 'Federation',
    'Reserve' on main)."""
    found = cues(parse, linker, f"The {name} raised interest rates on Tuesday, its governor said.")
    assert found[name] == ("central-bank", cue), found


@pytest.mark.xfail(
    strict=True,
    reason="review46: 'Fridman's stake in the bank' beside Mikhail Fridman is typed a company: 'stake' is a firm's cue "
    "(FIRM_CUES) and a page of sanctions on an oligarch's holdings reads as business news, where a firm may be named "
    "after its founder; an owner's 'stake in' / 'shares in' / 'assets in' is a person's as often (left)",
)
def test_an_oligarch_s_stake_is_the_person_s(typed):
    found = typed(
        "Mikhail Fridman said the sanctions were unfair. Fridman's stake in the bank was frozen by the European "
        "Union on Monday."
    )
    assert found["Fridman"][0] == "person", found
