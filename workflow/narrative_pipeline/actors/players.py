"""Sport persons: "the winger", "the prop", "the Dutchman", "the Welshman" for the person the article
means (the descriptor rule `sport-person`).

The evidence is what the article says with a person's name: the words right before it ("Wales
winger Shane Williams", "Spaniard Carlos Moya", "chiropractor Jean Meersseman") and a noun in
apposition to it with its modifiers ("Jens Lehmann, the German keeper"): the person's *intro words*.

- A player's position ("the prop", "the fly-half"; only in an article about sport) is the one person
  the article has introduced with that position; else, when nobody was, the one person named in the
  nearest sentence that names any (this one before the descriptor, as the subject of its clause, or
  one of the two before), unless the article introduced them with a noun that is no player's
  ("coach Mike Ruddock", "chiropractor Jean Meersseman") or with another position.
- A nationality noun ("the Dutchman", "the Welshman") is, among the persons named in that nearest
  sentence (its subjects first), the one introduced with that nationality ("Dutch", "Holland",
  "Wales" winger); else the one person named there, unless introduced with another nationality
  or another person was introduced with this one.

Two candidates, or none, and the rule abstains. A word before the descriptor ("the Portuguese
winger", "the top seed") must be among the intro words of the person it links to; an age ("the
20-year-old Swede") is no evidence either way. The guards, each from a wrong link read on unseen
news:
- a person introduced with the position earlier is not taken over the one just named;
- the subject of a clause the descriptor is an object in is not it ("Safin raised his game to sink
  the Croatian"), and when that subject is "he" or a definite description ("the top seed went down
  to the American") the rule abstains;
- a one-word person's name is no candidate (a club spaCy takes for a person: "Blackburn want £6m
  for the midfielder");
- a sentence that talks of someone by a pronoun before the descriptor ("his enthusiasm for the
  Spaniard") gets no subject preference, and a nearest sentence that holds another nationality noun
  ("as the Ethiopian is champion") no fallback.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from ..parsed import Sent, Tok
from ..registry import Registry, fold
from ..syntax import is_age
from .candidates import Candidate
from .described import POST_MODIFIERS, Described, Referred, pronoun_person
from .discovery import discovered_id
from .kinds import most_named
from .lexicon import ActorsLexicon
from .named import QUOTES
from .resolution import ArticleContext, Referent, referent_name

INTRO_TOKENS = 3  # words before a name read as what introduces it ("Chelsea's Dutch winger")
PLAYER_WITHIN = 2  # sentences before the descriptor where its person may be named, at most
INTRO_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
NOUN_TAGS = frozenset({"NN", "NNS"})
# arcs climbed from a descriptor to the verbs whose subject it cannot be ("to sink the Croatian")
OBJECT_CLIMB = frozenset(
    {"dobj", "pobj", "prep", "pcomp", "xcomp", "advcl", "advmod", "dative", "agent", "conj", "poss"}
)
PRONOUNS = frozenset({"he", "she", "his", "her", "him"})  # a person the sentence already talks of
PITCH_PREPOSITIONS = frozenset({"on", "at", "in"})  # "on the loose-head", "at full-back": a place, no player


@dataclass
class Intro:
    """What the article says with one person's name."""

    words: dict[str, Tok] = field(default_factory=dict)  # lower-case intro word -> where first said
    nouns: set[str] = field(default_factory=set)  # the lower-case common nouns among them

    def add(self, tok: Tok, initial: bool = False, text: str | None = None) -> None:
        """Note a word; `initial`: it opens its sentence ("Coach Eddie Barr"), a capital says nothing; `text`: the
        whole of a hyphened word whose last part `tok` is ("loose-head", "Fly-half")."""
        text = tok.text if text is None else text
        word = text.lower()
        if word not in self.words or tok.i < self.words[word].i:
            self.words[word] = tok
        if tok.tag in NOUN_TAGS and (text.islower() or initial and text[1:].islower()):
            self.nouns.add(word)

    def parties(self, registry: Registry) -> set[str]:
        """The registry parties the intro words name, by one word or two side by side ("Tory", "SNP", "Lib Dem")."""
        toks = sorted(self.words.values(), key=lambda t: t.i)
        forms = [t.text for t in toks] + [f"{a.text} {b.text}" for a, b in pairwise(toks) if b.i == a.i + 1]
        found = {s.actor_id for f in forms for s in registry.surfaces.get(fold(f), ())}
        return {p for p in found if registry.entries[p].type == "party"}

    def another_role(self, title: set[str], lex: ActorsLexicon) -> bool:
        """Whether the person is introduced with a role or a person's noun (`role_nouns`, `person_nouns`) that is no
        word of `title` ("Shirin Ebadi, a human rights lawyer," "Human rights lawyer Shirin Ebadi" beside a lead's
        "foreign minister"; actors88): the head of an intro, the word that hangs on no other intro word (not
        "veteran" of "a veteran diplomat"), or a conjunct of one ("a lawyer by training and the opposition leader").
        Not a legislator's noun ("Labour MSP X": a minister sits in a parliament) unless an intro word sets it against
        the government (`opposing_words`: "Opposition MSP X"), nor a job of the past ("former banker X", "ex-banker
        X"; not an office: "a former prime minister" is another person) or of a training ("X, a lawyer by
        training"): roles the lead's office holder may hold or have held (fix69, review67 1; fix72, review69 2)."""
        heads = [
            t for w, t in self.words.items() if t.head is None or t.head.lower not in self.words or t.dep == "conj"
        ]
        opposed = any(w in lex.opposing_words for w in self.words)
        return any(
            (t.lower in lex.role_nouns or t.lower in lex.person_nouns) and not _held_beside(t, lex, opposed)
            for t in heads
            if t.lower not in title
        )


