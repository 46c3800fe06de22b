"""Typing discovered names: what a name the registry lacks is, or that it is no actor at all.

`TYPE_RULES` are applied in order to each mention of a discovered name (`Named`); the first that
fires gives a `Verdict`: an actor type, or None for a name that is no actor (a product, a work of
art, an event, a place, a common noun), with the cue tokens behind it. A verdict is about the
name (it holds for every mention of the name in the article: "the film Mary Poppins" makes every
"Mary Poppins" a work) or only about this mention ("Xbox consoles": here the name is part of a
product). `type_names` decides each mention: its own verdict, else the article's best verdict on
the same name (`article-agreement`), else a company for an organisation's name in an article about
business (`business-article`), else the type spaCy's label gives (`ner-label`; for a name labelled
differently in the article, the label most of its mentions have). The rule is recorded
on the mention as `type_rule` with its cue.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..actortypes import LABEL_ONLY_RULES
from ..parsed import Tok
from ..records import ActorType
from ..rules import Rule, first_match
from ..syntax import lemma
from .candidates import Candidate
from .context import ArticleInfo
from .discovery import NAME_PREPOSITIONS, camel_case_body, head_type, initials, org_word
from .found import is_location_use, word_in
from .lexicon import ActorsLexicon
from .named import OBJECT_DEPS, QUOTES, Named, Verdict, phrase_set, with_word
from .nonactors import (
    apposed_firm_noun,
    arts_title,
    body_after_the,
    character,
    common_name,
    common_noun,
    determiner_before_name,
    flora_name,
    headline_word,
    held_event,
    known_non_actor,
    named_concept,
    office_before_a_name,
    portfolio,
    product_part,
    reporters_initials,
    sport_ground,
    title_portfolio,
    work_title,
)
from .pagelines import cited_venue, label_only, no_evidence_names, recipe_food, software_firm_acts, software_firms
from .personhood import one_word_evidence, person_evidence, sole_persons_pronoun
from .places import (
    address_place,
    compass_place,
    constituency_or_nearby,
    county_short_form,
    cut_name,
    institution_as_place,
    landscape_name,
    landscape_of_name,
    listed_with_places,
    origin_name,
    person_label_in_a_place,
    place_of_a_bodys_name,
    place_or_event_name,
    region_of_name,
    region_word_name,
    residence_place,
)
from .teams import VERSUS
from .usplaces import AMBIGUOUS_STATES, CITY_STATES

_INITIAL = re.compile(r"[A-Z]\.?")
_SYMBOL = re.compile(r"[/+&#@=|\\]+")  # a token of symbols only: "/" of "C/C++", "&" of "A&E"
INVESTMENTS = frozenset({"share", "stake", "investment"})  # "shares in Yukos" (not "executives in Japan")
PLURAL_FORMS = frozenset({"have", "are", "were"})  # a verb's forms that agree with a plural subject only


def title_before(n: Named) -> Verdict | None:
    """'Mr Mubanga', 'Sir Anthony Meyer': a title or honorific before the name makes a person."""
    if n.label == "TITLE":
        return Verdict("person", tuple(n.cand.before))
    titles = [t for t in n.cand.before if t.lower.rstrip(".") in n.lex.titles]
    left = n.info.before(n.span[0])
    if not titles and left is not None and left.text[:1].isupper() and left.lower.rstrip(".") in n.lex.titles:
        titles = [left]
    return Verdict("person", (titles[-1],)) if titles else None


def line_up(n: Named) -> Verdict | None:
    """'Worsley, O'Connor, Dallaglio (capt)', 'Stone (Cisse 76)': a name of a sport report's team sheet (`lineups`)
    is a player's, whatever spaCy labels it (an organisation, a place); the cue the sheet's captain's mark,
    substitution, initial or label of substitutes (actors58)."""
    if n.label in {"PERSON", "TITLE"}:
        return None
    found = n.info.on_sheet(n.span)
    if found is None:
        return None
    cue = n.info.toks.get(found[1]) if found[1] is not None else None
    return Verdict("person", (cue or n.span[0],))


def initial_name(n: Named) -> Verdict | None:
    """'S Lamont', 'L McConnell': an initial and a capitalised name (not a unit a number is written with: "the 50K
    Walk"; not a letter joined to the next word by a symbol: "C/C++", "A&E" name no person, actors35; nor by a hyphen:
    "T-Mobile", actors52)."""
    if len(n.span) >= 2 and _INITIAL.fullmatch(n.span[0].text) and n.span[-1].text[:1].isupper():
        if any(_SYMBOL.fullmatch(t.text) for t in n.span[1:]) or letter_joined(n.span):
            return None
        left = n.info.before(n.span[0])
        if left is not None and not left.space_after and left.text[-1:].isdigit():
            return None
        return Verdict("person", (n.span[0],))
    return None


def letter_joined(span: list[Tok]) -> bool:
    """'T-Mobile', 'G-Unit', 'C-SPAN': a capital letter joined to the next word by a hyphen, no space either side, is
    one word of a name, no initial (review39's strict xfail; actors52)."""
    return len(span) >= 3 and span[1].text == "-" and not span[0].space_after and not span[1].space_after


# nouns business news calls a firm by as often as a person ("rival Shell", "Market leader Nintendo", "adviser
# JPMorgan", "broker Marsh & McLennan", "steel producer Baoshan"): no person's cue on a name spaCy labels a body, in an
# article about business (actors56)
MARKET_ROLES = frozenset({"rival", "leader", "adviser", "advisor", "broker", "producer", "partner", "investor"})


def person_noun(n: Named) -> Verdict | None:
    """'striker Kolo Toure', 'Tony Roche, the coach', 'Martin Mubanga, 32,': a person."""
    if n.label not in {"PERSON", "ORG", "GPE"}:
        return None
    maker = works_maker(n)
    if maker is not None:
        return Verdict("person", maker)
    if band_noun_right_before(n) is not None:
        return None  # "Devon singer Joss Stone and rock band Muse": the band's own noun, not the conjunct's (actors95)
    nouns = n.lex.person_nouns | n.lex.role_nouns
    if n.info.business and n.label != "PERSON":
        nouns = nouns - MARKET_ROLES  # "rival Shell", "market leader Nintendo": a firm (actors56)
    elif n.info.business and len(n.words) == 1:
        # so is a one-word name spaCy labels a person's ("rival Ryanair", "Russian crude producer Yukos", "rival
        # suitor Euronext": actors59); but a leader other than the market's (`market_leader`) is a person's noun
        # ("Militia leader Sadr warned foreign oil firms": review48)
        nouns = nouns - (MARKET_ROLES - {"leader"})
    # "executives of Ireland's airline, Aer Lingus": a plural noun that is not right before the name is no cue
    # ("its stars Hilary Swank and Morgan Freeman" is)
    single = [a for a in n.appositions if a.tag != "NNS" or a.i > n.span[-1].i or a.i == n.span[0].i - 1]
    if employer_of_named_person(n):
        single = []  # "Lance Friedmann, Kraft senior vice president": the office is Friedmann's (actors59)
    words = [t for t in _person_words_before(n) + single if not _plural_before_one_name(t, n)]
    cue = with_word([t for t in words if not market_leader(t, n)], nouns)
    if cue is None:
        cue = _role_noun_right_before(n, nouns)
    if cue is None:
        cue = _object_of_a_persons_verb(n)
    if cue is None:
        right = n.info.after(n.span[-1])
        age = n.info.after(right) if right is not None and right.text == "," else None
        if age is not None and age.text.isdigit() and 10 <= int(age.text) <= 110:
            after_age = n.info.after(age)
            if after_age is not None and after_age.text == ",":
                cue = (age,)
    return Verdict("person", cue) if cue else None


MAKER_NOUNS = frozenset({"maker", "makers"})
HYPHENS = frozenset({"-", "–"})


def works_maker(n: Named) -> tuple[Tok, ...] | None:
    """'Documentary maker Michael Cockerell', 'Dutch film-maker Theo van Gogh', 'games maker Peter Molyneux': a name
    spaCy labels a person's after "maker" whose own word before it (written apart or hyphened) is a work noun
    (`work_nouns`) makes works, a person (actors95; fix94 found 8 such persons typed a company by the firm noun
    "maker"). The work noun and "maker" are the cue. Not "car maker Aston Martin", "parts maker Robert Bosch", "wine
    maker Robert Mondavi" (no work noun), nor "Game maker Valve" (spaCy labels the firm an organisation)."""
    if n.label != "PERSON":
        return None
    maker = next((t for t in reversed(n.before) if t.lower in MAKER_NOUNS), None)
    if maker is None:
        return None
    work = n.info.before(maker)
    if work is not None and work.text in HYPHENS:
        work = n.info.before(work)
    if work is None or not (work.lower in n.lex.work_nouns or lemma(work) in n.lex.work_nouns):
        return None
    return (work, maker)


def _role_noun_right_before(n: Named, nouns: frozenset[str]) -> tuple[Tok, ...] | None:
    """ "former England full-back Dusty Hare", "Former double world champion Kelli White and Olympic relay star Alvin
    Harrison": a singular person's noun in small letters right before a name of two words is its title, whatever the
    parse makes the noun's head (the parser split "full-back" in three, and hung "champion" over a coordination whose
    first name it made a modifier of "star"); a hyphened word only read whole ("pretty-boy New York clothes horses":
    no boy). A name spaCy labels a person's or an organisation's, not a place's. review75's finding 10: typed an
    organisation, the name lost its surname mentions ("Hare told ...")."""
    left = n.info.before(n.span[0])
    if n.label not in {"PERSON", "ORG"} or len(n.words) != 2 or left is None:
        return None
    if left.tag != "NN" or not left.text.islower() or market_leader(left, n):
        return None
    dash, first = n.info.toks.get(left.i - 1), n.info.toks.get(left.i - 2)
    if dash is not None and dash.text == "-" and first is not None:
        # the hyphened word only as a whole: "full-back" is a player, "pretty-boy New York clothes horses" no boy
        return (first,) if f"{first.lower}-{left.lower}" in nouns else None
    return (left,) if left.lower in nouns or lemma(left) in nouns else None


def _object_of_a_persons_verb(n: Named) -> tuple[Tok, ...] | None:
    """ "to model Sophie Dahl", "The feature stars Kimberly Elise as a woman": a name of two words, the object of the
    verb right before it, is a person's, whatever spaCy labels it (an organisation's here: `arts-title` took both for
    works; actors91), where the verb is a person's noun the parse took for an infinitive ("to model") and the name
    opens with a given name (`given_names`), or an acting verb (`acting_words`: "stars", "casts") with a given name
    or "as" (the part) right after the name."""
    gov = n.governor
    if len(n.span) != 2 or n.head.dep != "dobj" or gov is None or gov.pos != "VERB" or gov.i != n.span[0].i - 1:
        return None
    if not gov.text.islower():
        return None
    given = n.span[0].lower in n.lex.given_names
    part = n.info.after(n.span[-1])
    if gov.lower in n.lex.person_nouns and given and any(c.dep == "aux" and c.lower == "to" for c in gov.children):
        return (gov,)  # "to model Sophie Dahl", not "France captain Fabien Pelous" (a person by its own cue)
    acting = lemma(gov) in n.lex.acting_words and (given or part is not None and part.lower == "as")
    return (gov,) if acting else None


def employer_of_named_person(n: Named) -> bool:
    """'said Lance Friedmann, Kraft senior vice president', 'said Dinesh Keskar, senior vice president Boeing': a name
    in the apposition a person's name (spaCy's PERSON) takes, itself or through the person's noun it hangs from, is
    the person's employer; the noun is the person's office, not the name's (actors59). Not a name spaCy labels a
    person's ("flanker Keith Gleeson, coach Eddie O'Sullivan": a misparse)."""
    gov = n.governor
    if n.head.dep != "appos" or gov is None or n.label == "PERSON":
        return False  # "flanker Keith Gleeson, coach Eddie O'Sullivan": a person's own noun (actors59-try1)
    if gov.ent_type == "PERSON" and gov not in n.span:
        return True
    above = gov.head if gov.dep == "appos" and gov.head is not gov else None
    return above is not None and above.ent_type == "PERSON"


def market_leader(t: Tok, n: Named) -> bool:
    """'Market leader Nintendo', 'market leader Diageo': the leader of a market is a firm (actors56)."""
    left = n.info.before(t)
    return t.lower == "leader" and left is not None and left.lower == "market"


def _plural_before_one_name(t: Tok, n: Named) -> bool:
    """A plural noun right before one name, joined to no other ("technology analysts Gartner", "leaders Chelsea",
    "brokers Jefferies"): the persons are the body's, the name no person's. Names joined after it are each a person's
    ("its stars Hilary Swank and Morgan Freeman", "sprinters Kostas Kenteris and Katerina Thanou"; actors50)."""
    if t.tag not in {"NNS", "NNPS"} or t.i != n.span[0].i - 1:
        return False
    right = n.info.after(n.span[-1])  # "presenters Ant and Dec", "band members Bryan Ferry, Phil Manzanera and ...":
    beyond = n.info.after(right) if right is not None else None  # names listed, whatever the parse
    if right is not None and right.lower in {"and", "&", "/"} and n.head.dep != "conj":
        return _no_name_listed_after(beyond, n)  # "leaders Chelsea and the Gunners" (actors63)
    if n.head.dep == "conj" or any(c.dep == "conj" for c in n.head.children):
        return False
    return not (right is not None and right.text == "," and beyond is not None and beyond.text[:1].isupper())


LISTED_NP_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _no_name_listed_after(word: Tok | None, n: Named) -> bool:
    """After 'leaders Chelsea and': no second name the plural noun is shared with when the words after "and" open a
    noun phrase of their own ("Premiership leaders Chelsea and the Gunners endured") or a clause whose subject is
    one name ("within six points of leaders Barcelona and Owen is confident": a singular verb after it; actors63).
    "presenters Ant and Dec are", "sprinters Kostas Kenteris and Katerina Thanou were" list two persons."""
    if word is None:
        return False
    if word.lower in LISTED_NP_OPENERS:
        return True
    if not word.text[:1].isupper():
        return False
    after = n.info.after(word)
    while after is not None and after.pos == "PROPN" and after.text[:1].isupper():
        after = n.info.after(after)  # the rest of the name after "and"
    return after is not None and (after.tag == "VBZ" or after.lower == "was")


def plural_persons_before(n: Named) -> tuple[Tok, ...] | None:
    """The plural person's noun right before one name ("technology analysts Gartner", "leaders Barcelona", "rock
    veterans New Order"): the cue of the body those persons make up (`_plural_before_one_name`; actors50)."""
    last = n.before[-1] if n.before else None
    words = [t for t in ([last] if last is not None else []) + n.appositions if _plural_before_one_name(t, n)]
    return with_word(words, n.lex.person_nouns | n.lex.role_nouns)


def _person_words_before(n: Named) -> list[Tok]:
    """The words before the name in its noun phrase that may say it is a person: none when the word right before it
    is a noun of an outlet, a band or an organisation ("Fan website Trek United", "student newspaper Varsity": the
    person's noun says who the outlet is for, the outlet's noun what the name is; actors47), a word in small letters
    the tagger calls a proper noun as well ("a research director at analyst firm Gartner": review38). Not before names
    joined by "and": the outlet's or the band's noun is the pair's, each name a person's ("DJ duo JK and Joel",
    review38)."""
    last = n.before[-1] if n.before else None
    if last is None or last.i != n.span[0].i - 1 or not last.text.islower() or last.pos not in {"NOUN", "PROPN"}:
        return n.before
    if last.dep != "compound" or last.head not in n.span or last.lower in n.lex.person_nouns | n.lex.role_nouns:
        return n.before  # "Director of television Jana Bennett", "chief executive Peter Lynch": the person's own noun
    if any(c.dep == "conj" for c in n.head.children):
        return n.before  # "DJ duo JK and Joel": the duo is the pair
    outlet = last.lower in n.lex.media_nouns | n.lex.band_nouns or org_word(last.lower, n.lex)
    return [] if outlet else n.before


LISTED_PERSONS = 2  # persons' names in a list of players beside a one-word name, at least ("Harris, Oubre and Batum")


def person_conjunct(n: Named) -> Verdict | None:
    """'Helen Steel and David Morris': a name joined to a person's name is a person's. A one-word name only in a list
    of names of which every other is a person's, two or more, in an article about sport ("Harris, Oubre Jr.,
    Covington and Batum all gave the Sixers enormous minutes": a player; actors47); not beside an organisation
    ("Chelsea and Mourinho were charged") nor outside sport ("Microsoft, Bill Gates and Paul Allen"). Never a name
    whose own head word is a body's (`body_head`: "Shabka and the University of Graz", "Gavi and the Gates
    Foundation", "Randi Weingarten, American Federation of Teachers": actors87)."""
    if n.label not in {"ORG", "GPE"}:
        return None
    if len(n.words) < 2:
        return _listed_with_players(n)
    if body_head(n.words, n.lex):
        return None
    joined = [c for c in n.head.children if c.dep == "conj"]
    if n.head.dep == "conj" and n.governor is not None:
        joined.append(n.governor)
    person = next((t for t in joined if t.ent_type == "PERSON"), None)
    return Verdict("person", (person,)) if person is not None else None


def _listed_with_players(n: Named) -> Verdict | None:
    """A one-word name in a sport article's list of names ("Batum, Oubre Jr., Covington and Patrick Beverley"), every
    other of them a person's by spaCy's label (two or more), that the article also writes after a given name ("Nic
    Batum": `_given_name_before`): the person verdict, with the first of the others for cue. A club's name is never
    written so ("Chelsea, Jose Mourinho and Frank Lampard were charged")."""
    if not n.info.sport or not any(_given_name_before(t, n) for t in n.info.toks.values() if t.text == n.head.text):
        return None
    top = n.head
    while top.dep in {"conj", "appos"} and top.head is not None and top.head is not top:
        top = top.head
    listed = [t for t in top.subtree() if t is top or t.dep in {"conj", "appos"} and t.pos == "PROPN"]
    names = [t for t in listed if t.i != n.head.i and t.ent_type]
    if len(names) != len([t for t in listed if t.i != n.head.i]) or any(t.ent_type != "PERSON" for t in names):
        return None
    return Verdict("person", (names[0],)) if len(names) >= LISTED_PERSONS else None


def central_bank(n: Named) -> Verdict | None:
    """'the Reserve Bank of Australia', 'the US Federal Reserve', 'the Fed', 'the Bundesbank': a state's central bank, a
    public body as the registry's Bank of England and European Central Bank are, is an organisation, not the company
    its "Bank" or a business article makes it (`central_bank_words`: a phrase of two words or more anywhere in the name,
    one word as its last; actors56)."""
    words = n.words
    if words in n.lex.central_bank_names:
        return Verdict("organisation", tuple(n.span))  # "the Bank of Japan" (actors57), all of it the cue (review47)
    for phrase in n.lex.central_bank_words:
        k = len(phrase)
        if k == 1 and words[-1:] == phrase or k > 1 and any(words[i : i + k] == phrase for i in range(len(words))):
            return Verdict("organisation", phrase_tokens(n.span, phrase))
    return None


def phrase_tokens(span: list[Tok], phrase: tuple[str, ...]) -> tuple[Tok, ...]:
    """The tokens of the name that spell the phrase ('Central Bank' of 'Central Bank of Liberia', 'Reserve' no more:
    the cue a reader of the report is shown; review46), else its last word."""
    k = len(phrase)
    lowered = [t.lower for t in span]
    found = next((j for j in range(len(span) - k, -1, -1) if tuple(lowered[j : j + k]) == phrase), None)
    return tuple(span[found : found + k]) if found is not None else (span[-1],)


def name_word(n: Named) -> Verdict | None:
    """'Yukos Oil Company', 'Labour Party', 'Reuters News': a word of the name gives the type (for a
    name spaCy takes for a person's, only its last word); the name's head first (`discovery.head_type`: 'Consumer
    Electronics Association', 'Food and Drug Administration', 'US Department of Energy')."""
    words = tuple(re.findall(r"[a-z]+", " ".join(n.words)))
    if n.label == "TITLE" or not words:
        return None
    if _international_body(words, n):
        return Verdict("organisation", (n.span[0],))
    if (head := head_type(words, n.lex, before_of=n.label != "PERSON")) is not None:
        return Verdict(head, (n.span[-1],))
    for actor_type, keys in n.lex.org_type_words.items():
        positions = [len(words) - 1] if n.label == "PERSON" else range(len(words))
        if any(words[k] in keys for k in positions):
            return Verdict(actor_type, (n.span[-1],))
    return None


def _international_body(words: tuple[str, ...], n: Named) -> bool:
    """'International Cricket Council', 'International Olympic Committee', 'International Labour Organisation': a name
    of three words or more that "International" opens and a body's head noun ends (`org_head_nouns`) is an
    international organisation, not the government its "council" / "committee" nor the company a business article
    would make it; not a firm's name (a company's word its head: "International Power Group") (actors57). A
    company's word before the head leaves it a body ("International Energy Agency": review47)."""
    company = n.lex.org_type_words.get("company", frozenset())
    return (
        n.label != "PERSON"
        and len(words) > 2
        and words[0] == "international"
        and words[-1] in n.lex.org_head_nouns
        and words[-1] not in company
    )


def company_cue(n: Named) -> Verdict | None:
    """'software giant Microsoft', 'Titan, a company', "Yukos' shares", 'shares in Yukos', 'the chief
    executive of Fiat': a company. Not a loss or a bid of a name spaCy labels a person ("Dion's weight loss",
    "the losses of Carter", "Bennett's bid": `person_possessions`, actors40), nor in an article about sport a club's
    officer, loss or bid ("Chelsea boss Jose Mourinho", "the Southampton chairman": `club_possessions`, actors62)."""
    if n.label not in {"ORG", "PERSON", "GPE"}:
        return None
    lex, gov = n.lex, n.governor
    cue = with_word(n.before + n.appositions, lex.company_nouns)
    cue = cue or with_word(n.before[-1:], lex.trade_nouns.get("company", frozenset()))  # "Bookmaker Ladbrokes"
    cue = cue or next(((t,) for t in n.before if market_leader(t, n)), None)
    cue = cue or listed_as_firms(n) or owned_product(n) or apposed_firm_noun(n)  # "building society the Woolwich"
    if cue is not None:
        return Verdict("company", cue)
    if gov is not None and n.head.dep in {"poss", "compound"} and lemma(gov) in lex.company_possessions:
        cue = (gov,)
    owned = gov is not None and n.head.dep == "pobj" and gov.head is not None
    if cue is None and owned and (gov.lower == "of" or gov.lower == "in" and lemma(gov.head) in INVESTMENTS):
        cue = with_word([gov.head], lex.company_possessions)
    if cue and n.label == "PERSON" and lemma(cue[0]) in lex.person_possessions:
        return None
    if cue and n.info.sport and lemma(cue[0]) in lex.club_possessions:
        return None  # "Chelsea boss Jose Mourinho": the club's manager, and the club no company (actors62)
    return Verdict("company", cue) if cue else None


def listed_as_firms(n: Named) -> tuple[Tok, ...] | None:
    """'firms such as Google, Copernic and Apple', 'companies like Microsoft', 'carmakers including Hyundai': a name
    listed after a plural company noun (`company_nouns`) and "such as" / "like" / "including" is a company, every
    conjunct of the list (actors65). Not "the same parent company as MTV" (an "as" without "such")."""
    first = n.head
    while first.dep == "conj" and first.head is not None and first.head is not first:
        first = first.head
    prep = first.head if first.dep == "pobj" else None
    if prep is None or prep.lower not in {"as", "like", "including"}:
        return None
    noun = prep.head
    if prep.lower == "as" and noun is not None and noun.lower == "such":
        noun = noun.head  # "such" the head of "as"
    elif prep.lower == "as" and not any(c.lower == "such" for c in prep.children):
        return None  # "the same parent company as MTV"
    if noun is None or noun is prep or noun.tag != "NNS" or lemma(noun) not in n.lex.company_nouns:
        return None
    return (noun,)


def owned_product(n: Named) -> tuple[Tok, ...] | None:
    """A name spaCy labels an organisation's whose possessive owns a product (`owned_product_nouns`: "Sony's PSP games
    console", "Microsoft's anti-spyware software") or a product the lexicon names (`non_actor_names`, a proper noun:
    "Apple's iTunes", "Microsoft's Windows") is a company (actors65: tech firms typed an organisation by spaCy's label
    alone). Not a person's ("Beckham's phone"), a generic possession a body or a club has ("Fifa's disciplinary code",
    "Arsenal's defensive display"), a capitalised word of a name ("the Texas Women's Health Program"), nor in an
    article about sport ("Paula's Olympics": a person spaCy labelled an organisation's, before an event the lexicon
    lists with the products)."""
    gov = n.governor
    if n.label != "ORG" or gov is None or n.head.dep != "poss" or n.info.sport:
        return None  # "Paula's Olympics": an event of the non-actor names, and a person's (actors65-try1)
    if gov.text.islower() and (lemma(gov) in n.lex.owned_product_nouns or gov.lower in n.lex.owned_product_nouns):
        return (gov,)  # not a name's own word: "the Texas Women's Health Program" (actors65-try1)
    names = phrase_set(n.lex.non_actor_names)
    words = tuple(t.lower for t in sorted([gov, *[c for c in gov.children if c.dep == "compound"]], key=lambda t: t.i))
    return (gov,) if gov.pos == "PROPN" and ((gov.lower,) in names or words in names) else None


def media_cue(n: Named) -> Verdict | None:
    """'broadcaster ESPN', 'told MTV', 'Time magazine': a media outlet."""
    if n.label not in {"ORG", "PERSON"}:
        return None
    cue = with_word(n.before + n.appositions, n.lex.media_nouns) or publication_after(n)
    if cue is not None and _persons_trade(cue[0], n):
        cue = None  # "Broadcaster Chris Evans", "broadcaster Jo Flaherty": the person's trade (actors58)
    gov = n.governor
    if (
        cue is None
        and n.label == "ORG"
        and gov is not None
        and n.head.dep in {"dobj", "dative"}
        and lemma(gov) == "tell"
    ):
        cue = (gov,)
    return Verdict("media", cue) if cue else None


def publication_after(n: Named) -> tuple[Tok, ...] | None:
    """'Time magazine', "Saturday's Western Mail newspaper", 'the Boingboing weblog', 'the Interfax news agency': a
    publication's noun (`publication_nouns`, or "agency" after "news") in lower case right after the name (actors84).
    Not where a name follows the noun ("Hollywood newspaper Daily Variety": the name is the place), nor a noun of
    another kind ("Labour's website", "the Porsche radio": a body or a firm has them)."""
    nxt = n.info.after(n.span[-1])
    if nxt is None or not nxt.text.islower() or n.head.dep == "poss":
        return None
    noun = n.info.after(nxt) if nxt.lower == "news" else nxt
    if noun is None or noun.lower not in n.lex.publication_nouns | ({"agency"} if noun is not nxt else set()):
        return None
    later = n.info.after(noun)
    if later is not None and later.pos == "PROPN" and later.text[:1].isupper():
        return None
    return None if _owners_publication(n, noun) else (noun,)


def _owners_publication(n: Named, noun: Tok) -> bool:
    """'a Rupert Murdoch newspaper', 'the Conrad Black newspaper group': a person's name spaCy labels one (two or three
    words, as `_persons_trade` reads them) before a publication's noun is its owner, and so is any name after "a" before
    a publication's noun that heads its phrase ("a Hearst magazine": one of its; not "a Time magazine poll"; fix66,
    review65 4)."""
    if n.label == "PERSON" and 2 <= len(n.span) <= 3:
        return True
    det = n.info.before(n.span[0])
    return det is not None and det.lower in {"a", "an"} and noun.dep != "compound"


def _persons_trade(cue: Tok, n: Named) -> bool:
    """A noun of a trade a person plies as well (`trade_nouns` 'any': "broadcaster") before or beside a name of two or
    three words spaCy labels a person's ("Jo Flaherty, a senior broadcaster with the CBS network"): the person's
    trade, not an outlet's noun (actors58)."""
    words = n.lex.trade_nouns.get("any", frozenset())
    return n.label == "PERSON" and 2 <= len(n.span) <= 3 and cue.lower in words


def band_cue(n: Named) -> Verdict | None:
    """'rock band Franz Ferdinand', 'Oasis frontman', 'Black Sabbath are one of Britain's most successful heavy rock
    bands' (`Named.said_to_be`, actors48): a band."""
    if n.label not in {"ORG", "PERSON", "NORP"}:
        return None
    cue = with_word(n.before + n.appositions + n.said_to_be, n.lex.band_nouns)
    cue = cue or with_word(n.after, n.lex.band_member_nouns)
    cue = cue or band_noun_right_before(n) or plural_verb_subject(n)
    return Verdict("group", cue) if cue else None


ARTS_BAND_NOUNS = frozenset({"group", "act", "outfit"})  # a band's nouns in an article about the arts
PLURAL_VERBS = frozenset({"are", "were", "have", "'re", "’re", "'ve", "’ve"})


def band_noun_right_before(n: Named) -> tuple[Tok, ...] | None:
    """'rock band Muse', 'Cult British group Portishead', 'dance act Basement Jaxx', 'the Finnish group Varttina': a
    band's noun (`band_nouns`; in an article about the arts "group", "act" or "outfit" modifying a name spaCy labels a
    person's) in small letters right before the name (actors95: spaCy labels bands persons). Not a name coordinated with
    another after it ("DJ duo JK and Joel": the members)."""
    left, right = n.info.before(n.span[0]), n.info.after(n.span[-1])
    if left is None or not left.text.islower():
        return None
    if right is not None and right.lower in {"and", "&"} or any(c.dep == "conj" for c in n.head.children):
        return None  # "DJ duo JK and Joel": the duo's members, persons (review38)
    if left.tag != "NN" or any(c.dep in {"det", "nummod"} for c in left.children) and n.head.head is not left:
        return None  # "two handmade wedding bands Ozzy gave her", "a band Warner Bros wants to push": no name's noun
    if lemma(left) in n.lex.band_nouns or left.lower in n.lex.band_nouns:
        return (left,)  # "rock band Keane", whatever head the parse gives the name ("Pop singer Joss Stone and ...")
    arts = n.info.arts and n.label == "PERSON" and left.lower in ARTS_BAND_NOUNS and left in n.before
    return (left,) if arts else None


def plural_verb_subject(n: Named) -> tuple[Tok, ...] | None:
    """'Queen were it in a catsuit', 'Muse were also named best act', 'Franz Ferdinand have achieved what most rock
    bands crave': in an article about the arts, a singular name spaCy labels a person's that is alone the subject of
    a plural verb (or of a plural auxiliary) is a band (actors95). Not a name coordinated with another ("Joss Stone
    and Muse were"), nor a plural name ("The Libertines": `determiner-before-name`)."""
    head, verb = n.head, n.governor
    if not n.info.arts or n.label != "PERSON" or head.tag != "NNP" or head.dep not in {"nsubj", "nsubjpass"}:
        return None
    if verb is None or verb.i < head.i or any(c.dep in {"conj", "cc"} for c in head.children):
        return None
    between = [n.info.toks[k] for k in range(n.span[-1].i + 1, verb.i + 1) if k in n.info.toks]
    plural = [t for t in between if t.lower in PLURAL_VERBS and t.tag == "VBP" or t.lower == "were"]
    if not plural or any(t.text in {",", "(", "-", "–"} for t in between):
        return None
    return (plural[0],)


def _club_appositions(n: Named) -> list[Tok]:
    """The appositions that may make a name a club's: all, but for a person's name of two words or more (spaCy's
    label, no organisation's word in it) only the club's own nouns (`side_nouns`: "Gloucester, his club side"), not
    one of its people's ("Stars: Tilda Swinton, Johnny Mills and ...", "Forwards: Nicolas Mas, ...", "its former
    owner Mihkail Khodorkovsky", "Indian screen legend Amitabh Bachchan"; review51). A one-word name or an
    organisation's keeps them ("stars of Swedish pop quartet Abba", "Paws Incorporated - the owner of the rights")."""
    if n.label != "PERSON" or len(n.span) < 2 or any(org_word(t.lower, n.lex) for t in n.span):
        return n.appositions
    return [a for a in n.appositions if lemma(a) in n.lex.side_nouns or a.lower in n.lex.side_nouns]


def team_cue(n: Named) -> Verdict | None:
    """'Chelsea striker', "Arsenal's manager", 'Leicester beat Gloucester': a sports club (not "Lawrence
    Dallaglio's team"). Also a body a plural person's noun right before the name says it is ("leaders Barcelona",
    "rock veterans New Order"; in an article about business a company: "technology analysts Gartner"; actors50); in
    an article about sport, a one-word name spaCy labels a person's too ("Premiership leaders Chelsea"; actors63)."""
    if n.label == "PERSON" and n.head.dep == "poss":
        return _owns_a_player(n)
    said = word_in(n.after, n.lex.team_nouns, frozenset())  # "Leicester tight-head Julian White" too (actors92)
    cue = (said,) if said is not None else with_word(_club_appositions(n), n.lex.team_nouns)
    club = n.label == "PERSON" and n.info.sport and len(n.span) == 1  # "leaders Chelsea" labelled a person's (actors63)
    if cue is None and (n.label in {"ORG", "GPE"} or club):
        cue = plural_persons_before(n)  # "leaders Barcelona", "analysts Gartner": the body of those persons
        if cue is not None and n.info.business and n.label == "ORG":
            return Verdict("company", cue)  # as `business-article` types an organisation's name
    if cue is None and n.info.sport and n.label in {"PERSON", "GPE"}:
        cue = _plural_verb_after(n) or _bracketed_after_a_player(n)  # actors66, actors69
        cue = cue or _side_of_a_fixture_line(n)  # actors91
        cue = cue or _opposed_in_a_team_game(n)  # actors92
    if cue is None and n.label == "GPE" and n.info.sport and n.head.dep in OBJECT_DEPS:
        gov = n.governor
        if gov is not None and lemma(gov) in n.lex.sport_verbs:
            cue = (gov,)
    return Verdict("organisation", cue) if cue else None


def _plural_verb_after(n: Named) -> tuple[Tok, ...] | None:
    """ "Blackburn have rejected a third bid", "Newcastle are languishing", "Edinburgh were not in action": in an
    article about sport, a one-word name that is the subject of a plural "have" / "are" / "were" right after it, with
    nothing before it in its noun phrase and joined to no other name, is a club (British English gives a club a plural
    verb; a person takes "has" / "is" / "was"). m52 BBC sport: 16 such rows typed a person or a government, all clubs;
    not "Munster and Leinster have", "Me and Gethin are", "sister Venus are", "the Bryans are", "thoughts of quitting
    Anfield are" (actors66). The surname of a person the article names keeps its person type
    (`_surnames_of_named_persons`)."""
    if len(n.span) != 1 or n.head.dep != "nsubj":
        return None
    if any(c.i < n.head.i or c.dep in {"conj", "cc"} for c in n.head.children):
        return None  # "the Bryans are", "Me and Gethin are"
    left = n.info.before(n.head)
    if left is not None and (left.lower in {"and", "&", "or", "nor"} or left.text == ","):
        return None  # a list the parse did not join: "Kenteris, the 200m champion in 2000, and Thanou have"
    verb = n.info.after(n.head)
    if verb is None or verb.lower not in PLURAL_FORMS or verb.tag not in {"VBP", "VBD"}:
        return None
    owner = verb if verb.dep not in {"aux", "auxpass"} else verb.head
    return (verb,) if owner is n.governor else None


def fixture_lines(info: ArticleInfo) -> frozenset[int]:
    """The sentences of an article that are fixture lines: one "v" between two sides of capitalised names joined by
    "or", with no verb; a label may stand before a colon, a day in brackets after ("Leeds v Saracens (Fri)").
    Computed once per article (`ArticleInfo.fixture_lines`)."""
    if info.fixture_lines is None:
        by_sent: dict[int, list[Tok]] = defaultdict(list)
        for tok in info.toks.values():
            by_sent[tok.sent].append(tok)
        info.fixture_lines = frozenset(k for k, line in by_sent.items() if _a_fixture_line(line))
    return info.fixture_lines


def _a_fixture_line(line: list[Tok]) -> bool:
    colon = max((t.i for t in line if t.text == ":"), default=-1)
    opening = min((t.i for t in line if t.text == "("), default=line[-1].i + 1)
    words = [t for t in line if colon < t.i < opening and t.text not in {".", "!"}]
    marks = [k for k, t in enumerate(words) if t.lower in VERSUS]
    if len(marks) != 1 or marks[0] in {0, len(words) - 1} or any(t.pos in {"VERB", "AUX"} for t in line):
        return False
    return all(t.lower == "or" or t.text[:1].isupper() for k, t in enumerate(words) if k != marks[0])


def _side_of_a_fixture_line(n: Named) -> tuple[Tok, ...] | None:
    """ "Everton v Sunderland", "Burnley or Blackburn v Leicester", "Cardiff v Blackburn": in an article about sport
    that holds two fixture lines or more (`fixture_lines`: a draw's or a fixture list's lines), a one-word name of
    such a line that spaCy labels a person's is a club (m71 BBC sport: 16 such rows typed a person, all clubs;
    actors91). Not one line alone ("Henman v Federer": spaCy labels either side as it likes, and a singles match's
    line names persons), nor a sentence with a verb ("Ronaldo's friends against Zidane's friends will go ahead")."""
    lines = fixture_lines(n.info)
    if n.label != "PERSON" or len(n.span) != 1 or len(lines) < 2 or n.head.sent not in lines:
        return None
    mark = next(t for t in n.info.toks.values() if t.sent == n.head.sent and t.lower in VERSUS)
    return (mark,)


OPPOSING_PREPOSITIONS = frozenset({"against", "over"})  # "limped off against Saracens", "a win over Bath"
OVER_NOUNS = frozenset({"win", "victory", "triumph"})  # what "over" a side follows ("a 17-16 win over Bath")
BEATING_VERBS = frozenset({"beat", "defeat", "face", "edge", "thrash", "stun", "oust", "eliminate"})
INDIVIDUAL_POSITIONS = frozenset({"seed"})  # a place in a draw of players, no team's position
TEAM_GAME_WORDS = 2  # nouns of a team player's position or "squad" in the article, at least


def _opposed_in_a_team_game(n: Named) -> tuple[Tok, ...] | None:
    """ "limped off against Saracens", "a 17-16 win over Bath", "after beating Norwich", "likely to face Chelsea": in
    an article about a team sport (`_team_game`), a one-word name spaCy labels a person's, the object of "against", of
    "over" after a win's noun or of a beating verb, is the side played (actors92; "will face Nadal" in a tennis article
    says no team's position). An owner ("against Zidane's friends") is no object; the surname of a person the article
    names keeps its person type (`_surnames_of_named_persons`)."""
    if n.label != "PERSON" or len(n.span) != 1 or n.head.dep not in {"pobj", "dobj"} or n.governor is None:
        return None
    gov = n.governor
    if n.head.dep == "pobj":
        if gov.lower not in OPPOSING_PREPOSITIONS:
            return None
        if gov.lower == "over" and (gov.head is None or lemma(gov.head) not in OVER_NOUNS):
            return None
    elif lemma(gov) not in BEATING_VERBS:
        return None
    if _word_of_a_persons_name(n):
        return None  # "This game against Jonah" after "New Zealand winger Jonah Lomu"
    return (gov,) if _team_game(n.info, n.lex) else None


def _word_of_a_persons_name(n: Named) -> bool:
    """Whether the one-word name is a word of a person's name of several words spaCy labels on the page ("Jonah" of
    "Jonah Lomu"): a given name or a surname said alone."""
    word = n.span[0].text
    for t in n.info.toks.values():
        if t.text != word or t.ent_type != "PERSON" or t.i == n.span[0].i:
            continue
        after = n.info.after(t)
        if t.ent_iob == "I" or after is not None and after.ent_type == "PERSON" and after.ent_iob == "I":
            return True
    return False


def _team_game(info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """Whether an article about sport is about a team game: a fixture line, or `TEAM_GAME_WORDS` nouns of a
    player's position or "squad" ("striker", "prop"; a tennis "seed" is none)."""
    if fixture_lines(info):
        return True
    words = lex.player_positions - INDIVIDUAL_POSITIONS | {"squad"}
    return sum(t.lower in words and t.tag in {"NN", "NNS"} for t in info.toks.values()) >= TEAM_GAME_WORDS


CAPTAIN_MARKS = frozenset({"capt", "captain"})  # "J Robinson (Sale Sharks, capt)"


def _bracketed_after_a_player(n: Named) -> tuple[Tok, ...] | None:
    """ "S Best (Ulster), S Byrne (Leinster)", "Jason White (Sale Sharks)", "G Bulloch (Glasgow, capt)": in an article
    about sport, a name alone in brackets right after a person's name of two words or more (the last spaCy's person, the
    one before it a capitalised word or an initial) is the player's club, whatever spaCy labels it (m56 BBC sport: 63
    such rows typed a person, all clubs). Not a bracket that says whom a pronoun or a given name means ("He (Gallas)",
    "Olly (Barkley)", "Gareth (Thomas, the Wales captain)"), nor a body's initials after its name ("Athletics Kenya
    (AK)": not a person's name). The cue is the bracket (actors69)."""
    opening = n.info.before(n.span[0])
    closing = n.info.after(n.span[-1])
    if opening is None or opening.text != "(" or closing is None:
        return None
    if closing.text == ",":
        mark = n.info.after(closing)
        if mark is None or mark.lower.rstrip(".") not in CAPTAIN_MARKS:
            return None
    elif closing.text != ")":
        return None
    last = n.info.before(opening)
    first = n.info.before(last) if last is not None else None
    if last is None or first is None or last.ent_type != "PERSON" or not last.text[:1].isupper():
        return None
    if not (first.ent_type == "PERSON" or _INITIAL.fullmatch(first.text)) or not first.text[:1].isupper():
        return None
    return (opening,)


def _owns_a_player(n: Named) -> Verdict | None:
    """ "Aston Villa's Carlton Cole", "Aston Villa's Thomas Hitzlsperger": in an article about sport, a name spaCy
    labels a person's whose possessive is followed at once by a person's full name (two capitalised
    words or more, the second the possessive's head, with nothing between) is the player's club (actors65, review50's
    strict xfail: m51 BBC 3 rows, all "Aston Villa"; no sport person of two words owns a person's name there). A
    one-word name too ("Gloucester's Andy Hazell", "Connacht's Bernard Jackman", "Everton's Thomas Gravesen": m71 BBC
    sport 8 rows typed a person, all clubs; actors91); the surname of a person the article names keeps its person type
    (`_surnames_of_named_persons`). Not "Tiger Woods's caddie Steve Williams" (a noun between), nor a heading's name
    ("Fred Fidler's Contingency Model")."""
    gov = n.governor
    if not n.info.sport or gov is None or gov.ent_type != "PERSON" or gov.tag != "NNP":
        return None
    if gov.dep == "ROOT":
        return None  # a heading, no clause: "Fred Fidler's Contingency Model" (actors65-try4, a web page)
    mark = n.info.toks.get(n.span[-1].i + 1)
    first = mark.i + 1 if mark is not None and mark.dep == "case" else n.span[-1].i + 1
    between = [n.info.toks[k] for k in range(first, gov.i) if k in n.info.toks]
    if not between or any(t.tag != "NNP" or t.ent_type != "PERSON" or t.head is not gov for t in between):
        return None
    return Verdict("organisation", (gov,))


TYPE_RULES: tuple[Rule[Named, Verdict], ...] = (
    Rule("known-non-actor", "none", known_non_actor),
    Rule("sport-ground", "none", sport_ground),
    Rule("reporters-initials", "none", reporters_initials),
    Rule("held-event", "none", held_event),
    Rule("common-name", "none", common_name),
    Rule("title", "person", title_before),
    Rule("initial", "person", initial_name),
    Rule("line-up", "person", line_up),
    Rule("work-title", "none", work_title),
    Rule("product-part", "none", product_part),
    Rule("named-concept", "none", named_concept),
    Rule("place-or-event-name", "none", place_or_event_name),
    Rule("institution-as-place", "none", institution_as_place),
    Rule("constituency-or-nearby", "none", constituency_or_nearby),
    Rule("common-noun", "none", common_noun),
    Rule("flora-name", "none", flora_name),
    Rule("body-after-the", "organisation", body_after_the),
    Rule("determiner-before-name", "none", determiner_before_name),
    Rule("compass-place", "none", compass_place),
    Rule("cut-name", "none", cut_name),
    Rule("portfolio", "none", portfolio),
    Rule("title-portfolio", "none", title_portfolio),
    Rule("office-before-a-name", "none", office_before_a_name),
    Rule("listed-with-places", "none", listed_with_places),
    Rule("origin-name", "none", origin_name),
    Rule("person-label-in-a-place", "none", person_label_in_a_place),
    Rule("region-of-name", "none", region_of_name),
    Rule("region-word-name", "none", region_word_name),
    Rule("landscape-of-name", "none", landscape_of_name),
    Rule("landscape-name", "none", landscape_name),
    Rule("address-place", "none", address_place),
    Rule("residence-place", "none", residence_place),
    Rule("place-of-a-bodys-name", "none", place_of_a_bodys_name),
    Rule("headline-word", "none", headline_word),
    Rule("character", "none", character),
    Rule("central-bank", "organisation", central_bank),
    Rule("person-noun", "person", person_noun),
    Rule("person-conjunct", "person", person_conjunct),
    Rule("county-short-form", "government", county_short_form),
    Rule("name-word", "type", name_word),
    Rule("company-cue", "company", company_cue),
    Rule("media-cue", "media", media_cue),
    Rule("band-cue", "group", band_cue),
    Rule("team-cue", "organisation", team_cue),
    Rule("arts-title", "none", arts_title),
)
RULE_RANK = {rule.name: k for k, rule in enumerate(TYPE_RULES)}


def label_type(c: Candidate, head: Tok) -> ActorType | None:
    """The type spaCy's label gives: PERSON a person, ORG an organisation, a plural NORP a group,
    a GPE that is a subject a government."""
    if c.label in {"PERSON", "TITLE"}:
        return "person"
    if c.label == "ORG":
        return "organisation"
    if c.label == "NORP":
        return "group" if head.tag in {"NNPS", "NNS"} else None
    if c.label == "GPE":
        return "government" if head.dep in {"nsubj", "nsubjpass"} else None
    return None


# the prepositions whose object may be an organisation taken for a place: "a spokesman for Unison",
# "members of", "a bid by", "talks with", "the case against" (not "to", "from", "in", "at")
ORGANISATION_PREPOSITIONS = frozenset({"for", "of", "by", "with", "against"})


def organisation_elsewhere(c: Candidate, head: Tok, counts: Counter, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """'A spokesman for Unison' with Unison taken for a place here and for an organisation in most of
    the article's other mentions of the name: the organisation, unless this one may be a place (the
    object of another preposition: "bringing acts to Jonesboro")."""
    before = [t for t in [info.toks.get(c.start_i - 2), info.toks.get(c.start_i - 1)] if t is not None]
    if c.label != "GPE" or counts["organisation"] == 0 or counts["organisation"] < sum(counts.values()) / 2:
        return False
    if head.dep == "pobj" and (head.head is None or head.head.lower not in ORGANISATION_PREPOSITIONS):
        return False
    return not is_location_use(head, lex, frozenset(range(c.start_i, c.end_i + 1)), before)


def firms_article(info: ArticleInfo, best: dict[str, tuple[int, Verdict]]) -> tuple[Tok, ...] | None:
    """An article short of business (`ArticleInfo.business`) that still talks of firms: not about sport or the arts,
    with business words of `FIRMS_MIN_DISTINCT` kinds at least and a third of the business density
    (`ArticleInfo.firm_talk`), and a name its own text calls a company (a cue of the
    name: "chip maker Intel", "Sony's PSP console", "shares in Yahoo"). The cue of the first such name (in the
    article's order), else None. There an organisation's name no rule types is a company as a rule, as in an article
    about business (`firms-article`, actors79: BBC tech articles' "IBM", "Toshiba", "Nokia" typed organisations by
    spaCy's label beside a "firm" the article names). A name a body noun stands before or beside (`body_nouns`: "the
    charity Childnet", "Icstis, the regulator") keeps the label (`type_names`); so, since actors80, does a name whose
    head word is a body's, a copula's body noun, an acronym the page spells out as a body's name (`spelt_bodies`), a
    name the page writes as a standard's (`standard_named`) and a well-known body of `known_bodies`."""
    if info.sport or info.arts or not info.firm_talk:
        return None
    cues = [v.cue for _, v in best.values() if v.actor_type == "company" and v.cue]
    return min(cues, key=lambda cue: cue[0].i) if cues else None


def body_named(n: Named, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """Whether the name's phrase says it is no firm of `firms_article` (actors79, actors80): a body noun (`body_nouns`)
    stands before the name in its phrase or beside it ("the charity Childnet", "Icstis, the regulator"), or is the word
    right before it where the parse hangs both on the verb ("The watchdog Spamhaus said": two subjects), or what a
    copula says it is ("Futurelab is a non-profit organisation"); or the name's own head word is a body's
    (`body_head`)."""
    left = info.toks.get(n.span[0].i - 1) if n.span else None
    beside = [left] if left is not None and left.text.islower() else []
    if with_word(n.before + n.appositions + beside + n.said_to_be, lex.body_nouns) is not None:
        return True
    return body_head(n.words, lex)


def body_head(words: tuple[str, ...] | list[str], lex: ActorsLexicon) -> bool:
    """Whether a name's head word (its last word before its first "of" / "for", else its last; letters only), or that
    word's singular, is a body's (`body_nouns`, `not_firm_words`, `body_heads`): "Computer Crime Unit", "British
    Chambers of Commerce", "Lawrence Livermore National Laboratories", "World Economic Forum" (actors80)."""
    letters = [w for w in (re.sub(r"[^a-z]", "", w.lower()) for w in words) if w]
    cut = next((k for k, w in enumerate(letters) if w in NAME_PREPOSITIONS), len(letters))
    head = letters[cut - 1] if cut > 0 else ""
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
    return bool({head, singular} & (lex.body_nouns | lex.not_firm_words | lex.body_heads))


def business_body(words: tuple[str, ...] | list[str], lex: ActorsLexicon) -> bool:
    """Whether a name of an article about business is a body's by its own head word (`body_head`: "British Retail
    Consortium", "Centre for Economic Policy Research", "World Economic Forum", "Woodrow Wilson Center for
    International Scholars"), which `business-article` then leaves to spaCy's label (actors84); not a fund's ("ING
    Mutual Fund", "Trident Funds": `business_firm_heads`, firms in business news)."""
    letters = [re.sub(r"[^a-z]", "", w.lower()) for w in words]
    if letters and (letters[-1] in lex.business_firm_heads or letters[-1].rstrip("s") in lex.business_firm_heads):
        return False
    return body_head(words, lex)


def standard_named(name: str, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """Whether the page writes the name as a standard's or a technology's anywhere (`standard_nouns`): before such a
    noun, through the rest of a hyphenated code ("deploying EV-DO technology"), or after one and a colon or a comma
    ("two competing standards: DVB-H"), the noun in lower case ("Lucent Technologies" is a firm); or so writes the
    code in brackets the page gives the name ("Evolution, Data Optimised (EV-DO) ... deploying EV-DO technology"): no
    firm of `firms_article` (actors80). On the article's text, so a mention spaCy gave no label counts too."""
    nouns = "|".join(sorted(lex.standard_nouns))
    written = re.escape(name.rstrip("."))  # "as DVB-H." at a sentence's end
    forms = [written] + [re.escape(a) for a in re.findall(rf"(?<![\w-])(?i:{written})\s*\(([A-Z][\w-]*)\)", info.text)]
    for form in forms:
        after = rf"(?<![\w-])(?i:{form})(?:-[A-Za-z0-9]+)?\s+(?:{nouns})\b"
        before = rf"\b(?:{nouns})\s*[:,]\s*(?i:{form})(?![\w-])"
        if re.search(f"{after}|{before}", info.text) is not None:
            return True
    return False


def spelt_bodies(names: set[str], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """Of `names`, the acronyms (lower case) the page spells out anywhere as the name of a body by its head word
    (`body_head`): "the official Disasters Emergency Committee webpage ... DEC has
    no connection", "the AAAS (American Association for the Advancement of Science) annual meeting", "the World
    Economic Forum (WEF)" (actors80). Runs of capitalised words (with "of", "for", "the", "and", "&" inside them) read
    in one pass over the article's tokens, only for an article `firms_article` reads and a name of capitals."""
    acronyms = {k.lower() for k in names if len(k) >= 3 and k.isalpha() and k.isupper()}
    if not acronyms:
        return set()
    joins = frozenset({"of", "for", "the", "and", "&"})
    runs: list[list[str]] = [[]]
    for tok in info.toks.values():
        if tok.text[:1].isupper() and tok.text[1:].islower() or runs[-1] and tok.lower in joins:
            runs[-1].append(tok.text)
        elif runs[-1]:
            runs.append([])
    found: set[str] = set()
    for run in runs:
        while run and run[-1].lower() in joins:
            run.pop()
        if len(run) >= 2 and body_head(run, lex):
            found |= acronyms & initials(" ".join(run))
    return found


def _decide(
    c: Candidate,
    fired: tuple[Rule, Verdict] | None,
    head: Tok,
    best: dict,
    labels: dict,
    info: ArticleInfo,
    lex: ActorsLexicon,
    firms: tuple[Tok, ...] | None = None,
    bodies: frozenset[str] = frozenset(),
    headed: frozenset[str] = frozenset(),
) -> tuple[str, Verdict] | None:
    """The rule and verdict of one mention: its own, the article's best on its name, or a default (`firms`: the cue of
    `firms_article`; `bodies`: the names the page says are no firm, which it leaves to the label: `body_named`,
    `spelt_bodies`, `standard_named`, `known_bodies`; `headed`: the names of a business article whose own head word
    is a body's, which `business-article` leaves to the label: `business_body`)."""
    key = (c.name or "").lower()
    if fired is not None:
        return fired[0].name, fired[1]
    if key in best:
        return "article-agreement", best[key][1]
    if c.label == "ORG" and info.business and key not in headed:
        return "business-article", Verdict("company", tuple(info.business_cues[:1]))
    if c.label == "ORG" and firms is not None and key not in bodies:
        return "firms-article", Verdict("company", firms[:1])
    counts = labels[key]
    if label_type(c, head) is None:
        if not organisation_elsewhere(c, head, counts, info, lex):
            return None
        return "ner-label", Verdict("organisation", (head,))
    majority = max((t for t in counts if t is not None), key=lambda t: (counts[t], t))
    return "ner-label", Verdict(majority, (head,))


# rules that make every mention of a name a place's from one mention ("the province of Kosovo", "the Amazon
# rainforest"), where a mention that acts is the actor all the same (`_acts_in_a_place`)
PLACE_OF_NAME = frozenset({"region-of-name", "landscape-of-name"})


def _acts_in_a_place(c: Candidate, head: Tok, best: dict, lex: ActorsLexicon) -> bool:
    """'Serbia lost the province of Kosovo ... Kosovo declared independence', 'the Amazon rainforest ... Amazon said':
    a mention with no verdict of its own that is the subject of a verb of saying or deciding (`agency_verbs`) acts, so
    the place another mention of the name makes it (`PLACE_OF_NAME`) is not this one (ANNOTATION: a country that acts
    is an actor; review21a, review21b). Not a subject of any other verb ("the Amazon has lost a fifth of its
    forest")."""
    found = best.get((c.name or "").lower())
    if found is None or TYPE_RULES[found[0]].name not in PLACE_OF_NAME:
        return False
    verb = head.head if head.dep == "nsubj" else None
    return verb is not None and verb.pos in {"VERB", "AUX"} and lemma(verb) in lex.agency_verbs


def _acting_decision(
    c: Candidate, own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]], head: Tok, place_rule: str
) -> tuple[str, Verdict] | None:
    """The decision of a mention that acts where the name is also a place (`_acts_in_a_place`): the actor verdict
    another mention of the name has of its own ("Amazon founder Jeff Bezos": the company), the first by rule order;
    else, for a region (`place_rule` region-of-name), the place's authority, a government, by the verb it acts with
    (`acting-place`: "Kosovo declared independence", "Amazonas (the largest state in Brazil) declared a state of
    emergency", which spaCy labels a person). A landscape has no government ("The Amazon rainforest lost a fifth of
    its trees. Amazon said its sales rose": the company, which nothing else says, review22b): None, the decision
    stands."""
    key = (c.name or "").lower()
    actors = [
        (RULE_RANK[fired[0].name], fired[1])
        for other, fired, _ in own
        if fired is not None and (other.name or "").lower() == key and fired[1].actor_type is not None
    ]
    if actors:
        return "article-agreement", min(actors, key=lambda x: x[0])[1]
    if place_rule != "region-of-name":
        return None
    return "acting-place", Verdict("government", (head.head,) if head.head is not None else (head,))


def _given_name_before(tok: Tok, n: Named) -> bool:
    """Whether a word is written right after a given name in the same entity of spaCy's ("Nic Batum"): a capitalised
    word of letters, no title ("Mr") and no article."""
    before = n.info.before(tok)
    return (
        before is not None
        and before.ent_type != ""
        and before.ent_type == tok.ent_type
        and tok.ent_iob == "I"
        and before.text.isalpha()
        and before.text[:1].isupper()
        and before.text[1:].islower()
        and before.lower.rstrip(".") not in n.lex.titles
        and before.lower not in n.lex.determiners
    )


# rules that make a one-word name a person's surname: a title before it, a list of players ("Covington and Batum")
SURNAME_RULES = frozenset({"title", "person-conjunct", "line-up"})


def _titled_surnames(own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]], decided: dict) -> None:
    """'Vincent Cable says ...' taken for an organisation's name by its label alone, and 'Mr Cable' after: the
    person whose surname the article gives after a title (`article-agreement`, the title for cue); so is "Nic Batum"
    whose "Batum" a sport article lists among players (`person-conjunct`, actors47)."""
    titled = {
        (c.name or "").lower(): fired[1]
        for c, fired, _ in own
        if fired is not None and fired[0].name in SURNAME_RULES and " " not in (c.name or "")
    }
    for c, _, _ in own:
        words = (c.name or "").split()
        decision = decided[id(c)]
        if (
            decision is not None
            and decision[0] in {"ner-label", "business-article", "firms-article"}
            and decision[1].actor_type != "person"
            and 2 <= len(words) <= 3
            and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)
            and words[-1].lower() in titled
        ):
            decided[id(c)] = ("article-agreement", Verdict("person", titled[words[-1].lower()].cue))


# decisions that rest on spaCy's label, the article's topic or the name's spelling alone, which what the page says of a
# person overrides (the one set, `actortypes.LABEL_ONLY_RULES`; actors75: `camel-case-name` is decided after the
# person evidence, so the set's spelling rule changes no decision here)
LABEL_DECISIONS = LABEL_ONLY_RULES
BODY_TYPES = frozenset({"organisation", "company", "government"})  # what spaCy's ORG / GPE labels give


def _evidenced_persons(
    own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]], decided: dict, info: ArticleInfo, lex: ActorsLexicon
) -> None:
    """'Stan Varga' typed an organisation by spaCy's label alone, and 'Varga tapped in his second' or 'Schalk Burger
    was named player of the year': the person (`person-evidence`, the pronoun or the noun for cue; actors54). Only a
    name of two or three capitalised words with no type rule of its own, whose last word ends no other name of the
    page (brothers, or a name spaCy ran a noun into: the surname's "his" may be the other's)."""
    found: dict[str, Tok | None] = {}
    ends: dict[str, set[str]] = defaultdict(set)  # last word -> the names of several words that end with it
    words_of_names: set[str] = set()  # the words of the page's names of several words
    for c, _, _ in own:
        words = (c.name or "").split()
        if len(words) >= 2:
            ends[words[-1]].add(c.name or "")
            words_of_names.update(words)
    for c, _, _ in own:
        decision = decided[id(c)]
        if decision is None or decision[0] not in LABEL_DECISIONS or decision[1].actor_type not in BODY_TYPES:
            continue
        if info.toks[c.end_i].tag == "NNPS":
            continue  # "the Eurosceptics in his constituency": a group
        name = c.name or ""
        if not name or len(ends[name.split()[-1]]) > 1:
            continue  # "Felipe Contepomi" and "Manuel Contepomi", "Kolo Toure" and "Goalscorer Toure": whose "his"?
        if " " not in name and (c.label == "GPE" or name in words_of_names):
            continue  # a place's name ("Veracruz"); a word of a longer name, whose own rules fold it ("Zoe Anderson")
        if name not in found:
            evidence = person_evidence if " " in name else one_word_evidence
            found[name] = evidence(name, info.toks, info.headlines, lex)
        cue = found[name]
        if cue is not None:
            decided[id(c)] = ("person-evidence", Verdict("person", (cue,)))


