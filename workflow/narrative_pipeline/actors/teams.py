"""Sides of a fixture: "the hosts", "the visitors", "the home side" in a match report whose headline
is the fixture ("Hearts 2-1 Livingston", "Scotland v Italy (Sat)", "Preview: Ireland v England"):
by the convention of British sports pages the home side is named first (the descriptor rule
`fixture-side`). Without such a headline the rule abstains: which side played at home is not
something the rules guess.

"His side", "Mike Ruddock's team" (the rule `team-of-person`) is the one team named in the title the
person was introduced with ("Wales coach Mike Ruddock", "Chelsea striker Didier Drogba"): in an article
about sport, or "his side" of a person given a team's title in any other.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..parsed import Sent, Tok
from ..registry import Registry, fold
from ..syntax import lemma, surface_text
from .candidates import Candidate
from .described import Described, Referred
from .discovery import discovered_id
from .resolution import ArticleContext, is_subject

SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")
VERSUS = frozenset({"v", "vs", "v.", "vs."})
OPENINGS = frozenset({"preview", ":"})  # what may come before the home side in the headline


class Side(NamedTuple):
    actor_id: str
    name: str


class Fixture(NamedTuple):
    home: Side
    away: Side


def _split(toks: list[Tok]) -> tuple[int, int] | None:
    """The positions of the score or the "v" between the sides: the first and last token."""
    for k, tok in enumerate(toks):
        if tok.lower in VERSUS or SCORE.match(tok.text):
            return k, k
        if k + 2 < len(toks) and tok.text.isdigit() and toks[k + 1].text == "-" and toks[k + 2].text.isdigit():
            return k, k + 2
    return None


def fixture_of(sent: Sent, names: list[Candidate]) -> Fixture | None:
    """The sides of a headline that is a fixture and nothing else: one named side (no person) on
    each side of the score, an optional "Preview:" before, an optional "(Sat)" after."""
    toks = sent.tokens
    split = _split(toks)
    if split is None or not names:
        return None
    first = toks[0].i
    home = [c for c in names if c.end_i < first + split[0]]
    away = [c for c in names if c.start_i > first + split[1]]
    if len(home) != 1 or len(away) != 1 or len(home) + len(away) != len(names):
        return None
    h, a = home[0], away[0]
    if h.actor_type == "person" or a.actor_type == "person":
        return None
    if h.end_i + 1 != first + split[0] or a.start_i != first + split[1] + 1:
        return None  # "Wales hope to beat Italy 20-13"
    if any(t.lower not in OPENINGS for t in toks[: h.start_i - first]):
        return None
    rest = [t.text for t in toks[a.end_i - first + 1 :]]
    if rest and not (len(rest) == 3 and rest[0] == "(" and rest[2] == ")"):
        return None
    return Fixture(_side(h), _side(a))


def _side(c: Candidate) -> Side:
    name = c.name or c.matched or ""
    return Side(c.actor_id or discovered_id(name), name)


def fixture_side(d: Described) -> Referred | None:
    """'the hosts', 'the visitors' of the fixture the headline names (the rule `fixture-side`)."""
    found = _fixture_side(d)
    if found is None:
        return None
    side, span = found
    actor_type = d.ctx.named_as.get(side.actor_id, ("organisation", side.name))[0]
    return Referred(side.actor_id, actor_type, span, span, surface_text(span).lower(), side.name)


def _fixture_side(d: Described) -> tuple[Side, list[Tok]] | None:
    """'the hosts', 'the visitors', 'the home side': a side of the headline's fixture, and the span."""
    fixture = d.ctx.fixture
    if fixture is None or not d.definite or d.owner is not None or not d.lower_case:
        return None
    span = [*d.mods, d.tok]
    said = [t for t in span if not _describing_adjective(t, d)]  # "the wilting visitors", "the white-shirted visitors"
    phrase = " ".join(t.lower for t in said)
    for side, phrases in d.lex.fixture_sides.items():
        if phrase in phrases:
            return (fixture.home if side == "home" else fixture.away), span
    return None


# adjectives that count people, not describe a side: "the many visitors to Edinburgh" are supporters (review17b)
COUNTING_ADJECTIVES = frozenset({"many", "few", "several", "numerous", "various", "countless"})