def of_another_party(intro: Intro | None, states: set[str], registry: Registry, day: date | None) -> bool:
    """Whether a person's intro names registry parties ("Tory MSP X", "SNP MSP X", "Plaid Cymru AM X") none of which
    governed any of the `states` in the undated articles' era (`Era.governing`): one of a party out of government is
    not the holder of a lead's office of those states, another's answer to it (fix75, review69 2). A dated page, a
    state the era gives no government or an intro of no party: False (unknown)."""
    if intro is None or day is not None:
        return False
    governing = {p for s in states for p in registry.era_governing.get(s, ())}
    named = intro.parties(registry) if governing else set()
    return bool(named) and not named & governing


def _held_beside(noun: Tok, lex: ActorsLexicon, opposed: bool = False) -> bool:
    """Whether an intro's noun is a role an office holder also holds or held: a legislator's ("MSP", "senator") not
    `opposed`, a job under "former" / "ex-" ("former banker"; not an office of `role_nouns`), one "by training" ("a
    lawyer by training")."""
    past = lex.former_words
    near = [*noun.children, *(noun.head.children if noun.head is not None else [])]  # "Ex-banker X": X's compounds
    by = [p for p in noun.children if p.dep == "prep" and p.lower == "by"]
    return (
        noun.lower in lex.legislator_nouns
        and not opposed
        or noun.lower not in lex.role_nouns
        and any(noun.i - 2 <= t.i < noun.i and t.lower.rstrip("-") in past for t in near)
        or any(o.lower in lex.background_nouns for p in by for o in p.children if o.dep == "pobj")
    )


def hyphened(toks: dict[int, Tok], tok: Tok) -> str | None:
    """The whole word a token ends when the parser split it at a hyphen with no space either side ("loose", "-",
    "head" -> "loose-head"), as written; None for a token that ends no such word."""
    dash, left = toks.get(tok.i - 1), toks.get(tok.i - 2)
    if dash is None or left is None or dash.text != "-" or dash.space_after or left.space_after:
        return None
    if dash.sent != tok.sent or left.sent != tok.sent or not left.text.isalpha() or not tok.text.isalpha():
        return None
    return f"{left.text}-{tok.text}"


def _intro_token(tok: Tok) -> bool:
    return tok.tag in INTRO_TAGS and tok.text.replace("-", "").isalpha()


