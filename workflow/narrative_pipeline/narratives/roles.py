"""The actors a noun phrase names, read off the dependency parse through linked mentions.

`actors_of` finds them: the mention at the phrase's head, else an apposition ("his counterpart,
Ariel Sharon"), a possessive ("Mr Brown's plan"), a modifier that is a mention on a noun of agency
("Emirati drones", "Russian troops"; not "a Ukrainian journalist", "US tycoon"), the author of a
proposal put forward by someone ("a proposal put forward by Egypt"), a by-phrase ("an attempt by
Yukos") or an of-phrase ("the headquarters of the legitimate government"); conjuncts add one actor
each ("the UAE and Russia"). Each result names the rule that found it. `Context` carries what the
lookups need: the mentions by token, the word classes of the lexicon, the article's tokens.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from ..actortypes import discovered_type, type_votes
from ..claims.pronouns import first_name_genders, title_genders
from ..parsed import ParsedArticle, Tok
from ..quotes import SINGLE_CLOSING, SINGLE_OPENING, QuoteScan, scan
from ..records import ClaimRecord, MentionRecord
from ..syntax import child, is_main_verb, is_passive, lemma, prep_object, span_tokens
from .lexicon import GenderWords, OwnedNouns, PloverLexicon

MODIFIERS = {"amod", "compound", "nmod", "npadvmod"}
MAX_DEPTH = 4


@dataclass(frozen=True)
class Context:
    """What actor lookups need: linked mentions by token; the nouns whose of-phrase names another
    party than the noun's referent ("victims of X", "critics of X"); the nouns through which a
    modifier names an actor; proposal nouns; pronouns; the article's tokens by index."""

    index: dict[int, MentionRecord]
    other_party_nouns: frozenset[str] = frozenset()
    agency_nouns: frozenset[str] = frozenset()
    described_nouns: frozenset[str] = frozenset()
    demonym_types: frozenset[str] = frozenset()
    proposal_nouns: frozenset[str] = frozenset()
    governing_preps: frozenset[str] = frozenset()
    pronouns: dict[str, str] = field(default_factory=dict)
    tokens: dict[int, Tok] = field(default_factory=dict)
    mention_types: dict[str, str] = field(default_factory=dict)
    kinds: dict[int, str] = field(default_factory=dict)  # token index -> actor type of the mention covering it
    doer_nouns: frozenset[str] = frozenset()  # event nouns whose of-phrase names who acts ("resignation of X")
    standing_nouns: frozenset[str] = frozenset()  # "Labour support": what voters give the actor, not its act
    receiving_verbs: frozenset[str] = frozenset()  # "received support from X": the subject gets the act
    follower_nouns: frozenset[str] = frozenset()  # "Corinthians fans", "Labour voters": not the club, the party
    member_nouns: frozenset[str] = frozenset()  # "executives at Yili": the organisation's unnamed staff
    # "could order X, to face house arrest": an infinitive after a comma is still X's, not the subject's
    object_control_verbs: frozenset[str] = frozenset()
    # "Microsoft executives said", "China's attempts hit ...": a head through which its owner acts (`acting_nouns`,
    # event nouns, proposal nouns, agency nouns)
    acting_nouns: frozenset[str] = frozenset()
    # "concluded the threat ... had", "denied the allegations": a governing verb whose subject does not do the act
    bystander_verbs: frozenset[str] = frozenset()
    # fix71: "held a meeting", "lodged an appeal", "arrived for the talks": the only verbs (and, through a governing
    # preposition other than `open_governing_preps`, the only governors) whose subject does what the noun names
    performing_verbs: frozenset[str] = frozenset()
    open_governing_preps: frozenset[str] = frozenset()
    giver_nouns: frozenset[str] = frozenset()  # "opposition from the US", "the threat of legal action from Yukos"
    # narr21: subject pronoun token -> the actor the claims step gave it as a claim's claimer phrase ("He warned
    # the BBC that ...": the person the sentence before named), with the mention of that actor before it
    claimer_pronouns: dict[int, Found] = field(default_factory=dict)
    # narr22: "Biden has seven endorsements from the progressives": the subject of a holding verb gets the act its
    # object names when the noun is one of `held_nouns`, as a receiving verb's does
    holding_verbs: frozenset[str] = frozenset()
    held_nouns: frozenset[str] = frozenset()
    # narr24: "the former Liverpool striker", "Hardie's former chief executive": a tie that has ended
    bygone_modifiers: frozenset[str] = frozenset()
    # narr26: a quoted "I" / "me" / "we" / "us" token -> the claim's speaker, or the speaker's side (`speaker_pronouns`)
    speaker_pronouns: dict[int, Found] = field(default_factory=dict)
    # narr26: an unquoted "he" / "him" / "she" / "her" token -> the one person named from the sentence before up to it
    lone_persons: dict[int, Found] = field(default_factory=dict)
    # narr29: an unquoted "it" / "they" / "them" token -> the one organisation, state or group named from the sentence
    # before up to it (`lone_bodies`)
    lone_bodies: dict[int, Found] = field(default_factory=dict)
    # fix74: a sentence wholly inside quotation marks -> the actor its claim's claimer phrase names ('"The first
    # minister should withdraw these remarks."' after "Ms Sturgeon said": Sturgeon), for a request with no frame verb
    quote_claimers: dict[int, Found] = field(default_factory=dict)
    # fix76: nouns of works whose by-phrase names their author ("a lost score by Bach"), never a patient
    authored_nouns: frozenset[str] = frozenset()
    # fix83: heads through which a passive subject's owner itself undergoes the act ("Davis's body was discovered")
    owner_self_nouns: frozenset[str] = frozenset()
    # fix83: person nouns whose from-phrase says where they come from ("a man from Camberley"), no actor of theirs
    origin_nouns: frozenset[str] = frozenset()
    # fix86: a quantity or measure of its owner ("the club's turnover", "Nissan's overheads"): no act or undergoing
    measure_nouns: frozenset[str] = frozenset()
    # fix90: an event its possessive owner undergoes ("Scholl's arrest"): the owner is no agent, nor a verb's patient
    suffered_nouns: frozenset[str] = frozenset()
    # fix90: a verb whose active object is a member or performer of the subject ("brands include X"): no patient
    listing_verbs: frozenset[str] = frozenset()
    # fix86: a person of one's kin ("Lucy's mother"; `owned_female_nouns`, `owned_male_nouns`): no patient through it
    kin_nouns: frozenset[str] = frozenset()
    # fix86: nouns of a person (`owned_*_nouns`, `descriptor_nouns`, `origin_nouns`): a he / she may stand for one
    person_nouns: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()  # fix86: "The heavy metal star said he": who speaks may be a he / she
    # fix76: the tokens inside quotation marks (`quoted_tokens`): a pronoun there is not one outside them
    quoted: frozenset[int] = frozenset()
    # fix93: nouns through which a state acts from abroad ("representatives from China", "officials from the US":
    # `state_body_nouns`, `member_nouns`, `agency_nouns`, `military_nouns`); any other noun's from-phrase naming a
    # state only says where it comes from ("a band from Northern Ireland", "teachers from Jamaica")
    envoy_nouns: frozenset[str] = frozenset()

    def get(self, i: int) -> MentionRecord | None:
        return self.index.get(i)

    def __contains__(self, i: int) -> bool:
        return i in self.index


@dataclass(frozen=True)
class Found:
    actor_id: str
    mention_id: str
    rule: str


def mention_index(article: ParsedArticle, mentions: list[MentionRecord]) -> dict[int, MentionRecord]:
    """Token index -> the linked mention covering it (mentions without an actor are left out)."""
    starts = [t.start for t in article.tokens]
    index: dict[int, MentionRecord] = {}
    for m in mentions:
        if m.actor_id is None:
            continue
        for tok in span_tokens(article.tokens, m.start, m.end, starts):
            index.setdefault(tok.i, m)
    return index


def article_context(article: ParsedArticle, mentions: list[MentionRecord], lex: PloverLexicon) -> Context:
    pronouns = {w: "person" for w in lex.person_pronouns}
    pronouns |= {w: "nonperson" for w in lex.nonperson_pronouns} | {w: "any" for w in lex.plural_pronouns}
    index = mention_index(article, mentions)
    return Context(
        index,
        lex.other_party_nouns,
        lex.agency_nouns,
        lex.described_nouns,
        lex.demonym_types,
        lex.proposal_nouns,
        lex.governing_preps,
        pronouns,
        {t.i: t for t in article.tokens},
        {m.mention_id: m.actor_type for m in index.values()},
        {i: m.actor_type for i, m in index.items()},
        lex.doer_nouns,
        lex.standing_nouns,
        lex.receiving_verbs,
        lex.follower_nouns,
        lex.member_nouns,
        lex.object_control_verbs,
        lex.acting_nouns | lex.event_nouns | lex.proposal_nouns | lex.agency_nouns,
        lex.bystander_verbs,
        holding_verbs=lex.holding_verbs,
        held_nouns=lex.held_nouns,
        bygone_modifiers=lex.bygone_modifiers,
        performing_verbs=lex.performing_verbs,
        open_governing_preps=lex.open_governing_preps,
        giver_nouns=lex.giver_nouns,
        authored_nouns=lex.authored_nouns,
        owner_self_nouns=lex.owner_self_nouns,
        origin_nouns=lex.origin_nouns,
        measure_nouns=lex.measure_nouns,
        suffered_nouns=lex.suffered_nouns,
        listing_verbs=lex.listing_verbs,
        kin_nouns=lex.owned_female_nouns | lex.owned_male_nouns,
        person_nouns=lex.owned_person_nouns
        | lex.owned_female_nouns
        | lex.owned_male_nouns
        | lex.descriptor_nouns
        | lex.origin_nouns,
        speech_verbs=lex.speech_verbs,
        envoy_nouns=lex.state_body_nouns | lex.member_nouns | lex.agency_nouns | lex.military_nouns,
    )


