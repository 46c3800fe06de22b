"""Filter rules on nationality words and country names: a nationality, a market, a place of origin or a
national team is not the state acting (entries of `filters.FILTER_RULES`)."""

from __future__ import annotations

from ..parsed import Tok
from ..syntax import lemma
from .found import COLLECTIVE_ENDINGS, MODIFIER_DEPS, Found, word_in
from .lexicon import ActorsLexicon


def demonym_as_person(f: Found) -> list[Tok] | None:
    """A demonym inside a person's name, or after a title ("Mr Irish")."""
    if f.candidate.method != "demonym":
        return None
    title = f.before[-1] if f.before else None
    if title is not None and title.text[:1].isupper() and title.lower.rstrip(".") in f.lex.person_titles:
        return [title, f.head]
    return [f.head] if f.head.ent_type == "PERSON" else None


def demonym_in_a_pair_of_names(f: Found) -> list[Tok] | None:
    """'comedy duo French and Saunders': a nationality word written as a proper noun and joined by
    "and" to another name that is no place or nationality is a person's name."""
    if f.candidate.method != "demonym" or f.head.tag != "NNP" or not f.head.text[:1].isupper():
        return None
    joined = [c for c in f.head.children if c.dep == "conj"]
    if f.head.dep == "conj" and f.head.head is not None:
        joined.append(f.head.head)
    other = next(
        (t for t in joined if t.pos == "PROPN" and t.ent_type in {"PERSON", "ORG"} and t.tag == "NNP"),
        None,
    )
    return [f.head, other] if other is not None else None


def demonym_of_a_region(f: Found) -> list[Tok] | None:
    """'the southern Indian state of Kerala': a nationality placing a region that is named after it."""
    if f.candidate.method not in {"demonym", "alias"} or f.modifier.dep not in MODIFIER_DEPS or f.governor is None:
        return None  # an alias too: "the Thai island of Koh Phi Phi"
    gov = f.governor
    after = f.info.after(gov) if f.info is not None else None
    named = f.info.after(after) if after is not None and f.info is not None else None
    if lemma(gov) in f.lex.region_nouns and after is not None and after.lower == "of" and named is not None:
        return [f.head, gov, after] if named.text[:1].isupper() else None
    return None


def demonym_of_population(f: Found) -> list[Tok] | None:
    """'British tourists', 'foreign and British suspects', 'suspects (foreign and British)': a demonym naming
    people, not the state's agency."""
    head = f.head
    if f.candidate.method != "demonym":
        return None
    if head.dep in {"amod", "compound"} and head.head is not None and head.head.lower in f.lex.population_nouns:
        return [head]
    first = f.modifier  # the first of the words joined by "and" ("foreign" of "foreign and British")
    if first.dep in {"amod", "compound"} and first.head is not None and first.head.lower in f.lex.population_nouns:
        return [head, first.head]
    bracket = f.info.before(first) if f.info is not None else None
    noun = f.info.before(bracket) if f.info is not None and bracket is not None and bracket.text == "(" else None
    return [head, noun] if noun is not None and noun.lower in f.lex.population_nouns else None


def origin_compound(f: Found) -> list[Tok] | None:
    """'a Singapore-based analyst', 'Iranian-born', 'Ericsson of Sweden', 'Nathalie Dechy of France',
    'handsets from Japan': a place or an origin."""
    if not f.of_state or f.info is None:
        return None
    dash = f.info.after(f.span[-1])
    word = f.info.after(dash) if dash is not None and dash.text == "-" else None
    if word is not None and word.lower in f.lex.origin_participles:
        return [f.head, word]
    prep = f.modifier.head if f.modifier.dep == "pobj" else None
    origin = prep.head if prep is not None and prep.lower == "from" else None
    if (
        origin is not None
        and origin.i < prep.i
        and origin.pos in {"NOUN", "PRON"}
        and lemma(origin) in f.lex.origin_nouns
    ):
        return [prep, f.head]  # "handsets from Japan", "someone from the USA": where they come from
    owner = prep.head if prep is not None and prep.lower == "of" else None
    if owner is not None and any(t.lower in f.lex.titles | f.lex.role_nouns for t in owner.subtree() if t.i < prep.i):
        return None  # "King Abdullah of Jordan": the state's own
    if (
        owner is not None
        and owner.i < prep.i
        and (owner.ent_type in {"ORG", "PERSON"} or lemma(owner) in f.lex.company_nouns)
    ):
        return [prep, f.head]
    return None


