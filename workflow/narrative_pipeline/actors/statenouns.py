"""The state an article is about, and the common nouns that refer to it: "the government", "the
authorities" (`state-descriptor`), "the country", "the nation" (`country-descriptor`).

The state is the one the article has named most so far (a state's name, or a registry actor of that
country: "Mr Blair", "Labour" count for the UK). "The country" is rather the state said last, when that
is another state said in its sentence or the one before, and said there after anything of the state
named most ("Mr Blair visited Sudan ... the country faces a famine" is Sudan; "jobs have gone to India.
Mr Blair says the country's debt ..." is the UK); a state said only as where something is ("troops in
Iraq") is not said for this. Before the article names any, "the government" is
the state the whole article speaks for, when one clearly leads ("The government has raised the
minimum wage" opening a story whose later paragraphs quote Mr Blair and the Tories); in an article
that names no state but the outlet's own (the lexicon's `home_state`: its actors are mentioned, no
other state's actor, name or demonym anywhere, even as a place), "the government" is the outlet's state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..parsed import Tok
from ..registry import Registry, fold
from ..syntax import lemma, surface_text
from .candidates import Candidate
from .described import Described, Referred, pronoun_person
from .lexicon import ActorsLexicon
from .usplaces import states_named

SPEAKING_TYPES = frozenset({"state", "government", "person", "party", "armed_group"})  # their state is said
LEAD = 2  # the article's state is named at least this many times, and this many times as often as any other


def parent_states(actor_id: str, registry: Registry) -> list[str]:
    """The sovereign states a nation is part of (Scotland: the United Kingdom); none for a state."""
    entry = registry.entries.get(actor_id)
    if entry is None:
        return []
    return [
        r.target
        for r in entry.relations
        if r.type == "part_of"
        and registry.entries.get(r.target) is not None
        and registry.entry(r.target).type == "state"
    ]


def part_of_a_state(actor_id: str, registry: Registry) -> bool:
    """A nation inside a state (Scotland in the United Kingdom): not "the government"."""
    return bool(parent_states(actor_id, registry))


def _sovereign(actor_id: str, registry: Registry) -> str:
    """The sovereign state a state's vote counts for: Scotland's is the United Kingdom's."""
    return next(iter(parent_states(actor_id, registry)), actor_id)


def sovereign_counts(votes: Iterable[str], registry: Registry) -> Counter[str]:
    """How often the votes name each sovereign state, a nation's vote counted for its state (Scotland's for the UK)."""
    return Counter(_sovereign(v, registry) for v in votes)


def leading_state(votes: Iterable[str], registry: Registry) -> str | None:
    """The sovereign state the votes clearly name most (at least `LEAD` votes, `LEAD` times the next)."""
    counts = Counter(v for v in votes if not part_of_a_state(v, registry))
    ranked = sorted(((n, a) for a, n in counts.items()), reverse=True)
    if not ranked or ranked[0][0] < LEAD or len(ranked) > 1 and ranked[0][0] < LEAD * ranked[1][0]:
        return None
    return ranked[0][1]


def home_state(toks: Iterable[Tok], registry: Registry, codes: Iterable[str], votes: Iterable[str]) -> str | None:
    """The outlet's own state (`home_state` of the lexicon) when the article speaks for it and for no
    other: a registry actor of that state or its name among the article's mentions (`votes`: "Mr
    Blair", "Labour", "the Treasury" for the UK), none of another state ("the White House", "a Kremlin
    spokesman"), and no other state's name or demonym anywhere, even as a place. A story with no actor
    of the outlet's state ("Unions in Lagos ... the government agreed") gets none."""
    homes = [registry.state_of[c.upper()] for c in sorted(codes) if c.upper() in registry.state_of]
    if len(homes) != 1:
        return None
    sovereign = {_sovereign(v, registry) for v in votes}
    if sovereign != {homes[0]}:
        return None
    return None if any(_other_states(_gpe_spans(toks), registry, homes[0])) else homes[0]


