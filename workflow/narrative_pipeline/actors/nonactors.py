"""Rules that find a discovered name is no actor: a product, a work, a character, a common noun (places
and cut names: `places`).

Each is an entry of `typing.TYPE_RULES` deciding None (no actor) with its cue; see `named` for what
they look at and for the scope of a verdict (the name, or this mention only).
"""

from __future__ import annotations

import re

from ..parsed import Tok
from ..syntax import lemma
from .context import ArticleInfo
from .discovery import initials
from .named import PREMODIFIER_DEPS, QUOTES, Named, Verdict, phrase_set, with_word
from .newsnames import names_coordinated
from .pagelines import speaker

# what a company is said to be as well ("Yahoo is the seminal brand")
NOT_SAID_OF_A_PRODUCT = frozenset(
    {"brand", "brands", "range", "line", "platform", "service", "services", "network", "networks", "product",
     "products", "model", "models", "version", "versions", "update", "upgrade", "search", "standard", "standards"}
)  # fmt: skip
SPORT_PERSON_NOUNS = frozenset({"player", "players"})  # product nouns that in an article about sport are persons
PLACE_NOUNS = frozenset({"city", "cities", "town", "towns", "village", "villages", "region", "regions", "port"})
PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})
TITLE_PRONOUNS = frozenset({"me", "my", "you", "your", "i"})  # in no organisation's name either
PRONOUNS = frozenset({"i", "me", "my", "you", "your", "it", "its", "we", "us", "our", "they", "them", "him", "her"})


def known_non_actor(n: Named) -> Verdict | None:
    """'iPod', 'Oscars', 'FTSE': a product, award, index or event the lexicon names; 'Apple Mac':
    one of them after its maker's name; 'LCD TV': one of them and more words that name no
    organisation."""
    known = phrase_set(n.lex.non_actor_names)
    if n.words in known:
        return Verdict(None, tuple(n.span))
    if len(n.words) >= 2 and (n.words[-1:] in known or n.words[-2:] in known):
        return Verdict(None, tuple(n.span))  # "Apple Mac", "Sony PlayStation": a maker's product
    cut = _known_with_words_before(n, known)
    if cut is not None:
        return Verdict(None, cut, "mention")  # "Internet [Explorer]": the end of a product's name spaCy cut
    if len(n.words) >= 2 and (n.words[:1] in known or n.words[:2] in known):
        org_words = {w for words in n.lex.org_type_words.values() for w in words} | n.lex.org_head_nouns
        if _first_name_of_a_person(n, known):
            return None  # "Mario Testino", "Mario Ancic": a person whose given name is a product's (fix94)
        if not org_words & set(n.words) or all(w in n.lex.product_nouns for w in n.words[1:]):
            return Verdict(None, tuple(n.span))  # "GameBoy Advance SP", "Windows XP Counterfeit Project"
    return None


def sport_ground(n: Named) -> Verdict | None:
    """'a tough game against Scotland at Murrayfield', 'Portsmouth claimed a draw at Anfield': in an article about sport
    a name the lexicon lists as a ground, course or arena (`sport_grounds`) is the venue, no actor, at each of its
    mentions (review76's finding 9, actors95: spaCy labels these an organisation or a person). Not in another article
    ("gaming group Wembley": the firm that owned the stadium), nor one before a club's noun ("the Old Trafford boss",
    "current Ibrox manager": the club the ground stands for; so the verdict holds at this mention only), and never the
    name of a club ("Liverpool")."""
    if not n.info.sport or n.words not in phrase_set(n.lex.sport_grounds):
        return None
    if with_word(n.after, n.lex.team_nouns) is not None:
        return None  # "the Old Trafford boss", "current Ibrox manager": the club the ground stands for
    return Verdict(None, tuple(n.span), "mention")


def _first_name_of_a_person(n: Named, known: frozenset[tuple[str, ...]]) -> bool:
    """'Mario Testino', 'Mario Ancic': a PERSON of two words whose first is a one-word name the lexicon lists that is
    a given name ("mario", `given_names`) and whose second is a capitalised word of letters that names no product, work
    or organisation and is no listed name's word, with no such word or number after it ("Mac Mini", "Mario Kart DS",
    "Xbox 2", "Grammy Awards" stay products; fix94, review76 10)."""
    if n.label != "PERSON" or len(n.span) != 2 or n.words[:1] not in known or n.words[0] not in n.lex.given_names:
        return False
    last, right = n.span[1], n.info.after(n.span[1])
    text = last.text
    words = n.lex.product_nouns | n.lex.work_nouns | n.lex.org_head_nouns | n.lex.non_actor_name_endings
    listed = {w for name in known for w in name}
    followed = right is not None and (right.lower in listed or right.pos == "NUM" or right.lower in words)
    return (
        text.isalpha()
        and text[:1].isupper()
        and text[1:].islower()
        and last.lower not in words | listed
        and not followed
    )


SENTENCE_ENDS = frozenset(".!?\"”’'")


def reporters_initials(n: Named) -> Verdict | None:
    """'... before physical classes restarted in February. (BA)': two or three capitals in brackets after a sentence's
    end that close their paragraph, written nowhere else on the page: the initials of the reporter who wrote it (the
    manner of Caribbean papers), no actor. Not an acronym in brackets after a name ("the Trades Union Congress
    (TUC)"), nor one the page writes again, nor the initials of a body the page names (actors52)."""
    word = n.span[0].text
    if len(n.span) != 1 or not (2 <= len(word) <= 3 and word.isalpha() and word.isupper()):
        return None
    left, right = n.info.before(n.span[0]), n.info.after(n.span[0])
    if left is None or right is None or left.text != "(" or right.text != ")":
        return None
    text = n.info.text_lower
    closes = text[right.end :].lstrip(" \t")[:1] in {"", "\n"}
    after_a_sentence = text[: left.start].rstrip(" \t")[-1:] in SENTENCE_ENDS
    once = len(re.findall(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text)) == 1
    spells = any(word.lower() in initials(name) for name in n.info.org_names)
    return Verdict(None, (left, n.span[0], right)) if closes and after_a_sentence and once and not spells else None


