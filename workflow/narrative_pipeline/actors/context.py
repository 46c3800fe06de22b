"""What the rules know of a whole article before linking: its words, and whether it is about sport."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..parsed import ParsedArticle, Tok
from .candidates import entity_spans, occupation_at
from .lexicon import ActorsLexicon
from .lineups import on_a_sheet, sheet_names, team_sheets

# An article is about sport when at least this many different sport words occur, this often in all,
# and at least this densely (a long essay that mentions a goal and a match is not).
SPORT_MIN_DISTINCT = 2
SPORT_MIN_COUNT = 3
SPORT_MIN_DENSITY = 0.005  # sport words per token
# ... about business when at least this many different business words occur, this densely.
BUSINESS_MIN_DISTINCT = 4
BUSINESS_MIN_DENSITY = 0.015
# an article short of business that still talks of firms: at least this many distinct business words, a third of the
# business density, and a name the article's own text calls a company (`typing.firms_article`, actors79; below the
# density, long opinion pages with a few business words in thousands: their universities, unions and papers)
# a word character or a hyphen: what may not stand right before a noun or right after a name (`noun_before`)
WORD_OR_HYPHEN = re.compile(r"[\w-]")
FIRMS_MIN_DISTINCT = 3
FIRMS_MIN_DENSITY = 0.005
# ... about the arts (films, music, books, television) when at least this many, this densely.
ARTS_MIN_DISTINCT = 3
ARTS_MIN_DENSITY = 0.016


def ends_with_honour(word: str, lex: ActorsLexicon) -> bool:
    """'QC', 'MP', 'OBE' written after a name: letters of a person's office or honour (never an
    organisation's name: "Guy Mansfield QC", "Labour MP")."""
    return len(word) > 1 and word.isupper() and word.lower().rstrip(".") in lex.post_nominals


def _clause_word(tok: Tok, lex: ActorsLexicon) -> bool:
    """A word in lower case, no noun and no name's particle ("Laurens van der"), that ends an entity of spaCy's: the
    clause or a joiner run into the name ("Pascal Cygan missed", "Sheffield Wednesday and"), which the page's names
    (`ArticleInfo.org_names`, read by `known_org_around`) leave out as `discovery.repair_span` cuts it from the
    mention (actors84)."""
    return tok.text[:1].islower() and tok.pos not in {"NOUN", "PROPN"} and tok.lower not in lex.name_particles


def lower_lemmas(article: ParsedArticle) -> frozenset[str]:
    """The lemmas (in lower case; a token's text where it has none) of the words written in lower case in an article's
    sentences but its boilerplate (web77; `ArticleInfo.lower_lemmas`)."""
    return frozenset(
        (tok.lemma or tok.text).lower()
        for sent in article.sents
        if sent.role != "boilerplate"
        for tok in sent.tokens
        if tok.text.islower()
    )


def org_word(word: str, lex: ActorsLexicon) -> bool:
    """Whether a lower-case word is a word of an organisation's name (`org_type_words`, `org_head_nouns`), singular or
    plural."""
    words = lex.org_words
    return word in words or word.endswith("s") and word[:-1] in words


def trade_noun_opening(words: list[str], label: str, lex: ActorsLexicon) -> bool:
    """A capitalised noun of a trade (`trade_nouns`) first in a name's words: the sentence's first word spaCy ran into
    the name ("Bookmaker Ladbrokes", "Broadcaster Chris Evans"), not a body's own word ("Broadcasters Audience
    Research Board": a body's head noun ends the name, `org_head_nouns`; actors58)."""
    first = words[0]
    if not first[:1].isupper() or not any(first.lower() in nouns for nouns in lex.trade_nouns.values()):
        return False
    last = words[-1].lower()
    return label in {"PERSON", "TITLE"} or not (last in lex.org_head_nouns or last.rstrip("s") in lex.org_head_nouns)