def sole_state(toks: Iterable[Tok], registry: Registry, votes: Iterable[str]) -> str | None:
    """The one sovereign state the article speaks of: every state actor or registry actor of a state among
    its mentions (`votes`) is of that state, and no other state's name or demonym is anywhere, even as a
    place ("In the Maldives ..., a government spokesman" in a story about Thailand has two)."""
    sovereign = {_sovereign(v, registry) for v in votes}
    if len(sovereign) != 1:
        return None
    state = next(iter(sovereign))
    return None if any(_other_states(_gpe_spans(toks), registry, state)) else state


def article_sole_state(d: Described) -> str | None:
    """`sole_state` of the article, worked out once, when a rule first asks (most articles never do)."""
    if not d.ctx.sole_state:
        toks, votes = d.ctx.sole_state_input
        d.ctx.sole_state.append(sole_state(toks, d.registry, votes))
    return d.ctx.sole_state[0]


def _gpe_spans(toks: Iterable[Tok]) -> list[list[Tok]]:
    """The spans spaCy marks as places or nationalities (GPE, NORP), each with the capitalised word
    right before it when there is one (spaCy may leave "Northern" out of "Northern Ireland")."""
    spans: list[list[Tok]] = []
    prev: Tok | None = None
    for t in toks:
        if t.ent_type in {"GPE", "NORP"}:
            if t.ent_iob == "B" or not spans or spans[-1][-1].i != t.i - 1:
                opener = prev is not None and prev.i == t.i - 1 and prev.sent == t.sent and prev.text.istitle()
                spans.append([prev] if opener and prev is not None else [])
            spans[-1].append(t)
        prev = t
    return spans


def _other_states(spans: list[list[Tok]], registry: Registry, actor_id: str) -> Iterable[str]:
    """The sovereign states other than `actor_id` the spans name (with the word before a span, when
    the two make a name, "Northern Ireland", else without it)."""
    for span in spans:
        yield from (s for s in _states_of(span, registry) if s != actor_id and not part_of_a_state(s, registry))


def _state_so_far(d: Described, before_any: bool, tie: bool = True) -> str | None:
    """The state the article has named most so far (of two named as often, the one said last, unless
    the other is said in that same sentence: "France and Germany signed ..." is neither; or none without
    `tie`); with `before_any`, before it names one, the state of the whole article."""
    last = {a: i for _, i, a, _ in d.ctx.states_said}
    sentence = {a: s for s, _, a, _ in d.ctx.states_said}
    sovereign = [(n, last.get(a, -1), a) for a, n in d.ctx.state_counts.items() if not part_of_a_state(a, d.registry)]
    if sovereign:
        top = max(sovereign)
        tied = [a for n, _, a in sovereign if n == top[0] and a != top[2]]
        if tied and (not tie or any(sentence.get(a, -1) == sentence.get(top[2]) for a in tied)):
            return None
        return top[2]
    return d.ctx.article_state if before_any else None


def state_descriptor(d: Described) -> Referred | None:
    """'the government', 'the authorities': the state the article has named most so far (none when two are
    named as often and said last together: "France and Germany signed the treaty. The government said ...");
    so are 'this government', 'the Government' (the house style of some stories) and a bare 'government'
    owning a noun ('government plans', `state_noun_form`); 'the government in Paris' is the state its place
    names (`_placed_state`)."""
    tok = d.tok
    if tok.lower not in d.lex.state_descriptors or d.mods or d.owner is not None or not state_noun_form(d):
        return None
    placed = _placed_state(d)
    if placed is not None:
        return Referred(placed[0], "state", [tok], [tok, *placed[1]], tok.lower)
    actor_id = _house_style_state(d)
    if actor_id is not None:
        return Referred(actor_id, "state", [tok], [tok], tok.lower)
    actor_id = _state_so_far(d, before_any=True)
    if actor_id is None and tok.lower in d.lex.home_state_descriptors:
        actor_id = d.ctx.home_state
    if actor_id is None:
        actor_id = _only_state_said(d)  # "Brazil's unemployment rate fell ..., according to the government"
    if actor_id is not None and tok.lower in d.lex.foreign_state_descriptors and _outlets_state(actor_id, d):
        return None  # "Mr Howard said the authorities were not providing local accountability": the police's
    return Referred(actor_id, "state", [tok], [tok], tok.lower) if actor_id else None