def intro_words(
    chosen: Iterable[Candidate],
    toks: dict[int, Tok],
    registry: Registry,
    full_names: dict[str, Referent],
    legislators: frozenset[str] = frozenset(),
    positions: frozenset[str] = frozenset(),
) -> dict[str, Intro]:
    """Person id -> its intro words, for every person the article names (a surname is the person
    its full name names). An apposition's noun is a lower-case common noun or one of `legislators` in any case
    ("Annabel Goldie, the Tory MSP,": its party is an intro word as in "Tory MSP Annabel Goldie"; fix78). A word of
    `positions` the parser split at its hyphen ("loose", "-", "head") is one intro word ("loose-head"; actors92)."""
    out: dict[str, Intro] = {}
    for c in chosen:
        if c.actor_type != "person" or c.method == "descriptor" or c.start_i not in toks:
            continue
        name = referent_name(c, registry) or ""
        ref = full_names.get(name) if " " not in name else None
        actor_id = c.actor_id or (ref.actor_id or discovered_id(ref.name) if ref else None)
        if actor_id is None and name:
            actor_id = discovered_id(name)
        if actor_id is None:
            continue
        intro = out.setdefault(actor_id, Intro())
        sent = toks[c.start_i].sent
        k, taken = c.start_i - 1, 0
        while k in toks and toks[k].sent == sent and taken < INTRO_TOKENS and _intro_token(toks[k]):
            joined = hyphened(toks, toks[k])
            width = 3 if joined is not None and joined.lower() in positions else 1  # "Ospreys loose-head" (actors92)
            intro.add(toks[k], k - width not in toks or toks[k - width].sent != sent, joined if width == 3 else None)
            k, taken = k - width, taken + 1
        head = toks[c.end_i]
        nouns = [a for a in head.children if a.dep == "appos"]
        if head.dep == "appos" and head.head is not None:
            nouns.append(head.head)
        nouns += [c for n in nouns for c in n.children if c.dep == "conj"]  # "a lawyer ... and the opposition leader"
        for noun in nouns:
            if noun.tag in NOUN_TAGS and noun.text.islower() or noun.lower in legislators:
                intro.add(noun)
                for m in noun.children:
                    if m.dep in {"amod", "compound"} and m.i < noun.i and _intro_token(m):
                        intro.add(m)
    return out


def pronoun_subjects(toks: dict[int, Tok]) -> set[int]:
    """The sentences where "he", "she" or "I" is a subject (the person talked about, or the speaker)."""
    return {t.sent for t in toks.values() if t.lower in {"he", "she", "i"} and t.dep in {"nsubj", "nsubjpass"}}


def nationalities_said(toks: dict[int, Tok], lex: ActorsLexicon) -> dict[int, set[str]]:
    """Sentence -> the nationality nouns said in it ("as the Ethiopian is the defending champion"; not
    "the Australian Open")."""
    out: dict[int, set[str]] = {}
    for t in toks.values():
        if t.lower in lex.nationality_nouns and t.text[:1].isupper() and any(c.lower == "the" for c in t.children):
            out.setdefault(t.sent, set()).add(t.lower)
    return out


@dataclass(frozen=True)
class Player:
    actor_id: str
    span: list[Tok]
    cue: list[Tok]


def sport_person(d: Described) -> Referred | None:
    """'the winger', 'the Dutchman': the player the article means (the rule `sport-person`)."""
    found = _player(d)
    if found is None:
        return None
    name = d.ctx.named_as[found.actor_id][1]
    return Referred(found.actor_id, "person", found.span, found.cue, d.tok.lower, name)


def titled(d: Described) -> bool:
    """Whether "The <noun>" is a title (a film, a book, a show): "The" capitalised inside a sentence after a word
    ('Netflix gangster movie The Irishman'), or after an opening quote with a closing one right after the noun
    ('performance in “The Irishman”'). A quotation that opens with "The Welshman said" is no title."""
    det = next((c for c in d.tok.children if c.dep == "det" and c.lower == "the"), None)
    if det is None or det.text != "The":
        return False
    toks = {t.i: t for t in d.sent.tokens}
    before, after = toks.get(det.i - 1), toks.get(d.tok.i + 1)
    if before is None:
        return False
    if before.text in QUOTES:
        return after is not None and after.text in QUOTES
    return before.text[:1].isalnum()