HELD_VERBS = frozenset({"hold", "host", "stage", "convene"})  # what is done to a meeting or an event
HELD_PREPOSITIONS = frozenset({"at", "in", "on", "against", "during", "over", "between", "via", "from"})
NOT_HELD_WORDS = frozenset({"responsible", "liable", "accountable", "hostage", "captive", "custody", "ransom", "check",
                            "regard", "esteem", "contempt", "breach", "back", "up"})  # fmt: skip
SCORE = re.compile(r"\d+\s*[-–]\s*\d+")  # "held 1-1 at the Camp Nou" (review41)


def held_event(n: Named) -> Verdict | None:
    """'The Caribbean Financial Access Roundtable was held against the backdrop of ...', 'Wednesday's Caribbean
    Financial Access Roundtable, held at the Lloyd Erskine Sandiford Centre': a name that is held, hosted, staged or
    convened somewhere or at some time is a meeting or an event, no actor (actors52). Not a person ("Mr Smith was
    held in custody"), nor a body held to account ("was held responsible", "held in contempt"); the verb has a place or
    time after a preposition, and says so of the name (its passive subject or the name it qualifies).

    Not a side held to a draw or a group held by someone (review41: "Juventus were held in Turin by Lazio",
    "Barcelona were held 1-1 at the Camp Nou", "The Clash were held in Paris by police"): no name in an article about
    sport, nor one whose verb has an agent ("by ..."), a "to" ("held to a draw") or a score after it; an event held
    by its host ("was held by the UN in Geneva") is then left to the other rules."""
    if n.label in {"PERSON", "TITLE"} or n.info.sport:
        return None
    head = n.head
    verbs = [c for c in head.children if c.dep == "acl" and c.tag == "VBN"]
    if head.dep == "nsubjpass" and n.governor is not None:
        verbs.append(n.governor)
    for verb in verbs:
        if lemma(verb) not in HELD_VERBS:
            continue
        words = {t.lower for t in verb.subtree() if t.i > verb.i}
        preps = {c.lower for c in verb.children if c.dep == "prep"}
        by_someone = any(c.dep == "agent" or c.dep == "prep" and c.lower == "to" for c in verb.children)
        scored = any(c.i > verb.i and (c.pos == "NUM" or SCORE.fullmatch(c.text)) for c in verb.children)
        if preps & HELD_PREPOSITIONS and not words & NOT_HELD_WORDS and not by_someone and not scored:
            return Verdict(None, (verb,))
    return None


def _known_with_words_before(n: Named, known: frozenset[tuple[str, ...]]) -> tuple[Tok, ...] | None:
    """The capitalised words right before the name (one or two) that make with it a name the lexicon
    lists ("Microsoft's Internet Explorer", "AOL Instant Messenger"), or None."""
    words: list[Tok] = []
    left = n.info.before(n.span[0])
    while left is not None and len(words) < 2 and left.text[:1].isupper() and left.text.isalpha():
        words.insert(0, left)
        if (*(w.lower for w in words), *n.words) in known:
            return tuple(words)
        left = n.info.before(left)
    return None


def common_name(n: Named) -> Verdict | None:
    """'IPO', 'DJ', 'MPs': a capitalised common noun or acronym (not a surname after a person's title: "Mr
    Cable")."""
    if n.words not in phrase_set(n.lex.common_names):
        return None
    left = n.info.before(n.span[0])
    titled = left is not None and left.text[:1].isupper() and left.lower.rstrip(".") in n.lex.person_titles
    if titled and len(n.span) == 1 and n.span[0].text[1:].islower():
        return None
    return Verdict(None, tuple(n.span))


def _work_beside(n: Named, work: frozenset[str]) -> tuple[Tok, ...] | None:
    """'the film Mary Poppins', 'My Boo, his duet': a work noun before or beside the name; not one that says what a
    person's or a firm's noun between it and the name makes ("film star Liam Neeson", "film director Ken Loach",
    "thriller writer Frederick Forsyth": the name is the person's; actors45; "Video game firm Bioware", "film studio
    New Line", "Game maker Valve": the firm's; fix94)."""
    return with_word(_after_person_noun(n) + n.appositions, work)


def _after_person_noun(n: Named) -> list[Tok]:
    """The words before the name after the last person's or firm's noun among them (`person_nouns`,
    `company_nouns`): all of them when none is."""
    makers = n.lex.person_nouns | n.lex.company_nouns
    nouns = [k for k, t in enumerate(n.before) if t.pos == "NOUN" and (lemma(t) in makers or t.lower in makers)]
    return n.before[nouns[-1] + 1 :] if nouns else n.before


def _creator_after(n: Named) -> tuple[Tok, ...] | None:
    """'Harry Potter star', 'Harry Potter author': the name modifies one who makes or plays in a
    work (not "Chelsea star", "EA's managing director": director and producer only after a person's
    name, star after another name only in an article about the arts: "Desperate Housewives stars")."""
    if n.head.dep not in {"compound", "poss"} or n.governor is None:
        return None
    if n.label == "PERSON":
        return with_word([n.governor], n.lex.creator_nouns)
    persons_only = {"director", "producer"} | (set() if n.info.arts and n.head.dep == "compound" else {"star", "stars"})
    return with_word([n.governor], n.lex.creator_nouns - persons_only)


def _work_verb(n: Named) -> tuple[Tok, ...] | None:
    """'directed Ray', 'starred in Closer': the object of a verb whose object is a work."""
    gov = n.governor
    if gov is None:
        return None
    if n.head.dep == "dobj" and lemma(gov) in n.lex.work_verbs:
        return (gov,)
    if n.head.dep == "dobj" and lemma(gov) == "play" and n.label != "PERSON" and not n.info.sport and not n.before:
        return (gov,)  # "I play a lot of Warcraft" (one plays a side or a player in sport, a role in the arts)
    if n.head.dep == "pobj" and gov.lower == "in" and gov.head is not None:
        if lemma(gov.head) in {"star", "appear", "role", "feature", "cast"}:
            return (gov.head,)
        acted = (
            lemma(gov.head) in {"play", "act", "part", "performance", "turn", "appearance"}
            or gov.head.ent_type == "PERSON"
        )
        return (gov.head,) if n.info.arts and acted else None  # "opposite Juliette Binoche in Chocolat"
    if n.head.dep == "pobj" and gov.lower == "for" and gov.head is not None:
        best = next((c for c in gov.head.children if c.lower == "best"), None)
        return (best,) if best is not None else None  # "best actress for Vera Drake"
    return None


