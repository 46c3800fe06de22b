"""'The Prime Minister', 'the PM', 'the president' in an article that says the office without its holder: the
person who held that office of the state the article is about on the article's date (`dated-office`, actors49,
issue 12).

The offices and their dated holders are the registry's (`registry.Office`, config/actors_offices.yaml). The rule
links a bare, definite office ("the Prime Minister", "the PM's plan", "the chancellor of the exchequer") when:

- the article has a date (its source's `published_at`: web pages' metadata; the BBC text files give none, so
  there it never fires) and one holder held the office on that day (none on a day of handover, none after the
  list's `checked` day for a term still open);
- the state the article is about (named most so far, else the article's, else the outlet's:
  `statenouns._state_so_far`, `home_state`) has that office;
- the article gives the office to nobody (no title "Prime Minister Jacinda Ardern", no "the Israeli prime minister"
  before it: `title_words`, `rival_offices`; no name beside it), and names no other holder of it as often as the
  one of its date ("the president's party always loses seats" in an essay that names Obama and Clinton more than
  Trump speaks of the office, not of its holder then);
- nothing puts the office at another time or makes it another office ("the former prime minister", "the then
  president", "the deputy prime minister", "his prime minister", "the president of the club"; a year of the sentence
  the holder held it in no day of: "In 1998 the prime minister ...", review40), and no earlier "president of the
  firm" or "the firm's president" gave the office's name to another owner (review40).

It comes after the rules that link a holder the article names (`registry-descriptor`, `role-title`): it never
overrides one.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from ..parsed import Tok
from ..registry import Office, Registry, fold
from ..syntax import surface_text
from .candidates import Candidate
from .described import Described, Referred, office_filled, owning_states
from .discovery import discovered_id
from .lexicon import ActorsLexicon
from .statenouns import _sovereign, _state_so_far, part_of_a_state, states_of_word

YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year's number: "1998", "2005"
PERSONAL_OWNERS = frozenset({"his", "her", "their", "our", "my", "your"})  # "his prime minister": `_changed`'s
OWNED_ARCS = frozenset({"poss", "appos", "nmod"})  # "his prime minister", "the PM, Jacinda Ardern", "Israel PM"
MONTHS = {
    name: k
    for k, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")),
        start=1,
    )
    for name in names
}  # fmt: skip
HOLDER_ASIDES = frozenset({"appos", "relcl", "acl"})  # "Tony Blair, who led Britain from 1997 to 2007," (`_told_near`)
DAY_NAME_LABELS = frozenset({"EVENT", "LAW", "ORG", "FAC", "WORK_OF_ART", "PRODUCT"})  # "Good Friday Agreement"
TARGET_PREPOSITIONS = frozenset({"by", "before", "until", "till"})  # "by 2008": a target's year (`_target`)
DateSpan = tuple[date, date]  # the first and the last day a date of the article covers ("April 2007": 1-30 April)


def article_date(value: str | None) -> date | None:
    """The day of an ISO 8601 `published_at` ("2020-09-26", "2020-09-26T08:00:00Z"); None when none or unreadable."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def named_counts(first_pass: Iterable[Candidate]) -> Counter[str]:
    """How often the article names each person (the first pass's names, whole article)."""
    return Counter(c.actor_id for c in first_pass if c.actor_id and c.actor_type == "person")


def holder_on(office: Office, day: date) -> str | None:
    """Who held the office on the day: inside one term, not on a day of handover (both held it), not after
    `checked` for a term still open."""
    for term in office.terms:
        end = term.until or office.checked
        if term.since < day < end:
            return term.holder
    return None


TITLE_ARCS = frozenset({"compound", "amod", "nmod"})  # "Prime Minister Modi", "Brazilian President Bolsonaro"


def titled_holders(
    chosen: list[Candidate],
    toks: dict[int, Tok],
    registry: Registry,
    day: date | None,
    lex: ActorsLexicon,
) -> dict[int, str]:
    """'President Bolsonaro' on a page of 2020, 'Prime Minister Howard' on one of 2005: a one-word name right after an
    office's title is the holder of that office on the page's day whose surname it is (one holder among the
    offices of the title's form, of the state the words before it name if any; fix69, review67 7) -> {the name's
    token: the holder's id}. Not after a word that names no state ("Former President X", "Deputy Prime Minister X"),
    nor after a lower-case word of `lex.former_words` before the title ("former President Herzog", "then-Prime
    Minister X"; fix75, review69 6), nor a word two holders would take. A name put family name first
    (`surname_first_countries`: "Premier Wen", "President Hu") is read by its first word (fix75)."""
    if day is None:
        return {}
    found: dict[int, str] = {}
    for c in chosen:
        if c.start_i != c.end_i or c.actor_type == "state" or c.method == "descriptor":
            continue
        title = _title_before(c.start_i, toks, registry)
        if title and _after_former(title[0], toks, lex.former_words):
            continue
        holder = _titled_holder(fold(toks[c.start_i].text).lower(), title, registry, day, lex.surname_first_countries)
        if holder is not None:
            found[c.start_i] = holder
    held: dict[str, set[str]] = {}
    for i, holder in found.items():
        held.setdefault(toks[i].text, set()).add(holder)
    return {i: holder for i, holder in found.items() if len(held[toks[i].text]) == 1}


