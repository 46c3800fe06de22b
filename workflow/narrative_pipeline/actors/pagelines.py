"""Names a page gives with no evidence that they are actors (actors30, issue 12: pages that are not news).

Saved web pages (docs, recipes, product pages, wikis, reference lists) hold lines that are no sentence: headings,
menu items, table cells, the titles of cited works. spaCy labels many of their capitalised words PERSON or ORG, and a
name that no type rule gives evidence for is typed by that label alone (`ner-label`, `business-article`). Two rules
keep such a name out of the actors when the label is all there is:

- `verbless_only`: every mention of the name is on a line that is no prose, with no verb and fewer than five
  lower-case words ("Olive & Herb Focaccia Bread", "Sci Transl
  Med.", "Rail Replacement Services Travel Advice"): a heading or a cell says nothing a name does or undergoes. A
  name the article also writes in prose keeps all its mentions ("Apple" in a headline "Apple iPod" and "Apple said"
  in the body), and so do a person's full name listed alone ("Steven Tyler", an MP in a table), an item of a list (a
  team sheet: "Cech, Paulo Ferreira, Gallas, Terry"; a fixture: "Everton v Sunderland") and a name whose last word
  the article writes in prose ("Holmes back on form" over "Kelly Holmes won");
- `common_word_only`: a one-word name spaCy's tagger never takes for a proper noun in the article, that the page
  also writes in lower case ("In the case of Rails" ... "the rails") or that the tagger takes for a verb and that is
  no subject ("Hounded by the press", "Hide and Seek"): a capitalised common word, whatever its entity label (not
  "Agerblad said", a surname tagged a noun, nor "that Busted would reconvene", a band tagged a verb that acts).

actors31 adds, for names a page writes in sentences too:

- `software_only`: a name the lexicon lists as a programming language, a piece of software, a platform, a protocol
  or a format (`software_names`, whole names only: "Rust", "Docker", "Chrome", "Beautiful Soup"; not "Monty
  Python"), or a name shaped like a class of exceptions in code ("ValueError", "AttributeError"): a thing that is
  used, not one that acts;
- and `full_person_name` no longer keeps a heading every word of which the page also writes in lower case ("Common
  Mistake" over "a common mistake", "Sunny Weather", "Sprint Speed"): a person's name spelt out is seldom a pair of
  the page's own common words.

actors32 adds, for names a page writes in sentences too:

- `common_words_person`: a name spaCy takes for a person's, of two words or more, every word of which the page also
  writes in lower case ("Common Mistake", "Sprint Speed", "Peanut Butter Truffles", "Spider-Man", "Vagina
  Monologues"): `full_person_name`'s test of actors31, now wherever the name stands, in prose too;
- `capitalised_common_word`: a one-word name the page also writes in lower case, never the subject of a verb, never
  the surname of a person it names in full, never an item of a comma list ("Ball" in a team sheet), never a word
  that modifies a noun naming an actor ("the former Sun editor") or that has a lower-case noun before it
  ("pressure group Liberty"): "any Bus or [[Coach]]", "the [[Museum]]", "Spring and [[Fall]]", "except
  [[Exception]] as e". `common_word_only` (actors30) already takes such words where the tagger gives no proper noun;
  this one takes them where it does;
- `software_phrase`: a name made of a listed piece of software and words the page writes in lower case
  ("Performant Python", "Python Standard Library"), but not one whose last word names an organisation ("Mercurial
  Project").

review22 keeps, of these, a person's name of common words that is the subject of a verb of speech ("Bill Cash
said"), and a one-word name in a passive's by-phrase, after "according to" or after a spokesman, member or lawyer
"for" / "from" / "of" it ("a spokesman for Shelter", "called by Solidarity").

actors34 adds, wherever the name stands:

- `cited_venue`: a name right before a full stop and a year with a volume or a page after it ("J Pediatr. 1978;92:30-5",
  "Ann Rheum Dis. 2014: p."): the abbreviated journal of a reference, where a work is published, not who acts (an
  author's "Humm, Maggie. 1995." has a full stop after its year). It also takes a name the `initial` rule makes a
  person ("J Infect Dis", "N Engl J Med"), a journal's abbreviation opening with an initial;
- `via_source`: the object of "via" ("(via Everyday Health)"): the site a text came through;
- `fictional_character`: a name the page gives as a character ("the character Fagin", "characters such as Rayman",
  "adding Joker as playable characters", "play as Blinx", "the character of Wonder Woman"): a figure of a story;
- `title_case_only`: a name all of whose mentions are on title-case lines with a verb or a common word in them
  ("Meta-Programming In Emacs Using Defadvice", "Keep Talking Sports!"): a heading's words, but a person's full name
  and a list's item.

actors36 adds, wherever the name stands:

- `opening_common_word`: a one-word name every mention of which opens a line, a table cell, a list item or a sentence,
  that the page also writes in lower case and never capitalises where nothing opens ("| Trailer is unlocked." over
  "her room in the trailer", "Tuples are immutable lists." over "use tuples"): a common word capitalised by its place,
  even as the subject of a verb (`capitalised_common_word` keeps subjects); not one that speaks ("Shelter said").

actors38 adds, wherever the name stands:

- `used_thing`: a name one mention of which is the direct object of a verb of use (`instrument_verbs`: "when you use
  the Application", "using Alpine", "people using Sky Plus"), and no mention of which acts: none is the subject of a
  verb ("Google lists the sites"), speaks, is cited or spoken for (`_acting_phrase`), or is the surname of a person
  the page names in full ("might use Ireland"), owns ("Google's search tool") or is one of a noun of actors ("firms
  such as Google"): a product, a tool or a service used, not an actor (ANNOTATION: a company is an actor when it
  acts). A possessive before the object is not used ("use BT's exchanges"), nor is the object of a heading's
  capitalised verb ("Subs Not Used: Jaidi").

actors41 adds `exclamation`: a word of exclamation (`exclamation_words`) every mention of which is set off by commas
or an exclamation mark at a sentence's opening or after a comma ("Shit, run!", "give it to her, Jesus, I remember"):
an oath, no one named. It also adds to `used_thing` a platform the page sends its readers to (`_platform`): the
object of an "on" of a verb of following ("Follow us on Twitter", "find us on Facebook") or a name before a noun of
someone's presence that a pronoun owns ("subscribe to our YouTube channel", "his Twitter account"), with the same
guard: no mention acts.

actors42 adds `marked_brand`: a name one mention of which has a trade mark sign right after it ("Parallels Access®",
"Betty Crocker™ Super Moist™") and none of which acts: a product or a brand. It also adds to `used_thing`'s platforms
the items of a line that opens "Follow us:" (`_follow_list`: "Follow us: Google News | NewsBreak | Reddit").

web80 adds `made_by`: a name every mention of which runs straight into "by" and a proper noun ("The Unbound Collection
by Hyatt brand"): a brand or a work given with its maker, even as a heading's subject; and `code_keyword`: a name
opening with a word in capitals the page also writes in lower case, the rest of whose line holds a path, a file name
or a bare dot ("COPY . /tmp/myapp", "COPY requirements.txt /tmp"): a build file's keyword, which the parser may take
for its line's subject.

None fires where a type rule found a cue (a title, a role noun, a word of an organisation's name, ...).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable

from ..actortypes import LABEL_ONLY_RULES
from ..parsed import Tok
from ..syntax import climb
from .candidates import Candidate
from .context import ArticleInfo
from .lexicon import ActorsLexicon
from .named import phrase_set

# decisions that rest on spaCy's entity label alone (or on the article's topic: `business-article`; or on the label
# and the name's spelling: `camel-case-name` retypes a label's person, whose name may be no actor's: "ValueError",
# "PhantomJS" on a programmer's page, actors55-try1): the one set of them (actors75)
LABEL_ONLY = LABEL_ONLY_RULES
VERB_POS = frozenset({"VERB", "AUX"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})
LIST_MARKS = frozenset({",", ";", "(", ")", "v", "v.", "vs", "vs."})  # "v": the sides of a fixture
PROSE_LOWER_WORDS = 5
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_INITIAL = re.compile(r"[A-Z]\.?")
_VENUE_TAIL = re.compile(r"\.\s*(?:1[6-9]|20)\d\d\s*[;:]")  # ". 1978;92:30-5", ". 2014: p. 1"
_CODE_CLASS = re.compile(r"(?:[A-Z][a-z]+)+(?:Error|Exception|Warning)")  # "ValueError", "IndexError"


def prose_sentences(info: ArticleInfo) -> frozenset[int]:
    """The indexes of the article's sentences that are prose: a verb (or an auxiliary) in them, or at least
    `PROSE_LOWER_WORDS` words in lower case (a sentence whose verb the tagger missed: "The 28-year-old fractured the
    radius ... during Gloucester's win over Bath", "fractured" taken for an adjective). A heading, a menu item, a
    table cell or a cited journal has neither."""
    verbal = {t.sent for t in info.toks.values() if t.pos in VERB_POS}
    lower: Counter[int] = Counter(t.sent for t in info.toks.values() if t.text.isalpha() and t.text.islower())
    return frozenset(verbal | {sent for sent, n in lower.items() if n >= PROSE_LOWER_WORDS})


def words_in_prose(info: ArticleInfo, prose: frozenset[int]) -> frozenset[str]:
    """The capitalised words the article writes in prose sentences."""
    return frozenset(t.text for t in info.toks.values() if t.sent in prose and t.text[:1].isupper())


def _key(c: Candidate) -> str:
    return (c.name or "").lower()


def _spelt_name_word(word: str) -> bool:
    """A word of a person's name spelt out: a capital, then lower-case letters (a hyphen or an apostrophe inside:
    "Mumby-Croft", "O'Brien"); no initial ("J", "SP") and no capitals ("BR")."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return len(word) >= 2 and letters.isalpha() and word[:1].isupper() and any(ch.islower() for ch in word[1:])