def _listed_as_work(n: Named, work: frozenset[str]) -> tuple[Tok, ...] | None:
    """'movies such as Harry Potter', 'hits like Spiderman 2 and The Grudge', 'the makers of Manhunt',
    'the cities of Chernigov, Nikolaev and Kharkov'."""
    top = n.head
    while top.dep == "conj" and top.head is not None and top.head is not top:
        top = top.head
    prep = top.head if top.dep == "pobj" else None
    if prep is None or prep.lower not in {"as", "like", "of", "including"} or prep.head is None:
        return None
    owner = prep.head.head if prep.head.lower == "such" else prep.head
    makers = n.lex.maker_nouns | PLACE_NOUNS if prep.lower == "of" else work | n.lex.thing_nouns | n.lex.product_nouns
    return with_word([owner], makers) if owner is not None else None


def _title_of_a_thing(n: Named) -> tuple[Tok, ...] | None:
    """ "Tom Brown's Schooldays", 'Harry Potter and the Prisoner of Azkaban', 'GoldenEye: Rogue Agent',
    'Maria Full of Grace': a name that opens a longer title; in an article about the arts, "Mike
    Leigh's Vera Drake"."""
    info = n.info
    after = info.after(n.span[-1])
    then = info.after(after) if after is not None else None
    beyond = info.after(then) if then is not None else None
    if after is not None and then is not None and n.span[0].sent not in info.headlines:
        if after.text == ":" and then.text[:1].isupper() and not speaker_label(n):
            return (after, then)
        opens = after.lower == "and" and then.lower in {"the", "of"} and beyond is not None
        opens = opens and beyond.text[:1].isupper()
        if opens and not names_coordinated(after, then, beyond, n.lex):  # not "the FTA and the Florida DOT"
            return (after, then)
        if (
            n.label == "PERSON"
            and after.lower == "of"
            and then.text[:1].isupper()
            and then.ent_type not in PLACE_LABELS
        ):
            return (after, then)
    owner = next((c for c in n.head.children if c.dep == "poss" and c.ent_type == "PERSON"), None)
    if info.arts and owner is not None and n.label in {"ORG", "PERSON"}:
        return (owner,)
    return None


def _opens_a_possessive_title(n: Named) -> tuple[Tok, ...] | None:
    """ "Tom Brown's Schooldays", "Dead Man's Shoes": a person's name whose possessive is a capitalised proper noun
    with no entity label may open a title, in this mention only for a name of two words or more (`work_title` scopes
    it so; a one-word name's verdict holds for the name, as before: "Pierre's General Store"): the maker's possessive
    ("Clint Eastwood's Million Dollar Baby") has the same shape, and the maker, named again ("Mel Gibson's film"), is
    a person there. Not when a title's article opens the possessed name ("Alan Bennett's The History Boys", "Martin
    Scorsese's The Aviator": a title goes on after "'s" with no "The"; fix100, review78's finding 1)."""
    gov = n.governor
    if n.label != "PERSON" or n.head.dep != "poss" or gov is None:
        return None
    named = gov.ent_type in {"PERSON", "ORG", "GPE", "NORP"}
    if not gov.text[:1].isupper() or gov.pos != "PROPN" or named:
        return None
    if len(n.span) < 2:
        return (gov,)  # a one-word name: a title's, a firm's or a place's as often ("Pierre's General Store")
    mark = n.info.after(n.span[-1])
    first = n.info.after(mark) if mark is not None and mark.lower in {"'s", "'", "’s", "’"} else mark
    if first is not None and first.text in {"The", "A", "An"}:
        return None
    return None if _a_person_elsewhere(n) else (gov,)


def _a_person_elsewhere(n: Named) -> bool:
    """Whether the article names the person of a name of two words or more as a person elsewhere: the name, or its
    surname alone where no other person of the surname is named in full, after a person's noun ("director Clint
    Eastwood") or as the subject of a verb ("Eastwood said", "Scorsese has won"; fix100, review78's finding 1)."""
    if len(n.span) < 2:
        return False
    surname, given = n.span[-1].text, [t.text for t in n.span[:-1]]
    ids = {t.i for t in n.span}
    for t in n.info.toks.values():
        if t.text != surname or t.i in ids or t.ent_type not in {"PERSON", "ORG", ""} or t.pos != "PROPN":
            continue  # the surname alone may be labelled an organisation's ("Eastwood said")
        after = n.info.after(t)
        if after is not None and after.ent_type == "PERSON" and after.ent_iob == "I" and after.dep != "case":
            continue  # a word inside a longer name
        words = []
        k = n.info.before(t)
        while k is not None and k.ent_type == "PERSON" and t.ent_iob == "I" and len(words) < len(n.span) - 1:
            words.insert(0, k.text)
            if k.ent_iob == "B":
                break
            k = n.info.before(k)
        if words and words != given:
            continue  # another person of the surname ("Gordon Brown" beside "Tom Brown's Schooldays")
        if not words and _another_of_the_surname(n, surname, given):
            continue
        nouns = n.lex.person_nouns | n.lex.creator_nouns
        noun = any(c.dep == "compound" and c.i < t.i and lemma(c) in nouns for c in t.children)
        subject = t.dep in {"nsubj", "nsubjpass"} and t.head is not None and t.head.pos in {"VERB", "AUX"}
        if noun or subject:
            return True
    return False


def _another_of_the_surname(n: Named, surname: str, given: list[str]) -> bool:
    """Whether the article names in full a person of the surname with other given names than `given`."""
    for t in n.info.toks.values():
        if t.text != surname or t.ent_type != "PERSON" or t.ent_iob != "I":
            continue
        before = n.info.before(t)
        if before is not None and before.ent_type == "PERSON" and before.text != given[-1]:
            return True
    return False