def give_titled_holders(
    chosen: list[Candidate], titled: dict[int, str], toks: dict[int, Tok], registry: Registry
) -> None:
    """The mentions `titled_holders` gives a holder to, linked to the holder whatever the page linked them to (the
    title decides: "Flavio Bolsonaro is under investigation. President Bolsonaro ..."; fix72, review69 1); the page's
    other mentions of the word where it is a discovered name of its own or another registry person's one-word alias
    (not a full name the page writes: "Michael Howard ... Mr Howard" keeps Michael Howard's "Howard"), and what the
    page linked to the word's discovered id ("the president" after "President Bolsonaro")."""
    text = " ".join(toks[i].lower for i in sorted(toks))
    holders = {toks[i].text: h for i, h in titled.items()}
    moved = {discovered_id(w): h for w, h in holders.items()}
    for c in chosen:
        word = toks[c.start_i].text if c.start_i == c.end_i else None
        holder = holders.get(word or "")
        entry = registry.entries.get(c.actor_id or "")
        aliased = entry is not None and c.method == "alias" and c.matched == word and entry.name.lower() not in text
        if holder is not None and (
            c.start_i in titled or c.actor_id == discovered_id(word or "") or aliased and entry.id != holder
        ):
            if c.actor_id != holder:
                c.actor_id, c.name, c.actor_type, c.method = holder, registry.entries[holder].name, "person", "surname"
        elif c.actor_id in moved:
            c.actor_id, c.name = moved[c.actor_id], registry.entries[moved[c.actor_id]].name


def _title_before(start: int, toks: dict[int, Tok], registry: Registry) -> list[Tok]:
    """The title words right before a name, in its sentence ("Prime Minister" of "Prime Minister Modi"); an office's
    one-word title right before it whatever its arc ("PM Morrison said", which the parser reads as an adverb; fix72,
    review69 5)."""
    words: list[Tok] = []
    k = start - 1
    while k in toks and toks[k].sent == toks[start].sent and _title_word(toks[k], start, registry):
        words.insert(0, toks[k])
        k -= 1
    return words


def _after_former(first: Tok, toks: dict[int, Tok], former: frozenset[str]) -> bool:
    """Whether a title's first word comes right after a word of `former`, a hyphen between or not ("former President",
    "then-Prime Minister", "ex-President")."""
    k = first.i - 1
    if k in toks and toks[k].text == "-":
        k -= 1
    return k in toks and toks[k].sent == first.sent and toks[k].lower.rstrip("-") in former


def _title_word(tok: Tok, start: int, registry: Registry) -> bool:
    """Whether a capitalised word before the name at `start` is part of its title: a title's arc, or an office's title
    right before the name."""
    arc = tok.dep in TITLE_ARCS or tok.i == start - 1 and fold(tok.text).lower() in registry.offices
    return arc and tok.text[:1].isupper()


def _titled_holder(
    word: str, title: list[Tok], registry: Registry, day: date, first: frozenset[str] = frozenset()
) -> str | None:
    """The one holder on `day` of the offices the title's last words say, of the states its first words name, whose
    name's or alias's last word is `word`."""
    for n in range(len(title), 0, -1):
        key = fold(surface_text(title[-n:])).lower()
        offices = registry.offices.get(key, [])
        if not offices:
            continue
        states: set[str] = set()
        for t in title[:-n]:
            named = states_of_word(t, registry)
            if not named:
                return None  # "former President X", "Deputy Prime Minister X"
            states.update(named)
        held = {holder_on(o, day) for o in offices if not states or o.state in states}
        named_so = {h for h in held if h is not None and word in _surnames(registry, h, first)}
        return next(iter(named_so)) if len(named_so) == 1 else None
    return None


def _surnames(registry: Registry, person: str, first: frozenset[str] = frozenset()) -> set[str]:
    """The folded lower-case last words of a registry person's name and aliases ("President Hassan" of another state
    is no Hassan Rouhani); the first words for a person of a country of `first` (family name first: "Wen Jiabao")."""
    entry = registry.entries[person]
    at = 0 if (entry.country_iso3 or "").lower() in first else -1
    return {fold(n).lower().split()[at] for n in (entry.name, *entry.aliases)}


def dated_office(d: Described) -> Referred | None:
    """'the Prime Minister' in a page of 26 September 2020 about the UK: Boris Johnson; 'the French president' in a
    page of 2019: Emmanuel Macron."""
    day = d.ctx.published
    if day is None:
        return None
    found = _office_said(d)
    if found is None:
        return None
    span, key, office = found
    holder = holder_on(office, day)
    if holder is None or _others_named(d, office, holder, day) or _other_year(d, office, holder):
        return None
    return Referred(holder, "person", span, [*d.mods, d.tok], key)