def range_of_places(f: Found) -> list[Tok] | None:
    """'huge waves from Malaysia to Africa', 'politicians from Mexico to Uruguay', 'the transfer of its domicile from
    Australia to the US state of Delaware', a heading 'From India to Argentina': a state's name at either end of a
    range "from X to Y" names a place (actors67; m56: 14 rows of BBC and web). X is the object of "from" with a
    preposition "to" and its object right after it; Y the object of that "to", right after a proper noun that "from"
    governs. Not where what goes from X to Y is what a state gives, holds or its own people (`moved_in_a_range` in
    `given_nouns` or `agency_nouns`: "aid from the US to Iraq", "send aid from the US", "leaders from Hungary to
    Russia", "arms sales from the US to Taiwan", "sovereignty passed from Britain to China": the two sides of a
    transfer; actors70), nor "to" before a verb ("money from the US to fund the programme": no object of "to")."""
    if not f.of_state or f.info is None or f.candidate.method not in {"alias", "acronym"}:
        return None
    tok = f.modifier
    prep = tok.head if tok.dep == "pobj" and tok.head is not tok else None
    if prep is None:
        return None
    if prep.lower == "from":
        to = f.info.after(f.span[-1])
        if to is None or to.lower != "to" or to.dep != "prep" or not any(c.dep == "pobj" for c in to.children):
            return None
        start = prep
    elif prep.lower == "to":
        left = f.info.before(prep)
        if left is None or left.tag != "NNP" or left.dep != "pobj" or left.head is None or left.head.lower != "from":
            return None
        start, to = left.head, prep
    else:
        return None
    owner = start.head if start.head is not start else None
    if owner is not None and any(lemma(t) in words or t.lower in words for t, words in moved_in_a_range(owner, f.lex)):
        return None
    return [start, to, f.head]


def moved_in_a_range(owner: Tok, lex: ActorsLexicon) -> list[tuple[Tok, frozenset[str]]]:
    """What goes "from X to Y", each with the words that name what a state gives, holds or acts through for it: the
    word "from" hangs on ("aid from"; the verb of "handed back from", `given_verbs` as a verb only: not "hand luggage
    from"; actors73) and its object ("send aid from"); a noun's compounds and adjectives ("arms sales from",
    `given_nouns` only: "trade routes from China to Europe" are places) and what it is of ("the transfer of sovereignty
    from"); the subject of a verb of transfer with no object (`transfer_verbs`: "sovereignty passed from", "control of
    the border passed from", "power passed from" with `held_nouns`; actors70, actors73), and what a quantity there is
    of ("thousands of tonnes of aid passed"; actors75), not of another verb ("troops flew back from Iraq to the US"
    move through places; review55 4). A verb with a particle outside `handover_particles` ("handed out from") is read
    as any verb; armed men and machines (`mover_nouns`) are left out wherever they stand ("troops were transferred
    from Iraq to Afghanistan": theatres; actors75, review56 6)."""
    if owner.dep in {"advmod", "prt"} and owner.pos in {"ADV", "ADP", "PART"} and owner.head is not None:
        owner = owner.head  # "handed back from"
    given, acting = lex.given_nouns, lex.given_nouns | lex.agency_nouns
    kids = owner.children
    objects = [c for c in kids if c.dep == "dobj"]
    moved = [(owner, acting), *((c, acting) for c in objects)]
    if owner.pos in {"NOUN", "PROPN"}:
        moved += [(c, given) for c in kids if c.dep in {"compound", "amod"}]
        moved += [(g, acting) for g in _of_objects(owner)]
    elif owner.pos in {"VERB", "AUX"}:
        handing = all(c.lower in lex.handover_particles for c in kids if c.dep == "prt")  # not "handed out"
        moved += [(owner, lex.given_verbs)] if owner.pos == "VERB" and handing else []
        if not objects and handing and lemma(owner) in lex.transfer_verbs:
            for c in kids:
                if c.dep in {"nsubj", "nsubjpass"}:
                    moved += [(t, acting | lex.held_nouns) for t in (c, *_of_objects(c, depth=2))]
    return [(t, words) for t, words in moved if lemma(t) not in lex.mover_nouns and t.lower not in lex.mover_nouns]