def _said_to_be_a_work(n: Named, work: frozenset[str]) -> tuple[Tok, ...] | None:
    """'Doc Martin won best TV comedy drama', 'Xenon is the codename', 'a format called RSS',
    'codenamed Xenon': what the sentence says the name is."""
    gov, lex = n.governor, n.lex
    if gov is None:
        return None
    things = work | (lex.product_nouns - NOT_SAID_OF_A_PRODUCT) | {"codename", "title"}
    if n.info.sport:
        things = things - SPORT_PERSON_NOUNS  # "Groenefeld was the more powerful player" is no media player
    if n.head.dep == "nsubj" and lemma(gov) in {"win", "be", "scoop", "take"}:
        objects = [c for c in gov.children if c.dep in {"dobj", "attr"}]
        best = [
            o
            for o in objects
            if lemma(o) in things and (lemma(gov) == "be" or any(m.lower == "best" for m in o.children))
        ]
        return (best[0],) if best else None
    if n.head.dep in {"oprd", "dobj", "xcomp", "attr", "npadvmod"} and lemma(gov) in {
        "call",
        "dub",
        "codename",
        "title",
    }:
        named = gov.head if gov.dep == "acl" else None
        if lemma(gov) == "codename" or named is not None and lemma(named) in things:
            return (gov,)
    return None


def _genre_first(n: Named, work: frozenset[str]) -> tuple[Tok, ...] | None:
    """'Comedy Meet The Fockers': a name opening with the kind of work it is."""
    return (n.span[0],) if len(n.span) >= 2 and n.span[0].lower in work else None


def _line_start(tok: Tok, info: ArticleInfo) -> bool:
    """Whether a word is the first of its line: the page's first word, or a line break between it and the word
    before (whatever sentence that word is of)."""
    prev = info.toks.get(tok.i - 1)
    return prev is None or "\n" in info.text_lower[prev.end : tok.start]


def speaker_label(n: Named) -> bool:
    """'Rick: I got into tech through a love of video games' after "Rick Terrill, leading the front end engineers":
    an interview's speaker label, a person's name that opens its line with a colon right after it, where the page
    names in full, inside a line of prose (`_written_in_a_line`), a person whose given name or surname it is (a
    one-word name) or whom it names so (a full name), is that person, not the head of a title ("GoldenEye: Rogue
    Agent"), nor a field's label ("Grant Support: By award ...") or a heading's word ("Six Hearts" beside a heading
    "Four Hearts"; web81)."""
    after = n.info.after(n.span[-1])
    if n.label != "PERSON" or after is None or after.text != ":" or not _line_start(n.span[0], n.info):
        return False
    name = n.cand.name or ""
    fulls = [full for full in n.info.person_names if name in (full, full.split()[0], full.split()[-1])]
    return any(_written_in_a_line(full, n.info.text) for full in fulls if " " not in name or full == name)


def _written_in_a_line(name: str, text: str) -> bool:
    """Whether the page writes a name inside a line of other words, neither a line of its own nor a label opening a
    line with a colon ("Thomas Malone modernised how ..." beside "Thomas Malone: A supermind is ...")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        start = text.rfind("\n", 0, m.start()) + 1
        stop = text.find("\n", m.end())
        line = text[start : stop if stop >= 0 else len(text)]
        label = not text[start : m.start()].strip() and text[m.end() : m.end() + 1] == ":"
        if line.strip() != name and not label:
            return True
    return False


def _end_of_a_title(n: Named) -> tuple[Tok, ...] | None:
    """'the Prisoner of Azkaban': a name after "of" that follows a capitalised word naming nobody (not
    a title or a role: "Governor of California")."""
    left = n.info.before(n.span[0])
    if left is not None and left.lower == "the":
        left = n.info.before(left)
    word = n.info.before(left) if left is not None and left.lower == "of" else None
    if word is None or not word.text[:1].isupper() or word.ent_type or word.i == n.span[0].i - 2 and False:
        return None
    lower = word.lower.rstrip(".")
    return None if lower in n.lex.titles or lower in n.lex.role_nouns or word.pos != "PROPN" else (word, left)


def _words_of_a_title(n: Named) -> tuple[Tok, ...] | None:
    """'Super Size Me', 'Sometimes You Can't', 'Willow the Wisp': a name with a pronoun, or one spaCy takes
    for a person's with a lower-case word no person's name has (not "Ludwig van Beethoven")."""
    if n.label not in {"PERSON", "ORG"} or len(n.span) < 2:
        return None
    particles = n.lex.name_particles
    for prev, tok in zip(n.span, n.span[1:], strict=False):
        if tok.lower in TITLE_PRONOUNS or n.label == "PERSON" and (tok.pos == "PRON" or tok.lower in PRONOUNS):
            return (tok,)
        hyphenated = prev.text == "-" and not prev.space_after  # "Chung Mong-koo"
        lower = tok.text[:1].islower() and tok.lower not in particles and tok.text.isalpha() and not hyphenated
        if n.label == "PERSON" and lower:
            return (tok,)
    return None


def _for_a_person(n: Named) -> tuple[Tok, ...] | None:
    """'Bill Condon for Kinsey', 'Paul Brown, for False Servant': in an article about the arts, what a
    person is named for, taken for a person's name by spaCy, is a work."""
    gov = n.governor
    if not n.info.arts or n.label != "PERSON" or n.head.dep != "pobj" or gov is None or gov.lower != "for":
        return None
    if gov.head is None or with_word(n.before + n.appositions, n.lex.person_nouns | n.lex.role_nouns):
        return None  # "director Wong Kar-Wai": a person
    named = gov.head.ent_type == "PERSON" and gov.head.tag == "NNP" and gov.head.i < gov.i
    return (gov,) if named and (gov.head.lower,) not in phrase_set(n.lex.non_actor_names) else None


def _dated(n: Named) -> tuple[Tok, ...] | None:
    """'Overload (1979)', 'Wheels (1971)': a year in brackets after a name dates a work."""
    left = n.info.after(n.span[-1])
    year = n.info.after(left) if left is not None and left.text == "(" else None
    right = n.info.after(year) if year is not None else None
    if year is None or right is None or right.text != ")" or not year.text.isdigit():
        return None
    return (left, year, right) if 1500 <= int(year.text) <= 2100 else None


