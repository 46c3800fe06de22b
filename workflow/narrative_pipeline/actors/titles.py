"""The titles an article gives the persons it names ("Foreign Secretary Jack Straw", "Jack Straw, the
foreign secretary"): what `role-title` and `named-minister` look a descriptor up in."""

from __future__ import annotations

from datetime import date

from ..parsed import Tok
from ..registry import Registry
from .candidates import Candidate
from .discovery import discovered_id
from .lexicon import ActorsLexicon
from .players import intro_words, of_another_party
from .resolution import Referent, is_subject, referent_name
from .statenouns import parent_states, states_of_holder


def title_holder(c: Candidate, registry: Registry, full_names: dict[str, Referent] | None) -> tuple[str, str]:
    """The (actor id, name) a person's mention gives the titles beside it: its own, but for a surname alone that
    the article names one person with in full, that person ("Texas judge Letitia Clark ... Judge Clark ... the
    judge", "Augusto Pinochet ... General Pinochet ... the general": Letitia Clark, Augusto Pinochet; the surname's
    own mentions fold onto the full name too, `resolve_discovered`; link30, issue 12). Not a surname two persons
    share (`person_context` leaves it out), nor a registry person's."""
    name = referent_name(c, registry) or c.name or ""
    full = (full_names or {}).get(name) if c.actor_id is None and " " not in name else None
    if full is not None and full.actor_type == "person":
        return full.actor_id or discovered_id(full.name), full.name
    return c.actor_id or discovered_id(name), name


def title_context(
    chosen: list[Candidate],
    toks: dict[int, Tok],
    lex: ActorsLexicon,
    registry: Registry,
    full_names: dict[str, Referent] | None = None,
) -> tuple[dict[str, tuple[str, str]], set[str], set[str], dict[str, int]]:
    """Title phrases given to named persons ("Foreign Secretary Jack Straw", "Jack Straw, the
    foreign secretary") -> (actor id, name), when one person in the article holds it (a full title
    or a shorter ending of one: "secretary", not when what it leaves out changes the role: "shadow
    chancellor"), and not a shorter ending when two others hold it in full (actors45); every such phrase, those two
    persons hold included; the phrases given in full; and
    where each holder is first named (token index). A title given to a surname alone is the full name's
    (`title_holder`, with the article's `full_names`)."""
    exact: dict[str, set[tuple[str, str]]] = {}
    named_at: dict[str, int] = {}
    suffixes: dict[str, set[tuple[str, str]]] = {}
    not_roles = lex.titles - lex.role_nouns
    changing = lex.role_modifiers | lex.office_modifiers  # nor "prime minister" a "minister"
    changing |= lex.past_office_words  # "the then prime minister Tony Blair" holds no "prime minister" now (fix63)
    for c in chosen:
        if c.actor_type != "person" or c.actor_id is None and c.name is None:
            continue
        holder = title_holder(c, registry, full_names)
        named_at[holder[0]] = min(named_at.get(holder[0], c.start_i), c.start_i)
        for words in _title_phrases(c, toks, lex, not_roles):
            exact.setdefault(" ".join(words), set()).add(holder)
            for n in range(1, len(words)):
                if changing.isdisjoint(words[:-n]):  # "shadow chancellor" holds no "chancellor"
                    suffixes.setdefault(" ".join(words[-n:]), set()).add(holder)
    titles = {
        phrase: next(iter(holders))
        for phrase, holders in suffixes.items()
        if len(holders) == 1 and len(exact.get(phrase, ())) < 2
    }  # "French President Nicolas Sarkozy ... President Barack Obama ... President Reagan": "the president" is none's
    titles.update((phrase, next(iter(holders))) for phrase, holders in exact.items() if len(holders) == 1)
    return titles, set(exact) | set(suffixes), set(exact), named_at