def _of_objects(tok: Tok, depth: int = 1) -> list[Tok]:
    """The objects of a noun's "of" ("the transfer of sovereignty"), and theirs to `depth` ("thousands of tonnes of
    aid")."""
    found = [g for c in tok.children if c.dep == "prep" and c.lower == "of" for g in c.children if g.dep == "pobj"]
    return found + [g for f in found for g in _of_objects(f, depth - 1)] if depth > 1 else found


def _agency_nouns(f: Found) -> frozenset[str]:
    """`agency_nouns` but, in an article about sport, the words that are also a team's (`team_nouns`: "side"): "his
    Wales side" is the national team there, "English side Saracens" a club's nationality, not "the Syrian side"'s
    state (fix94, review76 8)."""
    sport = f.info is not None and f.info.sport
    return f.lex.agency_nouns - f.lex.team_nouns if sport else f.lex.agency_nouns


def national_team(f: Found) -> list[Tok] | None:
    """'France captain Fabien Pelous', 'Wales beat England' in an article about sport: the team."""
    c = f.candidate
    if not (f.of_state and f.info is not None and f.info.sport and c.method in {"alias", "acronym"}):
        return None
    if f.phrase_has(_agency_nouns(f)):
        return None
    left = f.info.before(f.span[0])
    if (
        left is not None
        and left.text == "("
        and f.info.before(left) is not None
        and f.info.before(left).ent_type == "PERSON"
    ):
        return None  # "Lisa Raymond (US)": her nationality
    team = f.phrase_has(f.lex.team_nouns)
    if team is None and f.governs_person:
        return None  # "Britain's Kelly Holmes": a nationality
    return [team] if team is not None else [f.head, *f.info.sport_cues[:1]]


def nationality_of_person(f: Found) -> list[Tok] | None:
    """'British actor Clive Owen', "Britain's Kelly Holmes", 'Lisa Raymond (US)': a nationality, not
    the state acting."""
    if not f.of_state or f.info is None:
        return None
    left, right = f.info.before(f.span[0]), f.info.after(f.span[-1])
    person = f.info.before(left) if left is not None and left.text == "(" else None
    if person is not None and person.ent_type == "PERSON" and right is not None and right.text == ")":
        return [left, f.head]
    if f.phrase_has(f.lex.agency_nouns) or not f.governs_person or state_office(f):
        return None
    return [f.head, f.governor] if f.governor is not None else None


def state_office(f: Found) -> bool:
    """ "Britain's Europe Director Dominick Chilcott": a state's possessive before an office held for it,
    in news of neither sport nor the arts, names the state and its official (possessives name two actors)."""
    if f.modifier.dep != "poss" or f.info is None or f.info.sport or f.info.arts:
        return False
    return f.phrase_has(f.lex.state_office_nouns) is not None


def nation_in_a_contest(f: Found) -> list[Tok] | None:
    """'The UK has two contenders', "the UK's highest hopes remain with Clive Owen": in an article about
    the arts, a country with nominees or hopes in a contest is the nation's entrants, not the state."""
    if not f.of_state or f.info is None or not f.info.arts or f.candidate.method not in {"alias", "acronym"}:
        return None
    contest = f.lex.contest_nouns
    cue = f.phrase_has(contest) if f.modifier.dep == "poss" else None
    verb = f.modifier.head if f.modifier.dep == "nsubj" else None
    if cue is None and verb is not None and lemma(verb) in {"have", "field", "enter"}:
        cue = next((c for c in verb.children if c.dep == "dobj" and lemma(c) in contest), None)
    return [f.head, cue] if cue is not None else None