def article_types(mentions: list[MentionRecord]) -> dict[str, str]:
    """Each linked actor's type in one article, voted from its mentions there (all the article's, or one actor's) as
    the actors table votes from the corpus's (`actortypes.discovered_type`), not its first mention's type (review54
    finding 8; actors71): the pronoun rules read it for the claimer, `lone_persons` for every person. Not the
    corpus's vote: that would make every article's statements depend on the gathered actors table, and adding one
    article rerun every narratives shard."""
    votes = type_votes((m.actor_id, m.actor_type, m.type_rule) for m in mentions)
    return {actor_id: discovered_type(counts) for actor_id, counts in votes.items()}


def claimer_pronouns(
    article: ParsedArticle,
    mentions: list[MentionRecord],
    claims: list[ClaimRecord],
    pronouns: dict[str, str],
    by_token: dict[int, MentionRecord] | None = None,
    types: dict[str, str] | None = None,
) -> dict[int, Found]:
    """Subject pronoun token -> the actor the claims step resolved it to as a claim's claimer phrase (its
    `person_of_pronoun` reads back to earlier sentences: the sentence before's speaker or main-clause subject, a
    title's gender), with that actor's last mention before the pronoun (else its first). Only a claimer phrase that
    is the pronoun alone, an actor the pronoun fits ("he"/"she" a person, "it" any other, "they" no person alone):
    "That charge was denied by Mr Mandelson, who said ... He warned the BBC that ..." (narr21)."""
    by_start = {t.start: t for t in article.tokens}
    by_token = mention_index(article, mentions) if by_token is None else by_token
    types = article_types(mentions) if types is None else types
    linked = sorted((m for m in mentions if m.actor_id), key=lambda m: m.start)
    out: dict[int, Found] = {}
    for c in claims:
        tok = by_start.get(c.claimer_start) if c.claimer_start is not None else None
        actor = c.claimer_actor_id
        if tok is None or actor is None or tok.end != c.claimer_end or tok.pos != "PRON":
            continue
        own = [m for m in linked if m.actor_id == actor]
        kind = pronouns.get(tok.lower)
        if not own or kind is None or (kind == "person") != (types[actor] == "person"):
            continue  # "they" stands for a group, never one person: the same test as "it"
        if _rival_subject(article, tok, actor, kind, by_token):
            continue
        before = [m for m in own if m.start < tok.start]
        out[tok.i] = Found(actor, (before[-1] if before else own[0]).mention_id, "claimer-pronoun")
    return out


def quoted_tokens(article: ParsedArticle) -> frozenset[int]:
    """The tokens inside double or single quotation marks, a double quotation staying open into the next sentence of
    its paragraph ('"We will win. We are ready," he said.'); not those of a single quotation inside a double one,
    someone else's words the speaker repeats ('"This man said to me, ‘turn around so I can shoot you’"')."""
    inside: set[int] = set()
    open_quote, paragraph = False, None
    for sent in article.sents:
        if sent.record.paragraph_index != paragraph:
            open_quote, paragraph = False, sent.record.paragraph_index
        quotes = scan(sent.tokens, open_quote)
        inside |= quotes.inside - _nested(sent.tokens, quotes, open_quote)
        open_quote = quotes.open_after
    return frozenset(inside)


def _nested(tokens: list[Tok], quotes: QuoteScan, open_before: bool) -> set[int]:
    """The tokens of a single quotation opened inside a double one."""
    double, nested, out = open_before, False, set()
    for tok in tokens:
        mark = quotes.marks.get(tok.i)
        if mark is not None and tok.text in (SINGLE_OPENING, SINGLE_CLOSING):
            nested = mark == "open" and double
        elif mark is not None:
            double, nested = mark == "open", False
        elif nested:
            out.add(tok.i)
    return out


def speaker_pronouns(
    article: ParsedArticle,
    mentions: list[MentionRecord],
    claims: list[ClaimRecord],
    singular: frozenset[str],
    plural: frozenset[str],
    quoted: frozenset[int],
    speech: frozenset[str] = frozenset(),
    types: dict[str, str] | None = None,
    by_token: dict[int, MentionRecord] | None = None,
    bygone: frozenset[str] = frozenset(),
    shared: SharedWe | None = None,
) -> dict[int, Found]:
    """A first-person pronoun inside quotation marks -> who it stands for, read off the one claim whose text holds it
    (the claims step's claimer is the quotation's speaker): "I" / "me" the claimer when it is a person ('"I will not
    resign," Mr Blunkett said'); "we" / "us" the claimer when it is no person ('"We will appeal," the club said'),
    else the one body the claimer phrase names besides the person ('"We have not yet offered Matt a new contract,"
    Wasps coach Warren Gatland said': Wasps); a person's "we" with no such body is the one body the article ties the
    person to elsewhere (`speaker_sides`: '"We will win," he said' of "Labour's John Prescott"; narr32), unless that
    body is no state and the "we" is the country's or everyone's (`shared_we`: narr33), else left (the
    person's team, party, firm or family: not the person, and not known; narr26). Person or body by a vote over the
    actor's mentions in the article (`article_types`; narr28, actors71). The actor's mention is its last before the
    pronoun (else its first), as `claimer_pronouns` does. Not when the claimer only passes the words on
    (`_passes_on`: '"...," the newspaper quoted the executive as saying'; 'According to Mr Peston the prime minister
    said: "..."'; narr27)."""
    words = singular | plural
    candidates = [t for t in article.tokens if t.lower in words and t.pos == "PRON" and t.i in quoted]
    if not candidates:
        return {}
    linked = sorted((m for m in mentions if m.actor_id), key=lambda m: m.start)
    linked_starts = [m.start for m in linked]
    by_actor: dict[str, list[MentionRecord]] = {}
    for m in linked:
        by_actor.setdefault(m.actor_id, []).append(m)  # type: ignore[arg-type]
    holding_claims = _ClaimsAt(claims)
    starts = [t.start for t in article.tokens]
    passed_on: dict[str, bool] = {}
    types = article_types(mentions) if types is None else types
    sides: dict[str, set[str]] | None = None  # built once, at the first person's "we" with no body in the phrase
    watching: dict[str, bool] = {}  # claimer actor -> named as a market's or economy's watcher (narr34)
    out: dict[int, Found] = {}
    for tok in candidates:
        holding = holding_claims.at(tok.start)
        if len(holding) != 1:
            continue
        claim = holding[0]
        if claim.claimer_kind != "actor" or claim.claimer_actor_id is None or claim.claimer_start is None:
            continue
        if claim.claim_id not in passed_on:
            phrase = article.tokens[
                bisect_left(starts, claim.claimer_start) : bisect_left(starts, claim.claimer_end or 0)
            ]
            passed_on[claim.claim_id] = _passes_on(article, phrase, quoted, speech)
        if passed_on[claim.claim_id]:
            continue
        own = by_actor.get(claim.claimer_actor_id)
        if not own:
            continue
        person = types[claim.claimer_actor_id] == "person"
        if person and tok.lower in plural and shared is not None and shared.watchers:
            if claim.claimer_actor_id not in watching:
                watching[claim.claimer_actor_id] = watcher(article, own, shared.watchers)
            if watching[claim.claimer_actor_id] and market_we(tok, shared):
                continue  # an economist's "we are back to trend": the economy's, not the bank's (narr34)
        if (tok.lower in singular and person) or (tok.lower in plural and not person):
            rule = "quoted-speaker" if tok.lower in singular else "quoted-speaker-side"
            out[tok.i] = Found(claim.claimer_actor_id, _nearest_before(own, tok.start).mention_id, rule)
        elif tok.lower in plural:
            phrase_end = claim.claimer_end or 0
            in_phrase = linked[bisect_left(linked_starts, claim.claimer_start) : bisect_left(linked_starts, phrase_end)]
            side = {m.actor_id: m for m in in_phrase if m.end <= phrase_end and types[m.actor_id] != "person"}
            if len(side) == 1:
                m = next(iter(side.values()))
                out[tok.i] = Found(m.actor_id, m.mention_id, "quoted-speaker-side")  # type: ignore[arg-type]
            elif not side:
                if sides is None:
                    index = mention_index(article, mentions) if by_token is None else by_token
                    sides = speaker_sides(article, mentions, index, types, bygone)
                found = _tied_side(sides.get(claim.claimer_actor_id, set()), by_actor, tok)
                if found is not None and not (
                    shared is not None
                    and types.get(found.actor_id) not in STATE_SIDES
                    and shared_we(article, tok, quoted, shared)
                ):
                    out[tok.i] = found
    return out