def lead_titles(
    chosen: list[Candidate],
    toks: dict[int, Tok],
    lex: ActorsLexicon,
    registry: Registry,
    headlines: frozenset[int],
    full_names: dict[str, Referent] | None = None,
    day: date | None = None,
) -> tuple[dict[str, tuple[str, str]], int | None]:
    """The title a news lead gives a person it names only in the next sentence ("Scotland's justice minister has warned
    bigoted fans ... Cathy Jamieson said exclusion orders ...", "The UK's top judge has revealed ... Lord Woolf said
    ..."): the subject of the first body sentence's own verb, a singular role noun (`role_nouns`) after "the" or a
    name's "'s", in a sentence that names no person, is the person named as the subject of the sentence after it, named
    there for the first time outside the headline. Title phrase (and its shorter endings, as `title_context` keeps
    them) -> (actor id, name); `role-title` links a later "the minister" to that person (desc29, issue 12). With the
    title's token index when it gives one (`ArticleContext.lead_title_at`: the lead's own title is the holder's too,
    actors83), else None. `day`: the page's date (none: of the undated articles' era)."""
    body = sorted({t.sent for t in toks.values()} - headlines)
    if len(body) < 2:
        return {}, None
    lead, after = body[0], body[1]
    persons = [c for c in chosen if c.actor_type == "person" and (c.actor_id is not None or c.name)]
    if any(toks[c.start_i].sent == lead for c in persons):
        return {}, None  # "Arsene Wenger has stepped up his feud with Sir Alex Ferguson ... the Man United manager"
    title = lead_title_token(toks, lex, lead)
    if title is None or any(c.start_i <= title.i <= c.end_i for c in chosen):
        return {}, None  # "The Scottish Executive faces ...": a name, no title
    named = sorted((c for c in persons if toks[c.start_i].sent == after), key=lambda c: c.start_i)
    if not named or not is_subject(toks[named[0].end_i]):
        return {}, None
    first = named[0]
    holder = title_holder(first, registry, full_names)
    earlier = [c for c in persons if c.start_i < first.start_i and toks[c.start_i].sent not in headlines]
    if any(title_holder(c, registry, full_names)[0] == holder[0] for c in earlier):
        return {}, None
    if _other_title(first, title, toks, lex):
        return {}, None  # "... fans. Rangers chairman David Murray said ...": another's answer to the lead (review30)
    mods = []
    k = title.i - 1
    while k in toks and toks[k].head is title and toks[k].dep in {"compound", "amod"} and toks[k].text.isalpha():
        mods.insert(0, toks[k].lower)
        k -= 1
    words = [*mods, title.lower]
    changing = lex.role_modifiers | lex.office_modifiers
    phrases = {" ".join(words[-n:]) for n in range(1, len(words) + 1) if changing.isdisjoint(words[:-n])}
    states = _title_states(title, toks, chosen)
    if not _holds_dated_office(holder[0], states, phrases, registry):
        return {}, None  # "Russia's president has signed ... Lyudmila Alexeyeva said": a reaction, not Putin (fix65)
    if states and _another_states_or_roles(holder[0], states, set(words), toks, chosen, registry, lex, full_names, day):
        return {}, None  # "Iran's foreign minister has warned ... Jack Straw said": another's answer (actors88)
    given = {phrase: holder for phrase in phrases if lex.role_modifiers.isdisjoint(phrase.split())}  # "prime minister"
    return given, title.i if given else None


def _holds_dated_office(person: str, states: set[str], phrases: set[str], registry: Registry) -> bool:
    """Whether the person named after a lead may hold its title: when the registry dates the office of the state the
    lead names before the title ("Russia's president", "the Russian president": a state's name as its possessive or
    modifier), the person must be one of that office's holders (fix65, review64 1 and 6); any person when it does not
    (a state of no dated office, a title of no state)."""
    states = states | {
        next(iter(parent_states(s, registry)), s) for s in states
    }  # "Scotland's first minister": Scotland's
    offices = [o for p in phrases for o in registry.offices.get(p, []) if o.state in states]
    return not offices or any(t.holder == person for o in offices for t in o.terms)


def _another_states_or_roles(
    person: str,
    states: set[str],
    words: set[str],
    toks: dict[int, Tok],
    chosen: list[Candidate],
    registry: Registry,
    lex: ActorsLexicon,
    full_names: dict[str, Referent] | None,
    day: date | None = None,
) -> bool:
    """Whether the person named after a lead that gives a state's office ("Iran's foreign minister has warned ...") is
    marked as another's answer to it, whoever holds the office and whether the registry dates it: a registry person of
    another state ("Jack Straw said ...", review64 8), or one outside the registry the page introduces with a role or
    a person's noun the title does not hold ("Shirin Ebadi, a human rights lawyer, said ...", "Human rights lawyer
    Shirin Ebadi said", review64 7: `Intro.another_role`, as `descriptors._lead_holder` reads the lead's own title; a
    registry person of the state may be an MP as well: "Leicester MP Patricia Hewitt"). A title of no state is left as
    desc29 reads it ("The head of US TV network Fox ... Chief executive Gail Berman said"). A legislator of a party out
    of the state's government ("Tory MSP X" on an undated page: `players.of_another_party`) is another's answer too."""
    if person in registry.entries:
        return not states_of_holder(states, person, registry)  # the registry's own person of the state: his office
    intro = intro_words(chosen, toks, registry, full_names or {}, lex.legislator_nouns).get(person)
    return of_another_party(intro, states, registry, day) or intro is not None and intro.another_role(words, lex)