ONE_WORD = re.compile(r"[A-Z][a-z]+")  # "Thanou", "Juninho": a one-word name spelt as a person's


def _persons_by_a_labelled_surname(
    own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]], decided: dict, info: ArticleInfo, lex: ActorsLexicon
) -> None:
    """'Elena Dementieva swept aside Venus Williams ... Dementieva, the fourth seed, ...' where spaCy labels the full
    name an organisation's and its last word alone, outside the headlines, a person's: the person (`person-evidence`,
    as actors54's evidence, the labelled surname for cue; actors84). Only a name of two or three words spelt as a
    person's (`ONE_WORD`) typed a body by the ORG label itself (`ner-label`), whose first word is a proper noun and
    no title, person's, team's or nationality's noun ("Prop Jones", "German Reich"), whose last word ends no other
    name of the page (brothers: "Felipe / Manuel Contepomi"), is no plural ("Neath-Swansea Ospreys") and no company's
    or body's noun ("Visual Studio", "Simon Wiesenthal Center")."""
    ends: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, Tok] = {}  # a one-word name spaCy labels a person's outside the headlines -> its first token
    for c, _, _ in own:
        words = (c.name or "").split()
        if len(words) >= 2:
            ends[words[-1]].add(c.name or "")
        elif c.label == "PERSON" and info.toks[c.start_i].sent not in info.headlines:
            surnames.setdefault(c.name or "", info.toks[c.start_i])
    nouns = lex.titles | lex.person_nouns | lex.role_nouns | lex.team_nouns | lex.nationality_words
    for c, _, _ in own:
        decision = decided[id(c)]
        if decision is None or decision[0] != "ner-label" or decision[1].actor_type not in BODY_TYPES:
            continue  # not a business article's default ("Twentieth Century Fox ... Fox decided": actors84-try1)
        words = (c.name or "").split()
        first = info.toks[c.start_i]
        if not 2 <= len(words) <= 3 or not all(ONE_WORD.fullmatch(w) for w in words) or len(ends[words[-1]]) > 1:
            continue
        if first.tag != "NNP" or first.lower in nouns or first.lower in lex.determiners:
            continue
        if info.toks[c.end_i].tag == "NNPS" or words[-1] not in surnames:
            continue
        if words[-1].lower() in lex.company_nouns or body_head(words, lex):
            continue  # "Visual Studio" (a studio's noun), "Simon Wiesenthal Center" (a body's head; actors84-try3)
        decided[id(c)] = ("person-evidence", Verdict("person", (surnames[words[-1]],)))