def _tied_side(bodies: set[str], by_actor: dict[str, list[MentionRecord]], tok: Tok) -> Found | None:
    """The one body a person speaker is tied to (`speaker_sides`), with its last mention before the pronoun (else its
    first): what the person's quoted "we" stands for (narr32)."""
    if len(bodies) != 1:
        return None
    m = _nearest_before(by_actor[next(iter(bodies))], tok.start)
    return Found(m.actor_id, m.mention_id, "speaker-tie")  # type: ignore[arg-type]


STATE_SIDES = frozenset({"state"})  # a tie whose "we" may be the country's (not an agency typed government: Ofsted)


@dataclass(frozen=True)
class SharedWe:
    """The words that make a quoted "we" the country's or everyone's (`shared_we`)."""

    nouns: frozenset[str]  # shared_we_nouns, common nouns: "as British citizens", "the world economy"
    phrases: frozenset[str]  # shared_we_phrases, two words: "this country"
    inclusive: frozenset[str]  # inclusive_we_words: "We can all see", "all of us"
    watchers: frozenset[str] = frozenset()  # market_we_roles: "said Ross Walker, UK economist at RBS" (narr34)
    views: frozenset[str] = frozenset()  # market_we_view_verbs: the watcher's firm's own view ("we expect")


def watcher(article: ParsedArticle, own: list[MentionRecord], roles: frozenset[str]) -> bool:
    """Whether a person is named in the article by a role noun of one who watches a market or an economy from a
    firm (`market_we_roles`: "Michael Blythe, chief economist at the Commonwealth Bank of Australia", "Nationwide
    economist Alex Bannister", "analyst Ray Neidl at Calyon Securities"): a role noun in apposition with one of its
    mentions or before its name (narr34)."""
    for m in own:
        head = article.tokens[m.head_i]
        if head.dep == "appos" and head.head is not None and head.head.lower in roles:
            return True  # "an analyst at Jefferies, Nick Turner"
        if any(
            c.lower in roles and (c.dep == "appos" or (c.dep in ("compound", "nmod") and c.i < head.i))
            for c in head.children
        ):
            return True
    return False


ELLIPSIS_AUX = frozenset({"can", "could", "will", "would", "shall", "should", "may", "might", "must", "do"})


def market_we(tok: Tok, words: SharedWe) -> bool:
    """Whether a watcher's quoted "we" (`watcher`) is the market's, the economy's or everyone's, not the firm's: it
    is the subject of a verb that is no view of the firm's own (`market_we_view_verbs`: "we expect growth to fall",
    "We believe the whole airline industry ..." stay the firm's): '"That 1.5% annual growth rate is the lowest we
    have seen ..."', '"We are not getting the boost to employment ..."', '"we are back to trend"' (narr34)."""
    head = tok.head
    if tok.dep not in ("nsubj", "nsubjpass") or head is None or head is tok:
        return False
    if head.pos == "AUX" and lemma(head) in ELLIPSIS_AUX:
        return False  # "We tried to find it, but we couldn't": the verb before it, elided
    verbs = [head, *(c for c in head.children if c.dep == "acomp")]  # "We're surprised that ..."
    if head.dep == "conj" and head.head is not None:
        verbs.append(head.head)  # "We tried to find it, but we couldn't"
    return not any(lemma(v) in words.views for v in verbs)


def shared_we(article: ParsedArticle, tok: Tok, quoted: frozenset[int], words: SharedWe) -> bool:
    """Whether a quoted "we" / "us" is the country's or everyone's, not the speaker's body's: its sentence names the
    country, its citizens, its society or its economy inside quotation marks ('"... we will end up with a similarly
    schizophrenic system in this country"', '"During 2004 we profited from the fact that the world economy was
    strong"'), or the pronoun is all of its hearers ("We can all see", "we all know", "all of us"). narr33: the
    wrong rows of narr32's speaker-tie were mostly these."""
    head = tok.head
    if any(c.lower in words.inclusive for c in tok.children):
        return True  # "we all"
    if head is not None and head is not tok:
        if tok.dep in ("nsubj", "nsubjpass") and any(
            c.lower in words.inclusive and c.dep in ("advmod", "det", "dep", "appos", "nsubj") for c in head.children
        ):
            return True  # "We can all see", "we have all felt"
        if head.lower == "of" and head.head is not None and head.head.lower in words.inclusive:
            group = [c for t in (tok, head.head) for c in t.children if c.dep == "prep" and c.lower in {"in", "at"}]
            return not group  # "all of us", not "All of us in the party" (its members, review60 11)
    sent = article.sents[tok.sent].tokens
    k0 = next(k for k, t in enumerate(sent) if t.i == tok.i)
    lo, hi = k0, k0
    while lo > 0 and sent[lo - 1].i in quoted:
        lo -= 1
    while hi + 1 < len(sent) and sent[hi + 1].i in quoted:
        hi += 1
    patients = _patients_of(head) if head is not None and head is not tok else frozenset()
    for k in range(lo, hi + 1):  # the pronoun's own quoted run, not another quote of the sentence (review60 8)
        t = sent[k]
        if t.pos != "NOUN" or t.i in patients:
            continue  # not "the Six Nations"; not what the "we" acts on ("We urge citizens", review60 9)
        if t.lower in words.nouns or (k and f"{sent[k - 1].lower} {t.lower}" in words.phrases):
            return True
    return False


PATIENT_PREPS = frozenset({"for", "against", "to"})


def _patients_of(head: Tok) -> frozenset[int]:
    """The tokens a quoted "we" acts on or for through its verb: the verb's direct object, the object of a for /
    against / to phrase on it, and an owner of either ("We will cut taxes for the nation's families", "We will protect
    our country", "We will fight for a fairer society"): not the "we"'s own country (review60 8, 9)."""
    objs = [c for c in head.children if c.dep == "dobj"]
    objs += [
        g for c in head.children if c.dep == "prep" and c.lower in PATIENT_PREPS for g in c.children if g.dep == "pobj"
    ]
    return frozenset([o.i for o in objs] + [p.i for o in objs for p in o.children if p.dep == "poss"])


def _nearest_before(own: list[MentionRecord], start: int) -> MentionRecord:
    """An actor's last mention (of `own`, in text order) before `start`, else its first."""
    before = bisect_left(own, start, key=lambda m: m.start)
    return own[before - 1 if before else 0]


SIDE_TYPES = frozenset({"state", "government", "organisation", "party", "media", "company"})
SIDE_ARCS = frozenset({"compound", "nmod", "amod", "poss"})  # a role noun's or a name's owner or modifier
SIDE_PREPS = frozenset({"of", "at", "for"})  # "head of third party services at Vodafone", "a spokesman for Yukos"


def speaker_sides(
    article: ParsedArticle,
    mentions: list[MentionRecord],
    by_token: dict[int, MentionRecord],
    types: dict[str, str],
    bygone: frozenset[str] = frozenset(),
) -> dict[str, set[str]]:
    """Person actor -> the bodies (`SIDE_TYPES`) the article ties it to in a noun phrase of one of its mentions: an
    owner or modifier of the name or of a role noun on it ("Labour's John Prescott", "Chelsea boss Jose Mourinho",
    "the Ofsted chief"), a role noun in apposition and its owner, modifier or of / at / for phrase ("Tim Osborne, a
    director of Group Menatep", "Jeremy Flynn, head of third party services at Vodafone"), an of-phrase on the name
    ("David Rubin of administrators David Rubin & Partners"). Not a name in apposition ("C Paterson (Edinburgh)" of a
    team list), not through an adjective or any other phrase ("Umaga ready for Lions"), not a tie that has ended
    (`bygone`: "the former Liverpool striker"). What a person's quoted "we" may stand for (narr32)."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if not m.actor_id or types.get(m.actor_id) != "person":
            continue
        head = article.tokens[m.head_i]
        bodies = out.setdefault(m.actor_id, set())
        for tok in _side_tokens(head, bygone):
            other = by_token.get(tok.i)
            if other is not None and other.actor_id != m.actor_id and types.get(other.actor_id) in SIDE_TYPES:
                bodies.add(other.actor_id)  # type: ignore[arg-type]
    return out


def _side_tokens(head: Tok, bygone: frozenset[str]) -> list[Tok]:
    """The tokens of a person mention's noun phrase that may name its side (see `speaker_sides`)."""
    out: list[Tok] = []
    stack = [(head, 0)]
    while stack:
        tok, depth = stack.pop()
        if any(c.lower in bygone or any(c.lower.startswith(w + "-") for w in bygone) for c in tok.children):
            continue  # "the former Liverpool striker"
        for c in tok.children:
            if depth > 3:
                break
            if c.dep in SIDE_ARCS and c.i < tok.i:
                out.append(c)
                if c.pos == "NOUN" or c.dep == "compound":
                    stack.append((c, depth + 1))  # "Chelsea boss", "Wasps head coach"
            elif c.dep == "appos" and c.pos == "NOUN" and tok is head:
                stack.append((c, depth + 1))  # "Tim Osborne, a director of ..."
            elif c.dep == "prep" and c.lower in SIDE_PREPS and (tok is not head or c.lower == "of"):
                stack.extend((g, depth + 1) for g in c.children if g.dep == "pobj")
                out.extend(g for g in c.children if g.dep == "pobj")
    return out