def _quoted(n: Named) -> tuple[Tok, ...] | None:
    """'My Boo' in quotation marks: a title. The quotation may hold capitalised words of the title before the name
    ('Comedy “The Marvelous Mrs Maisel”', where the name is "Maisel"), and a comma or a full stop the American style
    puts inside it ('as well as “Joker,” “Marriage Story,”', 'in biopic “Judy.”'; web85: web84's check), but nothing
    else: the quotation is the title alone, no one's words ('"Thanks, Tony," he said' has more in it). Not such a
    quotation after a verb of naming ('the candidate he calls “Mini Mike.”': a nickname, a person's); the wider forms
    only for a name spaCy takes for a person's (the class of film titles typed persons), not a body's ("formed the 'New
    Zealand Native Team,' who played")."""
    left, right = n.info.before(n.span[0]), n.info.after(n.span[-1])
    if left is not None and right is not None and left.text in QUOTES and right.text in QUOTES:
        return (left, right)
    if n.label != "PERSON":
        return None  # "the 'New Zealand Native Team,' who played": a body's name in quotation marks
    widened = False
    for _ in range(MAX_TITLE_WORDS_BEFORE):
        if left is None or left.text in QUOTES or not _title_word(left):
            break
        left, widened = n.info.before(left), True
    if right is not None and right.text in TITLE_INNER_MARKS:
        right, widened = n.info.after(right), True
    if not widened or left is None or right is None or left.text not in QUOTES or right.text not in QUOTES:
        return None
    naming = n.info.before(left)
    return None if naming is not None and lemma(naming) in NAMING_VERBS else (left, right)


MAX_TITLE_WORDS_BEFORE = 4  # "The Marvelous Mrs" before "Maisel"
TITLE_INNER_MARKS = frozenset({",", "."})  # “Joker,” “Judy.”
NAMING_VERBS = frozenset({"call", "dub", "nickname", "name", "label", "brand"})  # 'the candidate he calls “Mini Mike.”'


def _title_word(tok: Tok) -> bool:
    """A capitalised word of a title in quotation marks ("The", "Marvelous", "Mrs"), on the name's side of the quote."""
    return tok.text[:1].isupper() and tok.text.replace(".", "").isalpha()


def work_title(n: Named) -> Verdict | None:
    """A work, for every mention of the name: a work noun beside it, a maker of works after it, the
    object of a verb of works, listed among works, a possessive title, quotation marks, words no
    person's name has, a year in brackets after it, named for a person in an article about the arts. 'the Harry
    Potter books': the name is part of a work's title, in this mention only ("the Gervais sitcom"
    is his)."""
    if n.label == "TITLE":
        return None
    work = n.lex.work_nouns - ({"game", "games", "series"} if n.info.sport else frozenset())
    cue = (
        _work_beside(n, work) or _creator_after(n) or _work_verb(n) or _listed_as_work(n, work)
        or _title_of_a_thing(n) or _said_to_be_a_work(n, work) or _genre_first(n, work) or _end_of_a_title(n)
        or _quoted(n) or _words_of_a_title(n) or _dated(n) or _for_a_person(n)
    )  # fmt: skip
    if cue is not None:
        return Verdict(None, cue)
    opened = _opens_a_possessive_title(n)
    if opened is not None:
        return Verdict(None, opened, "mention" if len(n.span) >= 2 else "name")
    if n.head.dep in {"compound", "nmod"} and n.governor is not None and with_word([n.governor], work):
        return Verdict(None, (n.governor,), "mention")
    return None


def named_concept(n: Named) -> Verdict | None:
    """'minimizes the Kullback–Leibler divergence', 'with Barnes-Hut approximation', 'the Richter scale': a name that
    modifies a lower-case noun of a measure, method or law of science (`concept_nouns`) names the concept after its
    finders, no actor, in this mention only ("Hinton" elsewhere on the page is the person; web81)."""
    gov = n.governor
    if gov is None or n.head.dep not in PREMODIFIER_DEPS or gov.i <= n.span[-1].i or not gov.text.islower():
        return None
    return Verdict(None, (gov,), "mention") if lemma(gov) in n.lex.concept_nouns else None


NAMING_PARTICIPLES = frozenset({"called", "named", "dubbed", "entitled", "titled"})


def called_thing(n: Named) -> Tok | None:
    """ "accounting standards called IFRS", "a test called Linpack": a name given by a participle of naming to a noun
    in small letters of a product, a thing or a concept (`product_nouns` but a medium, a network or a service,
    `thing_nouns`, `concept_nouns`) names that
    thing, no actor, in this mention (review75's finding 12); "a company called X", "a man named Y" keep theirs."""
    verb = n.head.head
    if n.head.dep not in {"oprd", "attr", "dobj", "xcomp"} or verb is None or verb.lower not in NAMING_PARTICIPLES:
        return None
    noun = verb.head
    if verb.dep != "acl" or noun is None or noun.i >= verb.i or not noun.text.islower():
        return None
    products = n.lex.product_nouns - n.lex.media_nouns - {"service", "services", "network", "networks"}
    things = products | n.lex.thing_nouns | n.lex.concept_nouns  # a network or a service may be a firm's
    return noun if lemma(noun) in things or noun.lower in things else None