# the decisions a common given name overrides (actors87): spaCy's label alone, and the cues a person has as well ("CBS
# news anchor Dan Rather", "Croatian duo Ivan Ljubicic and Mario Ancic", "Australia's Samantha Stosur", "the former
# manager of Johnny Cash"); never a company's cue ("William Hill spokesman", "Laura Ashley's chief executive") nor an
# article's business default ("Philip Morris"): firms named for their founders
GIVEN_NAME_RULES = frozenset({"ner-label", "team-cue", "band-cue", "media-cue"})


def _persons_by_a_given_name(
    own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]], decided: dict, info: ArticleInfo, lex: ActorsLexicon
) -> None:
    """'Vincent Cable, for the Liberal Democrats, accused Mr Brown', 'Artists ... include Tracey Emin', 'CBS news
    anchor Dan Rather' where spaCy labels the name an organisation's, or a person's cue a body's: the person
    (`person-evidence`, the given name for cue; actors87). Only a name of two or three words spelt as a person's
    (`ONE_WORD`) whose first word is a proper noun and a common given name (`given_names`, the claims lexicon's),
    typed a body by `GIVEN_NAME_RULES` alone wherever the page names it (a copy of that decision aside); not after a
    determiner ("The Alan Clark Diaries"), with a company's or body's noun at its end ("Simon Wiesenthal Center"), nor
    a place the page puts something at or in ("his home at Maria Lodge")."""
    held: dict[str, bool] = {}  # name -> whether every mention's decision is one a given name overrides
    parts: dict[str, list[bool | None]] = defaultdict(list)  # name -> each mention a part's (None: a modifier's)
    for c, fired, head in own:
        parts[c.name or ""].append(None if head.dep in {"compound", "nmod"} else _a_part(c, head, info, lex))
        decision = decided[id(c)]
        key = c.name or ""
        rules = GIVEN_NAME_RULES | {"article-agreement"}
        overridable = (
            decision is not None
            and decision[0] in rules
            and (fired is None or fired[0].name in GIVEN_NAME_RULES)
            and not (head.dep == "pobj" and head.head is not None and head.head.lower in lex.locative_prepositions)
        )
        held[key] = held.get(key, True) and overridable
    for key, said in parts.items():
        if True in said and False not in said:
            held[key] = False  # "becoming the next James Bond ... James Bond fans": a part, never the person
    for c, _, _ in own:
        decision = decided[id(c)]
        words = (c.name or "").split()
        if decision is None or decision[1].actor_type == "person" or not held.get(c.name or ""):
            continue
        first = info.toks[c.start_i]
        if not 2 <= len(words) <= 3 or not all(ONE_WORD.fullmatch(w) for w in words):
            continue
        left = info.toks.get(c.start_i - 1)
        if first.tag != "NNP" or words[0].lower() not in lex.given_names:
            continue
        if left is not None and left.lower in lex.determiners:
            continue  # "The Alan Clark Diaries": a work's or a body's name
        if words[-1].lower() in lex.company_nouns or body_head(words, lex):
            continue
        decided[id(c)] = ("person-evidence", Verdict("person", (first,)))