def quote_claimers(
    article: ParsedArticle, claims: list[ClaimRecord], quoted: frozenset[int], index: Context
) -> dict[int, Found]:
    """Sentence index -> the claimer of the one claim holding a sentence whose words are all quoted, when the claims
    step gave it an actor and the claimer phrase names it (a linked mention of that actor, or a pronoun
    `claimer_pronouns` resolved to it): '"The first minister should withdraw these remarks immediately."' after
    the sentence that names the speaker (fix74)."""
    out: dict[int, Found] = {}
    if not quoted:
        return out
    holding_claims: _ClaimsAt | None = None  # the claims' index and the tokens' offsets are built only for an
    starts: list[int] = []  # article with a wholly quoted sentence (speed59)
    for k, sent in enumerate(article.sents):
        if not _wholly_quoted(sent.tokens, quoted):  # most sentences: stops at their first word (speed60)
            continue
        words = [t for t in sent.tokens if t.pos != "PUNCT"]
        if holding_claims is None:
            holding_claims, starts = _ClaimsAt(claims), [t.start for t in article.tokens]
        holding = [c for c in holding_claims.at(words[0].start) if c.end >= words[-1].end]
        claim = holding[0] if len(holding) == 1 else None
        if claim is None or claim.claimer_actor_id is None or claim.claimer_start is None:
            continue
        phrase = article.tokens[bisect_left(starts, claim.claimer_start) : bisect_left(starts, claim.claimer_end or 0)]
        for tok in phrase:
            mention = index.get(tok.i)
            found = index.claimer_pronouns.get(tok.i)
            if mention is not None and mention.actor_id == claim.claimer_actor_id:
                found = Found(mention.actor_id, mention.mention_id, "quote-claimer")
            if found is not None and found.actor_id == claim.claimer_actor_id:
                out[k] = found
                break
    return out


def _wholly_quoted(tokens: list[Tok], quoted: frozenset[int]) -> bool:
    """Whether `tokens` hold a word (not punctuation) and every word of them is in `quoted`; read up to the first
    word outside it (`quote_claimers`)."""
    seen = False
    for t in tokens:
        if t.pos != "PUNCT":
            if t.i not in quoted:
                return False
            seen = True
    return seen


class _ClaimsAt:
    """The claims that hold an offset, by a bisect over the claims sorted by start and a running furthest end (claims
    may nest or overlap): per lookup the claims starting at or before the offset are read back only as far as one
    may still reach it, not every claim of the article (review54 9; narr28)."""

    def __init__(self, claims: list[ClaimRecord]) -> None:
        self.claims = sorted(claims, key=lambda c: c.start)
        self.starts = [c.start for c in self.claims]
        self.reach: list[int] = []
        for c in self.claims:
            self.reach.append(max(c.end, self.reach[-1]) if self.reach else c.end)

    def at(self, offset: int) -> list[ClaimRecord]:
        out = []
        k = bisect_left(self.starts, offset + 1) - 1
        while k >= 0 and self.reach[k] > offset:
            if self.claims[k].end > offset:
                out.append(self.claims[k])
            k -= 1
        return out


def _passes_on(article: ParsedArticle, tokens: list[Tok], quoted: frozenset[int], speech: frozenset[str]) -> bool:
    """Whether the claimer phrase names who passes the quotation on, not who said it: the subject of "quote" ('"...,"
    the newspaper quoted the executive as saying'), or the object of "according to" in a sentence whose speech verb
    (`speech_verbs`) outside quotation marks has a subject of its own ('According to Mr Peston the prime minister
    said: "..."'); narr27. `tokens`: the claimer phrase's."""
    heads = [t for t in tokens if t.head is None or t.head is t or t.head not in tokens]
    if len(heads) != 1:
        return False
    head = heads[0]
    if head.dep == "nsubj" and head.head is not None and lemma(head.head) == "quote":
        return True
    to = head.head if head.dep == "pobj" else None
    if to is None or to.lower != "to" or to.head is None or to.head.lower != "according":
        return False
    sent = article.sents[head.sent]
    return any(lemma(t) in speech and t.i not in quoted and child(t, "nsubj") not in (None, head) for t in sent.tokens)


NO_OWNED_NOUNS = OwnedNouns()


def lone_persons(
    article: ParsedArticle,
    mentions: list[MentionRecord],
    words: frozenset[str],
    quoted: frozenset[int],
    gender_words: GenderWords | None = None,
    owned: OwnedNouns = NO_OWNED_NOUNS,
    by_token: dict[int, MentionRecord] | None = None,
    types: dict[str, str] | None = None,
    light_verbs: frozenset[str] = frozenset(),
    earlier: dict[int, Found] | None = None,
    person_nouns: frozenset[str] = frozenset(),
    new_persons: NewPersonWords | None = None,
) -> dict[int, Found]:
    """An unquoted person pronoun (`lone_person_pronouns`) -> the one person linked mentions name from the start of
    the sentence before up to the pronoun, when that person is named there as a clause's subject or its owner ("Lord
    Callaghan ... was the longest living former British PM in history. He entered Downing Street in 1976": Callaghan;
    "Cruyff has admitted he has been impressed"; "Dion's Instagram account still received ... she received"), with its
    last mention there. Not when another person is named there (which one is not known), nor when the one person is
    only an object or modifier there ("the flexibility he provides head coach Nick Nurse. He opened the game": the
    player named before), nor when it is the subject of the pronoun's own clause ("George is upset and scolds her"),
    nor, for an object, when that subject is a person pronoun ("he and his entourage drugged and raped her"), nor inside
    quotation marks, where the speaker talks of someone else ('"He was being swept away," Morquendi's message read').
    Not when an unnamed person (`person_nouns` with "a" / "an" / "another", no mention's) is a clause's subject
    between the person's last mention there and the pronoun ("Climate change was an issue the prime minister wanted to
    progress, said a spokesman. But he played down reports ...": the spokesman, not Blair; fix90, narr26's left).
    Not when the article gives the person the other gender (`gender_words`: a title before one of its mentions, "Mrs
    Thatcher", else a common first name opening one, "Janet Jackson ... he": narr27). Not through the
    owner of a person someone has (`owned`, singular: "Mr Blair's spokesman briefed reporters. He attacked ...": the
    spokesman may be "he"; narr28) when that person may be the pronoun: a noun of either gender or of the pronoun's
    ("Margaret Thatcher's husband died in 2003. She was at his bedside": Thatcher; narr31). An object pronoun is not
    the subject who does the act of its subjectless clause (`_controls`: "Berhanu made efforts to overtake him";
    fix73). A subject pronoun whose window names no person carries on the person a subject pronoun of the same word
    in the sentence before stood for (`_carried`: "He told MPs: ... He accepted the ruling"), by this rule or by the
    claims step's (`earlier`, `claimer_pronouns`); one whose window names persons only in the sentence before is that
    sentence's main subject when it is the one person named there as a subject (`_topic`: "Mr Calder is the man
    behind acts including Britney Spears. He made his fortune"; fix76)."""
    pronouns = [t for t in article.tokens if t.lower in words and t.pos == "PRON" and t.i not in quoted]
    if not pronouns:
        return {}
    earlier = {} if earlier is None else earlier
    types = article_types(mentions) if types is None else types
    persons = sorted((m for m in mentions if m.actor_id and types[m.actor_id] == "person"), key=lambda m: m.start)
    starts = [m.start for m in persons]
    by_token = mention_index(article, mentions) if by_token is None else by_token
    genders: dict[str, str] = {}
    if gender_words is not None:  # a title wins over a first name, as in the claims step
        genders = first_name_genders(article, mentions, gender_words) | title_genders(article, mentions, gender_words)
    out: dict[int, Found] = {}
    for tok in pronouns:
        heard = gender_words.pronoun_gender(tok.lower) if gender_words is not None else None
        whole = _window(article, persons, starts, tok)
        window = whole
        other = _other_than_subject(tok, whole, by_token) if len({m.actor_id for m in whole}) == 2 else []
        if other:  # "Mr Ebbers ..., telling him to", "Mr Blair told him to": the other of two persons (fix83)
            window = other
        elif len({m.actor_id for m in window}) > 1:
            window = _own_sentence(article, window, tok)  # the nearer sentence's one person (narr37)
            if not window:  # the sentence before's main subject, the one person named there as a subject (fix76)
                window = _topic(article, whole, tok, genders.get, heard)
        elif not window:  # the person a pronoun of the sentence before stood for, carried on (fix76)
            carried = _carried(article, tok, out | earlier)
            if carried is not None:
                out[tok.i] = Found(carried.actor_id, carried.mention_id, "carried-person")
            continue
        if not window or len({m.actor_id for m in window}) != 1:
            continue
        actor = window[0].actor_id
        blocking = owned.blocking(heard)
        if not any(_named_as_subject(article.tokens[m.head_i], blocking) for m in window):
            continue
        said = genders.get(actor or "")
        if said is not None and heard is not None and said != heard:
            continue  # "Mrs Smith ... he": someone else
        if _own_clause_taken(_own_subject(tok), actor, words, by_token) or _controls(tok, actor, light_verbs, by_token):
            continue
        if _unnamed_person_between(article, window[-1], tok, person_nouns, by_token):
            continue
        if new_persons is not None and _definite_person_after(
            article, window[-1], tok, new_persons, persons, by_token, quoted
        ):
            continue
        out[tok.i] = Found(actor, window[-1].mention_id, "lone-person")  # type: ignore[arg-type]
    return out