def era_office(d: Described) -> Referred | None:
    """'the prime minister' in an undated article about the UK (the BBC text files give no date): the office's holder
    in the era the registry declares for undated articles (`Era`, config/actors_offices.yaml: Tony Blair, the BBC
    corpus's 2004-05; actors74, review56 3), when the article names dates that put it in that person's time in the
    office (`_dates_in_era` on the dates it tells, not its targets: "In 1974 ... the prime minister" is Heath's; a
    page with no date is of no known era; a year of a handover alone is of no one holder's, actors77; "the deficit
    would close by 2010", "he will stand down before 2009" put the story in no time, review61 4), names no other
    holder of it ("Boris Johnson ... the Prime Minister": another era) unless the dates put that one in another
    office and not in this one (`_other_holder_named`: Brown the chancellor of 2005, not of June 2007; review56 2,
    review58 5), and the sentence names no year the person held it in no day of (`era-office`, actors72). Only after
    every rule that links a named holder or a dated one."""
    if d.ctx.published is not None:
        return None
    found = _office_said(d)
    if found is None:
        return None
    span, key, office = found
    holder = _era_holder(d, office)
    if holder is None:
        return None
    told = told_dates(d.ctx.sole_state_input[0])
    if not _dates_in_era(office, holder, told) or _other_holder_named(d, office, holder, told):
        return None
    if _other_year(d, office, holder):
        return None
    return Referred(holder, "person", span, [*d.mods, d.tok], key)


def named_holder_fits(d: Described, key: str, holder: str) -> bool:
    """Whether a named person's office descriptor ("the foreign secretary" of Jack Straw, `registry-descriptor`) may
    be theirs by the article's dates, when the registry dates the office (config/actors_offices.yaml: the office's
    terms, not the person's `descriptors`, say when they held it; review58 5, actors77). An office the registry does
    not date, or one the person never held there, is the descriptor's alone (True), and so is a dated article's (a
    holder it names is never overridden by its day: actors49). In an undated article no other holder the article
    names may hold it at the article's latest date (`_rival_by_dates`: "Mr Straw left in 2006 and Margaret Beckett
    took over"), and the office's own clause names no year the person held it in no day of (`_clause_year_outside`:
    "In 1992 the prime minister ..."). The person being named stands for the era: no date is needed, and a date of a
    history ("secured by Margaret Thatcher in 1984") or a target ("by 2008") does not block. In a dated article (a web
    page's metadata) a person who held the office on no day near the page's is its holder only when the page tells
    a date of their time ("In 2003 Tony Blair took Britain to war. The prime minister said ..."): "Tony Blair spoke
    on Friday. The prime minister said ..." on a page of 2020 is no longer Blair's (actors82; actors49 had let a
    named holder win over the page's day)."""
    office = covered_office(d, key, holder)
    if office is None:
        return True
    if d.ctx.published is not None:
        return _holds_on_the_pages_day(d, office, holder, d.ctx.published)
    dates = told_dates(d.ctx.sole_state_input[0])
    return not _rival_by_dates(d, office, holder, dates) and not _clause_year_outside(d, office, holder)


def titled_holder_fits(d: Described, key: str, holder: str) -> bool:
    """Whether a dated page may give a title's office to the person it introduced with it (`role-title`: "Prime
    Minister Tony Blair ... the prime minister"): as a named holder's descriptor (`_holds_on_the_pages_day`), when the
    registry dates the office and the person held it (fix63, review62 3). An undated article, a discovered person or an
    office the registry does not date: the title's alone (True)."""
    if d.ctx.published is None or holder not in d.registry.entries:
        return True
    office = covered_office(d, key, holder)
    return office is None or _holds_on_the_pages_day(d, office, holder, d.ctx.published)


def _holds_on_the_pages_day(d: Described, office: Office, holder: str, day: date) -> bool:
    """Whether a dated page may give the office to the person it names: they held it on its day (or the day is one
    of a handover of theirs), or the page tells a date (not a target) of their time in it, does not name the holder of
    its day (fix63, review62 2) and the mention's own clause names no year outside it."""
    held = _held_in(office, holder)
    if _meets((day, day), held):
        return True
    current = holder_on(office, day)
    if current is not None and current != holder and d.ctx.named_counts[current] > 0:
        return False  # the page names the holder of its day: "the prime minister" is no past holder's (review62 2)
    if _pages_day_said(d):
        return False  # "The prime minister said on Monday ...": the page's own time, not the past holder's (review62 1)
    told = _told_near(d, holder)
    return any(_meets(span, held) for span in told) and not _clause_year_outside(d, office, holder)