def _a_part(c: Candidate, head: Tok, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """Whether a mention of a name names a part or a work, not a person (fix70, review67 5): the object of "as" after
    a word of acting ("starred as James Bond", "her role as Vera Drake": `acting_words`), after a character's or a
    work's noun ("the character James Bond", "the film Vera Drake"), after "the" or "a" and a word of recasting with
    only adjectives between ("the next James Bond", "the first black James Bond": `recast_words`), or in quotes."""
    prep = head.head if head.dep == "pobj" else None
    if prep is not None and prep.lower == "as" and prep.head is not None and lemma(prep.head) in lex.acting_words:
        return True
    left, right = info.toks.get(c.start_i - 1), info.toks.get(c.end_i + 1)
    if left is not None and right is not None and left.text in QUOTES and right.text in QUOTES:
        return True
    if left is not None and left.pos == "NOUN" and (lemma(left) in lex.character_nouns | lex.work_nouns):
        return True  # not a verb: "the scandal hit Britney Spears", "photos show Tracey Emin"
    words: list[Tok] = []
    while left is not None and left.pos in {"ADJ", "NUM"} and left.sent == head.sent:
        words, left = [left, *words], info.toks.get(left.i - 1)
    recast = any(w.lower in lex.recast_words for w in words)
    return recast and left is not None and left.lower in {"the", "a", "an"}


def _camel_case_bodies(
    own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]], decided: dict, info: ArticleInfo, lex: ActorsLexicon
) -> None:
    """'researchers at OpenAI', 'DirectTV' typed a person by spaCy's label alone: a one-word name written as two words
    run together is a body's (`camel-case-name`: an organisation, a company in an article about business; actors55)."""
    for c, _, head in own:
        decision = decided[id(c)]
        if decision is None or decision[0] not in LABEL_DECISIONS or decision[1].actor_type != "person":
            continue
        if camel_case_body(c.name or "", lex):
            body: ActorType = "company" if info.business else "organisation"
            decided[id(c)] = ("camel-case-name", Verdict(body, (head,)))