UNNAMED_DETERMINERS = frozenset({"a", "an", "another"})


def _unnamed_person_between(
    article: ParsedArticle,
    last: MentionRecord,
    tok: Tok,
    person_nouns: frozenset[str],
    by_token: dict[int, MentionRecord],
) -> bool:
    """Whether a clause's subject between a person's last mention and a pronoun is an unnamed person no mention links
    (a noun of `person_nouns` after "a" / "an" / "another"): "..., said a spokesman. But he played down reports Mr
    Blair was ...": the spokesman may be "he" (fix90)."""
    for t in article.tokens[last.head_i + 1 : tok.i]:
        if t.dep not in PRONOUN_SUBJECTS or t.pos != "NOUN" or t.tag != "NN" or t.i in by_token:
            continue
        if any(w in person_nouns for w in head_words(t)) and any(
            c.dep == "det" and c.lower in UNNAMED_DETERMINERS for c in t.children
        ):
            return True
    return False


AGE_WORDS = frozenset({"young", "teenage", "teenaged", "elderly", "veteran"})
PERSON_WORD_ENDINGS = ("er", "or", "ist", "ian", "ant", "man", "woman", "ster")  # `PERSON_ENDINGS` and more
GROUP_NOUNS = frozenset({"couple", "family", "people"})  # of `origin_nouns`: more than one person


@dataclass(frozen=True)
class NewPersonWords:
    """The nouns by which `_definite_person_after` knows a definite noun phrase of a person: `others`, of a person
    beside the one named (a spokesman, a lawyer, a man, a mother: someone's, or from somewhere; the owned-person, kin
    and origin nouns), and `roles`, of a role the named person may hold too (a striker, a singer: the descriptor
    nouns)."""

    others: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()


def _definite_person_after(
    article: ParsedArticle,
    last: MentionRecord,
    tok: Tok,
    words: NewPersonWords,
    persons: list[MentionRecord],
    by_token: dict[int, MentionRecord],
    quoted: frozenset[int] = frozenset(),
) -> bool:
    """Whether a definite noun phrase of one person no mention links is a clause's subject after the antecedent's last
    mention in that mention's own sentence, before the pronoun, and so may be the pronoun's: a singular noun after
    "the", with no conjunct ("the man, and an American official": two), outside quotation marks and not set after the
    mention by a comma (an apposition the parser read as a subject: "Mirza, the first Indian woman to win ...").
    A noun of a person beside the one named (`NewPersonWords.others`) always blocks: "'He believes ... Tony Blair
    should not be criticised,' the spokesman said. He added that ...": the spokesman; "Mr Kilroy-Silk said the man,
    who later disappeared, claimed he was ...": the man. A role noun (`NewPersonWords.roles`, or a person's ending with
    an adjective of age or nationality before it) blocks when that sentence names another person, whom it may
    describe: "Arsene Wenger introduced Quincy Owusu-Abeyie for the ineffective Lupoli at half-time, and the pacy Dutch
    youngster had an immediate impact. He ran clear" (the youngster, not Wenger); not "Recent speculation has linked
    Owen with a move back to England, but the England striker said he is not ready" (Owen). A description opening a
    later sentence is often the antecedent itself ("Maloney replaced the injured Sutton ... The young striker fired a
    free kick ... as he collected the rebound": Maloney) and does not block; nor does a noun whose own clause has the
    pronoun as object ("when the tricky winger embarrassed him": the other person). fix93, fix90's left."""
    sent = article.tokens[last.head_i].sent
    own = None if tok.dep in PRONOUN_SUBJECTS else _clause_subject(tok)
    for t in article.tokens[last.head_i + 1 : tok.i]:
        if t.sent != sent:
            break
        if t.dep not in PRONOUN_SUBJECTS or t.pos != "NOUN" or t.tag != "NN" or t is own or t.i in quoted:
            continue
        if t.i in by_token:
            continue
        if not any(c.dep == "det" and c.lower == "the" for c in t.children) or any(c.dep == "conj" for c in t.children):
            continue
        if _set_off(article, t, last):
            continue
        forms = head_words(t)
        if any(w in words.others for w in forms) and not any(w in GROUP_NOUNS for w in forms):
            return True
        role = any(w in words.roles for w in forms) or (
            lemma(t).endswith(PERSON_WORD_ENDINGS) and any(_age_or_origin(c) for c in t.children if c.i < t.i)
        )
        if role and any(article.tokens[m.head_i].sent == sent and m.actor_id != last.actor_id for m in persons):
            return True
    return False


def _set_off(article: ParsedArticle, noun: Tok, last: MentionRecord) -> bool:
    """Whether a noun phrase follows the antecedent's mention after a comma: an apposition of the person named."""
    first = min(t.i for t in noun.subtree())
    return (
        first >= 2
        and article.tokens[first - 1].text == ","
        and article.tokens[first - 2].end <= last.end
        and (article.tokens[first - 2].start >= last.start)
    )


def _age_or_origin(modifier: Tok) -> bool:
    """Whether a modifier says a person's age or nationality: "young", "teenage", "17-year-old", "Dutch"."""
    if modifier.dep not in ("amod", "compound", "nmod"):
        return False
    words = modifier.subtree()
    return (
        any(t.lower in AGE_WORDS for t in words)
        or "year-old" in "".join(t.lower for t in words)
        or (modifier.ent_type == "NORP" and modifier.pos in ("ADJ", "PROPN"))
    )


def _other_than_subject(
    tok: Tok, window: list[MentionRecord], by_token: dict[int, MentionRecord]
) -> list[MentionRecord]:
    """The mentions of a window naming two persons that are not the one who acts in an object pronoun's own clause
    (its subject, or for a participle with none, the subject of the clause it hangs on): an object "him" / "her" is
    not its own clause's subject, so it is the other person ("Scott Sullivan has said that Mr Ebbers ordered
    accounting adjustments, telling him to 'hit our books'": Sullivan; fix83, fix80's left told pronoun). None for a
    subject pronoun or when the clause's doer is neither person."""
    if tok.dep not in OBJECT_ARCS or tok.head is None:
        return []
    verb = tok.head
    subject = _clause_subject(tok)
    if subject is None and verb.dep == "advcl" and verb.tag == "VBG" and verb.head is not None:
        subject = child(verb.head, "nsubj")  # "Mr Ebbers ordered adjustments, telling him to"
    doer = by_token.get(subject.i) if subject is not None else None
    if doer is None or doer.actor_id not in {m.actor_id for m in window}:
        return []
    return [m for m in window if m.actor_id != doer.actor_id]


def _window(article: ParsedArticle, linked: list[MentionRecord], starts: list[int], tok: Tok) -> list[MentionRecord]:
    """The mentions of `linked` (sorted by offset; `starts` their offsets) from the start of the sentence before a
    pronoun up to it: where `lone_persons` and `lone_bodies` look for its one antecedent."""
    sent = article.sents[max(tok.sent - 1, 0)]
    first = sent.tokens[0].start if sent.tokens else tok.start
    return linked[bisect_left(starts, first) : bisect_left(starts, tok.start)]


PRONOUN_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _carried(article: ParsedArticle, tok: Tok, resolved: dict[int, Found]) -> Found | None:
    """The person an unquoted subject pronoun of the same word in the sentence before stands for (`resolved`), when
    every such pronoun there stands for the same one: "He told MPs: 'There remains a public emergency.' He accepted
    the law lords' ruling" (the first "He" resolved, the second's window naming no person). Only for a subject
    pronoun; none when the sentence before has no such pronoun or it stood for nobody known (fix76)."""
    if tok.dep not in PRONOUN_SUBJECTS or tok.sent == 0:
        return None
    before = [
        resolved.get(t.i)
        for t in article.sents[tok.sent - 1].tokens
        if t.lower == tok.lower and t.pos == "PRON" and t.dep in PRONOUN_SUBJECTS
    ]
    actors = {f.actor_id if f is not None else None for f in before}
    if len(actors) != 1 or None in actors:
        return None
    return before[-1]


def _topic(
    article: ParsedArticle, window: list[MentionRecord], tok: Tok, said: Callable[[str], str | None], heard: str | None
) -> list[MentionRecord]:
    """The mentions of a window (the sentence before a subject pronoun, its own naming no person before it) of the
    sentence before's main subject, when that is the one person the window names as a clause's subject and the
    article gives it no other gender: "Gen Musharraf held talks with Tony Blair on Monday. He arrived in Britain";
    not "James Hardy said Mr Brown would draw dividing lines. He would contrast ..." (two subjects). fix76."""
    if tok.dep not in PRONOUN_SUBJECTS or tok.sent == 0:
        return []
    root = next((t for t in article.sents[tok.sent - 1].tokens if t.dep == "ROOT"), None)
    subject = child(root, "nsubj", "nsubjpass") if root is not None else None
    subjects = {m.actor_id for m in window if _named_as_subject(article.tokens[m.head_i])}
    topic = [m for m in window if subject is not None and m.head_i == subject.i]
    if not topic or subjects != {topic[0].actor_id}:
        return []
    gender = said(topic[0].actor_id or "")
    if gender is not None and heard is not None and gender != heard:
        return []
    return [m for m in window if m.actor_id == topic[0].actor_id]