def product_part(n: Named) -> Verdict | None:
    """'Xbox consoles', 'the Nintendo DS', 'FTSE 100', 'a Mac Mini', 'Interactive Media Player', 'UMD,
    Sony's disc format', 'launched the PSP': a product (or part of a product's name here)."""
    products = n.lex.product_nouns - n.lex.media_nouns - {"service", "services", "network", "networks"}
    if n.label == "ORG" and len(n.words) >= 2 and n.words[-1] in products and not _named_a_firm(n):
        return Verdict(None, (n.span[-1],))
    named_as = _product_noun_before(n)
    if named_as is not None:
        return Verdict(None, (named_as,))  # "cholesterol drug Crestor", "rival medicine Tarceva" (fix88)
    called = called_thing(n)
    if called is not None:
        return Verdict(None, (called,), "mention")
    acronym = n.own_acronym()
    appositions = [t for t in n.appositions if acronym is None or t.i != acronym.i]
    cue = with_word(appositions, products - n.lex.company_possessions)  # not "Shares in ..., Barclays"
    if cue is not None:
        return Verdict(None, cue)
    gov = n.governor
    if gov is not None and n.head.dep in PREMODIFIER_DEPS and gov.i > n.head.i:
        if lemma(gov) in n.lex.product_nouns | n.lex.thing_nouns:
            return Verdict(None, (gov,), "mention")
        if gov.pos == "PROPN" and (gov.lower,) in phrase_set(n.lex.non_actor_names):
            return Verdict(None, (gov,), "mention")
    nxt = n.info.after(n.span[-1])
    if nxt is not None and nxt.text.isdigit() and not n.info.sport:
        follow = n.info.after(nxt)
        if follow is None or follow.text not in {"-", "–"}:
            return Verdict(None, (nxt,))
    det = next((c for c in n.head.children if c.dep == "det" and c.lower in {"a", "an"}), None)
    if det is not None and det.i == n.span[0].i - 1:
        return Verdict(None, (det,))
    body = n.words[-1:] and n.words[-1] in n.lex.org_head_nouns  # "launched the G-Unity Foundation" (actors52)
    if gov is not None and n.head.dep == "dobj" and n.label == "ORG" and lemma(gov) in n.lex.product_verbs and not body:
        return Verdict(None, (gov,))  # "launched the PSP"
    return None


FIRM_TRADE_NOUNS = frozenset({"specialist", "specialists"})  # "storage specialists BridgeHead Software"


def _named_a_firm(n: Named) -> bool:
    """'security software maker Sybari Software', 'software firm Giant Company Software', 'storage specialists
    BridgeHead Software': a name ending with a product's noun, written capitalised ("Software"), that a firm's noun
    (`company_nouns`, `FIRM_TRADE_NOUNS`) stands right before or in apposition to names a firm, not a product
    (actors95: fix92 made "BridgeHead Software" one name, which `product_part` then dropped by "software"). Not
    "Microsoft's Media Player" (no firm's noun)."""
    last = n.span[-1].text
    if not last[:1].isupper():
        return False
    nouns = n.lex.company_nouns | FIRM_TRADE_NOUNS
    right_before = n.info.before(n.span[0])
    before = [right_before] if right_before is not None and right_before.lower in nouns else []
    return with_word(before + n.appositions, nouns) is not None


_OWNER_BEFORE = re.compile(r"(?<![\w-])(?:its|their) +$")
_WORD_AFTER = re.compile(r" +([\w-]+)")


def _owned_product_noun(text: str, name: str, nouns: frozenset[str]) -> int | None:
    """The start of a word of `nouns` right after `name` where "its / their" owns the name ("its Iressa drug ... But
    Iressa proved no better than a placebo"; actors93), the article's first such place, else None: found by the
    name's places in the text, not by a pattern made for every name (speed62)."""
    at = text.find(name)
    while at >= 0:
        word = _WORD_AFTER.match(text, at + len(name))
        if word is not None and word.group(1) in nouns and _OWNER_BEFORE.search(text, max(0, at - 64), at):
            return word.start(1)
        at = text.find(name, at + 1)
    return None


def _product_noun_before(n: Named) -> Tok | None:
    """The lower-case noun of `named_product_nouns` right before the name, here or where the article first writes it
    so ("cholesterol drug Crestor" ... "Crestor is facing", "rival medicine Tarceva"), or right after it where a
    firm's "its" or "their" owns it ("its Iressa drug"; actors93): the name is the product's, no
    actor (review74's finding 2). A firm is written with a trade noun there ("drug maker Pfizer", "drugs firm GSK"),
    not the product's noun alone. spaCy labels such a name a person as often ("Zentor was safe"), or not at all where
    the noun stands before it; a person's title is no such noun ("drug dealer")."""
    left = n.info.before(n.span[0])
    if left is not None and left.text.islower() and left.lower in n.lex.named_product_nouns:
        return left
    if not n.lex.named_product_nouns & n.info.lower_words or not n.info.text:
        return None
    name = n.info.text[n.span[0].start : n.span[-1].end]
    found = n.info.noun_before(n.lex.named_product_nouns, name)  # the article's nouns found once (speed62)
    if found is None:
        found = _owned_product_noun(n.info.text, name, n.lex.named_product_nouns)
    if found is None:
        return None
    return next((t for t in n.info.toks.values() if t.start == found), n.span[0])


def common_noun(n: Named) -> Verdict | None:
    """'Broadband' in a headline: one word the article otherwise writes in lower case; not a firm's name that opens
    with a digit, which is written so ("security firm 3ami", `discovery.introduced_digit_names`; actors93)."""
    if len(n.span) != 1:
        return None
    text = n.span[0].text
    if (
        text.isupper()
        or text[:1].isdigit()
        or text in n.info.capitalised_inside
        or text.lower() not in n.info.lower_words
    ):
        return None
    return Verdict(None, (n.span[0],))


def flora_name(n: Named) -> Verdict | None:
    """'the Bougainvillea plant' on a page that also writes 'bougainvillea': one word before a noun of plants
    (`flora_nouns`) that the page writes in lower case too is a plant's name, not a company's factory ("the Nissan
    plant"; actors40). Not a plant placed at a named place ("the Shell plant in Stanlow", "the Rover plant at
    Longbridge": `placed_at_a_name`), nor a name that speaks on the page ("Shell said"): a firm whose name is also a
    common word ("shell", "rover"; review31)."""
    if len(n.span) != 1 or n.governor is None or n.head.dep != "compound":
        return None
    text = n.span[0].text
    if text.isupper() or text.lower() not in n.info.lower_words or lemma(n.governor) not in n.lex.flora_nouns:
        return None
    if placed_at_a_name(n.governor, n.lex.locative_prepositions) or any(
        speaker(t, n.lex.speech_verbs) for t in n.info.toks.values() if t.text == text
    ):
        return None
    return Verdict(None, (n.governor,))


def placed_at_a_name(noun: Tok, prepositions: frozenset[str]) -> bool:
    """'the Shell plant in Stanlow', 'the plant at Longbridge': the noun has a locative preposition (`prepositions`)
    whose object is a proper noun."""
    return any(
        c.dep == "prep" and c.lower in prepositions and any(g.dep == "pobj" and g.pos == "PROPN" for g in c.children)
        for c in noun.children
    )


