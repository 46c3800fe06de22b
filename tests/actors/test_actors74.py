"""actors74 (issue 12, review56 2 and 3): `era-office`'s era is declared, and a named person who held another office
lets the era's holder through only when the article's years put them in that other office.

review56 3: the offices `era-office` may link in an undated article, and their holder then, are one validated entry of
the registry (`era` in config/actors_offices.yaml, `registry.Era`), no longer read from which persons' `descriptors`
give the office. The registry hash covers it as it covers every registry file. Tests: the loaded table is the file's;
the rule reads it (an office taken out of it is no longer linked, one put in is); a descriptor given to another
person changes nothing; a malformed era fails at load; the hash moves with it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from narrative_pipeline.actors import Linker, link_article
from narrative_pipeline.registry import RegistryError, load_registry, registry_hash

ROOT = Path(__file__).resolve().parents[2]
OFFICES = ROOT / "config/actors_offices.yaml"

UK = (
    "Michael Howard said the Conservatives would cut taxes in 2005, speaking in London. He called on {office} to "
    "enter into constructive discussions with his party."
)
US = "Democrats in Washington said in 2004 that the president had misled Congress over the war in Iraq."


def _config(tmp_path: Path, edit_actors=None, edit_era=None) -> Path:
    """A copy of the shipped registry files with `edit_actors` applied to the main file's text and `edit_era` to the
    era's data; the path of the copy's main file."""
    for name in ("actors.yaml", "actors_states.yaml", "actors_offices.yaml"):
        shutil.copy(ROOT / "config" / name, tmp_path / name)
    if edit_actors is not None:
        main = tmp_path / "actors.yaml"
        main.write_text(edit_actors(main.read_text(encoding="utf-8")), encoding="utf-8")
    if edit_era is not None:
        offices = tmp_path / "actors_offices.yaml"
        data = yaml.safe_load(offices.read_text(encoding="utf-8"))
        data["era"] = edit_era(data["era"])
        offices.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return tmp_path / "actors.yaml"


def _described(parse, path: Path, text: str) -> dict[str, tuple[str | None, str | None]]:
    linker = Linker.build(load_registry(path), 90.0)
    article = parse(f"Headline\n\n{text}")
    chosen = link_article(article, linker, None)
    return {article.text[c.start : c.end]: (c.actor_id, c.type_rule) for c in chosen if c.method == "descriptor"}


def _era_links(linked: dict) -> set[tuple[str | None, str | None]]:
    return {v for v in linked.values() if v[1] == "era-office"}


def test_the_loaded_era_is_the_declared_entry(registry):
    declared = yaml.safe_load(OFFICES.read_text(encoding="utf-8"))["era"]["holders"]
    assert registry.era_holders == {h["office"]: h["holder"] for h in declared}
    assert registry.era_holders["gbr_prime_minister"] == "tony_blair"
    assert "gbr_home_secretary" not in registry.era_holders  # Blunkett and Clarke both held it in 2004-05


def test_the_rule_reads_the_declared_table(parse, tmp_path):
    """An office taken out of the era is not linked; one put in (the home secretary of 2005, Charles Clarke) is."""

    def edit(era):
        kept = [h for h in era["holders"] if h["office"] != "gbr_prime_minister"]
        return {**era, "holders": [*kept, {"office": "gbr_home_secretary", "holder": "charles_clarke"}]}

    path = _config(tmp_path, edit_era=edit)
    assert not _era_links(_described(parse, path, UK.format(office="the prime minister")))
    assert _described(parse, path, UK.format(office="the home secretary")).get("home secretary") == (
        "charles_clarke",
        "era-office",
    )


def test_no_era_declared_links_nothing(parse, tmp_path):
    path = _config(tmp_path, edit_era=lambda era: None)
    assert load_registry(path).era_holders == {}
    assert not _era_links(_described(parse, path, UK.format(office="the prime minister")))


def test_an_office_descriptor_given_to_another_person_changes_nothing(parse, tmp_path, described):
    """review56 3: "prime minister" as a descriptor of a second prime minister (John Major) once turned the rule off;
    "president" as one of Bush's turned it on for every undated US page. The era decides, not the descriptors."""

    def edit(text):
        text = text.replace(
            "{id: john_major, name: John Major, type: person,",
            "{id: john_major, name: John Major, type: person, descriptors: [prime minister],",
        )
        return text.replace(
            "descriptors: [US president], country_iso3: USA, wikidata_id: Q207",
            ("descriptors: [US president, president], country_iso3: USA, wikidata_id: Q207"),
        )

    path = _config(tmp_path, edit_actors=edit)
    registry = load_registry(path)
    assert "prime minister" in registry.entry("john_major").descriptors
    assert "president" in registry.entry("george_w_bush").descriptors
    text = UK.format(office="the prime minister")
    assert (
        _described(parse, path, text)["prime minister"]
        == ("tony_blair", "era-office")
        == described(text)["prime minister"]
    )
    assert not _era_links(_described(parse, path, US))
    assert not _era_links(described(US))