def full_person_name(c: Candidate, info: ArticleInfo) -> bool:
    """'Steven Tyler', 'Holly Mumby-Croft' in a table of MPs: a name spaCy takes for a person's, of two or three words
    all spelt out and tagged proper nouns, and no full stop right after it (a cited journal's abbreviation ends with
    one: "Clin Rheumatol.", "Br J Dermatol."), and not all its words ones the page also writes in lower case ("Common
    Mistake" over "a common mistake", "Sunny Weather" over "(Sunny weather)": a heading; actors31): a person listed,
    who is an actor wherever the page lists them."""
    span = [info.toks[k] for k in range(c.start_i, c.end_i + 1)]
    words = (c.name or "").split()
    return (
        c.label == "PERSON"
        and 2 <= len(words) <= 3
        and all(_spelt_name_word(w) for w in words)
        and all(t.tag in PROPER_TAGS for t in span if t.text.isalpha())
        and not _whole_line_with_a_stop(span, info)
        and not all(w.lower() in info.lower_words for w in words)
    )


def _whole_line_with_a_stop(span: list[Tok], info: ArticleInfo) -> bool:
    """'Clin Rheumatol.': the name is its whole line but a full stop after it (not "director Lars Von Trier.")."""
    after = info.after(span[-1])
    return info.before(span[0]) is None and after is not None and after.text == "." and info.after(after) is None


def listed_item(c: Candidate, info: ArticleInfo) -> bool:
    """'Cech, Paulo Ferreira, Gallas, Terry', 'Larry Magid, Forbes', 'Nicolas Mas (Perpignan)', 'Derby v Wigan': a name
    with a comma, a semicolon, a bracket or the "v" of a fixture right before or after it is an item of a list (a
    team sheet, a cast, a byline, an author list, a draw), whose items are named actors as much as a sentence's;
    so is a surname after an initial ("B Cohen."). Left to the other rules."""
    left, right = info.before(info.toks[c.start_i]), info.after(info.toks[c.end_i])
    if left is not None and _INITIAL.fullmatch(left.text):
        return True
    return any(t is not None and t.lower in LIST_MARKS for t in (left, right))


ROLE_AT_JOINERS = frozenset({"of", "and", "&"})  # "Director of Engineering", "Scientist and Product Leader"
ROLE_AT_WORDS = 6  # at most this many words of a role between the holder's comma and "at"


def role_at(c: Candidate, info: ArticleInfo) -> bool:
    """'Laura Frank Tacho, Director of Engineering at CloudBees', 'Kathy Pham, Computer Scientist and Product Leader at
    Mozilla and Harvard': a name after "at" (or after the "and" of a name after it) that ends a role written in
    capitals after a proper noun and its comma (`_role_before`): where a person listed works, an actor however
    verbless the line that lists it (web82)."""
    left = info.before(info.toks[c.start_i])
    if left is not None and left.lower in {"and", "&"}:
        left = info.before(left)
        while left is not None and left.text[:1].isupper():
            left = info.before(left)
    return left is not None and left.lower == "at" and _role_before(left, info)


def _role_before(at: Tok, info: ArticleInfo) -> bool:
    """Whether the words before `at` are a role in capitals ("Director of Engineering", "Developer Experience Lead"),
    at most `ROLE_AT_WORDS` of them, right after a comma that a proper noun (the holder's name) stands before."""
    words = 0
    tok = info.before(at)
    while tok is not None and (tok.text[:1].isupper() or tok.lower in ROLE_AT_JOINERS) and words < ROLE_AT_WORDS:
        words += tok.text[:1].isupper()
        tok = info.before(tok)
    holder = info.before(tok) if tok is not None and tok.text == "," else None
    return words > 0 and holder is not None and holder.tag in PROPER_TAGS


def verbless_only(cands: Iterable[Candidate], info: ArticleInfo, prose: frozenset[int]) -> set[str]:
    """The names (lower case) all of whose mentions are on lines that are no prose (`prose_sentences`), but a
    person's full name (`full_person_name`), an item of a list (`listed_item`) and a name whose last word the
    article writes in prose too ("Holmes back on form" over "Kelly Holmes won", "Andrew Brownsword." over
    "Brownsword is unwilling")."""
    in_prose = words_in_prose(info, prose)
    seen: dict[str, bool] = {}
    for c in cands:
        last = info.toks[c.end_i].text.rstrip(".")
        evidence = (
            info.toks[c.start_i].sent in prose
            or full_person_name(c, info)
            or listed_item(c, info)
            or last in in_prose
            or role_at(c, info)
        )
        seen[_key(c)] = seen.get(_key(c), False) or evidence
    return {name for name, in_sentence in seen.items() if not in_sentence}


def _common_word(tok: Tok, info: ArticleInfo) -> bool:
    """A capitalised word tagged as no proper noun, not written in capitals (not "NATO"), that the page also writes
    in lower case ("In the case of Rails" ... "the rails") or that the tagger takes for a verb and that is no
    subject ("Hounded by the press", "Hide and Seek"; not "that Busted would reconvene", a band that acts); not
    "Agerblad said", a surname the tagger takes for a common noun."""
    if tok.tag in PROPER_TAGS or tok.text.isupper() or not tok.text[:1].isupper():
        return False
    return tok.lower in info.lower_words or tok.tag.startswith("VB") and tok.dep not in SUBJECT_DEPS


def common_word_only(cands: Iterable[Candidate], info: ArticleInfo) -> set[str]:
    """The one-word names (lower case) that no mention in the article gives as a proper noun."""
    common: dict[str, bool] = {}
    for c in cands:
        if c.start_i != c.end_i:
            continue
        common[_key(c)] = common.get(_key(c), True) and _common_word(info.toks[c.start_i], info)
    return {name for name, only in common.items() if only}


def software_only(cands: Iterable[Candidate], lex: ActorsLexicon) -> set[str]:
    """The names (lower case) that the lexicon lists as software, languages, platforms or formats ("Rust",
    "Docker", "Beautiful Soup", "Google Safe Browsing"; not "Monty Python": `_software`) or that are shaped like a
    class of exceptions in code ("ValueError"): used, not acting, wherever only spaCy's label makes them actors."""
    software = phrase_set(lex.software_names)
    return {
        _key(c) for c in cands if _software(tuple(_key(c).split()), software) or _CODE_CLASS.fullmatch(c.name or "")
    }