def _pages_day_said(d: Described) -> bool:
    """Whether the office's clause says a day of the page's own time (`page_day_words`: "The prime minister said on
    Monday", "On Friday the prime minister said", "said fees would rise on Monday"; review62 1): a day word in the
    subtree of the verb the office hangs on. Not one of a clause above it ("The inquiry heard on Monday that the
    prime minister had said Iraq had weapons"), a day word of a name ("the Good Friday Agreement": a capitalised
    modifier not opening the sentence, or a name's entity), nor one of a date with its year ("on Tuesday 18 March
    2003": that year's day; review64 11 a, actors88)."""
    verb = _clause_verb(d.tok)
    toks = d.sent.tokens
    inside = {t.i for t in verb.subtree()} if verb is not None else {t.i for t in toks}
    first = toks[0].i
    for k, t in enumerate(toks):
        if t.lower not in d.lex.page_day_words or t.i not in inside or t.ent_type in DAY_NAME_LABELS:
            continue
        if any(
            c.dep in {"compound", "amod"} and c.i < t.i and c.i != first and c.text[:1].isupper() for c in t.children
        ):
            continue  # "the Good Friday Agreement"
        if not any(_a_year(u) for u in _date_words(toks, k)):
            return True
    return False


def _date_words(toks: list, k: int) -> list:
    """The words of the date entity around the `k`th token ("Tuesday 18 March 2003"), the token alone when it is of
    none."""
    if toks[k].ent_type != "DATE":
        return [toks[k]]
    lo, hi = k, k
    while lo > 0 and toks[lo - 1].ent_type == "DATE":
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].ent_type == "DATE":
        hi += 1
    return toks[lo : hi + 1]


def _told_near(d: Described, holder: str) -> list[DateSpan]:
    """The dates (not targets) told in the mention's sentence or the one before, in a sentence that names the holder,
    outside the holder's own apposition or relative clause ("Tony Blair, who led Britain from 1997 to 2007,": a
    term that ended is a sign of "former"): "In 2003 Tony Blair took Britain to war. The prime minister said ...";
    not a date told elsewhere on the page ("NHS spending has doubled since 2000"; review62 1, actors83)."""
    here = d.tok.sent
    named = [(s, end_i) for s, end_i, a in d.ctx.names_in_order if a == holder and here - 1 <= s <= here]
    sents = {s for s, _ in named}
    near = [t for t in d.ctx.sole_state_input[0] if t.sent in sents]
    by_i = {t.i: t for t in near}
    aside = {
        x.i
        for _, end_i in named
        if end_i in by_i
        for c in by_i[end_i].children
        if c.dep in HOLDER_ASIDES
        for x in c.subtree()
    }
    return [_date_span(near, j) for j, t in enumerate(near) if _a_year(t) and not _target(t) and t.i not in aside]


def named_as_former(d: Described, person: str, head: str) -> bool:
    """'Former president Mohammad Khatami': the article names the person with a role modifier before an office's head
    word ("former", "ex", "deputy": `role_modifiers`), so the office of the day is someone else's (review9); or with
    a word of a past time on it ("the then prime minister Tony Blair", "the late president": `past_office_words`,
    which spaCy tags RB and an intro leaves out; fix63, review62 3)."""
    intro = d.ctx.intros.get(person)
    if intro is None or head not in intro.words:
        return False
    at = intro.words[head]
    if any(c.lower in d.lex.past_office_words and c.i < at.i for c in at.children):
        return True
    return any(w in d.lex.role_modifiers and tok.i < at.i for w, tok in intro.words.items())


def covered_office(d: Described, key: str, holder: str) -> Office | None:
    """The registry office a descriptor says ("prime minister", "US president", "Scottish first minister": a form of
    it, after any words before) that the person held in one of its terms; none for another office ("deputy prime
    minister", "lord chancellor": their holders hold no term of the office)."""
    for office in _registry_offices(d):
        if any(t.holder == holder for t in office.terms) and any(
            key == f or key.endswith(" " + f) for f in office.forms
        ):
            return office
    return None


def _rival_by_dates(d: Described, office: Office, holder: str, dates: list[DateSpan]) -> bool:
    """Whether the article names another holder of the office whom its latest date (an article is of that date or
    later; a history's date before it is no evidence: "John Major ... in 1992" in a story of 2001) may put in it,
    a handover year with it ("2007" for Blair and Brown). With no date, the era decides: no rival when the era gives
    the office to the named holder (Blair, prime minister) or the other person another office (Brown, chancellor);
    else the other person blocks (Blunkett's "home secretary" with no era holder, a later holder the era gives no
    office)."""
    era = d.registry.era_holders
    latest = max(dates, key=lambda span: span[1]) if dates else None
    for term in office.terms:
        other = term.holder
        if other == holder or d.ctx.named_counts[other] == 0:
            continue
        if latest is not None:
            if _meets(latest, _held_in(office, other)):
                return True
        elif era.get(office.id) != holder and not any(h == other and o != office.id for o, h in era.items()):
            return True
    return False


def _a_year(t) -> bool:
    """A year's number in a date ("2005" of "in 2005", "12 May 2005")."""
    return bool(YEAR.fullmatch(t.text)) and t.ent_type == "DATE"