@pytest.mark.parametrize(
    ("era", "message"),
    [
        ({"name": "x", "holders": [{"office": "gbr_prime_minister", "holder": "john_major"}]}, None),
        ({"name": "x", "holders": [{"office": "gbr_prime_ministre", "holder": "tony_blair"}]}, "no registry office"),
        ({"name": "x", "holders": [{"office": "gbr_prime_minister", "holder": "jack_straw"}]}, "in none of its terms"),
        (
            {"name": "x", "holders": [{"office": "gbr_prime_minister", "holder": "tony_blair"}] * 2},
            "given twice",
        ),
        ({"name": "x", "holders": [{"office": "gbr_prime_minister", "person": "tony_blair"}]}, "holder"),
    ],
)
def test_the_era_is_validated_at_load(tmp_path, era, message):
    path = _config(tmp_path, edit_era=lambda _: era)
    if message is None:
        assert load_registry(path).era_holders == {"gbr_prime_minister": "john_major"}
        return
    with pytest.raises(RegistryError, match=message):
        load_registry(path)


def test_an_era_in_two_files_fails(tmp_path):
    path = _config(
        tmp_path, edit_actors=lambda text: text.replace("actors:\n", "era: {name: x, holders: []}\nactors:\n", 1)
    )
    with pytest.raises(RegistryError, match="an era is given already"):
        load_registry(path)


def test_the_registry_hash_records_the_era(tmp_path):
    path = _config(tmp_path)
    before = registry_hash(path)
    assert before == registry_hash(ROOT / "config/actors.yaml")
    _config(tmp_path, edit_era=lambda era: {**era, "holders": era["holders"][1:]})
    assert registry_hash(path) != before


# review56 2: a named person the registry gives another office (its `offices` terms) is let through only when the
# article's years put them in that other office; otherwise the article may be of their time in this one.


@pytest.mark.parametrize(
    "text",
    [
        # review56's sentences as written: no year, so no era (the lead's mend of session 50 stops them)
        "Gordon Brown spoke in London on Monday. Downing Street said the prime minister would not call an early "
        "election.",
        "Mr Brown met union leaders in London. The prime minister said Britain would act.",
        "Alistair Darling set out his budget in London. The chancellor said borrowing would rise.",
        "Margaret Beckett flew to Washington from London. The foreign secretary said Britain would act.",
    ],
)
def test_review56s_sentences_name_no_year_and_get_no_era_holder(described, text):
    assert not _era_links(described(text))


@pytest.mark.parametrize(
    "text",
    [
        # Brown was prime minister in 2008, chancellor until June 2007: the year does not put him in the other office
        "Gordon Brown spoke in London on Monday, 12 May 2008. Downing Street said the prime minister would not call "
        "an early election.",
        "Mr Brown met union leaders in London in 2008. Gordon Brown said they had his support. The prime minister said "
        "Britain would act.",
        # Darling and Beckett hold no other office of the registry's lists: no year can put them in one
        "Alistair Darling set out his budget in London in 2008. The chancellor said borrowing would rise.",
        "Alistair Darling spoke in London in 2005. The chancellor said borrowing would rise.",
        "Margaret Beckett flew to Washington from London in 2006. The foreign secretary said Britain would act.",
        # David Cameron held another office (foreign secretary) only in 2023-24
        "David Cameron spoke in London in 2005. The prime minister said Britain would act.",
    ],
)
def test_a_named_holder_the_years_do_not_put_in_another_office_blocks(described, text):
    assert not _era_links(described(text))


@pytest.mark.parametrize(
    ("text", "office", "holder"),
    [
        (
            "Gordon Brown set out his budget for 2005 in London. Michael Howard compared the forecasts to the prime "
            "minister's.",
            "prime minister",
            "tony_blair",
        ),
        (
            "Gordon Brown spoke in London on Monday, 12 May 2005. Michael Howard said the prime minister would not "
            "call an early election.",
            "prime minister",
            "tony_blair",
        ),
        (
            "Gordon Brown presented his pre-budget report in 2003 and 2004, speaking in London. Michael Howard called "
            "on the prime minister to enter into constructive discussions.",
            "prime minister",
            "tony_blair",
        ),
    ],
)
def test_a_named_holder_the_years_put_in_another_office_lets_the_era_holder_through(described, text, office, holder):
    assert described(text).get(office) == (holder, "era-office")


@pytest.mark.xfail(
    strict=True,
    reason="a 2004-05 story that names Brown and only a target year past his time as chancellor ('spend by 2008') "
    "loses its link: the years put him in no other office (one BBC row, the price of review56 2)",
)
def test_a_target_year_past_the_named_holders_other_office(described):
    text = (
        "Gordon Brown told supporters in Gateshead that Labour would spend by 2008 £60bn more. The prime minister is "
        "to take part later on Saturday in a question and answer session."
    )
    assert described(text).get("prime minister") == ("tony_blair", "era-office")