NAME_WORDS = 3  # the most words of a state's name before "Government" ("United Arab Emirates Government")


def _house_style_state(d: Described) -> str | None:
    """'the Government' with a capital (the house style of British papers and their Caribbean and Commonwealth peers)
    is the government the same page writes with its state's name in that style: "the UK Government considers" ...
    "removed from the Government's list" is the UK's, whichever state the page names most (actors44, issue 12: a page
    on Turkey and Poland added to a quarantine list). Only when the page writes one sovereign state so ("the US
    Government has informed the UK Government" names two: either may be meant) and not a nation of one ("the
    Scottish Government" is Scotland's own)."""
    tok = d.tok
    if tok.lower not in d.lex.home_state_descriptors or not tok.text[:1].isupper() or tok.text.isupper():
        return None
    states = styled_governments(d.ctx.sole_state_input[0], tok.text, d.registry)
    return next(iter(states)) if len(states) == 1 else None


def styled_governments(toks: Iterable[Tok], noun: str, registry: Registry) -> set[str]:
    """The sovereign states a page names right before the capitalised noun, in its sentence ("the UK Government",
    "the British Government": a name or demonym of up to `NAME_WORDS` words); a nation of a state is no sovereign
    state ("the Scottish Government")."""
    toks = list(toks)
    found: set[str] = set()
    for k, t in enumerate(toks):
        if t.text != noun:
            continue
        for n in range(NAME_WORDS, 0, -1):
            words = toks[max(0, k - n) : k]
            if len(words) < n or any(w.sent != t.sent for w in words):
                continue
            ids = {s.actor_id for s in registry.surfaces.get(fold(surface_text(words)), [])}
            states = {a for a in ids if registry.entry(a).type == "state"}
            if states:
                found |= {a for a in states if not part_of_a_state(a, registry)}
                break
    return found


def _only_state_said(d: Described) -> str | None:
    """The state an article says by its name only as an owner or a modifier, never as an actor ("Brazil's unemployment
    rate fell ... according to the government", "India's largest power producer ... the government's sell-off"):
    when no state and no actor of a state has been named so far (nothing `_state_so_far` counts) and the article
    names no other state anywhere, even as a place, "the government" is the one sovereign state said by its name
    before the noun (desc29, issue 12: the government the article is about)."""
    if d.ctx.state_counts or d.ctx.article_state is not None:
        return None
    said = {a for _, i, a, _ in d.ctx.states_said if i < d.tok.i}
    if len(said) != 1:
        return None
    state = next(iter(said))
    others = _other_states(_gpe_spans(d.ctx.sole_state_input[0]), d.registry, state)
    if part_of_a_state(state, d.registry) or any(others):
        return None  # "Brazil's exports to Argentina ... the government": either
    return state


BARE_STATE_ARCS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "dative"})  # "Government needs to ..."