def _target(t) -> bool:
    """A year a target or a limit names ("by 2008", "by the end of 2008", "before 2015", "until 2010"): a time to
    come, which puts no one in an office."""
    for up in t.ancestors()[:4]:
        if up.lower in TARGET_PREPOSITIONS:
            return True
        if up.pos in {"VERB", "AUX"}:
            return False
    return False


def _clause_year_outside(d: Described, office: Office, holder: str) -> bool:
    """Whether the clause of the office's mention names a year (a date's, not a target's) in which the person held
    the office on no day: "In 1992 the prime minister promised" (the year on the mention's own verb); not a year
    of a clause inside it ("the rebate, secured by Margaret Thatcher in 1984", "the jailing of 11 people in 1974")."""
    verb = _clause_verb(d.tok)
    if verb is None:
        return False
    held = _held_in(office, holder)
    return any(
        _a_year(t) and not _target(t) and _year_verb(t) is verb and not _meets(_date_span(d.sent.tokens, k), held)
        for k, t in enumerate(d.sent.tokens)
    )


def _clause_verb(t):
    """The nearest verb above a token (the head of its clause), or None."""
    return next((up for up in t.ancestors() if up.pos in {"VERB", "AUX"}), None)


def _year_verb(t):
    """The verb a year's date hangs on through prepositions and the date's own words only ("In 1992 ... promised",
    "at the end of 1992"), or None: a year of a noun ("bomb attacks on pubs in 1974") dates the noun."""
    for up in t.ancestors():
        if up.pos in {"VERB", "AUX"}:
            return up
        if up.pos != "ADP" and up.ent_type != "DATE":
            return None
    return None


def _era_holder(d: Described, office: Office) -> str | None:
    """The holder of the office in the undated articles' era, as the registry declares it (`Era`,
    config/actors_offices.yaml: Tony Blair for the UK's prime minister); none for an office the era leaves out (the
    home secretary of 2004-05: Blunkett and Clarke). Not read from the persons' `descriptors` (review56 3)."""
    return d.registry.era_holders.get(office.id)


def _other_holder_named(d: Described, office: Office, holder: str, dates: list[DateSpan]) -> bool:
    """Whether the article names another holder of the office anywhere (its first pass): it may speak of their time
    ("Boris Johnson"); not one whom every date the article names puts in another office of the registry's lists and
    not in this one ("Gordon Brown set out his budget for 2005": the chancellor then, Blair the prime minister). A
    person the lists give no other office (Alistair Darling, Margaret Beckett), whose other office the dates do not
    reach ("Gordon Brown ... 2008": prime minister then), or whom a date may put in either ("in June 2007", "2007":
    chancellor until 27 June, prime minister after; review58 5) blocks (review56 2)."""
    for term in office.terms:
        if term.holder == holder or d.ctx.named_counts[term.holder] == 0:
            continue
        if not _dates_in_other_office(d, office, term.holder, dates):
            return True
    return False


def _dates_in_other_office(d: Described, office: Office, person: str, dates: list[DateSpan]) -> bool:
    """Whether every date (there is one at least) lies wholly inside the person's time in one office of the registry
    other than `office` and meets none of their time in `office`: "2005" and "April 2007" put Brown in the
    Treasury; "2007" and "June 2007" do not (he left it on 27 June), nor does "1997" (he took it on 2 May)."""
    held = [
        (t.since, t.until or other.checked)
        for other in _registry_offices(d)
        if other.id != office.id
        for t in other.terms
        if t.holder == person
    ]
    here = _held_in(office, person)
    return bool(dates) and all(_meets((first, last), held) and not _meets((first, last), here) for first, last in dates)


def _held_in(office: Office, person: str) -> list[tuple[date, date]]:
    """The person's terms of the office, each from its first day to its last (`checked` for one still open)."""
    return [(t.since, t.until or office.checked) for t in office.terms if t.holder == person]


def _meets(span: DateSpan, terms: list[tuple[date, date]]) -> bool:
    """Whether the date shares a day with one of the terms."""
    return any(span[0] <= until and since <= span[1] for since, until in terms)


def _registry_offices(d: Described) -> list[Office]:
    """Every office of the registry once (`Registry.offices` lists each under each of its forms)."""
    return list({o.id: o for offices in d.registry.offices.values() for o in offices}.values())


def article_dates(toks: list) -> list[DateSpan]:
    """The dates the article names, one for each year of a date ("2005": the year; "April 2007": the month; "12 May
    2008", "May 12, 2008": the day), each as its first and last day (actors77: a month settles a handover year)."""
    return [_date_span(toks, j) for j, t in enumerate(toks) if _a_year(t)]


def told_dates(toks: list) -> list[DateSpan]:
    """The article's dates but a target's ("by 2008", `_target`): the times the article tells of."""
    return [_date_span(toks, j) for j, t in enumerate(toks) if _a_year(t) and not _target(t)]