def _own_sentence(article: ParsedArticle, window: list[MentionRecord], tok: Tok) -> list[MentionRecord]:
    """The mentions of a window in the pronoun's own sentence: when the sentence before names another person, the one
    person the pronoun's own sentence names before it is the nearer ("Ioannidis also said ... The lawyer added that
    he has proof the authorities knew Kenteris was in Germany at the time he was alleged to have missed a test":
    Kenteris, whom the lawyer's being linked had lost; narr37, the session 55 lead's README example)."""
    sent = article.sents[tok.sent]
    first = sent.tokens[0].start if sent.tokens else tok.start
    return [m for m in window if m.start >= first]


def _own_subject(tok: Tok) -> Tok | None:
    """An object pronoun's own clause's subject (`_clause_subject`); none for a subject pronoun."""
    return None if tok.dep in ("nsubj", "nsubjpass") else _clause_subject(tok)


def _own_clause_taken(
    own: Tok | None, actor: str | None, words: frozenset[str], by_token: dict[int, MentionRecord]
) -> bool:
    """Whether an object pronoun's own clause's subject is the antecedent itself or a pronoun of the same rule ("George
    is upset and scolds her", "they will battle it out"): the object is someone or something else."""
    if own is None:
        return False
    return own.lower in words or ((m := by_token.get(own.i)) is not None and m.actor_id == actor)


OBJECT_ARCS = frozenset({"dobj", "dative"})


def _controls(tok: Tok, actor: str | None, light_verbs: frozenset[str], by_token: dict[int, MentionRecord]) -> bool:
    """Whether the antecedent is the subject, or a subject's conjunct, that does the act of the subjectless clause an
    object pronoun is in: "him" is not the one who acts ("Gebremariam and Berhanu made efforts to overtake him",
    "Kilgore talked about the song without crediting her", "X tried to sign him": another person). The subject is
    reached through an infinitive of a verb with no object of its own (not "persuaded Y to sign him"), a clause of a
    preposition ("without crediting") and an infinitive on the object of one of `light_verbs` ("made efforts to"; not
    "welcomed the decision to free him"); not through an adverbial clause, whose doer may be the event ("Dallaglio led
    by example, leaving him as one of the few", "only for the post to deny him"). fix73, narr37's left rows."""
    if tok.dep not in OBJECT_ARCS or tok.head is None:
        return False
    verb: Tok | None = tok.head
    for _ in range(MAX_DEPTH):
        if verb is None or verb.head is None or verb.head is verb or child(verb, "nsubj", "nsubjpass") is not None:
            break
        up = verb.head
        above = up.head if up.head is not None and up.head is not up else None
        if verb.dep == "xcomp" and child(up, "dobj", "dative") is None:
            verb = up
        elif above is not None and (
            (verb.dep == "pcomp" and up.dep == "prep" and above.pos in ("VERB", "AUX"))  # "without crediting"
            or (verb.dep == "acl" and up.dep == "dobj" and lemma(above) in light_verbs)  # "made efforts to"
        ):
            verb = above
        else:
            return False
    else:
        return False
    if verb is None or verb is tok.head:
        return False
    subject = child(verb, "nsubj")
    doers = [subject, *(c for c in subject.children if c.dep == "conj")] if subject is not None else []
    return any((m := by_token.get(t.i)) is not None and m.actor_id == actor for t in doers)


def lone_bodies(
    article: ParsedArticle,
    mentions: list[MentionRecord],
    words: frozenset[str],
    quoted: frozenset[int],
    dummy_verbs: frozenset[str] = frozenset(),
    work_verbs: frozenset[str] = frozenset(),
    by_token: dict[int, MentionRecord] | None = None,
    speech_verbs: frozenset[str] = frozenset(),
    types: dict[str, str] | None = None,
) -> dict[int, Found]:
    """An unquoted "it" / "they" / "them" (`lone_body_pronouns`) -> the one body linked mentions name from the start of
    the sentence before up to the pronoun, when it is named there as a clause's subject or its owner ("EMI said music
    sales will fall ... It blamed poor sales": EMI; "Victory over England ... what Wales might achieve ... But they
    now face three away fixtures": Wales), with its last mention there. A body is an actor of `BODY_TYPES` for "it",
    of `GROUP_TYPES` for "they" / "them" (a party, a club or team, a group: "the Conservatives ... said they would",
    not a company's "they", mostly its staff or its kind: "Jet's IPO ... Indian companies ... as they move"). Not
    when another actor that is no person is named there (which one is not known), nor when the body is named as a
    subject only inside quotation marks, nor, for "they" / "them", when a person is named there as a subject ("Blair
    and Brown ... they"); not after a common noun no mention links as a subject there (the thing may be meant: "The
    current agreement does not follow the advice ... it does not consider", `_thing_subject`);
    not a dummy "it" ("It emerged that", "it is estimated that": `dummy_verbs`, or a passive with a clause of its
    own); not the passive subject of a verb whose undergoer is a work (`work_verbs`: "It was first performed on
    Broadway", "since it was released in 2003"); not an object whose own clause's subject is the body or such a
    pronoun ("they will battle it out"); not inside quotation marks (narr29). narr30 (review55): not a dummy "it" known
    by its structure (`_dummy_it`: "It helps that", "It makes sense for investors to wait", "made it clear that", a
    weather verb of `dummy_verbs`; narr31: a that-clause makes no dummy of a verb of speech or cognition,
    `speech_verbs`, the claims lexicon's `PloverLexicon.that_clause_verbs`: "It warned that"); not an "it" in the
    sentence of a "they" / "them" given the same body, or the reverse ("Labour ... They hope it will win votes"). The
    cheap tests come first; `by_token` is the article's mention index (`Context.index`)."""
    pronouns = [t for t in article.tokens if t.lower in words and t.pos == "PRON" and t.i not in quoted]
    if not pronouns:
        return {}
    linked = sorted((m for m in mentions if m.actor_id), key=lambda m: m.start)
    starts = [m.start for m in linked]
    by_token = mention_index(article, mentions) if by_token is None else by_token
    types = (
        article_types(mentions) if types is None else types
    )  # the article's vote, as lone_persons reads (review56 4)
    out: dict[int, Found] = {}
    taken: list[Tok] = []
    for tok in pronouns:
        it = tok.lower == "it"
        if it and _dummy_it(tok, dummy_verbs, speech_verbs):
            continue
        if tok.dep == "nsubjpass" and tok.head is not None and lemma(tok.head) in work_verbs:
            continue  # "It was first performed on Broadway in 1966": a work, not a body
        window = _window(article, linked, starts, tok)
        bodies = [m for m in window if types[m.actor_id or ""] != "person"]
        if not bodies or len({m.actor_id for m in bodies}) != 1:
            continue
        if types[bodies[0].actor_id or ""] not in (BODY_TYPES if it else GROUP_TYPES):
            continue
        actor = bodies[0].actor_id or ""
        if any(p.sent == tok.sent and (p.lower == "it") != it and out[p.i].actor_id == actor for p in taken):
            continue  # "They hope it will win votes": "it" and "they" of one sentence are not one body
        own = _own_subject(tok)
        if _own_clause_taken(own, actor, words, by_token):
            continue
        heads = [article.tokens[m.head_i] for m in bodies if m.head_i not in quoted]
        if not any(_named_as_subject(h) for h in heads):
            continue  # a body named as a subject in someone's quoted words is not the author's topic
        persons = [article.tokens[m.head_i] for m in window if types[m.actor_id or ""] == "person"]
        if not it and any(_named_as_subject(h) for h in persons):
            continue  # "Blair and Brown ... they": the persons may be meant
        span = [t for s in article.sents[max(tok.sent - 1, 0) : tok.sent + 1] for t in s.tokens if t.i < tok.i]
        if any(t is not own and _thing_subject(t, actor, by_token, t.sent == tok.sent) for t in span):
            continue
        out[tok.i] = Found(actor, bodies[-1].mention_id, "lone-body")
        taken.append(tok)
    return out


BODY_TYPES = frozenset({"state", "government", "armed_group", "organisation", "party", "media", "company"})
GROUP_TYPES = frozenset({"armed_group", "organisation", "party", "group"})


def _thing_subject(tok: Tok, actor: str, by_token: dict[int, MentionRecord], own_sentence: bool = False) -> bool:
    """A common noun no mention links as the subject of a clause, which an "it" / "they" after it may stand for:
    `_unnamed_subject`, also when the body owns the noun ("Brazil's biggest city is a sprawling metropolis. Once it
    shared ...", "The government's response to the plan ... Some are worried it could be scuppered"), and in the
    pronoun's own sentence also in a clause the body reports ("Clearswift said this tactic was designed to help the
    virus spread and avoid attempts to shut it down"; in the sentence before, "EMI said music sales will fall. It
    blamed ..." is EMI; narr29)."""
    if tok.dep not in ("nsubj", "nsubjpass") or tok.pos != "NOUN" or by_token.get(tok.i) is not None:
        return False
    governors = tok.ancestors()
    if any(g.dep in ("relcl", "acl") for g in governors):
        return False
    said_by = [by_token.get(c.i) for g in governors for c in g.children if c.dep in ("nsubj", "nsubjpass")]
    return own_sentence or not any(m is not None and m.actor_id == actor for m in said_by)