def _listed_persons_noun(head: Tok, lex: ActorsLexicon) -> bool:
    """Whether a name is in apposition to a person's noun, itself or as a conjunct of the first name that is ("Mr
    Glazer's two sons, Avi and Joel")."""
    first = head.head if head.dep == "conj" and head.head is not None else head
    nouns = lex.person_nouns | lex.role_nouns
    around = [c for c in first.children if c.dep == "appos"]
    if first.dep == "appos" and first.head is not None:
        around.append(first.head)
    return any(lemma(t) in nouns or t.lower in nouns for t in around)


def _software_firms(
    own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]], decided: dict, info: ArticleInfo, lex: ActorsLexicon
) -> None:
    """'Docker provides .deb and .rpm packages' on a page that also writes "the Docker company": a listed piece of
    software's one-word name the page also gives as a firm's (`pagelines.software_firms`) is the firm (`software-firm`,
    a company) where that mention acts (`software_firm_acts`) and only spaCy's label typed it; its other mentions
    stay the software ("after setting up Docker"), which `software_only` keeps out (web82)."""
    firms = software_firms([c for c, _, _ in own], info, lex)
    for c, _, head in own:
        decision = decided[id(c)]
        if (c.name or "").lower() not in firms or decision is None or decision[0] not in LABEL_ONLY_RULES:
            continue
        if c.start_i == c.end_i and software_firm_acts(head, lex):
            decided[id(c)] = ("software-firm", Verdict("company", (head,)))