def _date_span(toks: list, j: int) -> DateSpan:
    """The days a year's date covers: its month's, or its day's, when a month name of the same date comes just before
    the year (with a day beside it)."""
    year = int(toks[j].text)
    for k in range(j - 1, max(j - 4, -1), -1):
        t = toks[k]
        if t.ent_type != "DATE" or t.sent != toks[j].sent:
            break
        month = MONTHS.get(t.lower.rstrip("."))
        if month is None:
            continue
        last = calendar.monthrange(year, month)[1]
        near = [toks[i] for i in (k - 1, k + 1) if 0 <= i < len(toks) and i != j]
        days = [int(x.text) for x in near if x.text.isdigit() and x.ent_type == "DATE" and 1 <= int(x.text) <= last]
        if days:
            return date(year, month, days[0]), date(year, month, days[0])
        return date(year, month, 1), date(year, month, last)
    return date(year, 1, 1), date(year, 12, 31)


def _dates_in_era(office: Office, holder: str, dates: list[DateSpan]) -> bool:
    """Whether the article names a date, every date lies from the year the holder first held the office to a year
    after they last left it, and one of them lies wholly in the holder's time and meets no other holder's (the
    article is of that time). No date: nothing says the page is of that era, and an undated page of 2020 ("Downing
    Street said the prime minister would chair a Cobra meeting on the coronavirus outbreak") is not Blair's (review56
    1; 11 of actors72's 21 BBC rows name no year and are given up). A year before: a history of another holder's
    time ("Documents released under the 30-year rule ... 1974"); over a year after: a later page. A year just after
    the term is allowed beside one of the term (the BBC stories of 2004-05 name targets for 2008), and so is a
    year of a handover ("by 2007"); alone, neither is of one holder's time (review58 5: "in 2007 the prime minister"
    may be Blair's or Brown's; "in April 2007" is Blair's)."""
    if not dates:
        return False
    mine = _held_in(office, holder)
    others = [term for other in {t.holder for t in office.terms} - {holder} for term in _held_in(office, other)]
    first = min(since for since, _ in mine).year
    last = max(until for _, until in mine).year
    in_window = all(first <= start.year and end.year <= last + 1 for start, end in dates)
    anchored = any(
        any(since <= start and end <= until for since, until in mine) and not _meets((start, end), others)
        for start, end in dates
    )
    return in_window and anchored


def _office_said(d: Described) -> tuple[list, str, Office] | None:
    """The office a bare, definite office phrase says ("the Prime Minister", "the PM", "the British prime minister"):
    its words, their key and the registry office of the state the words or the article name; none when the phrase is
    another's office, given to someone or changed (`dated_office`, `era_office`)."""
    if d.tok.dep == "compound" or _no_office_word(d) or office_filled(d):
        return None  # "hopes to become India's prime minister": the office to hold, not its holder (fix69)
    span, key, said = _office_phrase(d)
    if _owned_by_another(d):
        _mark_rivals(d, d.registry.offices.get(_bare_key(d), []))  # "the president of the firm": "the president" after
        return None
    offices = d.registry.offices.get(key, []) if span else []
    leader = not offices and bool(span) and key in d.lex.state_leader_nouns  # "the Russian leader" (actors83)
    if leader:
        offices = _leader_offices(d)
    if not offices:
        return None
    owners = _owner_states(d)
    states = said | owners
    office = _said_office(d, offices, states) if states else None
    if leader and (len(states) != 1 or office is None):
        return None  # "the leader" says no state; "the Israeli leader": no office of the registry's, no rival either
    if len(states) > 1 or states and office is None:
        _mark_rivals(
            d, offices
        )  # "the Israeli prime minister", "Israel's PM": "the prime minister" after it may be his
        return None
    if not (d.definite or owners) or _changed(d, span) or _given_to_someone(d, offices):
        return None
    if office is None:
        state = _state_so_far(d, before_any=True) or d.ctx.home_state
        office = next((o for o in offices if o.state == state), None) or _nation_office(d, offices, state)
    return None if office is None else (span, key, office)


# (id of the registry's offices, their number, id of the leader nouns) -> those two and every office form and leader
# noun in one text (`_no_office_word`); the objects kept so that their ids stay theirs
_OFFICE_TEXTS: dict[tuple[int, int, int], tuple[object, object, str]] = {}


def _office_text(offices: dict[str, list[Office]], leader_nouns: frozenset[str]) -> str:
    """The registry's office forms (`Registry.offices`' keys) and the state leader nouns, one a line."""
    key = (id(offices), len(offices), id(leader_nouns))
    kept = _OFFICE_TEXTS.get(key)
    if kept is None:
        kept = _OFFICE_TEXTS[key] = (offices, leader_nouns, "\n".join([*offices, *sorted(leader_nouns)]))
    return kept[2]


def _no_office_word(d: Described) -> bool:
    """Whether the noun's word is in no office form of the registry nor any state leader noun, so that no phrase
    around it can say an office (speed63): every key `_office_said` looks up (`_office_phrase`'s, `_bare_key`'s, the
    leader noun's) is the folded lower-case text of tokens that hold the noun, and a word of ASCII is itself in it
    (`fold` leaves ASCII as it is and NFKD moves or drops no ASCII character beside others; `lower` lowers each
    ASCII character alone). Such a noun makes `_office_said` answer None at its first offices lookup and mark no
    rival (its `_mark_rivals` are of offices found under those keys): the same, without the phrase's work."""
    text = d.tok.text
    return text.isascii() and text.lower() not in _office_text(d.registry.offices, d.lex.state_leader_nouns)