SMALL_CLAUSE_VERBS = frozenset({"make", "find", "consider", "keep", "deem", "think", "leave", "render"})


def _dummy_it(tok: Tok, dummy_verbs: frozenset[str], speech_verbs: frozenset[str] = frozenset()) -> bool:
    """Whether an "it" is a dummy: the subject of a verb of `dummy_verbs` ("It emerged that", "it is time", "it means",
    "It rained"), of a passive with a clause of its own ("It is estimated that 53% of ...", "it is hoped the change
    will"), of a verb with a clausal subject, a "for X to" clause ("It makes sense for investors to wait"), or a
    that-clause and no object when the verb is no verb of speech or cognition (`speech_verbs`: "It helps that its rivals
    are struggling"; "It said that", "It warned that", "It believes that" are the body's: narr31); the "it" of a small
    clause ("made it clear that", "found it difficult to"; narr30)."""
    verb = tok.head
    if verb is None:
        return False
    if tok.dep in ("nsubj", "dobj") and verb.pos == "ADJ" and verb.dep in ("ccomp", "xcomp", "oprd", "acomp"):
        return verb.head is not None and lemma(verb.head) in SMALL_CLAUSE_VERBS  # "made it clear that"
    if tok.dep == "dobj" and lemma(verb) in SMALL_CLAUSE_VERBS:
        return any(c.pos == "ADJ" and c.dep in ("ccomp", "xcomp", "oprd", "acomp") for c in verb.children)
    if tok.dep not in ("nsubj", "nsubjpass"):
        return False
    if lemma(verb) in dummy_verbs:
        return True
    if tok.dep == "nsubjpass":
        return any(c.dep in ("ccomp", "xcomp") for c in verb.children)
    clauses = [c for c in verb.children if c.dep in ("ccomp", "xcomp", "advcl", "csubj")]
    marks = {g.lower for c in clauses for g in c.children if g.dep == "mark"}
    if any(c.dep == "csubj" for c in clauses) or "for" in marks:
        return True  # "It makes sense for investors to wait"
    has_object = any(c.dep in ("dobj", "dative") for c in verb.children)
    return "that" in marks and not has_object and lemma(verb) not in speech_verbs  # "It helps that"


SUBJECT_ARCS = frozenset({"flat", "appos", "conj", "poss"})


def _named_as_subject(head: Tok, owned: frozenset[str] = frozenset()) -> bool:
    """Whether a mention's head is a clause's subject, or a name or owner in one ("Dion's Instagram account"); not a
    name that only modifies a common noun ("One Sanders organizer was just 16 years old": not Sanders), nor the owner
    of a person someone has (`owned`, singular: "Mr Blair's spokesman"; narr28)."""
    while head.head is not None and head.head is not head:
        if head.dep == "poss" and head.head.tag == "NN" and lemma(head.head) in owned:
            return False
        if head.dep in SUBJECT_ARCS or (head.dep == "compound" and head.head.pos == "PROPN"):
            head = head.head
        else:
            break
    return head.dep in ("nsubj", "nsubjpass")


def _clause_subject(tok: Tok) -> Tok | None:
    """The subject of the clause an object pronoun is in, a conjoined verb's taken from the verb it is conjoined to
    ("George is upset at being seen helpless and scolds her": George); not that of a clause above it ("Mr Griffiths is
    expecting the outcome of his appeal against the decision to extradite him")."""
    verb = tok.head.head if tok.dep == "pobj" and tok.head is not None else tok.head
    for _ in range(MAX_DEPTH):
        if verb is None:
            return None
        subject = child(verb, "nsubj", "nsubjpass")
        if subject is not None or verb.dep not in ("conj", "acomp") or verb.head is verb:
            return subject
        verb = verb.head
    return None


def _rival_subject(
    article: ParsedArticle, pronoun: Tok, actor: str, kind: str, by_token: dict[int, MentionRecord]
) -> bool:
    """Whether another actor the pronoun fits is the subject or by-agent of a clause in the sentence before or in its
    own sentence before it, outside quotation marks: "BBC correspondent James Hardy said Mr Brown would draw ... He
    would contrast ...": "He" may be Brown, whom the claims step, reading the speaker, does not consider (narr21); for
    an "it" / "they", also a common noun no mention links as a subject in the sentence before (`_unnamed_subject`)."""
    sents = article.sents[max(pronoun.sent - 1, 0) : pronoun.sent + 1]
    for sent in sents:
        quoted = scan(sent.tokens).inside
        for t in sent.tokens:
            if t.i >= pronoun.i or t.i in quoted:
                continue
            by_agent = t.dep == "pobj" and t.head is not None and t.head.dep == "agent"
            m = by_token.get(t.i) if t.dep in ("nsubj", "nsubjpass") or by_agent else None
            if m is not None and m.actor_id != actor and (kind == "person") == (m.actor_type == "person"):
                return True
            if kind != "person" and t.sent < pronoun.sent and _unnamed_subject(t, actor, by_token):
                return True
    return False


def _unnamed_subject(tok: Tok, actor: str, by_token: dict[int, MentionRecord]) -> bool:
    """A common noun no mention links as the subject of a clause ("The survey also looked at issues of nationality.
    It found ...", "the Kok report recommends ... It also recommends ...", "The Russian government's argument ... was
    that Yukos owed ... It accused the firm"): an "it" / "they" after it may be that thing, not the actor the claims
    step read the pronoun back to (review50: 3 of m49's 8 such "it" agents wrong, all after one). Not a noun of the
    actor's own ("a Toshiba study found. It found ..."), nor one of a relative clause ("places where wi-fi access is
    available"), nor of a clause the actor's verb governs ("The Liberal Democrats said the schools had failed. It
    criticised ...")."""
    if tok.dep not in ("nsubj", "nsubjpass") or tok.pos != "NOUN" or by_token.get(tok.i) is not None:
        return False
    owners = [by_token.get(c.i) for c in tok.children if c.dep in ("compound", "poss")]
    if any(m is not None and m.actor_id == actor for m in owners):
        return False
    governors = tok.ancestors()
    if any(g.dep in ("relcl", "acl") for g in governors):
        return False  # a relative clause's ("its hotspots - places where wi-fi access is available")
    # not in a clause the actor reports ("X said the schools had failed")
    said_by = [by_token.get(c.i) for g in governors for c in g.children if c.dep in ("nsubj", "nsubjpass")]
    return not any(m is not None and m.actor_id == actor for m in said_by)


def dedupe(found: list[Found]) -> list[Found]:
    seen: set[str] = set()
    out = []
    for f in found:
        if f.actor_id not in seen:
            seen.add(f.actor_id)
            out.append(f)
    return out


def relabel(found: list[Found], rule: str) -> list[Found]:
    return [Found(f.actor_id, f.mention_id, rule) for f in found]


def actors_of(tok: Tok, index: Context, rule: str, depth: int = 0, acting: bool = False) -> list[Found]:
    """Actors the noun phrase headed by tok names (one per conjunct), each with the rule given. `acting`: the
    phrase is a verb's agent, so a head that is no mention names an actor only through `acts_through`."""
    if depth > MAX_DEPTH:
        return []
    if tok.pos == "PRON":  # a quoted "I", "we" stands for its speaker (narr26); any other pronoun names no one here
        found = index.speaker_pronouns.get(tok.i)
        if found is None and tok.dep != "poss":  # "her plan" is left to its owner's rules
            found = index.lone_persons.get(tok.i) or index.lone_bodies.get(tok.i)
        return [found] if found is not None else []
    out = _own_actors(tok, index, rule, depth, acting)
    for c in tok.children:
        if c.dep == "conj" and not is_main_verb(c) and not any(g.dep == "case" for g in c.children):
            out.extend(actors_of(c, index, rule, depth + 1, acting))
        elif c.dep in MODIFIERS and c.i < tok.i and c.i in index and any(g.dep == "cc" for g in c.children):
            out[:0] = actors_of(c, index, rule, depth + 1)  # "the UAE and Putin's Russia" parsed as a modifier
    return dedupe(out)


PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant")


def acts_through(head: Tok, index: Context) -> bool:
    """Whether the possessor or modifier of a verb's agent that is no mention acts through it: a head of people,
    a body, a force, an act or a statement (`Context.acting_nouns`: "Microsoft executives said", "the firm's
    lawyers argued", "Israeli troops fired", "the British Government", "China's attempts ... have hit", "Mr
    Blair's comments angered"), a common noun of a person ("the firm's founder") or a verb's noun in -ing ("the
    tightening of the siege by Israel ... has emptied ... stocks"). A thing's owner does not
    do what the thing does ("Microsoft's Xbox 2 is not expected to reach the shops", "the company's overall
    effective tax rate rose", "US radio stations which play"): a noun modifier is not its head's agent. A person's
    ending is no person on a measure (`measure_nouns`: "the club's turnover dropped") or on the owner's own standing
    (`owner_self_nouns`: "Dallaglio's career hit the buffers"; fix86)."""
    words = head_words(head)
    if any(w in index.acting_nouns for w in words):
        return True
    word = lemma(head)
    if head.pos != "NOUN" or len(word) <= 4 or any(w in index.measure_nouns | index.owner_self_nouns for w in words):
        return False
    return word.endswith(PERSON_ENDINGS) or (head.tag == "NN" and word.endswith("ing"))  # "the tightening of the siege"