def bare_state_noun(d: Described) -> Referred | None:
    """'a fact that Government needs to address', 'a chance for Government to show', 'anyone in Government': a home
    state noun (`home_state_descriptors`) written with a capital and no determiner, as a clause's subject or object
    or after a preposition, is the government of the state, as 'the Government' is in the house style of British and
    Irish papers (desc24, issue 12): the state `state-descriptor` gives 'the Government' (named most so far, else the
    article's, else the outlet's). Not inside a name (a word of its own, a capitalised word beside it or an "of"
    after it: "Local Government Association", "Government House", "Government of Ireland"), nor as a modifier
    ("Government figures", left to `state-descriptor`)."""
    tok = d.tok
    if tok.lower not in d.lex.home_state_descriptors or not tok.text[:1].isupper() or tok.text.isupper():
        return None
    if d.mods or d.owner is not None or tok.dep not in BARE_STATE_ARCS or tok.tag not in {"NN", "NNP"}:
        return None
    if any(c.dep in {"det", "poss", "compound", "amod", "nmod", "nummod"} for c in tok.children):
        return None
    k = tok.i - d.sent.tokens[0].i
    before = d.sent.tokens[k - 1] if k > 0 else None
    after = d.sent.tokens[k + 1] if k + 1 < len(d.sent.tokens) else None
    if before is not None and (before.text[:1].isupper() and before.text.isalpha() or before.lower == "the"):
        return None  # "Irish Government", "The Government" (`state-descriptor`)
    if after is not None and after.text[:1].isupper() and after.text.isalpha():
        return None  # "Government House"
    if _in_a_capitalised_title(tok, d.sent.tokens):
        return None  # "a Professor of Government", "the Chair in Government" (review24)
    actor_id = _state_so_far(d, before_any=True) or d.ctx.home_state
    return Referred(actor_id, "state", [tok], [tok], tok.lower) if actor_id else None


def _in_a_capitalised_title(tok: Tok, sent: list[Tok]) -> bool:
    """Whether the noun is the object of "of" / "in" right after a capitalised noun that is not the sentence's first
    word: the words of a title, a post or a body's name ("a Professor of Government", "the Head of Government", "the
    Frank Erwin Centennial Chair in Government"), not the state acting."""
    prep = tok.head
    if tok.dep != "pobj" or prep is None or prep is tok or prep.lower not in {"of", "in"}:
        return False
    k = prep.i - sent[0].i
    if k < 2 or k >= len(sent) or sent[k] is not prep:
        return False
    noun = sent[k - 1]
    return noun.pos in {"NOUN", "PROPN"} and noun.text[:1].isupper()


def _placed_state(d: Described) -> tuple[str, list[Tok]] | None:
    """'the government in Paris': the one sovereign state the place of an in-phrase after the noun names (a
    capital is its state's name in the registry), with the phrase's words."""
    for prep in (c for c in d.tok.children if c.dep == "prep" and c.lower == "in" and c.i > d.tok.i):
        pobj = next((c for c in prep.children if c.dep == "pobj"), None)
        words = sorted((t for t in pobj.subtree() if t.pos == "PROPN"), key=lambda t: t.i) if pobj else []
        states = [a for a in _states_of(words, d.registry) if not part_of_a_state(a, d.registry)] if words else []
        if len(states) == 1:
            return states[0], [prep, *words]
    return None


def state_noun_form(d: Described) -> bool:
    """'the government', 'this government' (`state_demonstratives`), 'the Government' (capitalised, for the
    home state's nouns only: "the Authorities" is rarer and may be a body's name), or a bare 'government'
    that modifies a noun it owns or does ("controversial government plans", "Government figures show",
    `state_modified_nouns`; not "government bonds"), in an article that speaks of one state (`sole_state`)."""
    tok = d.tok
    dets = [c for c in tok.children if c.dep == "det"]
    home_noun = tok.lower in d.lex.home_state_descriptors
    k = tok.i - d.sent.tokens[0].i
    prev = d.sent.tokens[k - 1] if k > 0 else None
    the_before = prev is not None and prev.lower == "the" and prev.dep == "det"  # spaCy may hang it on a conjunct
    if prev is not None and prev.lower in d.lex.other_government_words:
        return False  # "the local government pension scheme": not the state's
    if d.definite or the_before or len(dets) == 1 and dets[0].lower in d.lex.state_demonstratives:
        return d.noun and d.lower_case or home_noun and tok.text[:1].isupper() and tok.pos in {"NOUN", "PROPN"}
    if dets or not home_noun or not d.noun or tok.dep != "compound" or tok.head is None or tok.head is tok:
        return False
    if article_sole_state(d) is None:
        return False  # a bare "government" only where the article speaks of one state
    return tok.head.pos == "NOUN" and lemma(tok.head) in d.lex.state_modified_nouns