def _leader_offices(d: Described) -> list[Office]:
    """Each state's one registry office of `state_leader_offices` (its president or its prime minister), for "the
    Russian leader", "the British leader" (actors83); none of a state the registry gives two such offices, nor of one
    with an office named a leader ("the Iranian leader" may be its president or its supreme leader; actors86)."""
    by_state: dict[str, list[Office]] = {}
    led: set[str] = set()
    for office in _registry_offices(d):
        forms = {fold(f) for f in office.forms}
        if d.lex.state_leader_offices & forms:
            by_state.setdefault(office.state, []).append(office)
        if any(f.split()[-1] in d.lex.state_leader_nouns for f in forms):
            led.add(office.state)
    return [found[0] for state, found in by_state.items() if len(found) == 1 and state not in led]


def _said_office(d: Described, offices: list[Office], states: set[str]) -> Office | None:
    """The office of the state the words before it or its owner name: "the British prime minister"; a nation's
    ("the Scottish first minister", "Wales's first minister", actors51) by the nation the word names, not its
    sovereign state's."""
    office = next((o for o in offices if o.state in states), None)
    if office is not None:
        return office
    nations = {n for o in offices for n in _said_nations(d) if o.state == n}
    return next((o for o in offices if o.state in nations), None) if len(nations) == 1 else None


def _said_nations(d: Described) -> set[str]:
    """The nations inside a state (Scotland, Wales) the words before the office or its owner name."""
    words = [*d.mods, *_state_nmods(d), *(c for c in d.tok.children if c.dep == "poss")]
    return {s for w in words for s in _raw_states(d, w) if part_of_a_state(s, d.registry)}


def _nation_office(d: Described, offices: list[Office], state: str | None) -> Office | None:
    """A nation's office ("the first minister" of Scotland, actors51) when the article names that nation and no
    other nation with the same office, inside the state it is about (or, with no state, inside any)."""
    named = [
        o
        for o in offices
        if part_of_a_state(o.state, d.registry)
        and d.ctx.state_counts[o.state] > 0
        and (state is None or _sovereign(o.state, d.registry) == state)
    ]
    return named[0] if len(named) == 1 else None


def _office_phrase(d: Described) -> tuple[list, str, set[str]]:
    """The office's words, from its first modifier that names no state to the noun ("Prime Minister" of "the British
    Prime Minister"), with an "of" phrase after it that makes one office with it ("chancellor of the exchequer"); their
    folded lower-case key; and the sovereign states the words before them name ("British", "US"; a word the registry
    knows no state of, "Democratic", stays in the office's words, which then say no office of the registry)."""
    toks = d.sent.tokens
    k = d.tok.i - toks[0].i
    said: set[str] = set()
    mods = sorted([*d.mods, *_state_nmods(d)], key=lambda t: t.i)
    while mods and _states_of_mod(d, mods[0]):
        said |= _states_of_mod(d, mods.pop(0))
    first = mods[0].i - toks[0].i if mods else k
    span = toks[first : k + 1]
    key = fold(surface_text(span)).lower()
    if d.owner is None:
        return span, key, said
    of_states = owning_states(d) if not any(c.dep == "poss" for c in d.tok.children) else set()
    if of_states:
        return span, key, said | {_sovereign(s, d.registry) for s in of_states}  # "the president of France" (actors83)
    of_words = sorted([d.owner, *(t for c in d.owner.children for t in c.subtree())], key=lambda t: t.i)
    whole = toks[first : of_words[-1].i - toks[0].i + 1]
    whole_key = fold(surface_text(whole)).lower()
    return (whole, whole_key, said) if whole_key in d.registry.offices else ([], "", said)


def _bare_key(d: Described) -> str:
    """The folded lower-case key of the office's words without the state words before them nor an "of" phrase."""
    toks = d.sent.tokens
    mods = list(d.mods)
    while mods and _states_of_mod(d, mods[0]):
        mods.pop(0)
    first = (mods[0] if mods else d.tok).i - toks[0].i
    return fold(surface_text(toks[first : d.tok.i - toks[0].i + 1])).lower()


def _owned_by_another(d: Described) -> bool:
    """'the president of the firm', 'the president of Harvard', 'the company's president', 'its president': an
    owner that names no state makes the office another's (review40: a bare "the president" after it may be its
    holder, not the state's); a personal owner ("his prime minister") is `_changed`'s only, and a party's ("the
    opposing party's president", `led_group_nouns`) or the country's ("the country's president",
    `country_descriptors`, `state_descriptors`) is the state's office."""
    stately = d.lex.led_group_nouns | d.lex.country_descriptors | d.lex.state_descriptors
    poss = [c for c in d.tok.children if c.dep == "poss" and c.lower not in stately]
    if any(c.lower not in PERSONAL_OWNERS and not _states_of_mod(d, c) for c in poss):
        return True
    pobjs = [c for c in d.owner.children if c.dep == "pobj"] if d.owner is not None else []
    return any(_names_an_owner(p) and not _states_of_mod(d, p) for p in pobjs)


