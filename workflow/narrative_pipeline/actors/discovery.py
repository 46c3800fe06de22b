"""Discovery: names the registry lacks (spaCy PERSON, ORG, NORP, GPE; titled names spaCy missed),
their spans repaired, with a stable id made from their name.

The type of a discovered name is decided later, over the whole article (`typing`); here a
candidate keeps spaCy's label and the title words stripped before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..parsed import Sent, Tok
from ..records import ActorType
from ..registry import fold
from ..syntax import is_word, surface_text
from .candidates import Candidate, Entity, LinkPriority, strip_titles
from .context import ArticleInfo, ends_with_honour, org_word, trade_noun_opening
from .lexicon import ActorsLexicon
from .newsnames import cut_at_an_opening_quote

DISCOVERED_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
BRACKETS = frozenset({"(", ")", "[", "]", "{", "}"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
DASHES = frozenset({"-", "–", "—"})
_INITIAL = re.compile(r"[A-Z]\.?")
_FULL_STOP_INITIAL = re.compile(r"[A-Z]\.")
# words whose full stop is their own, not a sentence's, at the end of a person's name ("Sammy Davis Jr.")
ABBREVIATIONS = frozenset({
    "jr", "sr", "jnr", "snr", "st", "bros", "inc", "co", "ltd", "corp", "mr", "mrs", "ms", "dr", "prof", "rev",
    "gen", "col", "lt", "sgt", "capt", "hon", "esq", "phd", "no", "mt",
})  # fmt: skip
PREFIXED = re.compile(r"^(post|pre|anti|pro|ex|non|mid|neo|pan)-", re.I)
TRAILING_WORDS = frozenset({"and", "of", "the", "for", "&", "in", "on", "at"})
CLOSED_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART", "PRON"})
NOT_NAME_POS = frozenset({"ADP", "VERB", "SCONJ", "CCONJ", "PRON", "ADV", "DET", "INTJ", "PART"})
FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "de", "du", "des", "&", "la", "le", "der", "von", "on", "in"})
# last words an acronym may leave out: "Public and Commercial Services Union (PCS)"
UNSPELT_LAST_WORDS = frozenset({"union", "party"})


_NOT_SLUG = re.compile(r"[^a-z0-9]+")  # compiled once: `slug` is asked ~18,000 times a BBC shard (speed64)
_LETTER_RUNS = re.compile(r"[A-Za-z]+")


def slug(text: str) -> str:
    return _NOT_SLUG.sub("_", fold(text).lower()).strip("_") or "x"


# a country's letters or name before a body's name, which its acronym may leave out: "U.S. Customs and Border
# Protection (CBP)", "United States Drug Enforcement Agency (DEA)"; only a country's (review21b: any two capitals
# took a person's or a firm's initials too: "HM Revenue and Customs" gave "rac", the RAC's; "JP Morgan Chase Bank"
# "mcb"; every acronym these initials linked on the BBC and web runs followed "US", "U.S." or "United States")
_COUNTRY_LETTERS = re.compile(r"^(?:U\.S\.|U\.K\.|US|UK|United States|United Kingdom)\s+")


def initials(name: str) -> set[str]:
    """Lower-case initials of a name's words, with and without its function words ("Bank of
    England": "boe", "be"), and without a last "Union" or "Party" ("pcs"); none for a name holding an
    acronym ("BBC Three" is no "BT"). A name opening with a country's letters or name ("U.S.", "US", "UK",
    "United States") also gives the initials of the rest when they are three letters or more ("U.S. Customs
    and Border Protection": "cbp", as well as "uscbp")."""
    rest = _COUNTRY_LETTERS.sub("", name, count=1)
    letters = {form for form in _initials(rest) if len(form) >= 3} if rest != name else set()
    return _initials(name) | letters


def _initials(name: str) -> set[str]:
    words = _LETTER_RUNS.findall(name)
    if any(len(w) > 1 and w.isupper() for w in words):
        return set()
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    forms = [words, content]
    if len(content) >= 3 and content[-1].lower() in UNSPELT_LAST_WORDS:
        forms.append(content[:-1])
    return {"".join(w[0] for w in ws).lower() for ws in forms if len(ws) >= 2}


def in_brackets(following: list[Tok | None]) -> Tok | None:
    """The one token between brackets that open right after a name (`following`: the three tokens
    after it, "(", "PCS", ")"), else None."""
    if len(following) < 3:
        return None
    opening, inside, closing = following[:3]
    if opening is None or inside is None or closing is None or opening.text != "(" or closing.text != ")":
        return None
    return inside


def bracketed_acronym(tokens: list[Tok], last: int) -> str | None:
    """The acronym in brackets right after token `last` ("... Union (PCS)"), if any."""
    inside = in_brackets(list(tokens[last + 1 : last + 4]))
    word = inside.text.replace(".", "") if inside is not None else ""
    return word if 2 <= len(word) <= 6 and word.isalpha() and word.isupper() else None


MAX_BEFORE_PREFIX = 3  # capitalised words before "Anti-" taken into an organisation's name, at most


def extend_before_a_prefix(tokens: list[Tok], first: int, last: int) -> int:
    """The first token of an organisation's name spaCy began at a capitalised prefix joined by a hyphen ("World
    [Anti-Doping Agency] chief Dick Pound", review74's finding 6): the capitalised words right before it (up to
    MAX_BEFORE_PREFIX) are the name's, else the prefix opens it as written."""
    if last < first + 2 or tokens[first].space_after or tokens[first + 1].space_after:
        return first
    if not (tokens[first].text[:1].isupper() and PREFIXED.match(tokens[first].text + tokens[first + 1].text)):
        return first
    start = first
    while start > max(first - MAX_BEFORE_PREFIX, 0) and tokens[start - 1].text[:1].isupper():
        if not tokens[start - 1].text.isalpha():
            break
        start -= 1
    return start


def _prefixed_body(span: list[Tok], lex: ActorsLexicon) -> bool:
    """'Anti-Doping Agency', 'Pro-Life Alliance': a capitalised prefix opening a name that ends with a body's word is
    the name's own, not a stance before one ("post-Enron rules")."""
    return span[0].text[:1].isupper() and len(span) > 1 and org_word(span[-1].lower, lex)


def extend_to_acronym(tokens: list[Tok], first: int, last: int) -> int:
    """The first token of an organisation's name that its bracketed acronym spells and spaCy cut
    short: "[Commercial Services Union] (PCS)" after "Public and" is the Public and Commercial Services
    Union; the name is only extended over capitalised words and the function words between them."""
    acronym = bracketed_acronym(tokens, last)
    if acronym is None or acronym.lower() in initials(surface_text(tokens[first : last + 1])):
        return first
    for start in range(first - 1, max(first - 5, -1), -1):
        word = tokens[start]
        if not (word.text[:1].isupper() and word.text.isalpha() or word.lower in FUNCTION_WORDS - {"the"}):
            break
        if word.text[:1].isupper() and acronym.lower() in initials(surface_text(tokens[start : last + 1])):
            return start
    return first


def extend_over_second_place(tokens: list[Tok], first: int, last: int) -> int:
    """The last token of an organisation's name "... of England and Wales" that spaCy cut after its first
    place ("[Police Federation of England] and Wales"): the name goes on over "and" and a place that ends
    the phrase (not "the Bank of England and France's central bank")."""
    k = last - first
    span = tokens[first : last + 1]
    if k < 2 or span[-2].lower != "of" or not span[-1].text[:1].isupper() or last + 2 >= len(tokens):
        return last
    conj, place = tokens[last + 1], tokens[last + 2]
    after = tokens[last + 3] if last + 3 < len(tokens) else None
    if conj.lower != "and" or place.ent_type != "GPE" or not place.text.isalpha():
        return last
    if after is not None and (after.text[:1].isupper() or after.lower in {"'s", "’s"}):
        return last
    return last + 2


def extend_over_cut_place(tokens: list[Tok], first: int, last: int, lex: ActorsLexicon) -> int:
    """The last token of an organisation's name that spaCy cut after its last "of" ("[The ACLU Foundations of]
    California", "[The Public Health Agency of] Canada"): a name ends on no "of", so it goes on over the capitalised
    words right after it (a place or a field: at most `CUT_NAME_WORDS`), when the word before "of" is a word of an
    organisation's name (`org_type_words`, `org_head_nouns`, singular or plural: not a person's "Francesca Schiavone
    of Italy" nor a publication's "Quarterly Economic Commentary of") and a word that is not capitalised, or a mark,
    follows them (not a possessive: "of Strathclyde University's institute")."""
    if last - 1 <= first or tokens[last].lower != "of" or not org_word(tokens[last - 1].lower, lex):
        return last
    end = last
    while end + 1 < len(tokens) and end - last < CUT_NAME_WORDS and _cut_word(tokens[end + 1]):
        end += 1
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    if end == last or after is not None and (_cut_word(after) or after.lower in {"'s", "’s", "'", "’"}):
        return last
    return end


def extend_over_plural_possessive(tokens: list[Tok], first: int, last: int, lex: ActorsLexicon) -> int:
    """The last token of an organisation's name that spaCy cut before its plural possessive ("[British Bankers]'
    Association", "[National Socialist German Workers]' Party", "[London Critics]' Circle"): a capitalised plural,
    an apostrophe, and a capitalised word of an organisation's name (`org_word`: association, party, union, forum,
    court, ...) go on as one name (actors35). Not "the Beatles' Across the Universe" nor "Ladbrokes' Warren Lush"
    (no organisation's word after the apostrophe)."""
    if last + 2 >= len(tokens):
        return last
    owner, mark, head = tokens[last], tokens[last + 1], tokens[last + 2]
    if not (_plural_name_word(owner) and mark.text in {"'", "’"} and not owner.space_after):
        return last
    if not (_cut_word(head) and org_word(head.lower, lex) and not head.lower.endswith("s")):
        return last
    return last + 2


def _plural_name_word(tok: Tok) -> bool:
    """'Bankers', 'Workers': a capitalised word in letters that ends on an s (not "NHS")."""
    return _cut_word(tok) and tok.text.endswith("s") and len(tok.text) > 2


CUT_NAME_WORDS = 3


def _cut_word(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.text.isalpha() and not tok.text.isupper()


def discovered_id(name: str) -> str:
    """Stable id of an actor the registry lacks, made from its name: the same name gives the same id
    in every article, whatever type the article's evidence gives it."""
    return f"disc.{slug(name)}"


def org_type(name: str, lex: ActorsLexicon) -> ActorType | None:
    """Type of an organisation from its name, or None when it names no actor (a place, a law)."""
    words = tuple(w.lower() for w in re.findall(r"[A-Za-z]+", name))
    if not words:
        return None
    if lex.ends_as_no_actor(words) or any(words[: len(p)] == p for p in lex.non_actor_name_openings):
        return None
    if any(w in lex.document_words for w in words):
        return None
    head = head_type(words, lex)
    if head is not None:
        return head
    for actor_type, keys in lex.org_type_words.items():
        if any(w in keys for w in words):
            return actor_type
    return "organisation"


# The types a name's last word decides over the words before it: "Consumer Electronics Association", "Energy Savings
# Trust" and "Food and Drug Administration" are no companies for their "electronics", "energy" or "food".
_HEAD_TYPES = ("government", "organisation")
NAME_PREPOSITIONS = frozenset({"of", "for"})  # "Department of Energy": the name's head is before them
HEAD_KINDS = ("armed_group", "government", "company", "organisation")  # `org_type_words` a name's head word may be


def head_type(words: tuple[str, ...], lex: ActorsLexicon, *, before_of: bool = True) -> ActorType | None:
    """The type of an organisation's name its head word gives (the one reading of a name's head, for the type rules'
    `typing.name_word` and for `org_type`; actors65):
    - its last word, where that word is a government's or a non-commercial body's (`org_type_words`): the head of the
      name, not a word that says what the body is about ("Consumer Electronics Association", "Food and Drug
      Administration"; the lead, session 45: 31 BBC bodies typed companies by a word before their head); not the
      second of two heads joined by "and" ("Investors Bank and Trust": the first is the body's kind, actors59);
    - else (with `before_of`) the last word of a body's kind (`HEAD_KINDS`) before the name's first "of" / "for",
      not the second of two joined by "and" ("May Department Stores": stores, a company, not the government its
      "department" made it; "Investors Bank and Trust": bank; "US Department of Energy": department; actors59).
    None where a party's or the media's word is in the name (those stay theirs, as `org_type_words`' order has it:
    "Reuters News Agency", "Hollywood Foreign Press Association") or no head word is of a kind; but an organisation
    where the name's head, its last word before its first "of" / "for", is a body's that a media word does not make
    an outlet (`media_named_body_heads`: "American Press Institute", "Max Planck Institute for Radio Astronomy",
    "Parents Television Council"; actors87)."""
    if not words:
        return None
    if any(w in lex.org_type_words.get(t, frozenset()) for t in ("party", "media") for w in words):
        cut = next((k for k, w in enumerate(words) if w in NAME_PREPOSITIONS), len(words))
        return "organisation" if cut > 0 and words[cut - 1] in lex.media_named_body_heads else None
    if not (len(words) >= 3 and words[-2] == "and"):
        last = next((t for t in _HEAD_TYPES if words[-1] in lex.org_type_words.get(t, frozenset())), None)
        if last is not None or not before_of:
            return last
    if not before_of:
        return None
    cut = next((k for k, w in enumerate(words) if w in NAME_PREPOSITIONS), len(words)) or len(words)
    for k in range(cut - 1, -1, -1):
        if k > 0 and words[k - 1] == "and":
            continue
        kind = next((t for t in HEAD_KINDS if words[k] in lex.org_type_words.get(t, frozenset())), None)
        if kind is not None:
            return kind
    return None


def _collective_owner(span: list[Tok], k: int, lex: ActorsLexicon) -> bool:
    """A possessive inside a name after a capitalised collective noun: "People's Fuel Lobby", "Women's
    Institute", and a plural before an organisation's last word: "British Bankers' Association" (actors35; not
    "Google's Desktop")."""
    owner = span[k - 1]
    if k == len(span) - 2 and _plural_name_word(owner) and span[k].text in {"'", "’"}:
        return _cut_word(span[k + 1]) and org_word(span[k + 1].lower, lex)  # not "Lord Dubs' Succession" (actors35)
    return (
        k == 1
        and owner.text[:1].isupper()
        and owner.lower in lex.population_nouns
        and k + 1 < len(span)
        and span[k + 1].text[:1].isupper()
    )


def _opens_a_clause(span: list[Tok], k: int) -> bool:
    """ "Malcolm X. Besides Dee": a capitalised preposition, conjunction or adverb after a full stop
    inside a person's span opens a new sentence."""
    tok = span[k]
    new_sentence = span[k - 1].text.endswith(".")
    return new_sentence and tok.text[:1].isupper() and tok.pos in {"ADP", "SCONJ", "CCONJ", "ADV"} and tok.tag != "NNP"


def _ended_at_an_initial(span: list[Tok]) -> int | None:
    """Where the name after a sentence that ended on an initial starts, inside one person's span: a one-letter initial
    with its full stop after one name word, then two capitalised words or more ("Malcolm X. Attallah Shabazz"); a
    middle initial has the surname alone after it ("John E. Kelly", "George W. Bush"). Not after an initial, nor before
    one, a post-nominal or a regnal number ("J. R. R. Tolkien", "George H. W. Bush", "John D. Rockefeller IV":
    review19c)."""
    for k, tok in enumerate(span[1:-2], 1):
        rest = span[k + 1 :]
        if k == 1 and _FULL_STOP_INITIAL.fullmatch(tok.text) and all(_spelt_word(t) for t in rest):
            return k + 1 if _spelt_word(span[0]) else None
    return None


def _spelt_word(tok: Tok) -> bool:
    """A capitalised word of a name that is no initial, post-nominal ("Jr") or regnal number ("IV")."""
    word = tok.text.rstrip(".")
    spelt = word[:1].isupper() and any(c.islower() for c in word[1:])
    return spelt and word.lower() not in ABBREVIATIONS


def _not_a_name_word(tok: Tok, sent_start: int | None) -> bool:
    """A verb, preposition, adverb, ... that opens the sentence or is in lower case ("Said", "plus")."""
    opening = sent_start is not None and tok.i == sent_start
    return tok.pos in NOT_NAME_POS and tok.tag != "NNP" and (opening or tok.text[:1].islower())


def _lower_word_before(span: list[Tok], lex: ActorsLexicon) -> bool:
    """'registered dietitian Trista Best', 'his stepson Sholto': a word all in lower case (no name particle: "van
    Persie", "al-Qaeda") before a capitalised word, that spaCy took into a person's name."""
    first, second = span[0], span[1]
    return (
        first.text.isalpha()
        and first.text.islower()
        and first.lower not in lex.name_particles
        and second.text[:1].isupper()
    )


def plural_person_noun(word: str, lex: ActorsLexicon) -> bool:
    """'chefs', 'seeds', 'actresses': the plural of a person's noun (`person_nouns`) the lexicon lists in the singular
    only (actors63)."""
    if word in lex.person_nouns or not word.endswith("s"):
        return False
    return word[:-1] in lex.person_nouns or word.endswith("es") and word[:-2] in lex.person_nouns


def _place_after_an_opening_preposition(span: list[Tok], lex: ActorsLexicon, sent_start: int | None) -> bool:
    """'Near Kharkiv, the army regrouped', 'Outside Donetsk the shelling went on': a locative preposition opening
    the sentence, capitalised there and taken by spaCy into a person's name, before the name of where something
    happens. A place named only as a place is no actor (ANNOTATION.md), and no person is the name after it."""
    if len(span) < 2:
        return False
    first = span[0]
    return (
        sent_start is not None
        and first.i == sent_start
        and first.lower in lex.locative_prepositions
        and all(t.text[:1].isupper() for t in span[1:])
    )


def repair_span(tokens: list[Tok], label: str, lex: ActorsLexicon, sent_start: int | None = None) -> list[Tok]:
    """The name inside an entity span: never a bracket or what follows it ("S Lamont (Glasgow"), a
    possessive and what it owns ("Google's Desktop"), a dash and what follows ("World Social Forum -
    the"), the second side of a fixture ("Derby v Wigan"), a second name joined by "and" in a person's
    span, a role noun or a nationality noun before a person's name ("Sprinter Michelle Collins",
    "Spaniard Carlos Moya"), or punctuation at either end ("Deutsche Boerse -"); a nationality noun
    alone is no name ("the Welshman"); a person's span that a locative preposition opens at the start of the
    sentence is a place ("Near Kharkiv")."""
    person = label in {"PERSON", "TITLE"}
    span = cut_at_an_opening_quote(strip_titles(tokens, lex, titles=person), label)  # actweb24
    for k, tok in enumerate(span):
        dash = tok.text in DASHES and k > 0 and span[k - 1].space_after
        versus = k > 0 and tok.lower in {"v", "vs", "v.", "vs.", "versus"}
        owned = k > 0 and tok.lower in POSSESSIVES and not _collective_owner(span, k, lex)
        if tok.text in BRACKETS or "\n" in tok.text or dash or versus or owned:
            span = span[:k] if k > 0 else span[k + 1 :]
            break
    if label == "PERSON":
        cut = next(
            (k for k, t in enumerate(span) if t.lower in {"and", "&", ","} or k and _opens_a_clause(span, k)), None
        )
        if cut:
            span = span[:cut]  # "Malcolm X. Besides Dee": a sentence's first word taken into the name
        ended = _ended_at_an_initial(span)
        if ended:
            span = span[ended:]  # "Do The Right Thing and Malcolm X. Attallah Shabazz, the daughter": the second
        if _place_after_an_opening_preposition(span, lex, sent_start):
            return []  # "Near Kharkiv, the army regrouped": a place, no person
        while len(span) > 1 and (_not_a_name_word(span[0], sent_start) or _lower_word_before(span, lex)):
            span = span[1:]  # "Without Charles", "Said Mr", "plus Ryan Giggs": a word before the name
    if label != "PERSON":
        span = unrepeated(span)
    while len(span) > (1 if label == "PERSON" else 2) and span[0].lower in lex.person_nouns:
        if label != "PERSON" and span[0].text[:1].isupper() and org_word(span[-1].lower, lex):
            break  # "International Labour Organisation", "International Rugby Board": the body's own word (actors57)
        span = span[1:]  # "Star Christina Applegate"
    while label == "PERSON" and len(span) > 2 and plural_person_noun(span[0].lower, lex) and span[1].text[:1].isupper():
        if plural_person_noun(span[1].lower, lex):
            break  # "Girls Girls Girls": a title, not a noun before a name
        span = span[1:]  # "Chefs Jamie Oliver", "Seeds Dominik Hrbaty": the plural of a person's noun (actors63)
    while len(span) > 1 and trade_noun_opening([t.text for t in span], label, lex):
        span = span[1:]  # "Bookmaker William Hill", "Distributor Sony Pictures" (actors58)
    while len(span) > 1 and person and span[0].lower in lex.nationality_nouns:
        span = span[1:]  # "Spaniard Carlos Moya"
    if len(span) == 1 and span[0].lower in lex.nationality_nouns:
        return []  # "the Welshman" is no name (a descriptor: actors.players)
    while span and (span[-1].lower in TRAILING_WORDS or span[-1].text.islower() and span[-1].pos in CLOSED_POS):
        span = span[:-1]  # "Internet Corporation for Assigned Names and", "United through"
    while len(span) > 1 and _lower_word_after_a_name(span[-1], span[-2], lex):
        span = span[:-1]  # "Mrs H Pyke gave", "Pascal Cygan missed", "United seemed home" (actors37, actors84)
    while span and span[0].lower in TRAILING_WORDS:
        span = span[1:]  # "of the Hill"
    while span and (not is_word(span[0]) or not any(ch.isalnum() for ch in span[0].text)):
        span = span[1:]
    while span and (not is_word(span[-1]) or not any(ch.isalnum() for ch in span[-1].text)):
        span = span[:-1]
    return strip_titles(span, lex, titles=person) if span else span


def _acronym_and_class_noun(span: list[Tok], lex: ActorsLexicon) -> bool:
    """Whether a span is an acronym and a lower-case noun of `company_nouns` that says what kind of firm it names
    ("HBOS bank"; review77's finding 6): the name is the acronym alone. Not "group": "the LG group" is LG Group."""
    if len(span) != 2:
        return False
    name, noun = span
    letters = name.text.replace(".", "")
    return (
        2 <= len(letters) <= 6
        and letters.isalpha()
        and letters.isupper()
        and noun.text.islower()
        and noun.lower in lex.company_nouns
    )


CUT_AFTER_A_NAME_POS = frozenset({"VERB", "AUX", "ADV"})


def _lower_word_after_a_name(tok: Tok, before: Tok, lex: ActorsLexicon) -> bool:
    """A verb, an auxiliary or an adverb in lower case, written apart from the word before it, that ends a name's span
    of any label: spaCy ran the clause into the name ("Mrs H Pyke gave", where a headline parsed as one sentence tags
    "gave" an auxiliary; "Pascal Cygan missed" and "United seemed home" under the ORG label; actors84). Not a name's
    particle ("Laurens van der"), not the second half of a hyphenated word ("Chung Mong-koo", "Blu-ray"), not a noun
    ("the Lopez and Anthony duet": a name that modifies a noun is left as spaCy gave it)."""
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and tok.lower not in lex.name_particles
        and tok.pos in CUT_AFTER_A_NAME_POS
        and before.space_after
    )


def unrepeated(span: list[Tok]) -> list[Tok]:
    """ "British British Casino Association": a name's first word written twice, once (not "Duran Duran")."""
    if len(span) > 2 and span[0].text == span[1].text and span[0].text[:1].isupper():
        return span[1:]
    return span


def _honorific(tok: Tok, lex: ActorsLexicon) -> bool:
    return tok.text[:1].isupper() and tok.lower.rstrip(".") in lex.person_titles


def _name_word(tok: Tok, lex: ActorsLexicon) -> bool:
    """A capitalised proper noun outside any entity that may belong to a person's name."""
    word = tok.lower.rstrip(".")
    return (
        tok.pos == "PROPN"
        and not tok.ent_type
        and tok.text[:1].isupper()
        and tok.text.replace(".", "").isalpha()
        and word not in lex.titles
        and word not in lex.person_nouns
        and word not in lex.role_nouns
        and word not in lex.post_nominals
    )


def _joined_by_hyphen(last: Tok, dash: Tok, nxt: Tok) -> bool:
    """A hyphen with no space either side and a capitalised word after it: "Kilroy-Silk"."""
    return dash.text == "-" and not last.space_after and not dash.space_after and nxt.text[:1].isupper()


def extend_person(tokens: list[Tok], first: int, last: int, lex: ActorsLexicon) -> int:
    """The last token of a person's name spaCy cut after a middle initial ("[Bruce L] Castor Jr"), at a
    hyphen ("Mr [Kilroy]-Silk") or before the surname that the name modifies ("[Lomana] LuaLua
    headed")."""
    if _INITIAL.fullmatch(tokens[last].text) and last > first:
        while last + 1 < len(tokens) and _name_word(tokens[last + 1], lex) and last - first < 4:
            last += 1
    elif last + 2 < len(tokens) and _joined_by_hyphen(tokens[last], tokens[last + 1], tokens[last + 2]):
        last += 2  # "Mr [Kilroy]-Silk"
    elif last + 1 < len(tokens) and _name_word(tokens[last + 1], lex) and len(tokens[last + 1].text) > 1:
        nxt, head = tokens[last + 1], tokens[last].head
        if head is nxt and tokens[last].dep == "compound" and last - first < 3:
            last += 1
    return last


def _stop_on_the_name(last: Tok) -> bool:
    """Whether a person's name ends on a full stop the tokenizer left on its last word ("Norbert Ore.", "Malcolm X."):
    the sentence's, not the name's (not a post-nominal's: "Jr.")."""
    word = last.text[:-1]
    spelt = word.replace("-", "").isalpha() and word[:1].isupper()
    return last.text.endswith(".") and spelt and word.lower() not in ABBREVIATIONS


def known_org_candidate(span: list[Tok]) -> Candidate:
    """A discovered organisation the article names elsewhere, where spaCy missed it."""
    return _discovered(span, "ORG", [])


def _discovered(span: list[Tok], label: str, before: list[Tok]) -> Candidate:
    first, last = span[0], span[-1]
    name = surface_text(span)
    if label in {"PERSON", "TITLE"} and _stop_on_the_name(last):
        name = name[:-1]  # "said ISM survey chairman Norbert Ore." is Norbert Ore (the span keeps its token)
    return Candidate(
        first.i, last.i, first.start, last.end, None, "person" if label in {"PERSON", "TITLE"} else "organisation",
        "ner-discovered", LinkPriority.DISCOVERED, 1.0, None, name, label, "ner-label", [], before,
    )  # fmt: skip


LIST_JOINERS = frozenset({",", "and", "&"})
FIRM_SUFFIXES = frozenset({"inc", "ltd", "llc", "llp", "lp", "plc", "corp", "co", "ag", "sa", "nv", "gmbh"})


def _list_item_word(tok: Tok) -> bool:
    """A word of one name in a list: capitalised and spelt with a lower-case letter ("O'Connor", "Wright-Phillips"; not
    a reference's initials "G.E."), or a hyphen joining two of them."""
    if tok.text in {"-", "–"}:
        return True
    return tok.text[:1].isupper() and any(ch.islower() for ch in tok.text) and tok.lower not in FUNCTION_WORDS


def listed_names(tokens: list[Tok], first: int, last: int) -> list[tuple[int, int]] | None:
    """The names of a span spaCy ran a list into (`[Dyer, Faye, Bowyer]`, "mayors at [Doncaster, Hartlepool, North
    Tyneside] and Stoke-on-Trent", "[Zotac, Asus and Gigabyte]"; actors57): where a comma stands inside the span and
    every part between commas (or a last "and") is one to four capitalised words and no firm's suffix ("Coinbase Global,
    Inc."), the (first, last) token of each part. None where any part holds a function word or a word in lower case:
    a name with a comma of its own ("Department of the Environment, Food and Rural Affairs", "Ministry of Economy, Trade
    and Industry")."""
    span = tokens[first : last + 1]
    if not any(t.text == "," for t in span[1:-1]):
        return None
    parts: list[tuple[int, int]] = []
    start = first
    for k in range(first, last + 2):
        if k == last + 1 or tokens[k].lower in LIST_JOINERS:
            if k == start or k - start > 4:
                return None
            words = tokens[start:k]
            if not all(_list_item_word(t) for t in words) or words[-1].lower.rstrip(".") in FIRM_SUFFIXES:
                return None
            parts.append((start, k - 1))
            start = k + 1
    return parts


COORDINATED_PART_WORDS = 4  # words of each name of a two-name span ("Hard Candy and Urban Decay"), at most


def _written_alone(words: list[Tok], toks: dict[int, Tok]) -> bool:
    """Whether the article writes these words as a name elsewhere, not beside an "and" nor a capitalised word of a
    longer name ("Arsenal" of "Everton and Arsenal" where "Arsenal have" opens another sentence)."""
    n, texts, own = len(words), [w.text for w in words], {w.i for w in words}
    for i, t in toks.items():
        if t.text != texts[0] or i in own or [toks.get(i + k) and toks[i + k].text for k in range(n)] != texts:
            continue
        around = [a for a in (toks.get(i - 1), toks.get(i + n)) if a is not None and a.sent == t.sent]
        if not any(a.lower in {"and", "&"} or a.text[:1].isupper() and a.text.isalpha() for a in around):
            return True  # alone: not beside "and", nor inside a longer name ("Efficient Hospitals Operations")
    return False


def coordinated_names(
    tokens: list[Tok], first: int, last: int, lex: ActorsLexicon, info: ArticleInfo | None
) -> list[tuple[int, int]] | None:
    """The two names of a span spaCy ran over one "and" ("[Hard Candy and Urban Decay]", "[Gazprom and Rosneft]",
    "[Dell and Hewlett-Packard]"; review77's finding 6): each part one to four capitalised words and no function word
    (no "of": "Cities of London and Westminster"), the last word no organisation's head or type word, no firm suffix
    ("Securities and Exchange Commission", "Investors Bank and Trust", "Granada Men and Motors" are one name) and no
    word that ends the name of a thing ("Community Cohesion and Race Equality Strategy"), and
    either both parts of two words or more or one written alone elsewhere in the article ("Dell and Hewlett-Packard
    ... Dell");
    the (first, last) token of each. None otherwise: "Trade and Industry", "Marks and Spencer" stay whole (actors96)."""
    span = tokens[first : last + 1]
    joins = [k for k, t in enumerate(span) if t.lower == "and"]
    if len(joins) != 1 or any(t.text in {",", "&"} for t in span):
        return None
    k = first + joins[0]
    parts = [tokens[first:k], tokens[k + 1 : last + 1]]
    if not all(0 < len(p) <= COORDINATED_PART_WORDS and all(_list_item_word(t) for t in p) for p in parts):
        return None
    end = span[-1].lower.rstrip(".")
    if end in FIRM_SUFFIXES or end in lex.org_head_nouns or any(end in ws for ws in lex.org_type_words.values()):
        return None
    if end in lex.non_actor_name_endings | lex.product_nouns | lex.work_nouns | lex.thing_nouns:
        return None  # "Community Cohesion and Race Equality Strategy": one thing's name, no body's
    long = all(len(p) >= 2 for p in parts)
    if not long and (info is None or not any(_written_alone(p, info.toks) for p in parts)):
        return None
    return [(first, k - 1), (k + 1, last)]


def _opened_by_a_place_preposition(tokens: list[Tok], first: int, lex: ActorsLexicon) -> bool:
    """Whether a preposition of place (an article skipped) stands right before the token `first`."""
    k = first - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    return k >= 0 and tokens[k].text.islower() and tokens[k].lower in lex.locative_prepositions


def _unlisted(tokens: list[Tok], entities: list[Entity], lex: ActorsLexicon, info: ArticleInfo | None) -> list[Entity]:
    """The entities with each list spaCy ran into one span (not a person's: `repair_span` keeps a person's first
    name) given as its names (`listed_names`), each with the span's label. Not after "of" / "for": a body's fields
    ("Minister of Industry, Investment and Commerce") or an address ("of Auckland, New Zealand"). None for a list that
    a preposition of place opens outside sport ("mayors at Doncaster, Hartlepool, North Tyneside", "mines across
    Nottinghamshire, Derbyshire, Leicestershire": places, as `places.address_place` finds them where spaCy labels them
    places; in sport "spells at Arsenal, Real Madrid" names clubs)."""
    out: list[Entity] = []
    for first, last, label in entities:
        fields = first > 0 and tokens[first - 1].lower in {"of", "for"}
        parts = listed_names(tokens, first, last) if label != "PERSON" and not fields else None
        pair = coordinated_names(tokens, first, last, lex, info) if label == "ORG" and not fields else None
        if pair:
            out.extend((a, b, label) for a, b in pair)  # "Hard Candy and Urban Decay" (actors96)
        elif not parts:
            out.append((first, last, label))
        elif info is None or info.sport or not _opened_by_a_place_preposition(tokens, first, lex):
            out.extend((a, b, label) for a, b in parts)
    return out


def ner_candidates(
    sent: Sent, entities: list[Entity], lex: ActorsLexicon, info: ArticleInfo | None = None
) -> list[Candidate]:
    """Candidates for names spaCy finds and the registry may lack (typed later, over the article); an
    organisation's name cut short here is given whole when the article gives it whole elsewhere
    ("Coal" in "UK Coal said")."""
    out = []
    opening = next((t.i for t in sent.tokens if any(ch.isalnum() for ch in t.text)), None)  # the first word
    for first, last, label in _unlisted(sent.tokens, entities, lex, info):
        if label == "WORK_OF_ART" and _body_titled_as_a_work(sent.tokens[first : last + 1], lex):
            label = "ORG"  # "The Making Decisions Alliance, which includes the Alzheimer's Society, said" (actors47)
        if label not in DISCOVERED_LABELS:
            continue
        if label == "PERSON":
            last = extend_person(sent.tokens, first, last, lex)
        elif last > first and _honorific(sent.tokens[first], lex) and sent.tokens[first + 1].text[:1].isupper():
            label = "PERSON"  # "Dr Tuffy" taken for an organisation's name
        plural_owner = extend_over_plural_possessive(sent.tokens, first, last, lex)
        if plural_owner != last:
            label, last = "ORG", plural_owner  # "[British Bankers]' Association" (actors35)
        if label == "ORG":
            first = extend_before_a_prefix(sent.tokens, extend_to_acronym(sent.tokens, first, last), last)
            last = extend_over_second_place(sent.tokens, first, extend_over_cut_place(sent.tokens, first, last, lex))
        whole = sent.tokens[first : last + 1]
        honour = label != "PERSON" and len(whole) > 1 and ends_with_honour(whole[-1].text, lex)
        span = repair_span(whole, label, lex, opening)
        if not span:
            continue
        if honour:  # "Guy Mansfield QC" taken for an organisation is a person; "Labour MP" names none
            if len(span) < 2:
                continue
            label = "PERSON"
        if label == "ORG" and info is not None:
            span = unrepeated(info.known_org_around(span) or span)
            if sent.index in info.headlines:
                span = headline_cut(span, info, lex)
            span = store_cut(span, info, lex)
            span = owned_business(sent.tokens, span, info, lex)
        if label == "ORG" and _acronym_and_class_noun(span, lex):
            span = span[:1]  # "HBOS bank": the firm is HBOS, the noun says what it is (actors96)
        name = surface_text(span)
        if not any(ch.isupper() for ch in name) or any(ch.isdigit() for ch in name) or len(name) < 2:
            continue
        if PREFIXED.match(name) and not _prefixed_body(span, lex):
            continue  # "post-Enron rules": a time or a stance, not the name
        if label == "PERSON" and name.isupper():
            continue
        if label == "PERSON" and _saints_name(span, sent.tokens):
            if _owns(span[-1], sent.tokens) or info is None or not info.sport:
                continue  # "St Katherine's dock", "St Mary's", "upper St Andrew", "St Austell and Newquay": a place
            label = "ORG"  # "St Helens have been strongly linked with a move": in sport, a club of a saint's town
        if label == "PERSON" and len(span) == 1:
            head = span[0]
            if head.dep == "compound" and head.head is not None and head.head.pos == "NOUN":
                continue  # "Yorkshire millionaire": a modifier, not a person
        before = [t for t in whole if t.i < span[0].i]
        out.append(_discovered(span, label, before))
    return out


SAINT_WORDS = frozenset({"St", "St.", "Saint"})


def _saints_name(span: list[Tok], tokens: list[Tok]) -> bool:
    """Whether a name spaCy labels a person is "St" / "Saint" and one capitalised word (not a longer name: "security
    firm Saint Bernard Software"): in news a
    place named for the saint ("St Katherine's dock", "St Pancras"), or in sport its club ("St Helens"), not the
    saint (actors94)."""
    return len(span) == 2 and span[0].text in SAINT_WORDS and span[1].text[:1].isupper()


def _owns(last: Tok, tokens: list[Tok]) -> bool:
    """Whether a possessive follows the name's last token in its sentence ("St Mary's")."""
    k = next((n for n, t in enumerate(tokens) if t.i == last.i), None)
    return k is not None and k + 1 < len(tokens) and tokens[k + 1].text in POSSESSIVES


DIGIT_WORD = re.compile(r"\d+[a-z]{3,}")  # a digit-initial word of a firm's name ("3ami"), no unit ("50mg", "3rd")


def introduced_digit_names(tokens: Iterable[Tok], lex: ActorsLexicon) -> dict[tuple[str, ...], str]:
    """Names that open with a digit, as a performer's, a band's or a firm's noun introduces them ("rapper 50 Cent",
    "security firm 3ami"): a number and the capitalised words after it, or one word of digits and three letters or
    more, right after a noun of `star_nouns` or "star" (a person's), of `band_nouns` or `company_nouns` (a body's).
    spaCy labels "50 Cent" an amount of money or nothing and "3ami" a number, and `ner_candidates` takes no name with
    a digit: each such name's words -> "PERSON" or "ORG" (actors93)."""
    toks = list(tokens)
    out: dict[tuple[str, ...], str] = {}
    for k in range(1, len(toks)):
        tok, noun = toks[k], toks[k - 1]
        if noun.sent != tok.sent or not tok.text[:1].isdigit():
            continue
        if noun.lower in lex.star_nouns or noun.lower == "star":
            label = "PERSON"
        elif noun.lower in lex.band_nouns or noun.lower in lex.company_nouns:
            label = "ORG"
        else:
            continue
        words = _digit_name_words(toks, k)
        if words:
            out.setdefault(words, label)
    return out


def _digit_name_words(toks: list[Tok], k: int) -> tuple[str, ...]:
    """The words of a digit-initial name at `toks[k]`: "3ami" alone, or a number and the capitalised words of
    letters after it in its sentence ("50 Cent"); empty when neither."""
    first = toks[k]
    if DIGIT_WORD.fullmatch(first.text):
        return (first.text,)
    if not first.text.isdigit():
        return ()
    words = [first.text]
    for tok in toks[k + 1 :]:
        if tok.sent != first.sent or not (tok.text[:1].isupper() and tok.text.isalpha()):
            break
        words.append(tok.text)
    return tuple(words) if len(words) > 1 else ()


def digit_name_candidates(sent: Sent, info: ArticleInfo, lex: ActorsLexicon) -> list[Candidate]:
    """Every place the sentence writes one of the article's digit-initial names (`introduced_digit_names`, read
    once an article into `info.digit_names`), as a discovered name of its label; typed over the article as spaCy's
    names are (actors93)."""
    if info.digit_names is None:
        info.digit_names = introduced_digit_names(info.toks.values(), lex)
    names = info.digit_names
    out: list[Candidate] = []
    if not names:
        return out
    toks = sent.tokens
    k = 0
    while k < len(toks):
        words = next(
            (w for w in names if tuple(t.text for t in toks[k : k + len(w)]) == w and _ends_a_name(toks, k + len(w))),
            None,
        )
        if words is None or k > 0 and toks[k - 1].text[:1].isdigit():
            k += 1
            continue
        span = toks[k : k + len(words)]
        out.append(_discovered(span, names[words], []))
        k += len(words)
    return out


def _ends_a_name(toks: list[Tok], end: int) -> bool:
    """Whether no capitalised word of letters follows at `end` (the name is whole, not the start of a longer one)."""
    return end >= len(toks) or not (toks[end].text[:1].isupper() and toks[end].text.isalpha())


OWNER_WORDS = frozenset({"his", "her", "its", "their", "our", "my", "your", "this", "that"})


def stage_title_candidates(sent: Sent, info: ArticleInfo, lex: ActorsLexicon) -> list[Candidate]:
    """'Prince earned more than any other pop star', 'Queen have played with many singers': in an article about the
    arts (`info.arts`), a capitalised title word (`titles`, not a person's honorific of `person_titles`: "Mr de
    Vabres", "Baron von Trapp") standing alone is a performer's or a band's stage name, which spaCy leaves unlabelled
    and the title rules strip: no article, owner, capitalised word, number or "of" before it ("the Prince of Wales",
    "his Prince hotels", "Half-Blood Prince", "Dancing Queen", "Fathers 4 Justice", "Arc of Justice"), no capitalised
    word, name particle, "of" or hyphen after it ("Prince Charles", "Queen of Scots"), no "'s" before a name's
    ending of no actor ("President's Day"), nor after "or" / "and" beside another title ("Ice King or Queen"). A
    discovered person's name: the type rules read the page's cues ("rock band Queen") (actors93)."""
    if not info.arts:
        return []
    toks = sent.tokens
    out = []
    for k, tok in enumerate(toks):
        if tok.lower not in lex.titles or tok.lower in lex.person_titles or tok.text != tok.lower.capitalize():
            continue
        before = toks[k - 1] if k > 0 else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        if before is not None and (
            before.lower in lex.determiners
            or before.lower in OWNER_WORDS
            or before.lower == "of"
            or before.text[:1].isupper()
            or before.text[:1].isdigit()
            or before.text in {"-", "'s", "’s"}
            or before.lower in {"or", "and"}
            and k > 1
            and toks[k - 2].lower in lex.titles
        ):
            continue
        if after is not None and (
            after.text[:1].isupper()
            or after.lower == "of"
            or after.lower in lex.name_particles
            or after.text in {"-", "–"}
            or after.lower in POSSESSIVES
            and k + 2 < len(toks)
            and toks[k + 2].lower in lex.non_actor_name_endings
        ):
            continue
        out.append(_discovered([tok], "PERSON", []))
    return out


NAME_JOINERS = frozenset({"of", "for", "the"})  # lower-case words inside a body's name ("Society of Authors")


def _body_titled_as_a_work(span: list[Tok], lex: ActorsLexicon) -> bool:
    """Whether a name spaCy labels a work of art is a body's: two capitalised words or more (an article, "of" or
    "for" between them) ending with an organisation's head noun ("The Making Decisions Alliance", "The Law Society",
    "Child Support Agency"); not a title with other words ("Ministers and the National Farmers' Union")."""
    words = [t.text for t in span]
    inner = [w for w in words[1:] if w.lower() not in NAME_JOINERS]
    return (
        len(words) >= 2
        and words[-1].lower() in lex.org_head_nouns
        and all(w.isalpha() and w[:1].isupper() for w in [words[0], *inner])
        and all(w[:1].isupper() or w.lower() in NAME_JOINERS for w in words)
    )


def _written(name: str, text_lower: str) -> int:
    """How often the article writes `name` as whole words (lower case)."""
    return len(re.findall(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text_lower))


def headline_cut(span: list[Tok], info: ArticleInfo, lex: ActorsLexicon) -> list[Tok]:
    """'[Amazon Liable] for Defective Third-Party Products': an organisation's name in a title-case headline that
    took the headline's next words, cut to the words the body writes as an organisation's name (its longest such
    start), when the body never writes the whole name and never capitalises a word cut off inside a sentence (not
    "Manchester United" of a body that says "United"), and none of them is a word of an organisation's name (not
    "Bahamas Local News", "Napa Co."). Else every short form of the page would carry the fragment's id."""
    if len(span) < 2 or _written(surface_text(span), info.text_lower) >= 2:
        return span
    org_words = {w for words in lex.org_type_words.values() for w in words} | lex.org_head_nouns
    for k in range(len(span) - 1, 0, -1):
        head, tail = span[:k], span[k:]
        if any(t.text in info.capitalised_inside or t.lower.rstrip(".") in org_words for t in tail):
            continue  # "Bahamas Local News", "Napa Co.": the words cut off are an organisation's
        if not all(t.text[:1].isupper() for t in head):
            continue
        if _written(surface_text(head), info.text_lower) >= 2 and _body_organisation(head[-1].text, info):
            return head
    return span


def store_cut(span: list[Tok], info: ArticleInfo, lex: ActorsLexicon) -> list[Tok]:
    """'set foot in the [FoodCorp] Supermarket' beside "FoodCorp claims ...": an organisation's name ending with a
    noun of a firm's premises (`store_nouns`), the object of a preposition of place ("in", "at": the shop as a place,
    not "Circuit City Stores, the second-largest electronics retailer"), cut to the capitalised words before it where
    the page writes those alone more often than with the noun and spaCy takes them inside a sentence for an
    organisation's name: the firm, not one of its shops, else every short form of the page would carry the shop's id
    ("FoodCorp Supermarket" for "FoodCorp"; web81)."""
    if len(span) < 2 or span[-1].lower not in lex.store_nouns or not _a_place_of_its_clause(span[-1], lex):
        return span
    head = span[:-1]
    if not all(t.text[:1].isupper() for t in head):
        return span
    alone = _written(surface_text(head), info.text_lower) - _written(surface_text(span), info.text_lower)
    return head if alone >= 2 and _body_organisation(head[-1].text, info) else span


def owned_business(tokens: list[Tok], span: list[Tok], info: ArticleInfo, lex: ActorsLexicon) -> list[Tok]:
    """ "[Aisha]'s [Salon and Spa] chain bans men": an organisation's name ending with a noun of a shop or a parlour
    that a one-word owner's possessive opens (`owned_business_nouns`), where the page writes the owner's word nowhere
    but before this name and the name nowhere without it: the firm is named after its founder, and "Aisha's" is the
    name's first word, not another actor who owns "Salon and Spa" (ANNOTATION's possessives name two actors where the
    owner is one the text names: "Putin's Russia"; web84's check). Not an owner of two words or more ("Tony Blair's"),
    nor one the page names elsewhere ("Climax's Action Studio" beside "Climax said"), nor a name the page also writes
    alone ("Surrey's Lionhead Studios" beside "Lionhead Studios said": a place spaCy took for a person), nor a name
    ending with any other noun ("Google's Desktop")."""
    k = next((n for n, t in enumerate(tokens) if t.i == span[0].i), None)
    if k is None or k < 2 or span[-1].lower not in lex.owned_business_nouns or tokens[k - 1].text not in OWNING:
        return span
    owner = tokens[k - 2]
    if not (owner.text.isalpha() and owner.text[:1].isupper() and owner.text[1:].islower()):
        return span
    if k >= 3 and tokens[k - 3].text[:1].isupper() and tokens[k - 3].text.isalpha():
        return span  # "Tony Blair's", "Cobh Leonardo's": a name of two capitalised words or a place before the owner
    name = re.escape(surface_text(span))
    owner_written = len(re.findall(rf"\b{owner.text}\b", info.text))
    name_written = len(re.findall(rf"\b{name}\b", info.text))
    owning = len(re.findall(rf"\b{owner.text}['’]s {name}\b", info.text))
    return [owner, tokens[k - 1], *span] if owner_written == owning == name_written else span


OWNING = frozenset({"'s", "’s"})


def _a_place_of_its_clause(head: Tok, lex: ActorsLexicon) -> bool:
    """Whether a name's last word is the object of a preposition of place (`locative_prepositions`: "in the FoodCorp
    Supermarket")."""
    prep = head.head
    return head.dep == "pobj" and prep is not None and prep.lower in lex.locative_prepositions


def _body_organisation(word: str, info: ArticleInfo) -> bool:
    """Whether the body writes `word` inside a sentence as (the end of) a name spaCy takes for an organisation's
    ("Amazon can be held liable")."""
    return word in info.capitalised_inside and any(
        t.text == word and t.ent_type == "ORG" and t.sent not in info.headlines for t in info.toks.values()
    )


def titled_name_candidates(sent: Sent, entities: list[Entity], lex: ActorsLexicon) -> list[Candidate]:
    """Persons named after a title that spaCy missed: "Mr Ancram", "Lord Nicholls of Birkenhead" (not the
    office after one: "Lord Chancellor")."""
    in_person = {k for a, b, label in entities if label == "PERSON" for k in range(a, b + 1)}
    toks = sent.tokens
    titles = lex.person_titles
    out = []
    for k, tok in enumerate(toks[:-1]):
        if tok.lower.rstrip(".") not in titles or not tok.text[:1].isupper():
            continue
        j = k + 1
        name: list[Tok] = []
        while (
            j < len(toks)
            and len(name) < 3
            and toks[j].text[:1].isupper()
            and toks[j].text.isalpha()
            and toks[j].lower.rstrip(".") not in titles
        ):
            name.append(toks[j])
            j += 1
        offices = name[: next((n for n, t in enumerate(name) if not _office_word(t, lex)), len(name))]
        name = name[len(offices) :]  # "Lord Chancellor Lord Falconer": "Chancellor" is his office, no name
        if not name or any(t_k in in_person for t_k in range(k + 1, j)):
            continue
        if (
            tok.lower in lex.peerage_titles
            and j + 1 < len(toks)
            and toks[j].lower == "of"
            and toks[j + 1].text[:1].isupper()
        ):
            name += [toks[j], toks[j + 1]]
        out.append(_discovered(name, "TITLE", [tok, *offices]))
    return out


def _office_word(tok: Tok, lex: ActorsLexicon) -> bool:
    """A title or role word after a person's title ("Lord Chancellor", "Lord Mayor"): an office, not a name."""
    return tok.lower in lex.titles or tok.lower in lex.role_nouns


# a one-word name of two words run together, the second capitalised, the first of three letters or more:
# "OpenAI", "DirectTV", "DaimlerChrysler", "GlaxoSmithKline"; not "McCain", "DiCaprio", "MacDonald"
CAMEL_CASE = re.compile(r"([A-Z][a-z]{2,})[A-Z][A-Za-z]*")
NAME_PREFIXES = frozenset({"mac", "fitz", "van", "von", "della", "dela"})  # "MacKenzie", "FitzGerald"


def camel_case_body(name: str, lex: ActorsLexicon) -> bool:
    """Whether a one-word name is two words run together, as brands and firms are written ("OpenAI", "DirectTV",
    "GlaxoSmithKline"), not a person's name with a prefix ("MacKenzie", "DiCaprio", "McCain"; actors55)."""
    match = CAMEL_CASE.fullmatch(name)
    if match is None:
        return False
    first = match.group(1).lower()
    return first not in NAME_PREFIXES and first not in lex.name_particles