def state_of_a_thing(f: Found) -> list[Tok] | None:
    """'US firm ISG', 'its US launch', 'US crude prices', 'the same Madrid venue': a market or a
    place, not the state acting; 'the UK [National Tremor Foundation]': the country opens the name of
    an organisation spaCy gives apart."""
    if not f.of_state or f.candidate.method == "demonym" or f.governor is None:
        return None
    if f.phrase_has(f.lex.agency_nouns) or f.paired:
        return None
    lex = f.lex
    things = (
        lex.market_nouns
        | lex.thing_nouns
        | lex.product_nouns
        | lex.work_nouns
        | lex.company_nouns
        | lex.population_nouns
    )
    gov = f.governor
    while gov.dep == "compound" and gov.head is not None and gov.head.i > gov.i and lemma(gov) not in things:
        gov = gov.head  # "the US horror hit": the noun the compound modifies
    if lemma(gov) in things or gov.lower in things:
        return [f.head, gov]
    if f.governor.ent_type == "ORG" and f.phrase and all(t.ent_type == "ORG" for t in f.phrase):
        return [f.head, *f.phrase]  # "the UK National Tremor Foundation": the start of an organisation's name
    return None


def state_name_not_agency(f: Found) -> list[Tok] | None:
    """'UK universities', 'a US rock band', 'the US box office takings', 'a top US public health expert': a state's
    name (its alias or acronym, not a metonym) as the compound modifier of a common noun that is none of the nouns a
    state acts through (`agency_nouns`) or makes, owes or runs (`state_owned_nouns`) names a nationality, a market or a
    place, as `demonym-not-agency` reads a nationality word before such a noun (actors85). Kept: "UK troops", "US
    officials", "US law", "the US deficit", "UK quarantine list", "UK tsunami aid" (an agency noun at the end of the
    compounds), "a live US investigation", "Israeli towns" under fire
    (`territory_under_arms`), a pair ("China-UK tourism"), a name before a proper noun ("US publication Forbes" is
    left to `state-of-a-thing`)."""
    if not f.of_state or f.candidate.method not in {"alias", "acronym"} or f.governor is None or f.paired:
        return None
    if f.modifier.dep != "compound" or f.governor.pos != "NOUN":
        return None
    end = f.governor
    while end.dep == "compound" and end.head is not None and end.head.i > end.i:
        end = end.head  # "UK tsunami aid": the noun the compounds end at, and every word up to it
    if end.pos != "NOUN" or f.info is None:
        return None  # "US bankruptcy judge Letitia Clark": a name's title, left to the name rules
    if any(c.dep == "dobj" for c in f.governor.children):
        return None  # "Ukraine revisits state sell-offs": a verb tagged a noun takes an object, the state its subject
    words = f.lex.agency_nouns | f.lex.state_owned_nouns
    if f.phrase_has(words, end) or _state_act_at_end(f, end) or territory_under_arms(f):
        return None  # "a UK opt-out": the parser's three tokens read as the one word
    return [f.head, end]


def _state_act_at_end(f: Found, end: Tok) -> bool:
    """The compounds' end noun is a state's act or person (`state_act_nouns`: "a US soldier", "US custody"; not an
    inner compound: "the UK bomb disposal team"), or one that business copy also says of a market
    (`state_bare_act_nouns`) with the state's name its one noun modifier ("the UK deal with Libya"; not "a US record
    deal", "the firm's US deal")."""
    if word_in([end], f.lex.state_act_nouns, f.lex.market_nouns) is not None:
        return True
    if word_in([end], f.lex.state_bare_act_nouns, f.lex.market_nouns) is None or f.governor is not end:
        return False
    return not any(k.dep in {"compound", "poss", "nmod"} and k.i < end.i and k not in f.span for k in end.children)


def _language_object(tok: Tok, verbs: frozenset[str]) -> Tok | None:
    """The verb of language (`language_verbs`) whose direct object `tok` is ("learning Japanese"), if any."""
    verb = tok.head
    if tok.dep != "dobj" or verb is None or verb is tok:
        return None
    return verb if lemma(verb) in verbs else None