def _title_states(title: Tok, toks: dict[int, Tok], chosen: list[Candidate]) -> set[str]:
    """The states a title's possessive or modifiers name ("Russia's president", "the Russian president")."""
    said = {i for i, t in toks.items() if t.head is title and t.dep in {"poss", "compound", "amod"} and i < title.i}
    return {
        c.actor_id
        for c in chosen
        if c.actor_type == "state" and c.actor_id is not None and any(c.start_i <= i <= c.end_i for i in said)
    }


def lead_title_token(toks: dict[int, Tok], lex: ActorsLexicon, lead: int) -> Tok | None:
    """The title of a news lead (`lead_titles`): the subject of the lead sentence's own verb, a singular role noun after
    "the" or a name's "'s" (`_lead_subject`), or None."""
    return next((t for t in toks.values() if t.sent == lead and _lead_subject(t, lex)), None)


def _other_title(named: Candidate, title: Tok, toks: dict[int, Tok], lex: ActorsLexicon) -> bool:
    """Whether the person the sentence after a lead names is given there a title of another role noun with a name the
    lead does not say ("Rangers chairman David Murray said ...", "David Murray, the Rangers chairman, said ..." after
    "Scotland's justice minister has warned ..."): the holder of another body's office answering the lead, not the
    lead's title holder named (review30). Not a title of the lead's body or of none ("Chief executive Gail Berman said"
    after "The head of US TV network Fox has admitted"), nor one of the same role noun ("Justice Minister Cathy
    Jamieson said")."""
    sent = toks[named.start_i].sent
    lead = {t.lower for t in toks.values() if t.sent == title.sent}
    capitals = {t.lower for t in toks.values() if t.sent == sent and t.text[:1].isupper()}  # "Rangers": tagged NNS
    kinds = lex.role_nouns | lex.titles | lex.role_modifiers | lex.office_modifiers  # "Chief executive", "Former"
    for words in _title_phrases(named, toks, lex, lex.titles - lex.role_nouns):
        if not words or words[-1] == title.lower:
            continue
        if any(w in capitals and w not in lead and w not in kinds for w in words[:-1]):
            return True
    return False


def _lead_subject(t: Tok, lex: ActorsLexicon) -> bool:
    """A lead's title: the subject of its sentence's own verb, a singular role noun after "the" or after a name with
    "'s" ("Scotland's", "The UK's"); not "a", "any", "his" ("A US judge", "his spokesman": one of many, or whose)."""
    if t.dep not in {"nsubj", "nsubjpass"} or t.head is None or t.head.dep != "ROOT" or t.tag not in {"NN", "NNP"}:
        return False
    if t.lower not in lex.role_nouns:
        return False
    dets = [c.lower for c in t.children if c.dep == "det"]
    owners = [c for c in t.children if c.dep == "poss"]
    if dets:
        return dets == ["the"] and not owners
    marked = len(owners) == 1 and any(c.lower in {"'s", "\u2019s"} for c in owners[0].children)
    return marked and owners[0].text[:1].isupper()


FORM_WORDS = 4  # title words before a name looked up in `title_role_nouns`, at most ("US Congresswoman", "Rep.")


def title_forms(
    chosen: list[Candidate],
    toks: dict[int, Tok],
    lex: ActorsLexicon,
    registry: Registry,
    full_names: dict[str, Referent] | None = None,
) -> dict[str, list[tuple[int, str, str]]]:
    """Role nouns that refer back to a person given another form of the title ("Rep. Mark Meadows": "the
    congressman", "the lawmaker"; "Sen. X": "the senator"; "chief executive X": "the boss"; the lexicon's
    `title_role_nouns`; with the words before the form too: "US Congresswoman X", "the US congresswoman") ->
    (token index where given, actor id, name) of each person given one, in text order.
    `role-title` links such a noun to the one person given it before the noun: the abbreviated title is kept out of
    the name and is no role noun, so `title_context` gives the person no title."""
    out: dict[str, list[tuple[int, str, str]]] = {}
    changing = lex.role_modifiers | lex.office_modifiers  # "former Rep. X" is no congressman now
    for c in chosen:
        if c.actor_type != "person" or c.actor_id is None and c.name is None:
            continue
        holder, name = title_holder(c, registry, full_names)
        nouns: set[str] = set()
        for words in [_form_words(c, toks, lex), *_title_phrases(c, toks, lex, lex.titles - lex.role_nouns)]:
            for n in range(1, len(words) + 1):
                if not changing.isdisjoint(words[:-n]):
                    break
                for noun in lex.title_role_nouns.get(" ".join(words[-n:]), frozenset()):
                    nouns |= {noun, " ".join([*words[:-n], noun])}  # "US Congresswoman X": "the US Congresswoman"
        for noun in nouns:
            out.setdefault(noun, []).append((c.start_i, holder, name))
    return {noun: sorted(given) for noun, given in out.items()}