def _one_word_firms(
    own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]], decided: dict, info: ArticleInfo, lex: ActorsLexicon
) -> None:
    """'Yukos will return to a US court', 'a spokeswoman for Bat', 'Maserati and Alfa Romeo': in an article about
    business, a one-word name spaCy labels a person's that nothing on the page says more of (typed a person by the
    label alone, `ner-label`) is a firm as a rule (`business-article`: a company, as an organisation's name is typed
    there; actors59). Counted on the BBC business articles first: of 101 such names, about 60 firms,
    products and places, 8 persons. Not a name the page ever writes after a proper noun or an initial ("Pranab
    Mukherjee", "B. Satyanarayana", "Lockheed Martin": spaCy cut a longer name), a word of a person's name of several
    words on the page, a name in apposition to a person's noun ("his two sons, Avi and Joel"), nor one a pronoun of
    its own clause or a person's noun it is said to be makes a person's (`one_word_evidence`), nor one a "his" of its
    sentence can only refer to, no person named before it ("Kadyrov said ... his forces": `sole_persons_pronoun`,
    actors62)."""
    if not info.business:
        return
    persons_words = {
        w for c, _, _ in own if len((c.name or "").split()) >= 2 and (d := decided[id(c)]) is not None
        and d[1].actor_type == "person" for w in (c.name or "").split()
    }  # fmt: skip
    cut: set[str] = set()
    for c, _, head in own:
        left = info.toks.get(c.start_i - 1)
        named_before = left is not None and left.sent == head.sent and left.tag in {"NNP", "NNPS"}
        if named_before or _listed_persons_noun(head, lex):
            cut.add(c.name or "")
    evidence: dict[str, bool] = {}
    for c, _, head in own:
        name = c.name or ""
        decision = decided[id(c)]
        if decision is None or decision[0] != "ner-label" or decision[1].actor_type != "person":
            continue
        if c.label != "PERSON" or " " in name or not name[:1].isupper() or name in cut or name in persons_words:
            continue
        if name not in evidence:
            evidence[name] = (
                one_word_evidence(name, info.toks, info.headlines, lex) is not None
                or sole_persons_pronoun(name, info.toks, info.headlines, lex) is not None
            )
        if not evidence[name]:
            decided[id(c)] = ("business-article", Verdict("company", tuple(info.business_cues[:1]) or (head,)))


