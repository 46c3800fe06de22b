"""web82 (session 62, issue 12; actors.rules.v168): names web pages give that the rules dropped, read from web80's and
web81's checks' missed rows (m73-web).

- `typing._software_firms` (`software-firm`): a listed piece of software's one-word name the page also gives as a
  firm's ("the Docker company") is the firm where it is a verb's subject ("Docker provides packages");
- `pagelines.role_at`: "<person>, <Role> at <Org>" on a verbless line is evidence the employer is an actor;
- `coordinated.coordinated_given_names` (`coordinated-given-name`): "Ingrid and Guido Haase": Ingrid Haase."""

from __future__ import annotations

DOCS = (
    "Docker provides .deb and .rpm packages from the following Linux distributions.\n\n"
    "Docker does not test or verify installation on derivatives.\n\n"
    "Backports to the Docker products are prioritized by the Docker company. A Docker employee or repository "
    "maintainer will endeavour to ensure sensible bugfixes make it into active releases.\n\n"
    "After setting up Docker, you can learn the basics with the tutorial.\n"
)


def _found(found, surface: str) -> list[tuple[str | None, str]]:
    return [(actor, method) for text, actor, method in found if text == surface]


def test_software_named_as_a_firm_acts_as_the_firm(typed, mentions):
    found = mentions(DOCS)
    # the two subjects; not the object of "setting up" (the firm's noun's modifier is no candidate: a noun's part)
    assert [actor for actor, _ in _found(found, "Docker")] == ["disc.docker"] * 2
    assert typed(DOCS)["Docker"] == ("company", "software-firm")


def test_software_not_named_as_a_firm_stays_software(linked):
    text = (
        "Docker provides a way to run applications in containers.\n\n"
        "After setting up Docker, you can learn the basics with the tutorial.\n"
    )
    assert not any(surface == "Docker" and actor for surface, actor in linked(text))


ROSTER = (
    "Check out these leaders in tech.\n\n"
    "- Laura Tacho, Director of Engineering at CloudBees - Kathy Pham, Computer Scientist and Product Leader at "
    "Mozilla and Harvard - Heidy Khlaaf, Research Consultant at Adelard\n"
)


def test_a_listed_persons_employer_after_at_is_an_actor(linked):
    found = {surface for surface, actor in linked(ROSTER) if actor}
    assert {"CloudBees", "Mozilla", "Harvard"} <= found


def _role_at(parse, text: str, word: str) -> bool:
    from narrative_pipeline.actors.candidates import Candidate, LinkPriority
    from narrative_pipeline.actors.context import ArticleInfo
    from narrative_pipeline.actors.lexicon import default_lexicon
    from narrative_pipeline.actors.pagelines import role_at

    article = parse("Headline\n\n" + text)
    info = ArticleInfo.build(article, default_lexicon())
    tok = next(t for t in info.toks.values() if t.text == word)
    c = Candidate(tok.i, tok.i, tok.start, tok.end, None, "organisation", "ner-discovered", LinkPriority.DISCOVERED)
    c.name = word
    return role_at(c, info)


def test_role_at_needs_a_role_after_a_holders_comma(parse):
    assert _role_at(parse, "- Laura Tacho, Director of Engineering at CloudBees\n", "CloudBees")
    assert _role_at(parse, "- Kathy Pham, Product Leader at Mozilla and Harvard\n", "Harvard")
    # no holder's comma before the role, no role before "at", a lower-case word in the role
    assert not _role_at(parse, "Tickets On Sale at Ticketmaster\n", "Ticketmaster")
    assert not _role_at(parse, "- Laura Tacho, at CloudBees\n", "CloudBees")
    assert not _role_at(parse, "- Laura Tacho, who works at CloudBees\n", "CloudBees")


def test_a_given_name_before_a_coordinated_full_name_takes_its_surname(linked):
    found = linked("Welcome to Ingrid and Guido Haase's web gallery! By our photos we show the beauty of Bavaria.\n")
    assert ("Ingrid", "disc.ingrid_haase") in found
    assert ("Guido Haase", "disc.guido_haase") in found
    found = linked("Mr Smith was a longtime adviser to Bill and Hillary Clinton, the couple said.\n")
    assert ("Bill", "bill_clinton") in found


def test_what_stays_of_coordinated_names(linked):
    # a one-word stage name no given name list holds, and a surname before "and", keep their own readings
    found = linked("The show featured Lulu and Julio Iglesias. Fans also saw Ferguson and Graeme Souness.\n")
    films = linked("Oscar hopefuls include the Ray Charles biopic Ray and Mike Leigh's abortion drama Vera Drake.\n")
    assert not any(surface == "Ray" and actor == "disc.ray_leigh" for surface, actor in films)
    assert not any(actor and actor.endswith("_iglesias") and surface == "Lulu" for surface, actor in found)
    assert not any(surface == "Ferguson" and actor == "disc.ferguson_souness" for surface, actor in found)


def test_names_listed_after_an_acronym_are_organisations(mentions):
    text = (
        "Every transaction is logged. The NSA, Facebook, Equifax, Border Force, Centrelink and countless others are "
        "also kept in the loop.\n"
    )
    found = {surface: (actor, method) for surface, actor, method in mentions(text)}
    assert found["Equifax"] == ("disc.equifax", "ner-discovered")
    assert found["Centrelink"] == ("disc.centrelink", "ner-discovered")


def test_what_a_list_after_an_acronym_does_not_take(linked):
    # languages after an acronym, and a word the page writes in lower case too
    text = "Perl lost out to PHP, Python, and Ruby for web work. The team of the BBC, Editor and Chief writers met.\n"
    found = {surface for surface, actor in linked(text) if actor}
    found |= {s for s, a in linked("Rival ISPs offer 2Mbps, including AOL, Plusnet and UK Online.\n") if a}
    assert "Online" not in found
    assert "Python" not in found and "Editor" not in found  # "Ruby" is a person of spaCy's own, on main too