def placed_others(toks: dict[int, Tok]) -> dict[str, list[int]]:
    """Nouns an indefinite subject with "from" and a place introduces ("A senator from Texas said") -> their token
    indices: another holder of the noun, from another place, whom "the senator" after it may be (review21a); so does a
    subject with "another" ("Judge Tom Hale dismissed the case. Another judge ruled the other way. The judge said":
    either, review22b)."""
    out: dict[str, list[int]] = {}
    for i in sorted(toks):
        t = toks[i]
        dets = {c.lower for c in t.children if c.dep == "det"}
        if t.dep not in {"nsubj", "nsubjpass"} or not dets & {"a", "an", "another"}:
            continue
        if "another" in dets:
            out.setdefault(t.lower, []).append(i)
            continue
        froms = [p for p in t.children if p.dep == "prep" and p.lower == "from"]
        if any(c.dep == "pobj" and c.ent_type == "GPE" for p in froms for c in p.children):
            out.setdefault(t.lower, []).append(i)
    return out


def _form_words(c: Candidate, toks: dict[int, Tok], lex: ActorsLexicon) -> list[str]:
    """The words right before a person's name that may be a title's form, lower case without a dot: modifiers of
    the name and title words ("Rep.", "Sen.", "US Congresswoman", "chief executive"), none after an indefinite
    article ("a congressman Mark Meadows" is one of many)."""
    words: list[str] = []
    k = c.start_i - 1
    sent = toks[c.start_i].sent
    while k in toks and toks[k].sent == sent and len(words) < FORM_WORDS:
        word = toks[k].lower.rstrip(".")
        if not word.isalpha() or toks[k].dep not in {"compound", "amod", "nmod"} and word not in lex.titles:
            break
        words.insert(0, word)
        k -= 1
    return [] if _indefinite(toks.get(k), sent) else words


def _title_phrases(c: Candidate, toks: dict[int, Tok], lex: ActorsLexicon, not_roles: frozenset[str]) -> list:
    """The title words before a person's name, and those of an apposition beside it."""
    phrases = []
    words: list[str] = []
    k = c.start_i - 1
    sent = toks[c.start_i].sent
    while (
        k in toks
        and toks[k].sent == sent
        and toks[k].dep in {"compound", "amod", "nmod"}
        and toks[k].lower not in not_roles
    ):
        words.insert(0, toks[k].lower)
        k -= 1
    if not _indefinite(toks.get(k), sent):
        phrases.append(words)  # "how good a prime minister Gordon Brown will make" gives him no office
    head = toks[c.end_i]
    nouns = [a for a in head.children if a.dep == "appos"]
    if head.dep == "appos" and head.head is not None:
        nouns.append(head.head)
    for noun in nouns:
        if _in_waiting(noun, toks):
            continue  # "Gordon Brown, a prime minister-in-waiting" is no prime minister yet
        if noun.i < c.start_i and any(_indefinite(d, sent) for d in noun.children):
            continue  # "how good a prime minister Gordon Brown will make": spaCy's apposition, no office
        if noun.pos in {"NOUN", "PROPN"} and not noun.text[:1].isupper():  # spaCy may tag "chancellor" PROPN
            mods = sorted(
                (m for m in noun.children if m.dep in {"amod", "compound"} and m.i < noun.i), key=lambda t: t.i
            )
            phrases.append([t.lower for t in [*mods, noun]])
    out = []
    for words in phrases:
        words = list(words)
        while words and words[-1] not in lex.role_nouns:
            words.pop()
        if words:
            out.append(words)
    return out


def _indefinite(tok: Tok | None, sent: int) -> bool:
    """'a prime minister Gordon Brown', 'an MP X': an indefinite article before the title words names a kind of
    role the person may come to hold or one of many, not the office the article's "the prime minister" is."""
    return tok is not None and tok.sent == sent and tok.dep == "det" and tok.lower in {"a", "an"}


def _in_waiting(noun: Tok, toks: dict[int, Tok]) -> bool:
    """'a prime minister-in-waiting': the hyphenated "-in-waiting" after the office."""
    after = [toks[i].lower for i in range(noun.i + 1, noun.i + 5) if i in toks]
    return after[:4] == ["-", "in", "-", "waiting"]