def _us_states(
    own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]], decided: dict, lex: ActorsLexicon
) -> None:
    """'California has so-called "shield" laws' typed a government by spaCy's label (a place that acts): a US state,
    a polity of its own as the registry's Scotland or Wales, is a state (`us-state`; actors55). Not "New York" (as often
    the city) nor "Washington" (the capital), which name a state only with "state" (`usplaces`); nor a name that opens a
    longer one of the page ("Texas" beside Texas Instruments: the firm's short form, actors55-try1)."""
    longer = {(c.name or "").lower() for c, _, _ in own if " " in (c.name or "")}
    for c, _, head in own:
        decision = decided[id(c)]
        name = (c.name or "").lower()
        if decision is None or decision[0] != "ner-label" or decision[1].actor_type != "government" or c.label != "GPE":
            continue
        if any(other.startswith(name + " ") for other in longer):
            continue
        if name in lex.us_states and name not in AMBIGUOUS_STATES | CITY_STATES:
            decided[id(c)] = ("us-state", Verdict("state", (head,)))


# rules whose verdict on a one-word name is a person's, beside which a body's cue is a surname's all the same
PERSON_RULES = frozenset({"title", "initial", "person-noun", "person-conjunct", "line-up"})
LISTING = frozenset({"and", "&"})  # "Yapp and Dragons", "Anders Tegnell & co": spaCy ran a list into one name


# a company's cues that only a firm has: its people ("Villa boss", "Yukos' shareholders") and its trade ("Ford's
# shares", "Ford's profits"); a person has a board, products, a loss or a bid as well ("Mackay's executive board")
FIRM_CUES = frozenset({
    "boss", "chief", "chairman", "executive", "executives", "founder", "staff", "employees", "workforce",
    "shareholders", "shareholder", "investors", "customers", "share", "shares", "stock", "profit", "profits", "sale",
    "sales", "revenue", "revenues", "earnings", "turnover", "results", "takeover", "merger", "subsidiary", "factory",
    "factories", "plant", "plants", "store", "stores", "shop", "shops", "outlet", "outlets", "account", "accounts",
    "debt", "debts", "asset", "assets", "bankruptcy", "headquarters", "stake",
})  # fmt: skip


def _shared_cue(tok: Tok, lex: ActorsLexicon) -> bool:
    """Whether a company's cue on a name is one a person's surname may have as well: a thing a person owns too ("board",
    "products", "loss"), or an adjective the lexicon's company noun is spelt as ("the soft-spoken but firm Tegnell");
    not a company's noun ("software firm X") nor a firm's own people or trade (`FIRM_CUES`)."""
    if tok.tag == "JJ":
        return True
    word = lemma(tok)
    return (word in lex.company_possessions or tok.lower in lex.company_possessions) and not (
        word in FIRM_CUES or tok.lower in FIRM_CUES
    )


# what an owner holds in another body ("Fridman's stake in the bank", "Usmanov's shares in the mining company"): a
# person's as often as a firm's, whatever the article is about (review46's strict xfail; actors59)
HOLDINGS = frozenset({"stake", "share", "asset", "holding"})


def _holding(tok: Tok, head: Tok) -> bool:
    """Whether a company's cue is the name's holding in another body: 'stake', 'shares', 'assets' the name owns ("'s"),
    with an "in" of their own (not "shares in Wimpey", the firm's own: actors59-try1)."""
    owner = head.dep == "poss" and head.head is tok
    return owner and lemma(tok) in HOLDINGS and any(c.dep == "prep" and c.lower == "in" for c in tok.children)


def _surname_cues(rules: set[str], shared: bool, info: ArticleInfo, held: bool = False) -> bool:
    """Whether a one-word name's own cues are those a person's surname may have: a team's ("Thanou's coach", "Myskina
    thrashed"), beside a person's verdict on another mention ("Myskina and Kuznetsova", "champion Myskina": actors56);
    or, outside an article about business, a company's that a person may have as well (`shared`: "Mackay's executive
    board", "Alley's products", "the soft-spoken but firm Tegnell"; not "Villa boss", "Ford's shares": actors56). Not
    both (a club: "Villa boss" beside "Villa manager"), nor a company's cue in business news, where a firm is named
    after its founder ("Ford" beside Bill Ford, "Wimpey" beside George Wimpey, "Hardie" beside James Hardie), but for
    holdings in another body alone (`held`: "Fridman's stake in the bank" beside Mikhail Fridman; actors59)."""
    kinds = rules - PERSON_RULES
    if kinds == {"team-cue"}:
        return True
    return kinds == {"company-cue"} and (held or not info.business and shared)


def _not_a_body(words: list[str], first: Tok, lex: ActorsLexicon) -> bool:
    """A name of several words that is no body's, whose words may be a person's surname: one that lists names ("Yapp
    and Dragons"), or a person's surname after an adjective or a nationality spaCy ran into it ("American Davenport";
    actors56)."""
    adjective = first.tag == "JJ" or first.lower in lex.nationality_words
    return any(w.lower() in LISTING for w in words) or len(words) == 2 and adjective