def _names_an_owner(pobj) -> bool:
    """A name or a definite noun after "of" ("of Harvard", "of the firm", "of its board"), not "of modern times"."""
    if pobj.pos == "PROPN" or pobj.ent_type in {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}:
        return True
    return pobj.pos == "NOUN" and any(c.dep in {"det", "poss"} and c.lower != "a" for c in pobj.children)


def _state_nmods(d: Described) -> list:
    """A state's word before the office that the parse hangs on it as `nmod`, not `amod` ("The Welsh first
    minister", actors51): a state word like the `amod` ones."""
    return [c for c in d.tok.children if c.dep == "nmod" and c.i < d.tok.i and _raw_states(d, c)]


def _states_of_mod(d: Described, mod) -> set[str]:
    """The sovereign states a word before an office names, by the registry's names and demonyms or as a linked state."""
    return {_sovereign(s, d.registry) for s in _raw_states(d, mod)}


def _raw_states(d: Described, mod) -> set[str]:
    """The states and nations a word names, by the registry's names and demonyms or as a linked state ("Scottish":
    Scotland)."""
    states = set(states_of_word(mod, d.registry))
    linked = d.linked.get(mod.i)
    if linked is not None and linked.actor_type == "state" and linked.actor_id:
        states.add(linked.actor_id)
    return states


def _owner_states(d: Described) -> set[str]:
    """The state that owns the office ("Britain's prime minister", "Israel's PM"): its sovereign state; none when no
    state owns it (another owner, "his prime minister", "the party's president", is `_changed`'s)."""
    owners = [c for c in d.tok.children if c.dep == "poss"]
    return _states_of_mod(d, owners[0]) if len(owners) == 1 else set()


def _mark_rivals(d: Described, offices: list[Office]) -> None:
    """Another state's office: its bare names ("the prime minister", "the PM") after it may be its holder."""
    d.ctx.rival_offices.update(fold(f) for o in offices for f in o.forms)


def _changed(d: Described, span: list) -> bool:
    """A word that puts the office at another time or makes it another ("the then prime minister", "the former
    president", "the deputy PM"), an owner ("his prime minister", "Israel's PM") or a name beside it ("the PM,
    Jacinda Ardern")."""
    inside = {t.i for t in span} | {m.i for m in [*d.mods, *_state_nmods(d)]}  # the state words: `_office_phrase`
    words = d.lex.office_time_words | d.lex.role_modifiers
    for c in d.tok.children:
        if c.i in inside or c.dep == "det" and c.lower == "the" or c.dep == "poss" and d.linked.get(c.i) is not None:
            continue
        if c.dep in OWNED_ARCS or c.lower in words or c.dep in {"amod", "compound", "advmod"} and c.i < d.tok.i:
            return True
    return d.tok.dep == "appos" or any(t.lower in words for t in span)


def _given_to_someone(d: Described, offices: list[Office]) -> bool:
    """Whether the article gives one of the office's names to someone as a title or another state's office ("Prime
    Minister Jacinda Ardern", "the Israeli prime minister" before it): that person may be meant."""
    names = {fold(f) for o in offices for f in o.forms}
    return bool(names & d.ctx.title_words) or bool(names & d.ctx.rival_offices)


def _other_year(d: Described, office: Office, holder: str) -> bool:
    """'In 1998 the prime minister promised a new law' in a page of 2020: the sentence names a year (a date's) in
    which the holder of the article's date held the office on no day: it speaks of the office at another time
    (review40). Not a year after the article's ("The prime minister promised net zero by 2050", "the target for 2030":
    the holder of its date speaks of a time to come; review41)."""
    now = d.ctx.published.year if d.ctx.published is not None else None
    years = {
        int(t.text)
        for t in d.sent.tokens
        if _a_year(t) and (now is None or int(t.text) <= now) and (now is not None or not _target(t))
    }
    held = [(t.since.year, (t.until or office.checked).year) for t in office.terms if t.holder == holder]
    return any(not any(since <= year <= until for since, until in held) for year in years)


def _others_named(d: Described, office: Office, holder: str, day: date) -> bool:
    """Whether the article names the office's earlier holders at least as often as the one of its date (it may speak
    of the office in their time, or of the office itself); not one it names as a former holder ("Former prime minister
    Tony Blair spoke ... The prime minister said ...": the holder of the page's day; actors82)."""
    heads = {f.split()[-1] for f in office.forms}
    others = {
        t.holder for t in office.terms
        if t.since < day and t.holder != holder and not any(named_as_former(d, t.holder, h) for h in heads)
    }  # fmt: skip
    named = sum(d.ctx.named_counts[o] for o in others)
    return named > 0 and d.ctx.named_counts[holder] <= named