def _player(d: Described) -> Player | None:
    """The person a position or nationality noun of a sentence refers to (see the module)."""
    tok, lex, ctx = d.tok, d.lex, d.ctx
    word, left = position_word(d)
    definite = d.definite or left is not None and _the_before(d.sent, left)
    if not definite or d.owner is not None or tok.tag in {"NNS", "NNPS"} or tok.dep in {"compound", "amod", "nmod"}:
        return None  # "the Czech qualifier": whoever the qualifier is
    if titled(d):
        return None  # 'gangster movie "The Irishman"': a work's title, no player
    nationality = lex.nationality_nouns.get(tok.lower)
    position = word in lex.player_positions
    if nationality is not None and not tok.text[:1].isupper():
        return None  # "the pole"
    if not position and nationality is None or position and (not ctx.sport or word in ctx.title_words):
        return None  # "the winger" two named persons hold as a title: which one?
    if left is not None and tok.dep == "pobj" and tok.head is not None and tok.head.lower in PITCH_PREPOSITIONS:
        return None  # "a destroyer on the loose-head": a place in the scrum, no player (actors92)
    mods = [m for m in d.mods if not is_age(m) and m is not left]  # "the Leicester tight-head": "tight" is the noun's
    wanted = [_accepted(m.lower, lex.nationality_nouns) for m in mods]
    if any(not m.text.replace("-", "").isalpha() for m in mods):
        return None
    if nationality is not None:
        wanted.append(frozenset({tok.lower, *nationality}))
    before = [(s, end_i, a) for s, end_i, a in ctx.names_in_order if end_i < tok.i and ctx.named_as[a][0] == "person"]
    own = own_subjects(tok)
    if any(t.lower in PRONOUNS or any(c.lower == "the" for c in t.children) for t in own):
        return None  # "then he curled a shot past the keeper", "the top seed went down to the American"
    if _unnamed_subject_before(d):
        return None  # "Drogba almost scored but the striker ...": a subject spaCy did not name, this clause's own
    # the subjects of the sentence before are the likeliest, unless this one talks of someone else as
    # a subject of its own or with a pronoun ("his enthusiasm for the Spaniard's personality")
    topic = nationality is not None and not own and not any(t.lower in PRONOUNS for t in d.sent.tokens if t.i < tok.i)
    nearest = _nearest_persons(before, tok, ctx, topic, {t.i for t in own}, nationality is not None)
    if position:
        nearest = [a for a in nearest if not _other_role(ctx, a, tok, lex, word)]
        holders = {  # "the top seed": the one introduced as "top seed", not every seed
            a for _, _, a in before if word in _said(ctx, a, tok) and all(_said(ctx, a, tok) & w for w in wanted)
        }
        if len(holders) > 1:
            return None
        if holders:
            actor_id = holders.pop()
            if (not nearest or actor_id in nearest) and all(_said(ctx, actor_id, tok) & w for w in wanted):
                return Player(actor_id, _span(d), [ctx.intros[actor_id].words[word]])
            return None  # "centre Sonny Parker" earlier, but another player just named
        if left is not None:
            return None  # "the scrum-half's unerring left boot" after "when Lewis Moody was twice penalised": a
            # position of two parts only by its intro (actors92: 2 of 4 BBC rows by the nearest person were wrong)
    else:
        others = lex.nationality_words - wanted[-1]
        said = {a: _said(ctx, a, tok) for a in nearest}
        # "the Austrian" before: another nationality said or called
        other = {a for a in nearest if said[a] & others or _called_else(ctx, a, wanted[-1], lex)}
        nearest = [a for a in nearest if a not in other or said[a] & wanted[-1]]
    fits = [a for a in nearest if all(_said(ctx, a, tok) & w for w in wanted)]
    if len(fits) == 1:
        actor_id = fits[0]
        cue = sorted((ctx.intros[actor_id].words[w] for w in _said(ctx, actor_id, tok)), key=lambda t: t.i)
        return Player(actor_id, _span(d), cue or [tok])
    if len(wanted) > (nationality is not None) or len(nearest) != 1:
        return None  # "the Portuguese winger": a word the person was not introduced with
    if nationality is not None and any(_said(ctx, a, tok) & wanted[-1] for _, _, a in before):
        return None  # "Spaniard Carlos Ruiz beat Tom Hale ...": the Spaniard is not Hale
    sentence = next(s for s, _, a in reversed(before) if a == nearest[0])
    if nationality is not None and ctx.nationalities.get(sentence, set()) - {tok.lower}:
        return None  # "X could meet Bekele as the Ethiopian is champion. But the Moroccan ...": not Bekele
    return Player(nearest[0], _span(d), [tok])