def _surnames_of_named_persons(
    own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]], decided: dict, info: ArticleInfo, lex: ActorsLexicon
) -> None:
    """'Thanou's coach', 'Myskina thrashed', 'Yapp's coach at the Blues' typed a sports team by `team-cue` (and the
    name's other mentions by its agreement), on a page that names Katerina Thanou, Anastasia Myskina, John Yapp: a
    one-word name that is the surname of the one person the page names in full with it is that person
    (`surname-of-person`; actors55). Only where the name's cues are a surname's (`_surname_cues`: a team's, or a
    company's outside business news; actors56), and the name is a word of no body's name of the page (`_not_a_body`).
    A surname two or more persons of the page share ("Felipe Contepomi" and "Manuel Contepomi": the brothers of one
    match) is a person's by those cues or by spaCy's label alone (`_label_only_body`), the cue the first one's name;
    which of them it is, or neither, the resolution decides (`named_in_full_before`; actors97).
    """
    rules: dict[str, set[str]] = defaultdict(set)
    shared: dict[str, bool] = defaultdict(lambda: True)  # whether each company cue of the name is a person's too
    held: dict[str, bool] = defaultdict(lambda: True)  # whether each company cue of the name is a holding
    for c, fired, head in own:
        if fired is not None:
            rules[c.name or ""].add(fired[0].name)
            if fired[0].name == "company-cue":
                shared[c.name or ""] &= all(_shared_cue(t, lex) for t in fired[1].cue)
                held[c.name or ""] &= all(_holding(t, head) for t in fired[1].cue)
    persons: dict[str, set[str]] = defaultdict(set)  # surname -> the full names of persons that end with it
    bodies: set[str] = set()  # the words of the page's other names of several words
    first: dict[str, Tok] = {}
    for c, _, _ in own:
        words = (c.name or "").split()
        decision = decided[id(c)]
        if len(words) < 2:
            continue
        if decision is not None and decision[1].actor_type == "person" and len(words) <= 3:
            persons[words[-1]].add(c.name or "")
            first.setdefault(c.name or "", info.toks[c.end_i])
        elif not _not_a_body(words, info.toks[c.start_i], lex):
            bodies.update(words)
    for c, _, _ in own:
        name = c.name or ""
        decision = decided[id(c)]
        if decision is None or decision[1].actor_type == "person" or not ONE_WORD.fullmatch(name) or name in bodies:
            continue
        named = sorted(persons.get(name, ()), key=lambda full: first[full].i)
        cues = decision[0] in SURNAME_DECISIONS and _surname_cues(rules[name], shared[name], info, held[name])
        if len(named) == 1 and cues or len(named) > 1 and (cues or _label_only_body(decision)):
            decided[id(c)] = ("surname-of-person", Verdict("person", (first[named[0]],)))


def _label_only_body(decision: tuple[str, Verdict]) -> bool:
    """Whether a name's decision is a body's that spaCy's ORG or GPE label alone gave (`ner-label`): the surname that
    two persons of the page share ("Contepomi" beside Felipe and Manuel Contepomi) is a person's, whichever is meant
    (actors97); one person's own surname so typed is folded onto the person by the resolution."""
    return decision[0] == "ner-label" and decision[1].actor_type in BODY_TYPES


SURNAME_DECISIONS = frozenset({"team-cue", "company-cue", "article-agreement"})


# rules that find a name no actor by its own words (a law, an event, a product the lexicon lists), not by
# what the sentence says of it (a product part can be a misread institution: "a server based at the ... (MIT)")
NO_ACTOR_BY_WORDS = frozenset({"known-non-actor", "common-name", "place-or-event-name"})


def _street_first_words(own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]], lex: ActorsLexicon) -> set[str]:
    """The first words of the streets the article names ("Miller" of "Miller Drive"), lower case."""
    named = [((c.name or "").lower().split(), fired) for c, fired, _ in own]
    return {
        words[0]
        for words, fired in named
        if fired is not None
        and fired[0].name == "place-or-event-name"
        and len(words) >= 2
        and words[-1] in lex.street_words
    }


def _by_label_or_food(decision: tuple[str, Verdict], lex: ActorsLexicon) -> bool:
    """Whether a decision rests on spaCy's label alone, or on a word of a firm's name that is a noun of food ("Olive
    Oil": `name-word` by "Oil"): no evidence against `pagelines.recipe_food`'s dish (web85)."""
    if label_only(decision[0]):
        return True
    cue = decision[1].cue
    return decision[0] in {"name-word", "name-words"} and bool(cue) and cue[0].lower in lex.food_nouns


def _named_for_a_street(
    c: Candidate, head: Tok, decision: tuple[str, Verdict] | None, streets: set[str], people: set[str]
) -> bool:
    """'on Miller traveling eastbound' in an article that names Miller Drive: a one-word name the article also gives
    as a street's first word, typed by spaCy's label alone and no person's surname there, is the street. Not the
    subject of a verb ("Protesters gathered on MacArthur Boulevard ... MacArthur said": a street says and does
    nothing; review21a), a finite verb or one with an auxiliary."""
    name = (c.name or "").lower()
    by_label = decision is not None and decision[0] == "ner-label"
    verb = head.head if head.dep == "nsubj" else None
    finite = verb is not None and (verb.tag not in {"VBG", "VBN"} or any(a.dep == "aux" for a in verb.children))
    acts = verb is not None and verb.pos == "VERB" and finite  # not "on Miller traveling eastbound"
    return by_label and not acts and " " not in name and name in streets and name not in people


def _no_actor_by_name(fired: tuple[Rule, Verdict] | None) -> bool:
    """Whether the name itself is no actor by its words (a law, an event), not only this mention of it."""
    return fired is not None and fired[1].actor_type is None and fired[0].name in NO_ACTOR_BY_WORDS


def type_names(cands: list[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> list[Candidate]:
    """The discovered-name candidates of one article that are actors, each with its type, rule and cue.

    An acronym in brackets right after a name with no verdict of its own takes that name's
    ("EverQuest (EQ)", "Office for National Statistics (ONS)": `article-agreement`); one that spells a
    name that is no actor is none wherever the article uses it with no verdict of its own ("Multi-Fibre
    Agreement (MFA)" ... "The MFA pact")."""
    own: list[tuple[Candidate, tuple[Rule, Verdict] | None, Tok]] = []
    best: dict[str, tuple[int, Verdict]] = {}
    labels: dict[str, Counter[ActorType | None]] = defaultdict(Counter)
    bodies: set[str] = set()
    headed: set[str] = set()  # names whose own head word is a body's (`business_body`)
    for c in cands:
        span = [info.toks[i] for i in range(c.start_i, c.end_i + 1)]
        named = Named(c, span, info, lex)
        fired = first_match(TYPE_RULES, named)
        own.append((c, fired, named.head))
        key = (c.name or "").lower()
        labels[key][label_type(c, named.head)] += 1
        if body_named(named, info, lex):
            bodies.add(key)
        if info.business and business_body(named.words, lex):
            headed.add(key)
        if fired is not None and fired[1].scope == "name":
            rank = RULE_RANK[fired[0].name]
            if key not in best or rank < best[key][0]:
                best[key] = (rank, fired[1])
    firms = firms_article(info, best)
    if firms is not None:  # actors80: only the names `firms_article` would type, in an article it reads
        open_names = {(c.name or "").lower() for c in cands if c.label == "ORG"} - set(best) - bodies
        bodies |= {k for k in open_names if k in lex.known_bodies or standard_named(k, info, lex)}
        bodies |= spelt_bodies({c.name or "" for c in cands if (c.name or "").lower() in open_names}, info, lex)
    decided = {
        id(c): _decide(c, fired, head, best, labels, info, lex, firms, frozenset(bodies), frozenset(headed))
        for c, fired, head in own
    }
    for c, fired, head in own:
        if fired is None and _acts_in_a_place(c, head, best, lex):
            place_rule = TYPE_RULES[best[(c.name or "").lower()][0]].name
            acting = _acting_decision(c, own, head, place_rule)
            if acting is not None:
                decided[id(c)] = acting
    by_end = {c.end_i: c for c, _, _ in own}
    rule_of = {id(c): fired for c, fired, _ in own}
    spelt: dict[str, tuple[str, Verdict]] = {}  # an acronym the article defines -> its long form's decision
    unmade: set[str] = set()  # acronyms the article defines for a name that is no actor
    for c, fired, _ in own:
        left, before = info.toks.get(c.start_i - 1), by_end.get(c.start_i - 2)
        if left is None or left.text != "(" or not (c.name or "").isupper() or before is None:
            continue
        spells = (c.name or "").replace(".", "").lower() in initials(before.name or "")
        if fired is None or spells and fired[0].name == "common-name":
            long_form = decided[id(before)]
            decided[id(c)] = ("article-agreement", long_form[1]) if long_form else None
            if spells and long_form is not None and long_form[1].actor_type is not None:
                spelt[(c.name or "").lower()] = long_form
            elif spells and _no_actor_by_name(rule_of[id(before)]):
                unmade.add((c.name or "").lower())  # not where the long form is only a place here ("at MIT")
    _titled_surnames(own, decided)
    _evidenced_persons(own, decided, info, lex)
    _persons_by_a_labelled_surname(own, decided, info, lex)
    _persons_by_a_given_name(own, decided, info, lex)
    _surnames_of_named_persons(own, decided, info, lex)
    _camel_case_bodies(own, decided, info, lex)
    _one_word_firms(own, decided, info, lex)
    _software_firms(own, decided, info, lex)
    _us_states(own, decided, lex)
    streets = _street_first_words(own, lex)
    people = {
        (c.name or "").split()[-1].lower()
        for c, _, _ in own
        if len((c.name or "").split()) >= 2 and (d := decided[id(c)]) is not None and d[1].actor_type == "person"
    }
    unsupported = no_evidence_names([c for c, _, _ in own], info, lex)  # headings, cells, common words (actors30)
    venues = frozenset(cited_venue([c for c, _, _ in own], info))  # "J Pediatr. 1978;92:30-5" (actors34)
    dishes = recipe_food([c for c, _, _ in own], info, lex)  # "Olive & Herb Focaccia", "Coconut Oil" (web85)
    kept = []
    for c, fired, head in own:
        defined = spelt.get((c.name or "").lower())
        if defined is not None and fired is not None and fired[0].name == "common-name":
            decided[id(c)] = ("article-agreement", defined[1])  # "PCS leader Mark Serwotka" after "... (PCS)"
        decision = decided[id(c)]
        if (c.name or "").lower() in unmade and (fired is None or fired[0].name == "common-name"):
            continue
        if decision is None or decision[1].actor_type is None:
            continue
        if _named_for_a_street(c, head, decision, streets, people):
            continue
        if label_only(decision[0], c.name, venues) and (c.name or "").lower() in unsupported:
            continue
        if (c.name or "").lower() in dishes and _by_label_or_food(decision, lex):
            continue
        c.actor_type, c.type_rule, c.cue = decision[1].actor_type, decision[0], list(decision[1].cue)
        kept.append(c)
    return kept