def state_of_person(d: Described) -> Referred | None:
    """'Mr Blair's government', 'his government': the state of the registry person who owns it (for "his",
    the person `pronoun_person` finds)."""
    tok = d.tok
    if tok.lower not in d.lex.home_state_descriptors or d.mods or d.owner is not None:
        return None
    owners = [c for c in tok.children if c.dep == "poss"]
    if len(owners) != 1:
        return None
    if owners[0].lower in {"his", "her"}:
        person = pronoun_person(d)
    else:
        named = d.linked.get(owners[0].i)
        person = named.actor_id if named is not None and named.actor_type == "person" else None
    entry = d.registry.entries.get(person or "")
    state = d.registry.state_of.get(entry.country_iso3 or "") if entry is not None else None
    if entry is None or entry.type != "person" or state is None:
        return None
    return Referred(state, "state", [tok], [owners[0], tok], tok.lower)


def _outlets_state(actor_id: str, d: Described) -> bool:
    """Whether the state is the outlet's own (the lexicon's `home_state`)."""
    return any(d.registry.state_of.get(code.upper()) == actor_id for code in d.lex.home_state)


NATIONAL_STATE = "state"
STATE_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _national_state_page(d: Described) -> bool:
    """Whether "the state" may stand for a country here, as "the country" does ("the state is pursuing Yukos",
    "sued the state"; actors57): the article is about one state that is not made of states (`federal_states`: the
    USA, India, Nigeria, Australia, ..., where "the state" is as often Kerala or Borno as the country; review47), and
    the page names no US state (whose "the state" is `place-descriptor`'s)."""
    federal = {d.registry.state_of.get(code.upper()) for code in d.lex.federal_states}
    if d.ctx.article_state is None or d.ctx.article_state in federal:
        return False
    toks = d.ctx.sole_state_input[0]
    end = toks[-1].i + 1 if toks else 0
    return not states_named(toks, end, d.lex.us_states)[0]


def country_descriptor(d: Described) -> Referred | None:
    """'the country's deficit', 'the nation is divided': the state the article has named most so far,
    where the noun acts or owns (not 'across the country', a place); 'the state' too, acting, on a page about a
    country other than the USA (`_national_state_page`; actors57)."""
    tok = d.tok
    national = tok.lower == NATIONAL_STATE and _national_state_page(d)
    if not (d.definite and d.noun and d.lower_case and (tok.lower in d.lex.country_descriptors or national)):
        return None
    if d.mods or d.owner is not None or tok.dep not in d.lex.country_dependencies:
        return None
    if national and tok.dep not in STATE_ACTING_DEPS:
        return None  # "the state's share": as likely the general state as this one
    if tok.dep == "dobj" and tok.head is not None and tok.head.lemma in d.lex.motion_verbs:
        return None  # "to tour the country": a place
    # two states named as often ("France and Germany have agreed a deal"): neither is "the country",
    # unless its own sentence or the one before says which
    actor_id = _state_said_last(d, _state_so_far(d, before_any=False, tie=False))
    if actor_id is None or _another_state_before(d, actor_id):
        return None
    return Referred(actor_id, "state", [tok], [tok], tok.lower)