def determiner_before_name(n: Named) -> Verdict | None:
    """'the Aurora', 'The Scissor Sisters': no person takes an article; a plural name is a group. A singular word that
    is the surname of a person the page names in full ("remained behind with the Ramdehol" beside "Bharrat Ramdehol")
    is no actor at this mention only: the page's other mentions of the surname stay the person's (web83)."""
    if n.label != "PERSON":
        return None
    left = n.info.before(n.span[0])
    if left is None or left.lower not in {"the", "a", "an"} or _modifies_the_noun_of(n, left):
        return None
    if apposed_firm_noun(n) is not None:
        return None  # "former building society the Woolwich": the firm the noun names (`company-cue`; actors95)
    if n.span[-1].tag == "NNPS":
        return Verdict("group", (left,))
    return Verdict(None, (left,), "mention" if _a_full_names_surname(n) else "name")


FIRM_COMPOUNDS = frozenset({("building", "society")})  # a firm's noun of two words ("the Woolwich")


def apposed_firm_noun(n: Named) -> tuple[Tok, ...] | None:
    """'former building society the Woolwich', 'Europe's biggest bank, the HSBC': the noun before the name that the
    name stands in apposition to when it names a firm (`company_nouns`, or a noun of two words of `FIRM_COMPOUNDS`
    with its compound), else None (review76's finding 11, actors95)."""
    for noun in n.appositions:
        if noun.pos != "NOUN" or noun.i > n.span[0].i:
            continue  # "The Markfield, Leicestershire-based company": a place before the firm's noun
        if noun.lower in n.lex.company_nouns:
            return (noun,)
        first = next((c for c in noun.children if c.dep == "compound" and c.i == noun.i - 1), None)
        if first is not None and (first.lower, noun.lower) in FIRM_COMPOUNDS:
            return (first, noun)
    return None


def body_after_the(n: Named) -> Verdict | None:
    """'the Louvre declared the painting should be classified as a national treasure': a one-word singular name spaCy
    takes for a person's after "the" (no person takes an article: `determiner_before_name`), where the page makes the
    word after "the" the subject of a verb of saying or deciding (`agency_verbs`, `speech_verbs`) once at least, is a
    body, an organisation, at each of its mentions after "the" ("the Louvre has fought to acquire"); not a title or a
    person's noun ("the Queen said", "the Pope said"), not a word the page writes in lower case, not the surname of a
    person the page names in full (web83)."""
    if n.label != "PERSON" or len(n.span) != 1 or n.span[0].tag != "NNP":
        return None
    left, word = n.info.before(n.span[0]), n.span[0].lower
    if left is None or left.lower != "the" or word in n.info.lower_words:
        return None
    if word in n.lex.titles | n.lex.person_titles | n.lex.role_nouns | n.lex.person_nouns or _a_full_names_surname(n):
        return None
    verb = _declares_after_the(n.span[0].text, n.info, n.lex.agency_verbs | n.lex.speech_verbs)
    return Verdict("organisation", (left, verb)) if verb is not None else None


def _declares_after_the(word: str, info: ArticleInfo, verbs: frozenset[str]) -> Tok | None:
    """The first verb of `verbs` whose subject is `word` after "the" on the page ("the Louvre declared"), else None."""
    for tok in info.toks.values():
        if tok.text != word or tok.dep != "nsubj" or tok.head is None or tok.head.pos != "VERB":
            continue
        left = info.before(tok)
        if left is not None and left.lower == "the" and lemma(tok.head) in verbs:
            return tok.head
    return None


def _a_full_names_surname(n: Named) -> bool:
    """Whether a one-word name is the last word of a name of several words spaCy takes for a person's on the page."""
    return len(n.span) == 1 and n.span[0].text in n.info.surnames


def _modifies_the_noun_of(n: Named, det: Tok) -> bool:
    """'the Michael Jackson child abuse trial', 'a Paul Scholes header': the article is the noun's, and a
    person's full name (two singular words or more) before it is the person, unless the noun is a thing
    named after someone or a work ("the Bobby Charlton school", "the James Bond theme"), or a noun a place's name
    comes before ("the Khan Younis refugee camp", "the Tal Afar offensive": spaCy's person is a place)."""
    last, gov = n.span[-1], n.span[-1].head
    if len(n.span) < 2 or any(t.tag != "NNP" for t in n.span) or last.dep != "compound":
        return False
    if gov is None or gov.pos != "NOUN" or gov.i <= last.i or det.head is not gov:
        return False
    named_after = n.lex.eponym_nouns | n.lex.work_nouns | n.lex.thing_nouns | n.lex.product_nouns
    named_after |= n.lex.place_head_nouns  # "the Khan Younis refugee camp", "the Tal Afar offensive" (review17b)
    return gov.lower not in named_after and lemma(gov) not in named_after


def character(n: Named) -> Verdict | None:
    """'Matthew Perry, who played Chandler', 'her role as Becky Sharp': in an article about the arts, the
    one an actor plays, named bare, is a character, no actor ("playing soul star Ray Charles" is kept)."""
    if not n.info.arts or n.label not in {"PERSON", "TITLE"}:
        return None
    gov, head = n.governor, n.head
    if gov is None or n.before:
        return None
    if head.dep == "dobj" and lemma(gov) in {"play", "portray"}:
        return Verdict(None, (gov,), "mention")
    role = gov.head if gov.lower == "as" and head.dep == "pobj" else None
    if role is not None and lemma(role) in {"role", "play", "cast"}:
        return Verdict(None, (role, gov), "mention")
    return None