def _accepted(word: str, nationalities: dict[str, frozenset[str]]) -> frozenset[str]:
    """The intro words that bear out a word before the descriptor: itself, or its nationality's."""
    for noun, words in nationalities.items():
        if word in words or word == noun:
            return frozenset({noun, *words})
    return frozenset({word})


def _said(ctx: ArticleContext, actor_id: str, tok: Tok) -> set[str]:
    """The intro words of a person said before `tok`."""
    intro = ctx.intros.get(actor_id)
    return {w for w, at in intro.words.items() if at.i < tok.i} if intro else set()


def _called_else(ctx: ArticleContext, actor_id: str, wanted: frozenset[str], lex: ActorsLexicon) -> bool:
    """Whether an earlier `sport-person` descriptor called the person by another nationality (`ArticleContext.called`:
    "bamboozled by the Austrian's drop shots ... said the American" is not Melzer). The nations of Britain do not
    exclude one another (`british_nouns`: "the Briton" may be "the Scot")."""
    british = bool(wanted & lex.british_nouns)
    return any(n not in wanted and not (british and n in lex.british_nouns) for n in ctx.called.get(actor_id, ()))


def _other_role(ctx: ArticleContext, actor_id: str, tok: Tok, lex: ActorsLexicon, word: str) -> bool:
    """Whether the article introduced the person with a noun that is no player's or another position than `word`."""
    intro = ctx.intros.get(actor_id)
    if intro is None:
        return False
    nouns = {w for w in intro.nouns if intro.words[w].i < tok.i}
    return bool(nouns - lex.player_nouns - lex.nationality_words) or bool(nouns & lex.player_positions - {word})


def _the_before(sent: Sent, first: Tok) -> bool:
    """Whether "the" stands before a word of two parts, over capitalised words ("the Gloucester fly-half": the parser
    may hang "the" on "Gloucester")."""
    for t in reversed([t for t in sent.tokens if t.i < first.i]):
        if t.lower == "the":
            return True
        if not t.text[:1].isupper():
            return False
    return False


def position_word(d: Described) -> tuple[str, Tok | None]:
    """The noun's word, a player's position the parser split at its hyphen whole ("the loose-head", "the Gloucester
    fly-half": "loose-head", "fly-half"; actors92), and the token of its first part (None for a word of one token)."""
    tokens, tok = d.sent.tokens, d.tok
    k = tok.i - tokens[0].i if tokens else 0  # where the token before stands when the indexes run on with no gap
    if 0 < k <= len(tokens) and tokens[k - 1].i == tok.i - 1 and tokens[k - 1].text != "-":
        return tok.lower, None  # no hyphen right before: no word of two parts (most nouns, no dictionary made; speed62)
    joined = hyphened({t.i: t for t in tokens}, tok)
    if joined is None or joined.lower() not in d.lex.player_positions:
        return tok.lower, None
    return joined.lower(), next(t for t in tokens if t.i == tok.i - 2)


def _nearest_persons(
    before: list[tuple[int, int, str]], tok: Tok, ctx: ArticleContext, subjects: bool, own: set[int], back: bool
) -> list[str]:
    """The persons with a name of more than one word named in the nearest sentence that names any
    (this one, where a person must be the subject of a clause and not of the descriptor's own, or
    one of the PLAYER_WITHIN before), in order, once each. With `back` (a nationality noun), a sentence
    whose only persons are subjects of the descriptor's own clauses leaves them out and looks further back
    ("Agassi was bamboozled by the Austrian's drop shots": Melzer, named before; not for a position: "Shanklin
    will start in the centre"). With `subjects`, only those named as
    subjects count in a sentence before when there are any, and none when "he", "she" or "I" is its
    subject ("He conceded the win, with goals from Noe Pamarot. 'It was not pretty,' the Irishman
    said.")."""
    before = [(s, end_i, a) for s, end_i, a in before if " " in ctx.named_as[a][1]]  # not "Bath" taken for a person
    said = {(s, end_i) for s, end_i, _ in ctx.subjects_in_order}
    for sentence in range(tok.sent, tok.sent - PLAYER_WITHIN - 1, -1):
        named = [(end_i, a) for s, end_i, a in before if s == sentence]
        if not named:
            continue
        if sentence == tok.sent:
            if any((sentence, end_i) not in said for end_i, _ in named):
                return []  # "X treated the Dutchman": the object is nobody named in its own sentence
            named = [(end_i, a) for end_i, a in named if end_i not in own]
            own_ids = {a for _, end_i, a in before if end_i in own}
            if back and not named and own_ids:
                before = [(s, end_i, a) for s, end_i, a in before if a not in own_ids]
                continue
        elif subjects:
            named_subjects = [(end_i, a) for end_i, a in named if (sentence, end_i) in said]
            if named_subjects or sentence in ctx.pronoun_subjects:
                named = named_subjects
        return list(dict.fromkeys(a for _, a in named))
    return []