def _describing_adjective(t: Tok, d: Described) -> bool:
    """A lower-case adjective before the noun that describes the side, not when it plays ("the wilting
    visitors"; not "the next hosts", `time_adjectives`; not "the many visitors", `COUNTING_ADJECTIVES`)."""
    return (
        t.lower not in COUNTING_ADJECTIVES
        and t.i < d.tok.i
        and t.dep == "amod"
        and t.pos in {"ADJ", "VERB"}
        and t.text[:1].islower()
        and t.lower not in d.lex.time_adjectives
    )


def team_of_person(d: Described) -> Referred | None:
    """'his side', 'Mike Ruddock's team': the team of the person's title (the rule `team-of-person`)."""
    found = _team_of_person(d)
    if found is None:
        return None
    team, cue = found
    actor_type, name = d.ctx.named_as[team]
    return Referred(team, actor_type, [d.tok], cue, d.tok.lower, name)


def _side_of_a_titled_person(d: Described, nouns: set[str]) -> bool:
    """Outside an article about sport (the detector misses short ones): "his side" of a person given a team's
    title ("Chelsea boss Jose Mourinho admitted his side were lucky"), not "his team" (a legal team: "Worldcom
    boss Bernie Ebbers ... Mr Ebbers' team"), nor a side one is on or by ("had luck on his side")."""
    if d.tok.lower != "side" or not nouns & d.lex.team_nouns:
        return False
    return not (d.tok.dep == "pobj" and d.tok.head is not None and d.tok.head.lower in {"on", "by", "at"})


def _team_of_person(d: Described) -> tuple[str, list[Tok]] | None:
    """'his side', 'Mike Ruddock's team' in an article about sport: the one team named in the title the
    person was introduced with ("Wales coach Mike Ruddock", "Chelsea striker Didier Drogba"); "his" is
    the person named last as a subject in this sentence or the one before. Returns the team's id and
    the cue (the possessive and the noun)."""
    tok, ctx = d.tok, d.ctx
    if tok.lower not in d.lex.team_descriptors or d.mods or d.owner is not None:
        return None
    owners = [c for c in tok.children if c.dep == "poss"]
    if len(owners) != 1:
        return None
    owner = owners[0]
    if owner.lower in {"his", "her"}:
        subjects = [a for s, end_i, a in ctx.subjects_in_order if end_i < tok.i and s >= tok.sent - 1]
        person = subjects[-1] if subjects else None
    else:
        named = d.linked.get(owner.i)
        person = named.actor_id if named is not None and named.actor_type == "person" else None
    intro = ctx.intros.get(person) if person else None
    if intro is None or not ctx.sport and not _side_of_a_titled_person(d, intro.nouns):
        return None
    named_at = {end_i: a for _, end_i, a in ctx.names_in_order}
    teams = {
        named_at[t.i] for t in intro.words.values()
        if t.i in named_at and t.i < tok.i and ctx.named_as[named_at[t.i]][0] != "person"
    }  # fmt: skip
    if not teams and ctx.sport and person is not None and intro.words.keys() & d.lex.side_leader_nouns:
        teams = _team_before_leader(ctx, person, d.lex.sport_verbs)
    if len(teams) != 1:
        return None
    return teams.pop(), [owner, tok]


def _team_before_leader(ctx: ArticleContext, person: str, sport_verbs: frozenset[str]) -> set[str]:
    """The team a person introduced as a side's leader with no team in the title leads ("France have been
    criticised ... Captain Fabien Pelous", "Italy have lost ... Their coach John Kirwan"): the teams named as
    subjects of the sentence before the one that first names the person, a national side or a team named in a
    person's title ("Chelsea striker"); a subject that is anything else (a person, a body: "The FA has charged
    him") leaves none, and so does a sentence that has the subject play another side it names ("Wales beat
    England ... Captain Jason Robinson": either side's captain)."""
    first = next(s for s, _, a in ctx.names_in_order if a == person)
    toks = {t.i: t for t in ctx.sole_state_input[0]}
    named_at = {end_i: a for _, end_i, a in ctx.names_in_order}
    titled = {named_at[t.i] for intro in ctx.intros.values() for t in intro.words.values() if t.i in named_at}
    subjects = {a for s, end_i, a in ctx.names_in_order if s == first - 1 and end_i in toks and is_subject(toks[end_i])}
    if not all(a.endswith(NATIONAL_TEAM) or a in titled for a in subjects):
        return set()
    for s, end_i, a in ctx.names_in_order:
        verb = toks[end_i].head if s == first - 1 and a in subjects and end_i in toks else None
        if verb is None or lemma(verb) not in sport_verbs:
            continue
        if any(o.dep == "dobj" and named_at.get(o.i, a) != a for o in verb.children):
            return set()  # the sentence names the match, not the leader's side
    return subjects