def _bare_noun(tok: Tok) -> bool:
    """'Japanese doesn't really have tenses': the nationality word stands alone as a noun, with no determiner and no
    word of its own before it, modifying nothing (not "the Japanese", "Japanese authorities", "Japan's")."""
    return tok.dep not in MODIFIER_DEPS | {"poss"} and not any(k.i < tok.i for k in tok.children)


def demonym_as_language(f: Found) -> list[Tok] | None:
    """'she spoke no English', 'learning Japanese', 'Speaking French', 'studying English at university': a
    nationality word that is the object of a verb of language (`language_verbs`) names the language, not the state
    (actors40); not a nationality before a noun ("speak to Japanese officials"). A bare nationality word (`_bare_noun`)
    in an article that gives the same word as a language elsewhere ("Japanese doesn't really have tenses" over "Learn
    Japanese with our study materials") names the language too (actors42): the page says which it means; not "the
    Japanese", a people, nor one in an article that never gives the word as a language."""
    c = f.candidate
    if c.method != "demonym":
        return None
    verb = _language_object(f.modifier, f.lex.language_verbs)
    if verb is not None:
        return [verb, f.head]
    if f.info is None or f.modifier is not f.head or not _bare_noun(f.head):
        return None
    for tok in f.info.toks.values():
        if tok.text == f.head.text and tok is not f.head and _language_object(tok, f.lex.language_verbs) is not None:
            return [f.head, tok]
    return None


def demonym_not_agency(f: Found) -> list[Tok] | None:
    """'the Chinese economy', 'German unemployment', 'Russian-speaking', 'said the American', 'four
    Britons held': a nationality that carries no agency of the state (kept: 'Turkish-backed',
    'Emirati drones', 'Russian intervention', 'the French want', 'rockets fired at Israeli towns')."""
    c = f.candidate
    if c.method != "demonym" or not f.of_state or f.info is None:
        return None
    dash = f.info.after(f.span[-1])
    if dash is not None and dash.text == "-":
        word = f.info.after(dash)
        return None if word is not None and word.lower in f.lex.agency_participles else [f.head]
    if f.modifier.dep in MODIFIER_DEPS:
        return None if f.phrase_has(_agency_nouns(f)) or territory_under_arms(f) else [f.head]
    if f.info.sport:
        return [f.head]  # "Irish trailed": a club or a player
    if f.head.lower.endswith("s") and not f.head.lower.endswith(COLLECTIVE_ENDINGS):
        return [f.head]  # "four Britons held by the US": people of the country
    if (
        f.modifier.dep == "pobj"
        and f.modifier.head is not None
        and f.modifier.head.lower in f.lex.locative_prepositions
    ):
        return [f.modifier.head, f.head]  # "at the Brits"
    word = f.head.lower
    singular_person = f.head.tag not in {"NNS", "NNPS"} and not word.endswith(COLLECTIVE_ENDINGS)
    return [f.head] if singular_person and not word.endswith("s") else None


def territory_under_arms(f: Found) -> bool:
    """'Hamas fired rockets at Israeli towns', 'troops massed on the Ukrainian border': a nationality before a
    noun of the state's territory (`territory_nouns`), in a sentence that holds a word of armed hostility
    (`hostility_words`), names the state attacked or threatened: a country acted on is an actor (ANNOTATION.md;
    the statement gold's convention "Israeli towns"). In any other sentence the phrase is a place ("breweries in
    eight Russian cities", "a factory near the Dutch border"), and a region named after it stays one ("the
    Israeli town of Sderot", `demonym_of_a_region`)."""
    gov = f.governor
    territory = f.lex.territory_nouns
    if gov is None or f.info is None or (gov.lower not in territory and lemma(gov) not in territory):
        return False
    sent = f.head.sent
    return any(
        t.sent == sent and (t.lower in f.lex.hostility_words or lemma(t) in f.lex.hostility_words)
        for t in f.info.toks.values()
    )