def software_firms(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """'Docker provides binaries' beside "prioritized by the Docker company", "A Docker employee": the one-word names
    (lower case) that `software_only` takes for software and that the page also writes capitalised right before a
    noun of a firm or its people (`software_firm_nouns`), which makes the name its maker's too (web82)."""
    software = phrase_set(lex.software_names)
    listed = {_key(c) for c in cands if " " not in _key(c) and (_key(c),) in software}
    return {tok.lower for tok in info.toks.values() if tok.lower in listed and _firms_modifier(tok, lex)}


def _firms_modifier(tok: Tok, lex: ActorsLexicon) -> bool:
    """A capitalised word modifying a noun of a firm or its people ("the Docker company", "a Docker employee")."""
    head = tok.head
    return (
        tok.text[:1].isupper()
        and tok.dep == "compound"
        and head is not None
        and head.i == tok.i + 1
        and head.lower in lex.software_firm_nouns
    )


FIRM_ACTING_DEPS = frozenset({"nsubj"})  # "Docker provides", "Docker does not test"; not "Docker is licensed"


def software_firm_acts(tok: Tok, lex: ActorsLexicon) -> bool:
    """Where a name `software_firms` gives is its maker: the subject of a verb that is no copula ("Docker provides
    packages", "Docker will publicly thank you"; "Docker is a tool" says what the software is) or the modifier of a
    firm's noun ("the Docker company"); not an object ("after setting up Docker") nor a passive's subject ("Docker is
    licensed under the Apache License"), the software."""
    head = tok.head
    subject = tok.dep in FIRM_ACTING_DEPS and head is not None and head.lemma != "be"
    return subject or _firms_modifier(tok, lex)


def _software(words: tuple[str, ...], software: frozenset[tuple[str, ...]]) -> bool:
    """A listed name, or one that ends or opens with a listed name of two words or more ("Google Safe Browsing",
    "Google AdSense Advertising", "Boot Camp Partition"); one listed word at either end of a longer name is not
    enough ("Monty Python", "Django Reinhardt")."""
    return words in software or any(words[-k:] in software or words[:k] in software for k in range(2, len(words)))


def _page_words(word: str, info: ArticleInfo) -> bool:
    """Whether the page also writes the word in lower case."""
    return word.lower() in info.lower_words


def common_words_person(
    cands: Iterable[Candidate], info: ArticleInfo, speech_verbs: frozenset[str] = frozenset()
) -> set[str]:
    """The names (lower case) spaCy takes for a person's, of two words or more, none in capitals, every word of which
    the page also writes in lower case ("Common Mistake" over "a common mistake", "Sprint Speed", "Spider-Man"
    over "a spider" and "a man"): a heading or a phrase of the page's own words, seldom a person's name. Not a name
    one mention of which is the subject of a verb of speech (`speech_verbs`): a person made of common words who
    speaks ("Bill Cash said the bill would cost too much cash", "Frank Field warned"; review22). The subject of any
    verb is not enough: "Sprint Speed" and "Common Mistake" are subjects of headings' verbs."""
    common: dict[str, bool] = {}
    for c in cands:
        words = re.findall(r"[A-Za-z]+", c.name or "")
        if (
            c.label == "PERSON"
            and len(words) >= 2
            and not any(w.isupper() for w in words)
            and all(_page_words(w, info) for w in words)
        ):
            common[_key(c)] = common.get(_key(c), True) and not speaker(info.toks.get(c.end_i), speech_verbs)
    return {name for name, only in common.items() if only}


def common_words_org(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The names (lower case) spaCy takes for an organisation's, of two words or more, none in capitals, every word of
    which the page also writes in lower case, and whose last word names no kind of body (`org_head_nouns`,
    `company_nouns`, `media_nouns`, `not_firm_words`, `band_nouns`, `team_nouns`): "General Information", "Rail
    Replacement", "Log Data", "Personally Identifiable Information", "Deep-Fried Fish Cakes", "Data Scientists" — a
    heading, a defined term, a dish or a plural of people, made of the page's own words (actors39;
    `common_words_person` reads the names spaCy takes for persons'). Not a name one mention of which acts (`_acts`:
    the subject of a verb, an owner, a speaker, cited or spoken for, one of a noun of actors), that modifies a noun of
    actors ("the Trade and Industry Secretary", "a new Access Services division": `_names_an_actor`), or whose first
    word the page gives alone as a name that acts ("Marvel Comics" beside "Marvel was selling 50 million copies")."""
    heads = (
        lex.org_head_nouns | lex.company_nouns | lex.media_nouns | lex.not_firm_words | lex.band_nouns | lex.team_nouns
    )
    actor_nouns = lex.role_nouns | lex.person_nouns | lex.media_nouns | lex.org_head_nouns | lex.company_nouns
    surnames = {name.split()[-1] for name in info.person_names}
    cands = list(cands)
    acting_words = {_key(c) for c in cands if c.start_i == c.end_i and _acts(info.toks[c.start_i], info, lex, surnames)}
    common: dict[str, bool] = {}
    for c in cands:
        words = re.findall(r"[A-Za-z]+", c.name or "")
        if (
            c.label != "ORG"
            or len(words) < 2
            or any(w.isupper() for w in words)
            or not all(_page_words(w, info) for w in words)
            or words[-1].lower() in heads
        ):
            continue
        root, after = _span_root(c, info), info.after(info.toks[c.end_i])
        acts = (
            _acts(root, info, lex, surnames)
            or _names_an_actor(root, actor_nouns)
            or after is not None
            and (after.lemma or after.lower).lower() in actor_nouns
            or words[0].lower() in acting_words
        )
        common[_key(c)] = common.get(_key(c), True) and not acts
    return {name for name, only in common.items() if only}


def speaker(tok: Tok | None, speech_verbs: frozenset[str]) -> bool:
    """'Bill Cash said', 'Frank Field has warned': the word is the subject of a verb of speech."""
    verb = tok.head if tok is not None and tok.dep in SUBJECT_DEPS else None
    return verb is not None and (verb.lemma or verb.lower).lower() in speech_verbs


def _names_an_actor(tok: Tok, actor_nouns: frozenset[str]) -> bool:
    """'the former Sun editor', 'Develop magazine', 'pressure group Liberty': the word modifies a noun that names an
    actor, or a lower-case noun stands before it as part of its phrase."""
    head = tok.head
    if tok.dep == "compound" and head is not None and ((head.lemma or head.lower).lower() in actor_nouns):
        return True
    return any(k.dep == "compound" and k.i < tok.i and k.text.islower() for k in tok.children)


def _acting_phrase(tok: Tok, speaking_for: frozenset[str]) -> bool:
    """'was called by Solidarity', 'according to Shelter', 'a spokesman for Unite', 'lawyers for Reprieve',
    'campaigners from Refuge', 'members of Momentum': the object of a passive's by-phrase (who acts), of "according
    to" (who is cited) or of for / from / of after a noun of people who speak or act for what it names
    (`speaking_for_nouns`): an organisation, even where the page writes its name's word in lower case too
    (review22). Not after any role noun: "Professor of Ballet", "head of Marketing" name a field."""
    prep = tok.head
    if tok.dep != "pobj" or prep is None or prep is tok:
        return False
    if prep.dep == "agent":
        return True
    owner = prep.head
    if owner is None or owner is prep:
        return False
    if prep.lower == "to" and owner.lower == "according":
        return True
    return prep.lower in {"for", "from", "of"} and (
        (owner.lemma or owner.lower).lower() in speaking_for or owner.lower in speaking_for
    )


def _comma_item(c: Candidate, info: ArticleInfo) -> bool:
    """'Andrews, Ball, Buffel': a comma or a semicolon right before or after the name."""
    left, right = info.before(info.toks[c.start_i]), info.after(info.toks[c.end_i])
    return any(t is not None and t.text in {",", ";"} for t in (left, right))


SHOUTED_MIN_LETTERS = 3


def _shouted_word(tok: Tok) -> bool:
    """'RUN pip install', 'ARRESTS –', 'October 20: ACCIDENT –': a word of `SHOUTED_MIN_LETTERS` letters or more
    written all in capitals, as code keywords, blotter headings and page widgets are (actors35). An initialism
    ("DEC", "NICE") is one too; `capitalised_common_word` keeps it where the page writes no such lower-case word or
    where one of its mentions acts (the subject of a verb, an item of a list, cited, ...)."""
    return tok.text.isalpha() and tok.text.isupper() and len(tok.text) >= SHOUTED_MIN_LETTERS


SHOUTED_PLURAL_MIN_LETTERS = 5  # "ARRESTS", not an initialism's plural ("IFS", "UPS")


def _shouted_plural_of_a_word(tok: Tok, info: ArticleInfo) -> bool:
    """'October 20: ARRESTS – ... was arrested': a plural written in capitals (`SHOUTED_PLURAL_MIN_LETTERS` letters or
    more) whose singular the page writes in lower case in some form (the lemma of a word in lower case: "arrested",
    "arrest"), as a blotter's or a list's heading is (web77; review68 13)."""
    word = tok.lower
    return (
        _shouted_word(tok)
        and len(word) >= SHOUTED_PLURAL_MIN_LETTERS
        and word.endswith("s")
        and word[:-1] in info.lower_lemmas
    )


HEADING_MARKS = frozenset({"–", "—", "-", ":"})  # what sets a heading off from the line it opens


def shouted_heading(cands: Iterable[Candidate], info: ArticleInfo) -> set[str]:
    """The one-word names (lower case) every mention of which is a plural in capitals over a word the page writes in
    lower case (`_shouted_plural_of_a_word`) right before a dash or a colon: a blotter's or a list's heading ("October
    20: ARRESTS – A man, 16, was arrested"), which the parser may take for the subject of the line's verb (web77;
    review68 13)."""
    seen: dict[str, bool] = {}
    for c in cands:
        tok = info.toks[c.start_i]
        nxt = info.after(tok)
        heading = c.start_i == c.end_i and _shouted_plural_of_a_word(tok, info) and nxt is not None
        seen[_key(c)] = seen.get(_key(c), True) and heading and nxt.text in HEADING_MARKS
    return {name for name, every in seen.items() if every}


def capitalised_common_word(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The one-word names (lower case; in capitals only a word of three letters or more, `_shouted_word`, actors35)
    that the page also writes in lower case and that no mention gives as an actor: the subject of a verb ("Trailer is
    unlocked" is kept; "Brown said"), the surname of a person the page names in full, an item of a comma list, a word
    naming an actor's noun or after a lower-case noun (`_names_an_actor`), an object of a passive's by-phrase, of
    "according to" or of a spokesman's for-phrase (`_acting_phrase`, review22; a conjunct stands where the
    coordination's first item does). Left: a capitalised common word ("any Bus or Coach", "walks to the Museum"), or
    one written in capitals ("RUN pip install" over "run the script")."""
    actor_nouns = lex.role_nouns | lex.person_nouns | lex.media_nouns | lex.org_head_nouns | lex.company_nouns
    surnames = {name.split()[-1] for name in info.person_names}
    common: dict[str, bool] = {}
    for c in cands:
        if c.start_i != c.end_i:
            continue
        tok = info.toks[c.start_i]
        first = climb(tok, ("conj",))  # "by Liberty and Justice": Justice stands where Liberty does (review22)
        only = (
            tok.text[:1].isupper()
            and (not tok.text.isupper() or _shouted_word(tok))
            and tok.lower in info.lower_words
            and first.dep not in SUBJECT_DEPS
            and tok.text not in surnames
            and not _names_an_actor(tok, actor_nouns)
            and not _acting_phrase(first, lex.speaking_for_nouns)
            and not _comma_item(c, info)
        )
        common[_key(c)] = common.get(_key(c), True) and only
    return {name for name, only in common.items() if only}


LINE_OPENERS = frozenset({"|", "-", "–", "•", "*", "·"})  # a table cell's bar, a list item's bullet


def opens_a_line(tok: Tok, info: ArticleInfo) -> bool:
    """'| Trailer is unlocked.', 'Tuples are immutable lists.', '- Bhindi ...': the word is the first of its sentence,
    of its line (a line break between it and the word before) or of a table cell or a list item (`LINE_OPENERS`
    right before it): a place where a common word is written with a capital too."""
    prev = info.before(tok)
    if prev is None or not prev.text.strip() or prev.text in LINE_OPENERS:
        return True
    return "\n" in info.text_lower[prev.end : tok.start]


def capitalised_mid_line(info: ArticleInfo) -> frozenset[str]:
    """The capitalised words the page writes at least once where no line, cell or sentence opens (`opens_a_line`):
    where only a name takes a capital."""
    return frozenset(
        t.text for t in info.toks.values() if t.text[:1].isupper() and t.text.isalpha() and not opens_a_line(t, info)
    )


def opening_common_word(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The one-word names (lower case, none written in capitals) every mention of which opens a line, a table cell or
    a sentence (`opens_a_line`), that the page also writes in lower case and never with a capital elsewhere
    (`capitalised_mid_line`): a common word capitalised by its place ("| Trailer is unlocked." over "her room in the
    trailer", "Tuples are immutable lists." over "tuples take less memory"), the subject of a verb or not (actors36:
    `capitalised_common_word` keeps subjects). Not a name one mention of which speaks ("Shelter said", `speaker`),
    is the surname of a person the page names in full, an item of a comma list, a word naming an actor's noun or
    after a lower-case noun (`_names_an_actor`), or cited, a passive's agent or spoken for (`_acting_phrase`)."""
    actor_nouns = lex.role_nouns | lex.person_nouns | lex.media_nouns | lex.org_head_nouns | lex.company_nouns
    surnames = {name.split()[-1] for name in info.person_names}
    mid_line = capitalised_mid_line(info)
    common: dict[str, bool] = {}
    for c in cands:
        if c.start_i != c.end_i:
            continue
        tok = info.toks[c.start_i]
        only = (
            tok.text[:1].isupper()
            and tok.text.isalpha()
            and not tok.text.isupper()
            and tok.lower in info.lower_words
            and tok.text not in mid_line
            and opens_a_line(tok, info)
            and not speaker(tok, lex.speech_verbs)
            and tok.text not in surnames
            and not _names_an_actor(tok, actor_nouns)
            and not _acting_phrase(climb(tok, ("conj",)), lex.speaking_for_nouns)
            and not _comma_item(c, info)
        )
        common[_key(c)] = common.get(_key(c), True) and only
    return {name for name, only in common.items() if only}


def software_phrase(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The names (lower case) made of a listed piece of software (`software_names`) at one end and words the page
    writes in lower case ("Performant Python", "Python Standard Library"), whose last word names no organisation
    ("Mercurial Project", `org_head_nouns`, `not_firm_words`): a phrase about the software."""
    software = phrase_set(lex.software_names)
    org_words = lex.org_head_nouns | lex.not_firm_words
    out = set()
    for c in cands:
        words = (c.name or "").split()
        low = tuple(w.lower() for w in words)
        if len(words) < 2 or low[-1] in org_words:
            continue
        for k in range(1, len(words)):
            rest_after, rest_before = words[k:], words[: len(words) - k]
            if low[:k] in software and all(_page_words(w, info) for w in rest_after):
                out.add(_key(c))
            if low[-k:] in software and all(_page_words(w, info) for w in rest_before):
                out.add(_key(c))
    return out


def cited_venue(cands: Iterable[Candidate], info: ArticleInfo) -> set[str]:
    """The names (lower case) one mention of which stands right before a full stop and a year followed by a semicolon
    or a colon ("Clin Investig. 1988;82(6):1", "Ann Rheum Dis. 2014: p."): a journal in a reference list, where a
    paper appeared. An author's name in an author-year reference has a full stop after the year ("Humm, Maggie.
    1995. The Dictionary"), not a volume."""
    return {_key(c) for c in cands if _VENUE_TAIL.match(info.text_lower, c.end)}


def via_source(cands: Iterable[Candidate], info: ArticleInfo) -> set[str]:
    """The names (lower case) one mention of which is the object of "via" ("(via Everyday Health)", "via Geeks Are
    Sexy"): the site or channel a text came through, a route, not who acts."""
    out = set()
    for c in cands:
        root = _span_root(c, info)
        if root.dep == "pobj" and root.head is not None and root.head.lower == "via":
            out.add(_key(c))
    return out


def _span_root(c: Candidate, info: ArticleInfo) -> Tok:
    """The token of the name's span whose head lies outside it (its last token if none does)."""
    for k in range(c.start_i, c.end_i + 1):
        tok = info.toks[k]
        if tok.head is None or tok.head is tok or not c.start_i <= tok.head.i <= c.end_i:
            return tok
    return info.toks[c.end_i]


def _is_character(tok: Tok | None, character_nouns: frozenset[str]) -> bool:
    return tok is not None and tok.lower in character_nouns


def _named_as_character(root: Tok, character_nouns: frozenset[str]) -> bool:
    """'the character Fagin', 'the Dickens character Fagin', 'characters such as Super Mario and Rayman', 'adding
    the Terminator and Joker as playable characters', 'you do not play as Blinx', 'the character of Wonder Woman'
    (a person's name): the name is given as a character of a story or a game (`character_nouns`). A conjunct stands
    where the coordination's first item does."""
    first = climb(root, ("conj",))
    head = first.head if first.head is not first else None
    if any(k.dep in {"compound", "appos", "nmod"} and _is_character(k, character_nouns) for k in root.children):
        return True  # "the character Fagin": the noun before the name
    if first.dep == "appos" and _is_character(head, character_nouns):
        return True
    if first.dep == "pobj" and head is not None and head.lower == "as":
        owner = head.head if head.head is not head else None
        if owner is not None and owner.lower == "such" and owner.head is not owner:
            owner = owner.head
        if _is_character(owner, character_nouns) or owner is not None and (owner.lemma or "").lower() == "play":
            return True  # "characters such as Rayman", "play as Blinx"
    if first.dep in {"dobj", "pobj"}:  # "adding Joker as playable characters", "Joker as a character"
        holders = [first, head] if first.dep == "dobj" and head is not None else [first]
        preps = [k for holder in holders for k in holder.children if k.dep == "prep" and k.lower == "as"]
        return any(k.dep == "pobj" and _is_character(k, character_nouns) for prep in preps for k in prep.children)
    return False


def fictional_character(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The names (lower case) one mention of which the page gives as a character (`_named_as_character`), or, for a
    name spaCy takes for a person's, the object of "of" after a character noun ("the character of Wonder Woman";
    not a place's "the character of the Scottish Borders"): a figure of fiction or a game, who acts only in the
    story (ANNOTATION: actors act in a political or conflict narrative)."""
    out = set()
    for c in cands:
        root = _span_root(c, info)
        if _named_as_character(root, lex.character_nouns):
            out.add(_key(c))
            continue
        prep = root.head if root.dep == "pobj" else None
        if (
            c.label == "PERSON"
            and prep is not None
            and prep.lower == "of"
            and _is_character(prep.head, lex.character_nouns)
        ):
            out.add(_key(c))
    return out


TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "vs"})
TITLE_MIN_WORDS = 3


def title_case_lines(info: ArticleInfo) -> frozenset[int]:
    """The indexes of the article's sentences written in title case: at least `TITLE_MIN_WORDS` words, every one but
    the small words (`TITLE_SMALL_WORDS`) capitalised, and one of them a verb or a word the page also writes in lower
    case ("Meta-Programming In Emacs Using Defadvice", "Keep Talking Sports!"): a heading, a menu or a title, not a
    sentence, nor a long name alone ("Bolton North East", "Royal Palms Resort and Spa")."""
    words: dict[int, list[Tok]] = {}
    for t in info.toks.values():
        if t.text[:1].isalpha():
            words.setdefault(t.sent, []).append(t)
    out = set()
    for sent, toks in words.items():
        big = [t for t in toks if t.lower not in TITLE_SMALL_WORDS]
        if len(toks) < TITLE_MIN_WORDS or not all(t.text[:1].isupper() for t in big):
            continue
        if any(t.pos in VERB_POS or (t.lower in info.lower_words and not t.text.isupper()) for t in big):
            out.add(sent)
    return frozenset(out)


def _initialled_person(c: Candidate) -> bool:
    """'Thomas W. Malone', 'Mary J. Blige': a name spaCy takes for a person's, spelt out at both ends with initials
    between (a book's author under its title)."""
    words = (c.name or "").split()
    return (
        c.label == "PERSON"
        and 3 <= len(words) <= 4
        and _spelt_name_word(words[0])
        and _spelt_name_word(words[-1])
        and all(_INITIAL.fullmatch(w) for w in words[1:-1])
    )


def title_case_only(cands: Iterable[Candidate], info: ArticleInfo) -> set[str]:
    """The names (lower case) all of whose mentions are on title-case lines (`title_case_lines`), but a person's full
    name (`full_person_name`: "Leader Spotlight: Erin Spiceland"; `_initialled_person`: "... Thinking Together” by
    Thomas W. Malone") and an item of a list (`listed_item`): a heading's words, which the page never writes in a
    sentence."""
    lines = title_case_lines(info)
    seen: dict[str, bool] = {}
    for c in cands:
        evidence = (
            info.toks[c.start_i].sent not in lines
            or full_person_name(c, info)
            or _initialled_person(c)
            or listed_item(c, info)
            or role_at(c, info)
        )
        seen[_key(c)] = seen.get(_key(c), False) or evidence
    return {name for name, in_sentence in seen.items() if not in_sentence}


def _used(tok: Tok, info: ArticleInfo, verbs: frozenset[str]) -> bool:
    """'use the Application', 'using Alpine', 'Using Braille for speeches', 'use Google, Ask Jeeves and Yahoo': the
    word (or the first item of its coordination) is the direct object of a verb of use written in lower case or
    opening its sentence (a sentence's verb, not a heading's "Subs Not Used: Jaidi, Poole")."""
    first = climb(tok, ("conj",))
    head = first.head
    return (
        first.dep == "dobj"
        and head is not None
        and head is not first
        and (head.text.islower() or info.before(head) is None)
        and (head.lemma or head.lower).lower() in verbs
    )


OWNER_PRONOUNS = frozenset({"our", "your", "my", "his", "her", "their"})
TRADE_MARKS = frozenset({"®", "™"})


def _platform(tok: Tok, lex: ActorsLexicon) -> bool:
    """'Follow us on Twitter', 'Follow them on GitHub or Twitter', 'find us on Facebook', 'subscribe to our YouTube
    channel', 'his Twitter account': the word (or the first item of its coordination) is the object of an "on" of a verb
    of following (`platform_verbs`), or modifies a noun of someone's presence (`account_nouns`) that a pronoun owns: a
    platform a page's readers are sent to, a service used (actors41)."""
    first = climb(tok, ("conj",))
    head = first.head
    if head is None or head is first:
        return False
    if first.dep == "pobj" and head.lower == "on":
        verb = head.head
        return verb is not None and verb is not head and (verb.lemma or verb.lower).lower() in lex.platform_verbs
    return (
        first.dep == "compound"
        and head.lower in lex.account_nouns
        and any(k.dep == "poss" and k.lower in OWNER_PRONOUNS for k in head.children)
    )


OBJECT_PRONOUNS = frozenset({"us", "me", "them", "him", "her"})


def _follow_list(tok: Tok, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """'Follow us: Google News | NewsBreak | Reddit | Instagram': the word stands after its line's opening of a verb of
    following (`platform_verbs`), an object pronoun and a colon: an item of a page's list of the platforms it sends
    its readers to (actors42)."""
    first = tok
    while (prev := info.before(first)) is not None:
        first = prev
    pronoun = info.after(first)
    colon = info.after(pronoun) if pronoun is not None else None
    return (
        (first.lemma or first.lower).lower() in lex.platform_verbs
        and pronoun is not None
        and pronoun.lower in OBJECT_PRONOUNS
        and colon is not None
        and colon.text == ":"
        and colon.i < tok.i
    )


def _person_put_to_use(c: Candidate, tok: Tok, lex: ActorsLexicon) -> bool:
    """'Mourinho used Drogba as a lone striker', 'The Kremlin used Kadyrov to pacify Chechnya', 'the manager will use
    Rooney on the wing': a name spaCy labels a person, the object of a verb of use whose subject names someone (a proper
    noun, or a noun of a role or a person), is a person someone put to a use, an actor (ANNOTATION: a named person);
    not 'you use Alpine', 'Using Braille for speeches', 'phones use GPRS' (no one named uses it; review29)."""
    if c.label != "PERSON":
        return False
    verb = climb(tok, ("conj",)).head
    if verb is None:
        return False
    nouns = lex.role_nouns | lex.person_nouns
    return any(s.dep == "nsubj" and (s.pos == "PROPN" or (s.lemma or s.lower).lower() in nouns) for s in verb.children)


def _kind_named(tok: Tok, actor_nouns: frozenset[str]) -> bool:
    """'firms such as Google, Copernic and Apple', 'rivals like Yahoo': the word (or its coordination's first item)
    is given as one of a noun of actors (`actor_nouns`) by "such as" or "like"."""
    first = climb(tok, ("conj",))
    prep = first.head
    if first.dep != "pobj" or prep is None or prep is first or prep.lower not in {"as", "like"}:
        return False
    owner = prep.head
    if owner is not None and owner.lower == "such" and owner.head is not owner:
        owner = owner.head
    return owner is not None and owner is not prep and (owner.lemma or owner.lower).lower() in actor_nouns


def _acts(tok: Tok, info: ArticleInfo, lex: ActorsLexicon, surnames: Container[str]) -> bool:
    """Whether the mention gives the name as an actor: the subject of a verb (a conjunct as its coordination's first
    item), an owner ("Google's search tool": ANNOTATION, possessives name actors), one of a noun of actors ("firms
    such as Google", `_kind_named`), a speaker, cited or spoken for (`_acting_phrase`), or a person's surname."""
    first = climb(tok, ("conj",))
    actor_nouns = lex.role_nouns | lex.person_nouns | lex.media_nouns | lex.org_head_nouns | lex.company_nouns
    after = info.after(tok)
    return (
        first.dep in SUBJECT_DEPS
        or tok.dep == "poss"
        or after is not None
        and after.lower in {"'s", "’s", "'"}
        or _kind_named(tok, actor_nouns)
        or speaker(tok, lex.speech_verbs)
        or _acting_phrase(first, lex.speaking_for_nouns)
        or tok.text in surnames
    )


_NUMBER = re.compile(r"\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛]|\d+[½¼¾⅓⅔⅛]")


def _measured(first: Tok, last: Tok, info: ArticleInfo, measures: frozenset[str]) -> bool:
    """'1 tbsp Gia Sundried Tomato Puree', '1 box Betty Crocker™ cake mix', '2 cups of Quaker oats', '1 jar (6 oz)
    Maraschino cherries': the name stands right after a number and a noun of measure or packaging (`measure_nouns`; an
    "of" or a bracketed size between them and the name; the number may end the line before), or 'MAGGI Chicken Stock
    cubes': it modifies such a noun in the plural right after it: an item of a recipe or a shopping list, a product
    (web78). Not "the Livi box" in a report of a match (a singular noun after a name)."""
    left = info.before(first)
    if left is not None and left.lower == "of":
        left = info.before(left)
    if left is not None and left.text == ")":
        while left is not None and left.text != "(":
            left = info.before(left)
        left = info.before(left) if left is not None else None
    number = info.toks.get(left.i - 1) if left is not None else None  # "1" may end the line before ("1\n box ...")
    measure = left is not None and left.lower.rstrip(".") in measures
    if measure and number is not None and _NUMBER.fullmatch(number.text):
        return True
    right = info.after(last)
    while right is not None and right.text in TRADE_MARKS:
        right = info.after(right)
    plural = right is not None and right.tag == "NNS"  # "MAGGI Chicken Stock cubes", not "the Livi box" (a penalty box)
    return plural and right.lower in measures and last.head is right and last.dep == "compound"


def _measured_mention(c: Candidate, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """`_measured` of the candidate's first and last words."""
    return _measured(info.toks[c.start_i], info.toks[c.end_i], info, lex.measure_nouns)


def _listed_platform(c: Candidate, lex: ActorsLexicon) -> bool:
    """A social platform or app the lexicon lists (`platform_names`, whole names: "Instagram", "Tik Tok")."""
    return tuple(_key(c).split()) in phrase_set(lex.platform_names)


class _OtherSurnames:
    """The last words of the names of several words spaCy takes for persons' (`ArticleInfo.person_names`) but the
    candidate's own: "Puree" of "Gia Sundried Tomato Puree" or "Crocker" of "Betty Crocker" is no other person's
    surname that makes the name one who acts (web78). Asked a word at a time (`ArticleInfo.other_surname`): the set
    of them was built for every candidate, twice, and asked of one word (speed61)."""

    __slots__ = ("info", "name")

    def __init__(self, c: Candidate, info: ArticleInfo) -> None:
        self.info, self.name = info, c.name

    def __contains__(self, word: object) -> bool:
        return type(word) is str and self.info.other_surname(word, self.name)


def used_thing(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The names (lower case) one mention of which is used (`_used`: "when you use the Application", "using Alpine"),
    is a platform the page sends its readers to (`_platform`: "Follow us on Twitter", "our YouTube channel"; actors41),
    is measured out (`_measured`: "1 tbsp Gia Sundried Tomato Puree", "MAGGI Chicken Stock cubes"; web78) or is a
    listed platform (`_listed_platform`: "Why are you on Tik Tok?"; web78), and none of which acts (`_acts`): a
    product, a tool or a service, which a verb of use gives as a thing (actors38). Not a person's full name ("the
    Dragons might use James Ireland": `full_person_name`; a listed platform or a measured item may look like one:
    "Tik Tok", "1 box Betty Crocker"; nor is the last word of such a name, or of another, a surname that makes it
    act: "2 tsp Gia Garlic Puree" beside "1 tbsp Gia Sundried Tomato Puree"), nor a person a named user puts to a use
    ("Mourinho used Drogba": `_person_put_to_use`)."""
    cands = list(cands)
    things = {_key(c) for c in cands if _listed_platform(c, lex) or _measured_mention(c, info, lex)}
    used: set[str] = set()
    acting: set[str] = set()
    for c in cands:
        root = _span_root(c, info)
        thing = _key(c) in things  # measured out or a platform: no surname makes it a person
        surnames: Container[str] = () if thing else _OtherSurnames(c, info)
        if _acts(root, info, lex, surnames) or full_person_name(c, info) and not thing:
            acting.add(_key(c))
        elif (
            thing
            or _platform(root, lex)
            or _follow_list(root, info, lex)
            or (_used(root, info, lex.instrument_verbs) and not _person_put_to_use(c, root, lex))
        ):
            used.add(_key(c))
    return used - acting


def marked_brand(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The names (lower case) one mention of which has a trade mark sign right after it (`TRADE_MARKS`: "with Parallels
    Access®", "Betty Crocker™ Super Moist™ yellow cake mix") and none of which acts (`_acts`, as `used_thing` reads
    it): a product or a brand, which a page marks as such, not who acts (actors42). Not a company that acts elsewhere
    on the page ("NESTLÉ® announced", "Adobe said")."""
    marked: set[str] = set()
    acting: set[str] = set()
    for c in cands:
        if _acts(_marked_root(c, info), info, lex, _OtherSurnames(c, info)):
            acting.add(_key(c))
        elif info.text_lower[c.end : c.end + 1] in TRADE_MARKS:
            marked.add(_key(c))
    return marked - acting


def _marked_root(c: Candidate, info: ArticleInfo) -> Tok:
    """The word that stands for the name in its clause: the trade mark sign after it where spaCy hangs the name on
    the sign ("on behalf of NESTLÉ®": "®" the object of "of", "NESTLÉ" its compound), else the name's root."""
    root, after = _span_root(c, info), info.after(info.toks[c.end_i])
    return after if after is not None and after.text in TRADE_MARKS and root.head is after else root


_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
SPELLING_FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "&"})


def _spelt_by(letters: str, words: list[str]) -> bool:
    """Whether the initials of the last words of `words` (letter runs: "b-spline" gives "b", "s"), with or without
    their function words, are `letters` ("fbs" of "filtered b-spline", "aha" of "an alpha hydroxy acid")."""
    for k in range(2, len(words) + 1):
        parts = re.findall(r"[a-z]+", " ".join(words[-k:]))
        if "".join(w[0] for w in parts) == letters:
            return True
        if "".join(w[0] for w in parts if w not in SPELLING_FUNCTION_WORDS) == letters and parts[0] not in (
            SPELLING_FUNCTION_WORDS
        ):
            return True
    return False


def _lower_case_words(toks: list[Tok]) -> list[str]:
    """The words of `toks` from the last back to the first that is not written in lower case."""
    out: list[str] = []
    for t in reversed(toks):
        if t.text != "-" and not (t.text.islower() and any(ch.isalpha() for ch in t.text)):
            break
        out.insert(0, t.text)
    return out


def lower_case_acronyms(info: ArticleInfo) -> frozenset[str]:
    """The acronyms (as written) the page spells out in words written in lower case, before the acronym in brackets
    or in brackets after it ("progressive multifocal leukoencephalopathy (PML)", "filtered b-spline (FBS)", "TPM
    (trusted platform module)")."""
    out = set()
    for tok in info.toks.values():
        if not _ACRONYM.fullmatch(tok.text):
            continue
        letters = (tok.text[:-1] if tok.text.endswith("s") else tok.text).lower()
        left, right = info.toks.get(tok.i - 1), info.toks.get(tok.i + 1)
        if left is not None and left.text == "(" and right is not None and right.text == ")":
            before = [info.toks[k] for k in range(tok.i - 10, tok.i - 1) if k in info.toks]
            if _spelt_by(letters, _lower_case_words([t for t in before if t.sent == left.sent])):
                out.add(tok.text)
        if right is not None and right.text == "(":
            inside = []
            for k in range(tok.i + 2, tok.i + 11):
                t = info.toks.get(k)
                if t is None or t.text == ")":
                    break
                inside.append(t)
            words = _lower_case_words(inside)
            if len(words) == len(inside) and _spelt_by(letters, words):
                out.add(tok.text)
    return frozenset(out)


def spelt_in_lower_case(cands: Iterable[Candidate], info: ArticleInfo) -> set[str]:
    """The one-word names (lower case) that are acronyms the page spells out in lower-case words
    (`lower_case_acronyms`: "corporate social responsibility (CSR)", "liquid natural gas (LNG)", "multiple sclerosis
    (MS)"): a thing, a method, a condition or a meeting, which a common noun phrase names; a body's acronym is spelt
    out with its name's capitals ("the Asian Development Bank (ADB)"; actors39)."""
    spelt = lower_case_acronyms(info)
    return {_key(c) for c in cands if c.start_i == c.end_i and info.toks[c.start_i].text in spelt}


OPENING_MARKS = frozenset({",", "“", '"', "‘", "'", "…", "(", "—", "–"})
CLOSING_MARKS = frozenset({",", "!", "?", "…"})


def _set_off(tok: Tok, info: ArticleInfo) -> bool:
    """'Shit, run!', 'give it to her, Jesus, I remember thinking': the word stands alone, after its sentence's opening,
    a comma or a quote mark and before a comma or an exclamation mark. Not an item of a list, whose commas are the
    list's ('Abraham, Moses, Jesus, and Muhammad', 'Jesus, Mary and Joseph travelled': a name; review32)."""
    before, after = info.before(tok), info.after(tok)
    listed = tok.dep == "conj" or any(c.dep == "conj" for c in tok.children)
    return (
        not listed
        and (before is None or before.text in OPENING_MARKS)
        and after is not None
        and after.text in CLOSING_MARKS
    )


def exclamation(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The names (lower case) every mention of which is a word of exclamation (`exclamation_words`) set off from its
    sentence (`_set_off`: "Shit, run! No, sneak!", "so wtf, give it to her, Jesus, I remember thinking"): an oath, which
    names no one (actors41). Not a mention inside a sentence ("the Da Vinci Code claims Jesus was not crucified", "a
    credible picture of Jesus, with all sorts of details")."""
    seen: dict[str, bool] = {}
    for c in cands:
        tok = info.toks[c.start_i]
        oath = c.start_i == c.end_i and tok.lower in lex.exclamation_words and _set_off(tok, info)
        seen[_key(c)] = seen.get(_key(c), True) and oath
    return {name for name, every in seen.items() if every}


ENGLISH_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "and", "of", "to", "is", "in", "it", "that", "for", "with", "on", "was", "as", "i", "you", "he",
     "she", "we", "they", "are", "be", "not"}
)  # fmt: skip
FOREIGN_LEAST = 3  # foreign function words a sentence needs, and twice as many as English ones


def foreign_sentences(info: ArticleInfo, foreign: frozenset[str]) -> frozenset[int]:
    """The indexes of the sentences written in another language: at least `FOREIGN_LEAST` words of the lexicon's
    foreign function words (`foreign_function_words`: "der", "und", "ich", "mit", "les", "que"), in lower case and
    outside spaCy's entities (not the "van der" of "J van der Westhuyzen" in a team sheet), and more than twice as many
    as English function words (`ENGLISH_FUNCTION_WORDS`): "Wenn man den Raub auf der Polizeiwache meldet, sagt man"."""
    # the set first: most tokens are no foreign word and cost no call of `_foreign_word` (speed60)
    counts = Counter(t.sent for t in info.toks.values() if t.text in foreign and _foreign_word(t, foreign))
    least = {k for k, n in counts.items() if n >= FOREIGN_LEAST}
    if not least:  # most pages: no sentence has enough foreign words, and the English ones need no count (speed59)
        return frozenset()
    english = Counter(
        t.sent
        for t in info.toks.values()
        if t.sent in least and not _foreign_word(t, foreign) and t.lower in ENGLISH_FUNCTION_WORDS
    )
    return frozenset(k for k in least if counts[k] > 2 * english[k])


def _foreign_word(t: Tok, foreign: frozenset[str]) -> bool:
    """A word of `foreign_function_words` in lower case outside spaCy's entities (`foreign_sentences`)."""
    return t.text in foreign and t.text.islower() and not t.ent_type


def foreign_only(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The names (lower case) every mention of which stands in a sentence of another language (`foreign_sentences`):
    spaCy's English model takes a German sentence's capitalised nouns for names ("der Autoschlüssel", "Wache", "Ecke",
    "Messer", "Palette Demokites"), and its labels there are no evidence of an actor (web78). A name written in an
    English sentence of the page too keeps its mentions."""
    foreign = foreign_sentences(info, lex.foreign_function_words)
    if not foreign:
        return set()
    seen: dict[str, bool] = {}
    for c in cands:
        seen[_key(c)] = seen.get(_key(c), True) and info.toks[c.start_i].sent in foreign
    return {name for name, every in seen.items() if every}


PLACE_LABELS = frozenset({"GPE", "LOC"})


def _coordination(first: Tok) -> list[Tok]:
    """The items of the coordination `first` opens: it and its conjuncts, and theirs, in text order."""
    items, stack = [], [first]
    while stack:
        tok = stack.pop()
        items.append(tok)
        stack.extend(k for k in tok.children if k.dep == "conj")
    return sorted(items, key=lambda t: t.i)


def _placed_item(c: Candidate, info: ArticleInfo, locative: frozenset[str]) -> bool:
    """'temperatures in Seoul, Daejeon and Cheongju', 'in Fairfax and Tysons in Virginia': the name is an item of a
    coordination that a locative preposition governs and every other item of which spaCy takes for a place (not
    "brands include Buick in the US and Opel, Saab and Vauxhall in Europe")."""
    root = _span_root(c, info)
    first = climb(root, ("conj",))
    prep = first.head
    if first.dep != "pobj" or prep is None or prep is first or prep.lower not in locative:
        return False
    others = [t for t in _coordination(first) if not c.start_i <= t.i <= c.end_i and t is not root]
    return bool(others) and all(t.ent_type in PLACE_LABELS for t in others)


def placed_conjunct(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The names (lower case) one mention of which is listed with a place after a locative preposition
    (`_placed_item`): a town or a district that spaCy labels a person's or a body's name among places it labels as
    such ("in Seoul, Daejeon and Cheongju"), where no label makes it an actor (web79). Not the surname of a person the
    page names in full, nor a name a verb follows ("training in Holland and Ferguson said", "at Oldham and Keegan has
    stated": the parser joins a clause's subject to the place)."""
    return {
        _key(c)
        for c in cands
        if _placed_item(c, info, lex.locative_prepositions)
        and not info.other_surname(c.name or "", c.name)
        and not _verb_after(info.toks[c.end_i], info)
    }


def _verb_after(tok: Tok, info: ArticleInfo) -> bool:
    """Whether a verb follows the token straight on ("in Holland and Ferguson said": a clause's subject)."""
    after = info.after(tok)
    return after is not None and after.pos in {"VERB", "AUX"}


def employer_role(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The names (lower case) of two words or more that end in a role noun (`role_nouns`, `staff_role_nouns`) and run
    straight into a person's name ("Baark Volunteer Coordinator Bonnie Young", "Principal Consultant Ann Lee"): the
    role before its holder, with an employer's name before it, which spaCy takes for a name of its own (web79)."""
    out: set[str] = set()
    for c in cands:
        words = (c.name or "").split()
        after = info.toks.get(c.end_i + 1)
        if (
            len(words) >= 2
            and (words[-1].lower() in lex.role_nouns or words[-1].lower() in lex.staff_role_nouns)
            and after is not None
            and after.sent == info.toks[c.end_i].sent
            and after.ent_type == "PERSON"
            and after.text[:1].isupper()
        ):
            out.add(_key(c))
    return out


MAKER_DATE_LABELS = frozenset({"DATE", "TIME"})  # "Leeds by Monday": a time, no maker


def _made_by(c: Candidate, info: ArticleInfo) -> bool:
    """'The Unbound Collection by Hyatt', 'Enhanced Protection by Google': the name runs straight into "by" and a proper
    noun that is no date: a product, a brand or a work and its maker (web80)."""
    by = info.after(info.toks[c.end_i])
    maker = info.after(by) if by is not None and by.lower == "by" else None
    return maker is not None and maker.tag in PROPER_TAGS and maker.ent_type not in MAKER_DATE_LABELS


def made_by(cands: Iterable[Candidate], info: ArticleInfo) -> set[str]:
    """The names (lower case) every mention of which names its maker right after it (`_made_by`: "introduce The Unbound
    Collection by Hyatt brand to Southeast Asia", "part of The Unbound Collection by Hyatt"): a brand, a product or a
    work, which the page gives with who makes it, not an actor of its own (web80). Even as a heading's subject ("The
    Unbound Collection by Hyatt Officially Opens"): the maker named is the actor."""
    seen: dict[str, bool] = {}
    for c in cands:
        key = _key(c)
        seen[key] = seen.get(key, True) and _made_by(c, info)
    return {name for name, every in seen.items() if every}


_CODE_TAIL = re.compile(r"(?:^|\s)(?:\.{1,2}|\S*/\S*|[\w*-]+\.[a-z]{1,5})(?=\s|$)")  # " . /tmp/app", " req.txt"


def _code_keyword(c: Candidate, info: ArticleInfo) -> bool:
    """'COPY . /tmp/myapp', 'RUN pip install -r requirements.txt', 'COPY Pipfile* /tmp': the name opens with a word in
    capitals (`_shouted_word`) that the page also writes in lower case ("copy in only that file"), and the rest of
    its line holds a path, a file name or a bare dot: an instruction of a build file or a shell line (web80)."""
    first = info.toks[c.start_i]
    if not _shouted_word(first) or first.lower not in info.lower_words:
        return False
    stop = info.text_lower.find("\n", c.end)
    tail = info.text[c.end : stop if stop >= 0 else len(info.text)]
    return _CODE_TAIL.search(tail) is not None


def _one_lower_word(c: Candidate, info: ArticleInfo) -> bool:
    """A name of one word the page also writes in lower case ("Copy" beside "copy in only that file")."""
    return c.start_i == c.end_i and info.toks[c.start_i].lower in info.lower_words


def code_keyword(cands: Iterable[Candidate], info: ArticleInfo) -> set[str]:
    """The names (lower case) one mention of which is a code line's keyword (`_code_keyword`) and every other mention
    of which is one too or the same word with a capital only ("# Copy in everything else:" over "COPY . ."), even
    where the parser takes the keyword for the line's subject ("COPY . /tmp/myapp" read as "COPY" doing something): a
    word of a build file, not a name (web80)."""
    keyword: set[str] = set()
    every: dict[str, bool] = {}
    for c in cands:
        key, code = _key(c), _code_keyword(c, info)
        if code:
            keyword.add(key)
        # (the word asked only while every mention so far is one, and of a mention that is no keyword: speed61)
        every[key] = every.get(key, True) and (code or _one_lower_word(c, info))
    return {name for name in keyword if every[name]}


_DATA_KEY = re.compile(r'["\u201c]([^"\u201c\u201d\n]*)["\u201d]\s*:')  # '"Average Weekly FoodCorp Spend":'


def _in_a_data_key(c: Candidate, info: ArticleInfo) -> bool:
    """'"Average Weekly FoodCorp Spend": "$152.34"': the name lies inside a quoted key that a colon follows, a field's
    name in a data record shown on the page (web81)."""
    start = info.text.rfind("\n", 0, c.start) + 1
    stop = info.text.find("\n", c.end)
    line = info.text[start : stop if stop >= 0 else len(info.text)]
    return any(m.start(1) <= c.start - start and c.end - start <= m.end(1) for m in _DATA_KEY.finditer(line))


def data_key(cands: Iterable[Candidate], info: ArticleInfo) -> set[str]:
    """The names (lower case) every mention of which lies inside a data record's key (`_in_a_data_key`: "Average Weekly
    FoodCorp Spend" of a JSON record a story shows): the name of a field, not an actor; a key's name taken for a
    longer one would else carry every short form of the page ("FoodCorp" folded onto it; web81). A record's values
    ('"Name": "Matthew Davis"') are left to the other rules. A page with no such key anywhere (most) has none on any
    of its lines: no mention is asked (speed62)."""
    if _DATA_KEY.search(info.text) is None:
        return set()
    every: dict[str, bool] = {}
    for c in cands:
        key = _key(c)
        every[key] = every.get(key, True) and _in_a_data_key(c, info)
    return {name for name, one in every.items() if one}


_QUANTITY = re.compile(r"(?<![\w.])(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])\s+([a-z]+)\b")  # "2 tsp", "1 1/4 cups", "½ cup"
RECIPE_QUANTITIES = 2  # numbers with a noun of measure after them that make a page a recipe


def recipe_page(info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """A recipe or a shopping list: at least `RECIPE_QUANTITIES` numbers with a noun of measure or packaging
    (`measure_nouns`) right after them ("2 tsp Gia Garlic Puree", "1 1/4 cups granulated sugar")."""
    found = 0
    for m in _QUANTITY.finditer(info.text):
        found += m[1] in lex.measure_nouns
        if found >= RECIPE_QUANTITIES:
            return True
    return False


def recipe_food(cands: Iterable[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The names (lower case) on a recipe page (`recipe_page`) whose last word is a noun of a dish or an ingredient
    (`food_nouns`: "Olive & Herb Focaccia", "Coconut Oil", "American Buttercream Frosting", "Skim Milk", "Gia Sundried
    Tomato") and none of whose mentions acts (`_acts`, as `used_thing` reads it: the subject of a verb, an owner, a
    speaker, one of a noun of actors): a dish or an ingredient the page names, no actor (ANNOTATION: a company is an
    actor when it acts; web84's recipe page: 9 such false bodies and persons). The typing step drops such a name where
    its type rests on spaCy's label alone or on the food noun taken for a word of a firm's name ("Oil"). Not a page
    that measures nothing out (a news story of "Shell Oil", "Sara Lee Bakery"): none is asked."""
    cands = list(cands)
    if not cands or not recipe_page(info, lex):
        return set()
    acting: set[str] = set()
    dishes: set[str] = set()
    for c in cands:
        words = re.findall(r"[^\W\d_]+", c.name or "")
        if not words or words[-1].lower() not in lex.food_nouns:
            continue
        if _acts(_span_root(c, info), info, lex, _OtherSurnames(c, info)):
            acting.add(_key(c))
        else:
            dishes.add(_key(c))
    return dishes - acting


def no_evidence_names(cands: list[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> set[str]:
    """The discovered names (lower case) of an article that a label-only decision must not make actors."""
    return (
        verbless_only(cands, info, prose_sentences(info))
        | common_word_only(cands, info)
        | software_only(cands, lex)
        | common_words_person(cands, info, lex.speech_verbs)
        | common_words_org(cands, info, lex)
        | spelt_in_lower_case(cands, info)
        | capitalised_common_word(cands, info, lex)
        | shouted_heading(cands, info)
        | opening_common_word(cands, info, lex)
        | software_phrase(cands, info, lex)
        | cited_venue(cands, info)
        | via_source(cands, info)
        | fictional_character(cands, info, lex)
        | title_case_only(cands, info)
        | used_thing(cands, info, lex)
        | exclamation(cands, info, lex)
        | marked_brand(cands, info, lex)
        | foreign_only(cands, info, lex)
        | placed_conjunct(cands, info, lex)
        | employer_role(cands, info, lex)
        | made_by(cands, info)
        | code_keyword(cands, info)
        | data_key(cands, info)
    )


def label_only(decision_rule: str | None, name: str | None = None, venues: frozenset[str] = frozenset()) -> bool:
    """Whether a mention's type rests on spaCy's label alone; for a name cited as a journal (`venues`), also a person
    the `initial` rule made of its opening initial ("J Pediatr", "N Engl J Med")."""
    return decision_rule in LABEL_ONLY or decision_rule == "initial" and (name or "").lower() in venues