NATIONAL_TEAM = "_national_team"  # the id's ending of a country's side (filters' national-team rule)


def national_side(d: Described) -> Referred | None:
    """'the national team', 'the national side', "England's national team" in an article about sport: the
    national team the article has named most so far, one named more often than any other (or the one
    whose country owns the phrase) (the rule `national-side`)."""
    tok, ctx = d.tok, d.ctx
    if not ctx.sport or tok.lower not in d.lex.team_descriptors or d.owner is not None or tok.tag == "NNS":
        return None
    if [m.lower for m in d.mods] != ["national"]:
        return None
    owners = [c for c in tok.children if c.dep == "poss"]
    counts: dict[str, int] = {}
    for _, end_i, actor_id in ctx.names_in_order:
        if end_i < tok.i and actor_id.endswith(NATIONAL_TEAM):
            counts[actor_id] = counts.get(actor_id, 0) + 1
    if owners:
        named = d.linked.get(owners[0].i)
        team = named.actor_id if named is not None and named.actor_id in counts else None
    elif not d.definite or not counts:
        return None
    else:
        ranked = sorted(counts.values(), reverse=True)
        team = max(counts, key=lambda a: counts[a]) if len(ranked) == 1 or ranked[0] > ranked[1] else None
    if team is None:
        return None
    actor_type, name = ctx.named_as[team]
    span = [*d.mods, tok]
    return Referred(team, actor_type, span, span, "national " + tok.lower, name)


PLURAL_ENDINGS = ("sh", "ch", "ss", "ese")  # "the French", "the Irish", "the Swiss", "the Japanese": plural as they are
TEAM_PEOPLE_ARCS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "dative", "appos"})


def national_side_people(d: Described) -> Referred | None:
    """'the Italians', 'the French', "the Scots' defeat" in an article about sport: the national team of the state
    the plural nationality word names (a registry demonym: "Italian", "Scots", "Irish"), when the article has named
    that team before the word ("Italy coach John Kirwan ... the Italians") and no other of that state's words (desc24,
    issue 12: a plural group noun after a named group). Not a nationality said as a modifier or with words of its own
    ("the French Open", "the Irish players", "the young Scots"), nor a singular one ("the Spaniard" is a player:
    `sport-person`); a word that is plural as it is ("French", "Irish", "Swiss") only as a verb's subject or object, or
    after a preposition."""
    tok = d.tok
    if not d.ctx.sport or not d.definite or d.mods or d.owner is not None or not tok.text[:1].isupper():
        return None
    if tok.dep not in TEAM_PEOPLE_ARCS or any(c.dep in {"compound", "amod", "nummod"} for c in tok.children):
        return None
    plural = tok.tag in {"NNS", "NNPS"} and tok.lower.endswith("s")
    if not plural and not tok.lower.endswith(PLURAL_ENDINGS):
        return None
    teams = {
        discovered_id(f"{d.registry.entry(state).name} national team") for state in states_of_people(tok, d.registry)
    }
    named = [a for _, end_i, a in d.ctx.names_in_order if end_i < tok.i and a in teams]
    if len(set(named)) != 1:
        return None
    team = named[0]
    actor_type, name = d.ctx.named_as[team]
    return Referred(team, actor_type, [tok], [tok], tok.lower, name)


def states_of_people(tok: Tok, registry: Registry) -> set[str]:
    """The states a capitalised nationality word names by a registry demonym, as it is or without a plural "s"
    ("Italians": "Italian"); none for a word that is a state's name ("the Netherlands")."""
    forms = [tok.text] + ([tok.text[:-1]] if tok.text.endswith("s") else [])
    out: set[str] = set()
    for form in forms:
        for s in registry.surfaces.get(fold(form), []):
            entry = registry.entry(s.actor_id)
            if entry.type == "state" and form in entry.demonyms:
                out.add(s.actor_id)
    return out