def arts_title(n: Named) -> Verdict | None:
    """In an article about the arts, a name no other rule types is a work when it is bracketed after a
    person's ("Imelda Staunton (Vera Drake)"), spaCy takes it for an organisation's after "the" ("The
    Aviator's awards"), or spaCy takes it for an organisation's and it neither acts nor owns (this
    mention only, unless the article is about business too: "the sequel to Lion King", "Forrest Gump
    and Castaway"; an acronym is kept: MTV; so is "a Sony representative", and a name a letter and a hyphen open
    like an acronym: "C-Murder", "G-Unit", actors52)."""
    if not n.info.arts or n.label not in {"ORG", "PERSON"}:
        return None
    left = n.info.before(n.span[0])
    before = n.info.before(left) if left is not None else None
    if left is not None and left.text == "(" and before is not None and before.ent_type == "PERSON":
        return Verdict(None, (left,))
    if n.label != "ORG" or n.span[-1].tag == "NNPS" or (n.cand.name or "").isupper() or _letter_joined(n.span):
        return None
    if left is not None and left.lower == "the" and not _spelt_after(n):
        return Verdict(None, (left,))
    gov, people = n.governor, n.lex.person_nouns | n.lex.role_nouns
    acting = n.head.dep in {"nsubj", "poss", "agent"}
    employing = n.head.dep == "compound" and gov is not None and lemma(gov) in people  # "a Sony representative"
    return None if acting or employing or n.info.business else Verdict(None, (n.head,), "mention")


def _letter_joined(span: list[Tok]) -> bool:
    """A capital letter joined to the next word by a hyphen, no space either side ("G-Unit", "C-Murder")."""
    return (
        len(span) >= 3 and len(span[0].text) == 1 and span[0].text.isupper() and span[1].text == "-"
        and not span[0].space_after and not span[1].space_after
    )  # fmt: skip


def _spelt_after(n: Named) -> bool:
    """'The British Phonographic Industry (BPI) worked for two years': an acronym in brackets right after the name
    spells it, which a body's name has and a work's seldom does."""
    opening = n.info.after(n.span[-1])
    acronym = n.info.after(opening) if opening is not None and opening.text == "(" else None
    if acronym is None or not acronym.text.isupper() or len(acronym.text) < 2:
        return False
    return acronym.text.replace(".", "").lower() in initials(n.cand.name or "")


PORTFOLIO_TITLES = frozenset({"minister", "secretary"})


def portfolio(n: Named) -> Verdict | None:
    """'Constitutional Affairs Minister Christopher Leslie', 'New Home Secretary Charles Clarke': words
    before a minister's capitalised title name the portfolio, no actor (a body keeps its name by a word of it:
    "Cabinet Office Minister"); so does a portfolio word alone before any role and a person's name
    ("Transportation chief Eulois Cleckley", `portfolio_words`; not "Google chief Sundar Pichai")."""
    title = n.info.after(n.span[-1])
    holder = n.info.after(title) if title is not None else None
    if title is None or holder is None:
        return None
    portfolio_word = n.words in {(w,) for w in n.lex.portfolio_words} and n.label != "PERSON"
    role = title.lower in n.lex.role_nouns and title.pos in {"NOUN", "PROPN"}
    if portfolio_word and role and holder.ent_type == "PERSON":
        return Verdict(None, (title,), "mention")  # "Transportation chief Eulois Cleckley" (actors26)
    if not title.text[:1].isupper() or title.lower not in PORTFOLIO_TITLES:
        return None
    if holder.ent_type != "PERSON" or n.label in {"PERSON", "TITLE"}:
        return None
    words = set(re.findall(r"[a-z]+", " ".join(n.words)))
    if any(words & keys for keys in n.lex.org_type_words.values()):
        return None
    return Verdict(None, (title,), "mention")


def office_before_a_name(n: Named) -> Verdict | None:
    """'Solicitor General Harriet Harman', 'Secretary General Kofi Annan': a name spaCy labels no person's whose every
    word is a title, a role or a person's noun (`titles`, `role_nouns`, `person_nouns`, `role_modifiers`), right before
    a capitalised name spaCy labels a person's, is that person's office, no body (actors60). Not a name with a word of
    its own ("General Motors", "Chief Executive Magazine")."""
    after = n.info.after(n.span[-1])
    if n.label in {"PERSON", "TITLE"} or after is None or after.ent_type != "PERSON" or not after.text[:1].isupper():
        return None
    words = n.lex.titles | n.lex.role_nouns | n.lex.person_nouns | n.lex.role_modifiers
    if not all(t.text[:1].isupper() and t.lower.rstrip(".") in words for t in n.span):
        return None
    return Verdict(None, tuple(n.span), "mention")


def title_portfolio(n: Named) -> Verdict | None:
    """'the Director of Education Equity at the ACLU', 'Commissioner of Health Services': the capitalised words after a
    role noun and "of" that open with a portfolio word (`portfolio_words`) name the office's field, a fragment of the
    title, no actor (the name spaCy gives is no body: "Education Equity"); not a name holding a word of an
    organisation's name ("Director of Health Services Agency"), nor one after a word that is no role ("a member of
    Health Watch"), nor a name that opens with no portfolio word ("President of Goldman Sachs")."""
    of = n.info.before(n.span[0])
    role = n.info.before(of) if of is not None else None
    if role is None or of is None or of.lower != "of" or n.label in {"PERSON", "TITLE"}:
        return None
    if not role.text[:1].isupper() or role.lower not in n.lex.role_nouns | n.lex.state_office_nouns:
        return None
    if not n.words or n.words[0] not in n.lex.portfolio_words or not all(t.text[:1].isupper() for t in n.span):
        return None
    org_words = {w for words in n.lex.org_type_words.values() for w in words} | n.lex.org_head_nouns
    if org_words & set(n.words):
        return None
    return Verdict(None, (role, of), "mention")


def headline_word(n: Named) -> Verdict | None:
    """'Plumber jailed after boiler killed millionaire's daughter': a headline's first word that spaCy takes for a
    person's one-word name, that is a noun of a person's occupation or role (`person_nouns`) and that the article never
    writes again in that case, is that common noun capitalised by the headline. Not a name the body writes again
    ("Hartley jailed" then "Mr Hartley"), nor a surname the body never repeats ("Radcliffe proves doubters wrong" about
    "Paula"), nor a word that is not the headline's first."""
    tok = n.span[0]
    if n.label != "PERSON" or len(n.span) != 1 or tok.sent not in n.info.headlines or n.info.before(tok) is not None:
        return None
    if tok.lower not in n.lex.person_nouns:
        return None
    if any(t.text == tok.text and t.i != tok.i for t in n.info.toks.values()):
        return None
    return Verdict(None, (tok,))