def states_said(toks: list[Tok], names: Iterable[Candidate], registry: Registry, lex: ActorsLexicon) -> list:
    """(token index, sovereign state, how: "name", "demonym" or "actor") of each state a stretch of a
    sentence says, in text order: a state's name or demonym, as an actor or as a place (spaCy's places:
    "Mr Blair visited Sudan"), not where something is ("troops in Iraq", `locative_prepositions`), and
    the state of each registry person, party or state body ("Mr Blair" says the UK; "told the BBC" does
    not)."""
    said: list[tuple[int, str, str]] = []
    for span in _gpe_spans(toks):
        head = span[-1].head
        if head is not None and head.dep == "prep" and head.lower in lex.locative_prepositions:
            continue
        how = "demonym" if span[-1].ent_type == "NORP" else "name"
        said.extend((span[-1].i, _sovereign(state, registry), how) for state in _states_of(span, registry))
    for c in names:
        entry = registry.entries.get(c.actor_id or "")
        if entry is None or entry.type not in SPEAKING_TYPES:
            continue
        state = entry.id if entry.type == "state" else registry.state_of.get(entry.country_iso3 or "")
        if state is not None:
            how = "actor" if entry.type != "state" else "demonym" if c.method == "demonym" else "name"
            said.append((c.end_i, _sovereign(state, registry), how))
    return sorted(said)


def _states_of(span: list[Tok], registry: Registry) -> list[str]:
    """The states a place span names (with the word before it when the two make a name)."""
    whole = registry.surfaces.get(fold(surface_text(span)), [])
    opener = span[0].ent_type not in {"GPE", "NORP"}
    surfaces = whole if whole or not opener else registry.surfaces.get(fold(surface_text(span[1:])), [])
    return sorted({s.actor_id for s in surfaces if registry.entry(s.actor_id).type == "state"})


def located_states(toks: Iterable[Tok], registry: Registry, lex: ActorsLexicon) -> set[str]:
    """The sovereign states the places of a stretch name after a locative preposition ("In Moscow, ...", "the bank in
    Germany"): where something is, by a state's name or capital."""
    states: set[str] = set()
    for span in _gpe_spans(toks):
        head = span[-1].head
        locative = head is not None and head.dep == "prep" and head.lower in lex.locative_prepositions
        if span[-1].ent_type == "GPE" and locative:
            states.update(_sovereign(state, registry) for state in _states_of(span, registry))
    return states


def states_of_name(name: str, registry: Registry) -> set[str]:
    """The sovereign states the words of a name say by a state's name or demonym ("Ukrainian National Guard")."""
    return {
        _sovereign(s.actor_id, registry)
        for w in name.split()
        for s in registry.surfaces.get(fold(w), [])
        if registry.entry(s.actor_id).type == "state"
    }


def states_of_word(tok: Tok, registry: Registry) -> list[str]:
    """The states one word names by a registry name or demonym ("British", "Israeli")."""
    return _states_of([tok], registry)


def names_a_state(tok: Tok, registry: Registry) -> bool:
    """A place, or a word naming a state ("Welsh", which spaCy may tag neither)."""
    return tok.ent_type in {"GPE", "NORP"} or bool(_states_of([tok], registry))


def _state_said_last(d: Described, most: str | None) -> str | None:
    """The state "the country" stands for, from what its sentence says before it: the one state said
    there (None when two are, or when that state acts on the noun: "Russia, which borders the country";
    `most`, the state named most, when another is said only by a demonym: "a British aid worker said the
    country's hospitals ..."); when it says none, the one state the sentence before names (by its name,
    a demonym or a descriptor), by its name and after anything of `most`; else `most`."""
    before = [k for k in d.sent.tokens if k.i < d.tok.i]
    names = [c for c in d.linked.values() if c.end_i < d.tok.i]
    here = states_said(before, names, d.registry, d.lex)
    if here:
        states = {a for _, a, _ in here}
        at = {k.i: k for k in before}.get(here[-1][0])
        if len(states) > 1 or at is None or _acts_on(at, d.tok):
            return None
        if most is not None and all(how == "demonym" for _, _, how in here):
            return most
        return here[-1][1]
    said = [(i, a, how) for s, i, a, how in d.ctx.states_said if s == d.tok.sent - 1]
    since = max((i for i, a, _ in said if a == most), default=-1)
    named = {a for _, a, how in said if how != "actor"}
    after = {a for i, a, how in said if i > since and how == "name"}
    if len(named) == 1 and named == after and most not in named:
        return next(iter(named))
    return most