@dataclass
class ArticleInfo:
    """Facts about one article that the filter and type rules consult."""

    toks: dict[int, Tok]
    lower_words: frozenset[str] = frozenset()  # lower-case words written in lower case
    capitalised_inside: frozenset[str] = frozenset()  # capitalised words not first in their sentence
    sport: bool = False
    sport_cues: list[Tok] = field(default_factory=list)
    headlines: frozenset[int] = frozenset()  # indexes of the headline sentences
    person_names: frozenset[str] = frozenset()  # names of several words spaCy takes for a person's
    org_names: frozenset[str] = frozenset()  # lower-case names of several words spaCy takes for an organisation's
    business: bool = False
    business_cues: list[Tok] = field(default_factory=list)
    arts: bool = False
    text_lower: str = ""  # the article's text in lower case
    sheet_names: dict[int, tuple[int, int | None]] = field(default_factory=dict)  # team sheets' names (actors58)
    # `capital_as_its_city`'s page facts per (capital's name, its state's name), computed once per article (fix58a):
    # whether the page writes "the city of <name>", and the token "capital" of a "<nationality> capital" subject
    city_pages: dict[tuple[str, str], tuple[bool, Tok | None]] = field(default_factory=dict)
    firm_talk: bool = False  # short of business but talks of firms (`FIRMS_MIN_DISTINCT`, `FIRMS_MIN_DENSITY`)
    # whether the page writes a capital's name as a person's (`filters._person_signs`), per name, once per article
    person_signs: dict[str, bool] = field(default_factory=dict)
    fixture_lines: frozenset[int] | None = None  # `typing.fixture_lines`, once per article when a rule asks (actors91)
    text: str = ""  # the article's text as written (`typing.standard_named`, actors80)
    # the article the facts are of: `lower_lemmas` reads it on its first use (speed59)
    source: ParsedArticle | None = field(default=None, repr=False, compare=False)
    _lower_lemmas: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    # `discovery.introduced_digit_names` of the article ("rapper 50 Cent"), read on the first sentence (actors93)
    digit_names: dict[tuple[str, ...], str] | None = field(default=None, repr=False, compare=False)
    _surname_owners: dict[str, frozenset[str]] | None = field(default=None, init=False, repr=False, compare=False)
    _noun_slots: dict[frozenset[str], list[tuple[int, int, int]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def lower_lemmas(self) -> frozenset[str]:
        """The lemmas of the words the article writes in lower case (web77), built the first time a rule asks: one
        rule reads them, for the few words it is asked of (a plural in capitals), not every article (speed59)."""
        if self._lower_lemmas is None:
            self._lower_lemmas = lower_lemmas(self.source) if self.source is not None else frozenset()
        return self._lower_lemmas

    @property
    def surname_owners(self) -> dict[str, frozenset[str]]:
        """The names of several words spaCy takes for a person's (`person_names`) by their last word ("Grant":
        {"Heather Grant", "Hugh Grant"}), built the first time a rule asks (speed61)."""
        if self._surname_owners is None:
            owners: dict[str, set[str]] = {}
            for name in self.person_names:
                owners.setdefault(name.split()[-1], set()).add(name)
            self._surname_owners = {word: frozenset(names) for word, names in owners.items()}
        return self._surname_owners

    def other_surname(self, word: str, name: str | None) -> bool:
        """Whether `word` is the last word of one of `person_names` but `name`: `word in {n.split()[-1] for n in
        person_names if n != name}`, asked of the one word instead of building the set (speed61)."""
        owners = self.surname_owners.get(word)
        return owners is not None and (name not in owners or len(owners) > 1)

    def noun_slots(self, nouns: frozenset[str]) -> list[tuple[int, int, int]]:
        """Where `text` writes a word of `nouns` with no word character or hyphen before it and one space or more
        after it, in text order: (the word's start, its end, the end of the spaces after it), built once per set of
        nouns the first time a rule asks (speed62)."""
        slots = self._noun_slots.get(nouns)
        if slots is None:
            words = sorted(nouns)
            text = self.text
            slots = []
            if words:
                found = re.finditer(rf"(?<![\w-])(?=(?:{'|'.join(re.escape(w) for w in words)}) +)", text)
                for start in (m.start() for m in found):
                    for end in (start + len(w) for w in words if text.startswith(w, start)):
                        stop = end
                        while text[stop : stop + 1] == " ":
                            stop += 1
                        if stop > end:
                            slots.append((start, end, stop))
            self._noun_slots[nouns] = slots
        return slots

    def noun_before(self, nouns: frozenset[str], name: str) -> int | None:
        """The start of the first word of `nouns` that `text` writes right before `name`, one space or more between
        them, no word character or hyphen (`WORD_OR_HYPHEN`) before the noun nor after the name (None where there is
        none): what a pattern of the nouns, spaces and the name found, asked of the article's `noun_slots` instead of
        a pattern made and run over the whole text for every name (speed62)."""
        text = self.text
        for start, end, stop in self.noun_slots(nouns):
            for at in range(end + 1, stop + 1):  # the pattern's " +" may leave some spaces to a name opening with them
                if text.startswith(name, at) and WORD_OR_HYPHEN.match(text, at + len(name)) is None:
                    return start
        return None

    @classmethod
    def build(cls, article: ParsedArticle, lex: ActorsLexicon) -> ArticleInfo:
        lower, capitalised, persons, orgs = set(), set(), set(), set()
        sport: Counter[str] = Counter()
        business: Counter[str] = Counter()
        arts: Counter[str] = Counter()
        cues: list[Tok] = []
        business_cues: list[Tok] = []
        for sent in article.sents:
            if sent.role == "boilerplate":
                continue
            body = sent.role != "headline"
            for a, b, label in entity_spans(sent):
                cut = occupation_at(sent.tokens[a : b + 1], label, lex)
                b = a + cut - 1 if cut is not None else b  # "Barcelona star Ronaldinho": no body's name (actors90)
                while b > a and _clause_word(sent.tokens[b], lex):
                    b -= 1  # "Pascal Cygan missed", "Sheffield Wednesday and": no name to give back (actors84)
                words = [t.text for t in sent.tokens[a : b + 1]]
                if label == "PERSON" and len(words) > 2 and words[-1] in lex.possessive_endings:
                    words = words[:-1]  # "Sacked MP Howard Flight's": spaCy's span takes the possessive (actors95)
                while words and (words[0].lower() in lex.determiners or words[0].lower().rstrip(".") in lex.titles):
                    words = words[1:]
                if len(words) > 1 and trade_noun_opening(words, label, lex):
                    words = words[1:]  # "Bookmakers Ladbrokes": the name is "Ladbrokes" (actors58)
                honour = label == "ORG" and bool(words) and ends_with_honour(words[-1], lex)
                if (
                    len(words) >= 2
                    and label in {"PERSON", "ORG"}
                    and all(w[:1].isalnum() for w in words)
                    and not honour
                ):
                    (persons if label == "PERSON" else orgs).add(
                        " ".join(words) if label == "PERSON" else " ".join(words).lower()
                    )
            for k, tok in enumerate(sent.tokens):
                text = tok.text
                if text.islower():
                    lower.add(text)
                elif body and k > 0 and text[:1].isupper() and sent.tokens[k - 1].text not in {'"', "'", "“", "‘", ":"}:
                    capitalised.add(text)
                lemma = (tok.lemma or tok.lower).lower()
                if lemma in lex.arts_words:
                    arts[lemma] += 1
                if lemma in lex.sport_words:
                    sport[lemma] += 1
                    if len(cues) < 3:
                        cues.append(tok)
                elif lemma in lex.business_words:
                    business[lemma] += 1
                    if len(business_cues) < 3:
                        business_cues.append(tok)
        n_sport = sum(sport.values())
        is_sport = (
            len(sport) >= SPORT_MIN_DISTINCT
            and n_sport >= SPORT_MIN_COUNT
            and n_sport >= SPORT_MIN_DENSITY * len(article.tokens)
        )
        is_business = len(business) >= BUSINESS_MIN_DISTINCT and sum(business.values()) >= BUSINESS_MIN_DENSITY * len(
            article.tokens
        )
        firm_talk = (
            not is_business
            and len(business) >= FIRMS_MIN_DISTINCT
            and sum(business.values()) >= FIRMS_MIN_DENSITY * len(article.tokens)
        )
        is_arts = len(arts) >= ARTS_MIN_DISTINCT and sum(arts.values()) >= ARTS_MIN_DENSITY * len(article.tokens)
        toks = {t.i: t for t in article.tokens}
        headlines = frozenset(s.index for s in article.sents if s.role == "headline")
        body_sents = [s.tokens for s in article.sents if s.role not in {"boilerplate", "headline"}]
        surnames = frozenset(name.split()[-1] for name in persons)
        sheets = team_sheets(body_sents, toks, is_sport, surnames, lex.name_particles)
        return cls(
            toks, frozenset(lower), frozenset(capitalised), is_sport, cues if is_sport else [], headlines,
            frozenset(persons), frozenset(orgs), is_business, business_cues if is_business else [],
            is_arts and not is_sport, article.text.lower(), sheet_names(sheets),
            firm_talk=firm_talk, text=article.text, source=article,
        )  # fmt: skip

    def on_sheet(self, span: list[Tok]) -> tuple[int, int | None] | None:
        """A name that is one of a team sheet's (`lineups`): its first token and the sheet's cue, else None."""
        return on_a_sheet(self.sheet_names, span[0].i, span[-1].i) if span else None

    @property
    def surnames(self) -> frozenset[str]:
        """The last words of the names of several words spaCy takes for a person's ("Grant" of "Heather Grant")."""
        return frozenset(name.split()[-1] for name in self.person_names)

    def known_org_around(self, span: list[Tok]) -> list[Tok] | None:
        """The tokens of an organisation's name the article gives elsewhere ("UK Coal") that contain
        `span` here, where spaCy missed it."""
        if not self.org_names:
            return None
        for left in range(0, 3):
            for right in range(0, 3):
                if left == right == 0:
                    continue
                first, last = span[0].i - left, span[-1].i + right
                toks = [self.toks.get(k) for k in range(first, last + 1)]
                if any(t is None or t.sent != span[0].sent or not t.text[:1].isalnum() for t in toks):
                    continue
                if left and toks[0].text[:1].islower():
                    continue
                if " ".join(t.text for t in toks).lower() in self.org_names:
                    return toks
        return None

    def before(self, tok: Tok) -> Tok | None:
        """The token before `tok` in its sentence."""
        prev = self.toks.get(tok.i - 1)
        return prev if prev is not None and prev.sent == tok.sent else None

    def after(self, tok: Tok) -> Tok | None:
        """The token after `tok` in its sentence."""
        nxt = self.toks.get(tok.i + 1)
        return nxt if nxt is not None and nxt.sent == tok.sent else None