def _unnamed_subject_before(d: Described) -> bool:
    """Whether a proper noun before the descriptor in its sentence is a subject that no name of the
    article ends at (a person spaCy did not recognise, who may be the one the descriptor means)."""
    ends = {end_i for s, end_i, _ in d.ctx.names_in_order if s == d.tok.sent}
    return any(
        t.i < d.tok.i and t.pos == "PROPN" and t.dep in {"nsubj", "nsubjpass"} and t.i not in ends
        for t in d.sent.tokens
    )


def own_subjects(tok: Tok) -> list[Tok]:
    """The subjects of the clauses a descriptor is an object in ("Safin raised his game to sink the
    Croatian", "Ferguson surprised everyone by selling the Dutchman", "Agassi was bamboozled by the
    Austrian's drop shots"): never what it refers to."""
    out: list[Tok] = []
    node = tok
    while node.head is not None and node.head.i != node.i and node.dep in OBJECT_CLIMB:
        node = node.head
        out.extend(c for c in node.children if c.dep in {"nsubj", "nsubjpass"})
    return out


def _span(d: Described) -> list[Tok]:
    """The descriptor's words: its modifiers (an age phrase whole) and its noun."""
    words = {m.i: m for m in d.mods}
    for m in d.mods:
        if is_age(m):
            words.update((t.i, t) for t in m.subtree() if t.i < d.tok.i)
    return [*(words[i] for i in sorted(words)), d.tok]


def _relative_clause_person(d: Described) -> str | None:
    """'too strong for Henman, who could not cope with his opponent's serve': the linked person a relative
    clause around the noun hangs from, whom "his" in it stands for (review17b)."""
    node = d.tok
    while node.head is not None and node.head.i != node.i and node.dep != "relcl":
        node = node.head
    named = d.linked.get(node.head.i) if node.dep == "relcl" and node.head is not None else None
    return named.actor_id if named is not None and named.actor_type == "person" else None


def opponent_of_person(d: Described) -> Referred | None:
    """'his opponent', 'her opponent's accuracy' in an article about sport (the rule `opponent-of-person`): the
    person the article has named most but the one "his" or "her" stands for (the person named last as a subject
    in this sentence or the one before), named twice at least and more often than any other, and named in a
    sentence with that one before ("Melzer beat Agassi ... Agassi, who was matched for power by his opponent's
    backhand"; not a football manager never named with the player)."""
    tok = d.tok
    if not d.ctx.sport or tok.lower not in d.lex.opponent_nouns or d.mods or d.owner is not None:
        return None
    owners = [c for c in tok.children if c.dep == "poss"]
    if len(owners) != 1 or owners[0].lower not in {"his", "her"}:
        return None
    if tok.dep == "appos" or any(c.dep in POST_MODIFIERS | {"appos"} and c.i > tok.i for c in tok.children):
        return None  # review17b: "his opponent, Tommy Robredo,", "his opponent in the final": not the one named most
    player = _relative_clause_person(d) or pronoun_person(d)
    if player is None or d.ctx.named_as.get(player, ("",))[0] != "person":
        return None
    found = most_named(d.ctx, lambda a: a != player and d.ctx.named_as[a][0] == "person", tok, 2)
    if found is None:
        return None
    together = {s for s, _, a in d.ctx.names_in_order if a == player} & {
        s for s, _, a in d.ctx.names_in_order if a == found.actor_id and s < tok.sent
    }
    if not together:
        return None  # review17b: "John Terry rose above his opponent" is no Mourinho, never named with him
    span = [owners[0], tok]
    return Referred(found.actor_id, "person", [tok], span, tok.lower, d.ctx.named_as[found.actor_id][1])