def _acts_on(state: Tok, noun: Tok) -> bool:
    """Whether the state is the subject of the clause the noun is in, or the noun is in a relative
    clause of the state ("Russia, which borders the country")."""
    k: Tok | None = noun
    while k is not None and k.head is not None and k.head is not k:
        if k.dep == "relcl" and k.head is state:
            return True
        if k.pos in {"VERB", "AUX"}:
            return any(c.dep in {"nsubj", "nsubjpass"} and state in c.subtree() for c in k.children)
        k = k.head
    return False


def _another_state_before(d: Described, actor_id: str) -> bool:
    """A place earlier in the sentence that is not the state nor a part of it ("a party in Uruguay ...
    the country's problems" is Uruguay, whatever the article named most; a place the registry does not
    know may be another state too)."""
    for span in _gpe_spans(t for t in d.sent.tokens if t.i < d.tok.i):
        if span[-1].ent_type != "GPE":
            continue
        words = span if span[0].ent_type == "GPE" else span[1:]
        ids = {s.actor_id for s in d.registry.surfaces.get(fold(surface_text(words)), [])}
        ids |= {s.actor_id for s in d.registry.surfaces.get(fold(surface_text(span)), [])}
        if not any(a == actor_id or actor_id in parent_states(a, d.registry) for a in ids):
            return True
    return False


def state_owner(d: Described, holder: str) -> bool | None:
    """Whether the office's one possessor, a state, is the holder's ('Scotland's first minister' for Jack
    McConnell, a nation of his state) or another ("France's prime minister" is not Tony Blair); None
    when no state owns it."""
    owners = [c for c in d.tok.children if c.dep == "poss"]
    owner = d.linked.get(owners[0].i) if len(owners) == 1 else None
    if owner is None or owner.actor_type != "state" or owner.actor_id is None:
        return None
    entry = d.registry.entry(holder)
    state = d.registry.state_of.get(entry.country_iso3 or "")
    if state is None or owner.actor_id == state:
        return state is not None
    if state not in parent_states(owner.actor_id, d.registry):
        return False
    # a nation of the holder's state: the one the holder's own office names ("Scottish first minister"), not
    # another ("Wales's first minister" is not Jack McConnell)
    nation = d.registry.entry(owner.actor_id)
    words = {fold(w).lower() for w in [nation.name, *nation.aliases, *nation.demonyms]}
    return any(f" {w} " in f" {fold(x).lower()} " for x in entry.descriptors for w in words if w)


def leading_states(d: Described) -> tuple[list[Tok], set[str]]:
    """An office's modifiers after the states that lead them ("prime" of "the British prime minister"), and
    those states."""
    mods, states = list(d.mods), set()
    while mods:
        c = d.linked.get(mods[0].i)
        if c is None or c.actor_type != "state" or c.actor_id is None:
            break
        states.add(c.actor_id)
        mods.pop(0)
    return mods, states


def states_of_holder(states: set[str], holder: str, registry: Registry) -> bool:
    """Whether the states before an office are its registry holder's: his state ("the British prime minister"
    for Tony Blair, not "the French prime minister"), or a nation of it that his own office names."""
    entry = registry.entries.get(holder)
    state = registry.state_of.get(entry.country_iso3 or "") if entry is not None else None
    if state is None or entry is None:
        return False
    for s in states:
        if s == state:
            continue
        nation = registry.entry(s)
        words = {fold(w).lower() for w in [nation.name, *nation.aliases, *nation.demonyms]}
        named = any(f" {w} " in f" {fold(x).lower()} " for x in entry.descriptors for w in words if w)
        if state not in parent_states(s, registry) or not named:
            return False
    return True