def head_words(head: Tok) -> tuple[str, ...]:
    """The forms of a head noun to look up in a word list: its lemma and lower case, the last part of a hyphenated
    compound ("the Tory co-chairman", "Arsenal vice-chairman") and a plural the lemmatizer left ("Tory MPs" as
    "mps"; review35)."""
    forms = {lemma(head), head.lower}
    forms |= {f.rsplit("-", 1)[-1] for f in forms if "-" in f}
    forms |= {f[:-1] for f in forms if f.endswith("s") and not f.endswith("ss")}
    return tuple(sorted(forms))


def _names_through_modifier(tok: Tok, modifier: MentionRecord, index: Context) -> bool:
    """Whether a mention modifying tok names its actor as the phrase's: a demonym names the state on
    a common noun that is no person, firm or product ("Russian troops", "Israeli towns"; not "a
    Ukrainian journalist", "US tycoon") and on the capitalised name of a state organ ("the British
    Government"; not "the Spanish Football Federation"); any other mention always does
    ("Greenpeace activists", "the BBC correspondent"), except on a noun of the actor's followers or
    rivals (`follower_nouns`: "Corinthians fans", "Labour voters", "a Conservative election challenger")."""
    if lemma(tok) in index.follower_nouns or tok.lower in index.follower_nouns:
        return False  # "Corinthians fans have invaded the dressing room": the fans, not the club
    if modifier.actor_type not in index.demonym_types:
        return True
    if tok.pos == "NOUN":
        return lemma(tok) not in index.described_nouns and tok.lower not in index.described_nouns
    return tok.pos == "PROPN" and tok.lower in index.agency_nouns


def proposal_authors(tok: Tok, index: Context, rule: str, depth: int = 0) -> list[Found]:
    """The author of a proposal named by a participle's by-phrase ("a ceasefire proposal put forward
    by Egypt", "the plan drawn up by the ministers")."""
    if lemma(tok) not in index.proposal_nouns:
        return []
    for c in tok.children:
        if c.dep in ("acl", "relcl") and is_passive(c):
            hit = prep_object(c, ("by",))
            if hit is not None:
                return actors_of(hit[1], index, rule, depth + 1)
    return []


def standing(tok: Tok, index: Context) -> bool:
    """'Labour support has been falling', 'the Tories' popularity has slumped': a noun of the standing voters
    give an actor (`standing_nouns`) as the subject of a verb, with no prepositional phrase saying what is
    backed or by whom ("Labour support for the bill", "gave its backing to", "the support of MEPs" are acts);
    its possessor or modifier is who has it, not who acts."""
    if lemma(tok) not in index.standing_nouns or tok.dep not in ("nsubj", "nsubjpass"):
        return False
    return not any(c.dep == "prep" for c in tok.children)


def bygone(tok: Tok, index: Context) -> bool:
    """Whether a head noun that is no mention names a tie that has ended (`bygone_modifiers`: "the former Liverpool
    striker enjoyed", "two former Parmalat auditors will stand trial", "investigating Hardie's former chief
    executive", "an ex - CIA agent"): its possessor, modifier or of-phrase neither acts nor undergoes anything through
    it (review51's audit; narr24: m54 BBC 18 agent and 9 patient rows, none of them right)."""
    if tok.pos != "NOUN":
        return False
    if any(tok.lower.startswith(w + "-") for w in index.bygone_modifiers):
        return True  # "an ex-Chelsea boss" written as one word
    return any(c.dep in MODIFIERS and c.i < tok.i and c.lower in index.bygone_modifiers for c in tok.children)


def _own_actors(tok: Tok, index: Context, rule: str, depth: int, acting: bool = False) -> list[Found]:
    m = index.get(tok.i)
    if m is not None:
        return [Found(m.actor_id, m.mention_id, rule)]  # type: ignore[arg-type]
    found = [f for c in tok.children if c.dep == "appos" for f in actors_of(c, index, rule, depth + 1, acting)]
    if found or standing(tok, index) or bygone(tok, index):
        return found
    owner_acts = not acting or acts_through(tok, index)  # "the company's tax rate rose": the company does not
    name_part = tok.pos == "PROPN"  # "Larry Mullen Jr", "House of Fraser": the words of a name, no owner
    for c in tok.children if owner_acts else ():
        m = index.get(c.i) if c.dep == "poss" else None
        if c.dep == "poss" and (m is None or _names_through_modifier(tok, m, index)):
            found.extend(actors_of(c, index, rule, depth + 1))  # "Mr Brown's plan"; not "the UK's biggest union"
    if found:
        return found
    found = []
    for c in tok.children if owner_acts or name_part else ():
        m = index.get(c.i) if c.dep in MODIFIERS else None
        if m is not None and _names_through_modifier(tok, m, index):
            found.extend(actors_of(c, index, rule, depth + 1))
    if found:
        return found
    if lemma(tok) in index.other_party_nouns:
        return []
    found = proposal_authors(tok, index, rule, depth)
    if found:
        return found
    # "an attempt by Yukos"; not "areas of the US", "the movie version of Dan Brown's novel"
    for p in ("by", "of", "at", "from") if owner_acts or name_part else ("by",):
        if p == "by" and not acting and is_authored(tok, index):
            continue  # "The original book by George Abbott will be revised": not Abbott (fix76)
        if p == "from" and tok.pos == "NOUN" and any(w in index.origin_nouns for w in head_words(tok)):
            continue  # "A 19-year-old man from Camberley was arrested": where he is from, not whom he is of (fix83)
        hit = prep_object(tok, (p,))
        if hit is not None and hit[1].pos in ("NOUN", "PROPN"):
            found = actors_of(hit[1], index, rule, depth + 1, acting and not name_part)
            if p == "from" and _from_a_state(tok, hit[1], found, index):
                continue  # "The group, originally from Northern Ireland, has achieved ...": not the state (fix93)
            if found:
                return found
    return []


def _from_a_state(tok: Tok, source: Tok, found: list[Found], index: Context) -> bool:
    """Whether a common noun's from-phrase names states only and says where the noun's referent comes from, not
    whom it acts for: "The group, originally from Northern Ireland, has achieved mainstream success", "Several
    leading clubs from Scandinavia, Russia and eastern Europe", "the teachers, from South Africa, Australia, Jamaica,
    who are reducing the sizes of our classes" (fix93's reading). Not a noun through which a state acts
    (`Context.envoy_nouns`: "Representatives from China, India and Russia were invited to attend", "officials from
    the US"), nor a firm, party or body ("consultants from EDS", "the latest delegation from the CBI"); nor a
    from-phrase whose own head is such a noun ("comments from the energy minister of Algeria", "data from the
    government"); nor a noun of what is proposed, given or done (`proposal_nouns`, `giver_nouns`, `doer_nouns`)."""
    if not found or tok.pos != "NOUN":
        return False
    acts = index.envoy_nouns | index.proposal_nouns | index.giver_nouns | index.doer_nouns
    if any(w in acts for w in head_words(tok)) or any(w in index.envoy_nouns for w in head_words(source)):
        return False
    return all(index.mention_types.get(f.mention_id) == "state" for f in found)


def is_authored(tok: Tok, index: Context) -> bool:
    """Whether a noun is a work whose by-phrase names its author, not who undergoes what is done to it: a noun of
    `authored_nouns` ("a lost score by Bach", "films by fellow nominees") or a title, a proper noun no mention links
    ("The Pillowman by Martin McDonagh is shortlisted"; fix76, review70 finding 8)."""
    return lemma(tok) in index.authored_nouns or (tok.pos == "PROPN" and tok.i not in index)


def prep_actors(tok: Tok, preps: tuple[str, ...], index: Context) -> list[Found]:
    """Actors named by the first of the given prepositions attached to tok that names any."""
    for p in preps:
        hit = prep_object(tok, (p,))
        if hit is not None:
            found = actors_of(hit[1], index, f"prep-{p}")
            if found:
                return found
    return []


def pronoun_fits(pronoun: Tok, index: Context, found: Found) -> bool:
    """Whether an actor can be what a subject pronoun stands for: a person for "he"/"she", any other
    actor for "it", any actor for "they"."""
    kind = index.pronouns.get(pronoun.lower)
    actor_type = index.mention_types.get(found.mention_id)
    if kind is None or actor_type is None:
        return False
    return kind == "any" or (kind == "person") == (actor_type == "person")


def subject_chain(verb: Tok) -> list[Tok]:
    """The verbs a clause hangs from, nearest first, within a few arcs ("X backed the plan when he
    urged ...", "X said it would ...", "X freed the sailors it had detained")."""
    return [t for t in verb.ancestors()[:MAX_DEPTH] if is_main_verb(t)]


__all__ = ["Context", "Found", "actors_of", "article_context", "child", "mention_index", "prep_actors"]
