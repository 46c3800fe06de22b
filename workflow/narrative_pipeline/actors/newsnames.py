"""Registry names that mention no actor on other publishers' news (actweb24, from `config/eval/gold-web-dev24`).

Four filter rules (`filters.FILTER_RULES`), each a construction of the language:

- `state-after-of-in-a-name`: a state's name after "of" / "for" that ends a capitalised name ("the right-wing
  Alternative for Germany", "the Royal Bank of Scotland", "the Church of England") is part of that name, not the
  state; a title or a body of the state before it keeps the state ("the President of France", "the Government of
  Japan", "Secretary of State for Wales");
- `alias-inside-an-organisations-name`: a one-word registry name of a paper, party, company or organisation
  between other words of an organisation's name spaCy gives whole ("The Citizens' Independent Transportation
  Trust") is a word of that name, not the paper "The Independent";
- `alias-opening-an-events-name`: an outlet's registry name that opens the capitalised name of a prize or an event
  ("the MTV Europe Music Awards", "the BBC Sports Personality of the Year") is a word of that name (actors97);
- `state-in-a-place-phrase`: a state named as what a place is or is now ("the Caribbean island of Curacao", "land
  in what is now Tanzania, Rwanda and Burundi") is a place, not an actor.

Two repairs of discovered names:

- `cut_at_an_opening_quote`: an organisation's name spaCy runs on into a quotation that opens after it ("the
  Institute for Transportation and Development Policy ‘Gold Standard BRT’ project") ends before the quote mark;
- `names_coordinated`: "X and the Y" is two names joined, not the opening of a title ("Harry Potter and the
  Prisoner of Azkaban"), when the words after "the" open another name spaCy gives ("the Federal Transit
  Administration and the Florida Department of Transportation") or a title or role ("Minister Milling and the
  Acting Premier").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parsed import Tok
from .lexicon import ActorsLexicon

if TYPE_CHECKING:
    from .found import Found

NAME_LINKS = frozenset({"of", "for"})  # the words inside a name before a state's ("Alternative for Germany")
RUN_JOINERS = frozenset({"of", "for", "and", "&"})  # words a capitalised name may hold between capitalised words
LONG_NAME_TYPES = frozenset({"media", "party", "company", "organisation"})
RUN_WORDS = 6  # capitalised words of a name before "of" / "for", at most


def _keeps_the_state(tok: Tok, lex: ActorsLexicon) -> bool:
    """A title, role, office or body of a state ("President", "Government", "Ministry", "Secretary", "State"):
    before "of" / "for" it gives the office or body to the state, which is then mentioned."""
    word = tok.lower.rstrip(".")
    known = (
        lex.titles
        | lex.person_titles
        | lex.peerage_titles
        | lex.role_nouns
        | lex.role_modifiers
        | lex.office_modifiers
        | lex.agency_nouns
        | lex.state_descriptors
        | lex.country_descriptors
        | lex.of_state_name_heads
    )
    return word in known or tok.lemma.lower() in known


def state_after_of_in_a_name(f: Found) -> list[Tok] | None:
    """'the right-wing populist Alternative for Germany (AfD)': a state's registry name right after "of" / "for",
    after a capitalised word inside the sentence (not its first word, nor in a headline, where every word is
    capitalised), is the end of a longer name when no word of the capitalised run before it is a title, a role or
    a body of a state."""
    c, info = f.candidate, f.info
    if not f.of_state or info is None or c.method not in {"alias", "acronym"}:
        return None
    if f.span[0].sent in info.headlines:
        return None
    link = info.before(f.span[0])
    if link is None or link.lower not in NAME_LINKS or link.text != link.lower:
        return None
    run: list[Tok] = []
    tok = info.before(link)
    while tok is not None and tok.sent == link.sent and len(run) < RUN_WORDS:
        if tok.text[:1].isupper() and tok.text.replace("-", "").isalpha():
            run.insert(0, tok)
        elif tok.lower not in RUN_JOINERS or not run:
            break
        tok = info.before(tok)
    if not run or run[-1].i != link.i - 1:
        return None  # "a vote of Germany's", "calls for Britain to act": no name before "of" / "for"
    earlier = info.before(run[0])
    if earlier is None or earlier.sent != run[0].sent or not earlier.text[:1].isalnum():
        return None  # the sentence's (or a quotation's) first word is capitalised anyway
    if any(_keeps_the_state(t, f.lex) for t in run):
        return None
    if any(t.ent_type in {"PERSON", "GPE", "DATE", "TIME", "NORP"} for t in run):
        return None  # "Tuesday of Britain", "Blair of Britain": another name or a date before it
    nxt = info.after(f.span[-1])
    if nxt is not None and (nxt.tag == "POS" or nxt.lower in {"'s", "\u2019s"}):
        return None  # "a bid by Shell for Australia's Woodside": the state owns what follows
    if f.head.dep in {"compound", "nmod", "amod", "poss"} and f.head.head is not None and f.head.head.i > f.head.i:
        return None  # "a bid from Rangers for Scotland captain Barry Ferguson": the state qualifies a noun
    bracket = nxt is not None and nxt.text == "("  # "Alternative for Germany (AfD)": an acronym follows the name
    named = any(
        first <= run[-1].i and c.end_i <= last and label not in {"GPE", "PERSON", "NORP"}
        for first, last, label in f.entities
    )  # "the Gulf of Mexico", "the Church of England": spaCy gives the whole name
    return [run[-1], link, f.head] if bracket or named else None


def alias_inside_an_organisations_name(f: Found) -> list[Tok] | None:
    """'The Citizens' Independent Transportation Trust': a one-word registry name of a paper, party, company or
    organisation with a capitalised word of the same spaCy organisation's name on each side (not "the") is a word
    of that name."""
    c, info = f.candidate, f.info
    if f.entry.type not in LONG_NAME_TYPES or c.method not in {"alias", "acronym"} or len(f.span) != 1:
        return None
    if info is None or f.span[0].sent in info.headlines:
        return None
    for first, last, label in f.entities:
        if label != "ORG" or not first < c.start_i or not c.end_i < last:
            continue
        inside = [info.toks[k] for k in range(first, last + 1) if k in info.toks]
        left = [t for t in inside if t.i < c.start_i and t.text[:1].isupper() and t.lower != "the"]
        right = [t for t in inside if t.i > c.end_i and t.text[:1].isupper()]
        if left and right:
            return [left[-1], f.head, right[0]]
    return None


EVENT_NAME_TYPES = frozenset({"media"})  # outlets whose names open their prizes' and events' names
EVENT_NAME_WORDS = 8  # words of an event's name after the outlet's, at most ("Young Sports Personality of the Year")


def alias_opening_an_events_name(f: Found) -> list[Tok] | None:
    """'the MTV Europe Music Awards', 'the BBC Sports Personality of the Year', 'a BBC Radio 3 World Music Award': a
    media outlet's registry name that opens a longer capitalised name of its sentence ending with an event's or a
    prize's noun (`thing_nouns`: "Awards", "Prize", "Festival") or with "of the Year" is a word of that event's name,
    no mention of the outlet (actors97). A channel's, a station's or a programme's name is the outlet's ("BBC Radio
    Five Live", "BBC Three", "BBC Radio 4's Today programme": the run stops at the possessive)."""
    c, info = f.candidate, f.info
    if f.entry.type not in EVENT_NAME_TYPES or c.method not in {"alias", "acronym"} or info is None:
        return None
    run = events_name_after(c.end_i, info.toks)
    if not run:
        return None
    last = run[-1]
    of_the_year = len(run) >= 3 and [t.lower for t in run[-3:]] == ["of", "the", "year"]
    return [f.head, last] if last.lower in f.lex.thing_nouns or of_the_year else None


def events_name_after(end: int, toks: dict[int, Tok]) -> list[Tok]:
    """The capitalised words (and numbers) of the sentence right after the token `end`, with the "of the" between
    capitalised words of an event's name ("Personality of the Year"), up to `EVENT_NAME_WORDS`."""
    run: list[Tok] = []
    k = end + 1
    while len(run) < EVENT_NAME_WORDS and (tok := toks.get(k)) is not None and tok.sent == toks[end].sent:
        if tok.text[:1].isupper() or tok.text.isdigit():
            run.append(tok)
            k += 1
            continue
        the, name = toks.get(k + 1), toks.get(k + 2)
        if run and tok.lower == "of" and the is not None and the.lower == "the" and name and name.text[:1].isupper():
            run += [tok, the]
            k += 2
            continue
        break
    return run if run and run[-1].text[:1].isupper() else []


def state_in_a_place_phrase(f: Found) -> list[Tok] | None:
    """'the Caribbean island of Curacao', 'in what is now Tanzania, Rwanda and Burundi': a state's name after "of"
    that a place noun governs (`place_of_nouns`), or what "what" is now, names a place."""
    if not f.of_state or f.info is None or f.candidate.method == "metonym":
        return None  # "the province of Buenos Aires" is left to the metonym's own rules
    tok = f.head
    while tok.dep == "conj" and tok.head is not None and tok.head is not tok:
        tok = tok.head
    gov = tok.head
    if gov is None or gov is tok:
        return None
    if tok.dep == "pobj" and gov.lower == "of" and gov.head is not None:
        noun = gov.head
        if noun.lemma.lower() in f.lex.place_of_nouns or noun.lower in f.lex.place_of_nouns:
            return [noun, gov, f.head]
        return None
    if tok.dep == "attr" and gov.lemma.lower() == "be":
        subject = [k for k in gov.children if k.dep == "nsubj"]
        now = [k for k in gov.children if k.dep == "advmod" and k.lower in {"now", "today"}]
        if subject and subject[0].lower == "what" and now:
            return [subject[0], now[0], f.head]  # "land in what is now Tanzania"
    return None


OPENING_QUOTES = frozenset({"\u2018", "\u201c"})  # curly opening quote marks: never inside a name


def cut_at_an_opening_quote(span: list[Tok], label: str = "ORG") -> list[Tok]:
    """The words of an organisation's name before a curly opening quote mark inside its span, two words or more
    ("Institute for Transportation and Development Policy ‘Gold Standard": the quotation is another thing's name);
    not a person's ("Renaldo “Peewee” Gilkes": a nickname), nor one word before a quotation ("Team “Crazy on You”")."""
    if label in {"PERSON", "TITLE"}:
        return span
    for k, tok in enumerate(span):
        if k > 1 and tok.text in OPENING_QUOTES:
            return span[:k]
    return span


def names_coordinated(after: Tok, then: Tok, beyond: Tok, lex: ActorsLexicon) -> bool:
    """Whether "and the" + a capitalised word (`after`, `then`, `beyond`) after a name joins a second name: a named
    entity of spaCy's opening at "the" or at the word ("the Florida Department of Transportation"), or a title, a
    role or a role's modifier ("the Acting Premier", "the Prime Minister"), not a title of a work ("Harry Potter and
    the Prisoner of Azkaban")."""
    if after.lower != "and" or then.lower != "the":
        return False
    if beyond.ent_type in {"ORG", "PERSON", "GPE", "NORP", "FAC"} and (then.ent_iob == "B" or beyond.ent_iob == "B"):
        return True
    word = beyond.lower.rstrip(".")
    return word in lex.titles or word in lex.role_nouns or word in lex.role_modifiers or word in lex.office_modifiers
