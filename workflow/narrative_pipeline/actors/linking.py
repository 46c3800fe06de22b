"""Linking an article: candidates per sentence, filtered, resolved, the best kept; then records."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..actortypes import discovered_type, type_votes
from ..parsed import ParsedArticle, Sent, Tok
from ..records import ActorRecord, MentionRecord
from ..registry import Registry, fold
from ..syntax import head_of, surface_text
from ..textnorm import TERMINAL
from .acronyms import defined_acronyms, initialled_acronyms, initialled_bodies, redefined_acronyms, unfound_acronyms
from .candidates import (
    Candidate,
    Entity,
    LinkPriority,
    entity_spans,
    joined_entities,
    occupation_split,
    occupied_names,
    person_entities_at_registry_names,
    registry_candidates,
    select,
    strip_titles,
    surnames_joined,
)
from .context import ArticleInfo
from .coordinated import coordinated_given_names
from .dated_offices import article_date, give_titled_holders, named_counts, titled_holders
from .descriptors import descriptor_candidates, young_persons
from .discovery import (
    digit_name_candidates,
    discovered_id,
    known_org_candidate,
    ner_candidates,
    stage_title_candidates,
    titled_name_candidates,
)
from .filters import NAME_MAY_BE_THERE, judge_registry_candidate
from .kinds import kind_words
from .lexicon import ActorsLexicon, default_lexicon, load_actors_lexicon
from .listed import listed_bodies
from .listedfirms import listed_firm_candidates, listed_firm_words
from .placed_firms import introduced_states
from .players import intro_words, nationalities_said, pronoun_subjects
from .references import author_candidates, reference_authors, without_overlaps
from .resolution import (
    ArticleContext,
    FuzzyIndex,
    Referent,
    club_nicknames,
    firm_short_forms,
    firm_words,
    kin_given_names,
    middle_names,
    of_heads,
    org_context,
    person_context,
    resolve_discovered,
    shared_surnames,
    surname_of,
)
from .statenouns import home_state, leading_state, sovereign_counts, states_said
from .teams import fixture_of
from .titles import lead_titles, placed_others, title_context, title_forms
from .typing import type_names

NAME_FUNCTION_WORDS = frozenset({"of", "for", "the"})  # between the words of a name


@dataclass
class Linker:
    """What linking every article consults: the registry, the lexicon and the fuzzy matcher."""

    registry: Registry
    lex: ActorsLexicon
    fuzzy_threshold: float
    fuzzy: FuzzyIndex | None

    @classmethod
    def build(cls, registry: Registry, fuzzy_threshold: float, lexicon: ActorsLexicon | None = None) -> Linker:
        return cls(registry, lexicon or default_lexicon(), fuzzy_threshold, FuzzyIndex(registry))


def name_entities(sent: Sent, lex: ActorsLexicon, spans: list[Entity] | None = None) -> list[Entity]:
    """spaCy entities of a sentence as article token indexes, titles stripped ("Mr Abbas": Abbas)."""
    entities: list[Entity] = []
    for a, b, label in entity_spans(sent) if spans is None else spans:
        stripped = strip_titles(sent.tokens[a : b + 1], lex)
        if stripped:
            entities.append((stripped[0].i, stripped[-1].i, label))
    return entities


def sentence_candidates(sent: Sent, info: ArticleInfo, linker: Linker) -> tuple[list[Candidate], list[Candidate]]:
    """Registry candidates the filters keep, and the names spaCy finds (titles stripped, not yet typed)."""
    found = registry_candidates(sent, linker.registry)
    local = joined_entities(
        sent,
        person_entities_at_registry_names(sent, entity_spans(sent), found, linker.registry, linker.lex),
        linker.lex,
    )
    local = surnames_joined(sent, local, info.surnames)
    local = occupied_names(sent, occupation_split(sent, local, linker.lex), found, linker.lex)
    entities = name_entities(sent, linker.lex, local)
    kept, extra, branches = [], [], []
    dropped = set()
    for c in found:
        entry = linker.registry.entry(c.actor_id)
        judged, rule = judge_registry_candidate(c, info.toks, entry, entities, linker.lex, info)
        if judged is not None:
            kept.append(judged)
        elif rule not in NAME_MAY_BE_THERE:
            dropped.add((c.start_i, c.end_i))
        elif rule == "part-of-a-longer-name":
            known = info.known_org_around([info.toks[i] for i in range(c.start_i, c.end_i + 1)])
            if known:
                extra.append(known_org_candidate(known))
        if rule == "inside-a-capitalised-name" and entry.type == "party":
            branch = regional_branch(c, info, linker.registry)
            if branch:
                branches.append(known_org_candidate(branch))
    names = ner_candidates(sent, local, linker.lex, info) + titled_name_candidates(sent, local, linker.lex)
    names += [e for e in extra if not any(n.start_i <= e.end_i and e.start_i <= n.end_i for n in names)]
    branches += digit_name_candidates(sent, info, linker.lex)  # "rapper 50 Cent", spaCy's money or no name
    branches += stage_title_candidates(sent, info, linker.lex)  # "Prince earned more than any other pop star"
    names = [n for n in names if not any(n.start_i <= b.end_i and b.start_i <= n.end_i for b in branches)] + branches
    # a registry name a filter dropped ("Irish" as a nationality) is no discovered name either, nor
    # is a nationality word or a name cut after one ("Welsh", "Cult British")
    demonyms = linker.registry.demonym_forms
    names = [c for c in names if (c.start_i, c.end_i) not in dropped]
    place = dateline_places(sent.tokens, info.text_lower) if sent.index not in info.headlines else frozenset()
    if place:  # where the story was filed: no actor (a registry organisation there, "(Reuters)", is kept)
        names = [c for c in names if not all(i in place for i in range(c.start_i, c.end_i + 1))]
        kept = [c for c in kept if not (_placeable(c, linker.registry) and c.start_i in place and c.end_i in place)]
    return kept, [c for c in names if fold((c.name or "").split()[-1] if c.name else "") not in demonyms]


DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
DATELINE_MAX_WORDS = 6


def dateline_places(tokens: list[Tok], text: str) -> frozenset[int]:
    """'ST CATHERINE, Jamaica — A female police inspector', 'LOS ANGELES (Reuters) - ', 'HOUSTON, Texas (KTRK) --': the
    token indexes of the place of a dateline, a line that opens with a word in capitals, goes on over capitalised words
    and commas (the place, its state or country) and an agency in brackets, and ends on a dash with a space either side;
    where the story was filed, no actor. The agency in brackets is no place. Before the first comma every word is in
    capitals. Not a line that opens with a name in ordinary case ("Jamaica — the island nation — has"), nor a title-case
    headline that opens with an acronym ("DEA Officials Arrest BVI Premier On Drug Charges – Territory's Governor"),
    nor a hyphen inside a word ("MIAMI-DADE"). A date after the comma is the day the story was filed ("MOSCOW, March 3
    (Reuters) -": review21b), no place. The dash opens the story's first sentence, so the line ends as prose does: a
    heading ("US - China trade talks resume") is no dateline (review21b), and the caller asks of no headline."""
    for k, first in enumerate(tokens):
        if not (first.start == 0 or text[first.start - 1 : first.start] == "\n"):
            continue
        if not (first.text.isalpha() and first.text.isupper() and len(first.text) >= 2):
            continue
        place: list[int] = []
        j, comma = k, False
        while j < len(tokens) and len(place) <= DATELINE_MAX_WORDS:
            tok = tokens[j]
            spaced = tok.space_after or j + 1 == len(tokens) or tokens[j + 1].text.isspace()
            if tok.text in DATELINE_DASHES and j > k and tokens[j - 1].space_after and spaced:
                return frozenset(place) if _prose_follows(text, tok.end) else frozenset()
            if tok.text == "(" and place:
                close = next((m for m in range(j + 1, min(j + 5, len(tokens))) if tokens[m].text == ")"), None)
                if close is None or close + 1 >= len(tokens) or tokens[close + 1].text not in DATELINE_DASHES:
                    break
                return frozenset(place) if _prose_follows(text, tokens[close + 1].end) else frozenset()
            word = tok.text.rstrip(".")
            if comma and tok.ent_type == "DATE":
                pass  # "MOSCOW, March 3 (Reuters) -": the date the story was filed, no place
            elif tok.text == ",":
                comma = True  # "ST CATHERINE, Jamaica": the state or country after the place may be in ordinary case
            elif tok.text == "." or tok.text in DATELINE_DASHES and not tokens[j - 1].space_after:
                pass  # "FLA.", "MIAMI-DADE"
            elif word.replace("-", "").isalpha() and (word.isupper() or comma and word[:1].isupper()):
                place.append(tok.i)
            else:
                break
            j += 1
    return frozenset()


def _prose_follows(text: str, at: int) -> bool:
    """Whether the line goes on from `at` as prose: it ends with a mark prose ends with (`textnorm.TERMINAL`, as
    normalize reads paragraphs; a heading has none)."""
    end = text.find("\n", at)
    return text[at : len(text) if end < 0 else end].rstrip().endswith(TERMINAL)


def bare_part_parent(c: Candidate, registry: Registry) -> str | None:
    """The international body whose name a registry body's alias leaves out ("General Assembly" of the UN General
    Assembly: the UN), when the candidate matched that alias; None otherwise (a state's part such as "Congress" of the
    US Congress is named without its state in its own country's news)."""
    entry = registry.entries.get(c.actor_id or "")
    if entry is None or c.method != "alias" or c.matched is None:
        return None
    for relation in entry.relations:
        parent = registry.entries.get(relation.target)
        if relation.type != "part_of" or parent is None or parent.type == "state":
            continue
        if any(entry.name == f"{form} {c.matched}" for form in (parent.name, *parent.aliases)):
            return parent.id
    return None


def unanchored_parts(found: list[Candidate], registry: Registry, toks: dict[int, Tok]) -> set[int]:
    """'reelection to the General Assembly' in an article about North Carolina that names neither the UN nor any state:
    an international body's part named by its bare alias (`bare_part_parent`) is that body's only where the article
    names the body, another of its parts ("the UN", "UNHCR", "the UN General Assembly") or a state, its members act
    in ("Russia vetoed the Security Council resolution on Syria"); elsewhere it is another assembly or council of the
    same name (a state's legislature, a church's assembly); so is one after a state's possessive
    (`_after_a_states_possessive`). The ids of those candidates (the registry candidates the filters kept: a state only
    as a place does not count)."""
    bare = {id(c): parent for c in found if (parent := bare_part_parent(c, registry)) is not None}
    owned = {id(c) for c in found if id(c) in bare and _after_a_states_possessive(c, found, registry, toks)}
    named: set[str] = set()
    for c in found:
        entry = registry.entries.get(c.actor_id or "")
        if entry is None or id(c) in bare:
            continue
        if entry.type == "state":
            return owned
        named.add(entry.id)
        named.update(r.target for r in entry.relations if r.type == "part_of")
    return {key for key, parent in bare.items() if parent not in named} | owned


def bodies_of_another_state(found: list[Candidate], registry: Registry, toks: dict[int, Tok]) -> set[int]:
    """'The Electoral Commission of Kenya', 'the High Court of Kenya': a registry body of one state named by its alias
    (the UK's Electoral Commission) and followed by "of" and another state's name is that state's body of the same name,
    not the registry's (review23); so is one right after another state's demonym or possessive ('the Russian Ministry
    of Defence', "Ukraine's Ministry of Defence", 'the Israeli High Court': review46). The ids of those candidates."""
    out: set[int] = set()
    for c in found:
        entry = registry.entries.get(c.actor_id or "")
        if entry is None or entry.type == "state" or not entry.country_iso3 or c.method != "alias":
            continue
        before = _state_before(toks, c.start_i, registry)
        if before is not None and before != entry.country_iso3:
            out.add(id(c))
            continue
        of = toks.get(c.end_i + 1)
        if of is None or of.lower != "of" or of.sent != toks[c.end_i].sent:
            continue
        first = c.end_i + 3 if toks.get(c.end_i + 2) is not None and toks[c.end_i + 2].lower == "the" else c.end_i + 2
        states = {_state_named(toks, first, last, registry) for last in range(first, first + 3)} - {None}
        if states and all(iso3 != entry.country_iso3 for iso3 in states):
            out.add(id(c))
    return out


def demonyms_of_bodies(kept: list[Candidate], names: list[Candidate], unanchored: set[int]) -> set[int]:
    """'The French Ministry of Defence', 'the Russian Security Council': where a registry body's name is not the
    registry's (`bodies_of_another_state`, `unanchored_parts`) and spaCy's name runs from the state's demonym before
    it to the body's last word, the demonym is a word of that body's name, as "Turkish" of 'the Turkish Central Bank'
    is, and not a mention of its own: the ids of those demonyms, so that the name is the body's one mention (review47:
    the demonym kept as the state's mention had taken the name's place, and the body had no mention at all)."""
    out: set[int] = set()
    for c in (c for c in kept if id(c) in unanchored):
        demonym = next((d for d in kept if d.method == "demonym" and d.end_i == c.start_i - 1), None)
        if demonym is not None and any(n.start_i == demonym.start_i and n.end_i == c.end_i for n in names):
            out.add(id(demonym))
    return out


def _state_before(toks: dict[int, Tok], start: int, registry: Registry) -> str | None:
    """The country code of the state a demonym right before a name ('Russian'), or a state's name with "'s" right
    before it ("Ukraine's", "the United States'"), gives, if any."""
    word = toks.get(start - 1)
    if word is None or word.sent != toks[start].sent:
        return None
    if word.tag == "POS":
        names = (_state_named(toks, first, word.i - 1, registry) for first in range(word.i - 3, word.i))
        return next((iso3 for iso3 in names if iso3 is not None), None)
    if not word.text[:1].isupper():
        return None
    for surface in registry.surfaces.get(fold(word.text), []):
        entry = registry.entries[surface.actor_id]
        if entry.type == "state" and surface.kind == "demonym" and entry.country_iso3:
            return entry.country_iso3
    return None


def _state_named(toks: dict[int, Tok], first: int, last: int, registry: Registry) -> str | None:
    """The country code of the state whose registry name (not a demonym) the tokens first..last spell, if any."""
    span = [toks.get(k) for k in range(first, last + 1)]
    if any(t is None or t.sent != span[0].sent for t in span) or not span[0].text[:1].isupper():
        return None
    for surface in registry.surfaces.get(fold(surface_text(span)), []):
        entry = registry.entries[surface.actor_id]
        if entry.type == "state" and surface.kind in {"alias", "acronym"} and entry.country_iso3:
            return entry.country_iso3
    return None


# Nouns of an international body's business a state's demonym may qualify ('a Russian Security Council resolution',
# 'the French Security Council presidency'): the body named there is still the international one (review47).
INTERNATIONAL_BODY_BUSINESS = frozenset(
    {"resolution", "resolutions", "draft", "vote", "votes", "veto", "seat", "presidency", "membership", "bid"}
)


def _after_a_states_possessive(c: Candidate, found: list[Candidate], registry: Registry, toks: dict[int, Tok]) -> bool:
    """'Ukraine's Security Council', 'Russia's Security Council': a state's name with "'s" right before the bare alias
    makes the body that state's own (review21b), whatever else the article names; so does a state's demonym ('the
    Russian Security Council', 'Iranian Security Council secretary Ali Shamkhani': review47)."""
    mark = toks.get(c.start_i - 1)
    states = [s for s in found if s.actor_id in registry.entries and registry.entry(s.actor_id).type == "state"]
    if mark is not None and mark.tag != "POS":
        after = toks.get(c.end_i + 1)
        if after is not None and after.lower in INTERNATIONAL_BODY_BUSINESS:
            return False  # 'a Russian Security Council resolution': Russia's draft in the UN's council
        return any(s.method == "demonym" and s.end_i == mark.i for s in states)  # 'the Russian Security Council'
    return mark is not None and mark.i - 1 in {s.end_i for s in states}


def _placeable(c: Candidate, registry: Registry) -> bool:
    """A registry candidate that may name a place: a state's name or a metonym."""
    entry = registry.entries.get(c.actor_id or "")
    return c.method == "metonym" or entry is not None and entry.type == "state"


def regional_branch(c: Candidate, info: ArticleInfo, registry: Registry) -> list[Tok] | None:
    """'the Welsh Liberal Democrats', 'Scottish Labour': a nation's word before a party's name names the
    party's branch there, an organisation of its own (the tokens of its name)."""
    left = info.before(info.toks[c.start_i])
    if left is None or not left.text[:1].isupper() or fold(left.text) not in registry.demonym_forms:
        return None
    return [info.toks[i] for i in range(left.i, c.end_i + 1)]


def _with_authors(cands: list[Candidate], authors: list[Candidate]) -> list[Candidate]:
    """A sentence's candidates with its reference list's authors in place of what overlaps them (`references`)."""
    return without_overlaps(cands, authors) + authors if authors else cands


def _titled_elsewhere(leads: dict[str, tuple[str, str]], titles: dict[str, tuple[str, str]]) -> bool:
    """Whether the page gives a lead's whole title ("foreign minister" of "Iran's foreign minister has warned ...",
    its longest phrase) to one other person ("Foreign Minister Kamal Kharrazi said ..."): the page names the lead's
    holder, and the person the next sentence names answers the lead (review64 7, actors88). Shorter endings held by
    another ("minister" of "Home Office minister X") leave the lead as it is (`link_article` drops those endings)."""
    if not leads:
        return False
    whole = max(leads, key=len)
    return whole in titles and titles[whole] != leads[whole]


def link_article(article: ParsedArticle, linker: Linker, published: date | None = None) -> list[Candidate]:
    """All mentions of one article, linked where a referent is known.

    Discovered names are typed over the whole article first; a first pass then finds who the
    article names in full, with which titles and short forms; the second resolves surnames, short
    forms, spelling variants and descriptors sentence by sentence with what came before. `published`, the
    article's date when its source gives one, dates the offices it says without their holders (`dated-office`).
    """
    info = ArticleInfo.build(article, linker.lex)
    sents = [s for s in article.sents if s.role != "boilerplate" and s.tokens]
    found = [sentence_candidates(sent, info, linker) for sent in sents]
    registry_found = [c for kept, _ in found for c in kept]
    unanchored = unanchored_parts(registry_found, linker.registry, info.toks)
    unanchored |= bodies_of_another_state(registry_found, linker.registry, info.toks)
    unanchored_ids = {c.actor_id for c in registry_found if id(c) in unanchored and c.actor_id}
    unanchored |= {d for kept, names in found for d in demonyms_of_bodies(kept, names, unanchored)}
    found = [([c for c in kept if id(c) not in unanchored], names) for kept, names in found]
    typed = {id(c) for c in type_names([c for _, names in found for c in names], info, linker.lex)}
    authors = author_candidates(
        reference_authors(article.text, linker.lex.name_particles), info.toks, info.person_names
    )
    authors_in: dict[int, list[Candidate]] = {}
    for a in authors:
        authors_in.setdefault(info.toks[a.start_i].sent, []).append(a)
    per_sent = [
        (sent, _with_authors(kept + [c for c in names if id(c) in typed], authors_in.get(sent.index, [])))
        for sent, (kept, names) in zip(sents, found, strict=True)
    ]
    first_pass = [c for _, cands in per_sent for c in select(cands)]
    registry, lex = linker.registry, linker.lex
    headline_toks = {i for i, t in info.toks.items() if t.sent in info.headlines}
    full_names = person_context(registry, first_pass, headline_toks, info.toks, lex.person_titles, lex.name_particles)
    titles, title_words, title_exact, title_holders_at = title_context(first_pass, info.toks, lex, registry, full_names)
    leads, lead_title_at = lead_titles(first_pass, info.toks, lex, registry, info.headlines, full_names, published)
    if _titled_elsewhere(leads, titles):
        leads = {}  # "Iran's foreign minister has warned ... Foreign Minister Kamal Kharrazi said": his (actors88)
    for phrase, holder in leads.items():
        if phrase not in title_words:
            titles[phrase] = holder  # "Scotland's justice minister has warned ... Cathy Jamieson said"
        elif phrase in titles and titles[phrase] != holder:
            del titles[phrase]  # held by another named person too: either may be meant
    ctx = ArticleContext(
        full_names,
        titles,
        Counter(),
        org_context(registry, first_pass, lex),
    )  # fmt: skip
    ctx.title_words, ctx.title_exact, ctx.title_holders_at = title_words, title_exact, title_holders_at
    ctx.lead_title_at = lead_title_at  # the lead's own title: its holder is named in the next sentence (actors83)
    ctx.title_forms = title_forms(first_pass, info.toks, lex, registry, full_names)
    ctx.placed_others = placed_others(info.toks)
    if not info.sport:  # in sport, "Felipe Contepomi" typed an organisation is the player, not a firm
        ctx.firm_words, ctx.full_name_at, ctx.firm_words_held = firm_words(
            registry, first_pass, headline_toks, ctx.full_names
        )
    _respell_persons(ctx, linker)
    ctx.shared_surnames, ctx.person_titles = shared_surnames(registry, first_pass, full_names), lex.person_titles
    ctx.lex = lex
    ctx.middle_names = middle_names(registry, first_pass, full_names, lex)
    ctx.kin_names = kin_given_names(registry, first_pass, info.toks, lex)
    ctx.kinds = kind_words(first_pass, info.toks, registry, lex.band_member_nouns, lex.kind_heads_after_names)
    ctx.placed = introduced_states(first_pass, info.toks, registry)  # "German carmaker BMW" (actors51)
    ctx.intros, ctx.sport = (
        intro_words(first_pass, info.toks, registry, ctx.full_names, lex.legislator_nouns, lex.player_positions),
        info.sport,
    )
    ctx.sheet_names = info.sheet_names
    ctx.pronoun_subjects, ctx.nationalities = pronoun_subjects(info.toks), nationalities_said(info.toks, lex)
    votes = state_votes(first_pass, registry)
    ctx.article_state, ctx.sovereign_votes = leading_state(votes, registry), sovereign_counts(votes, registry)
    ctx.headlines = set(info.headlines)
    ctx.unanchored_parts = unanchored_ids
    article_toks = [info.toks[i] for i in sorted(info.toks)]
    ctx.home_state = home_state(article_toks, registry, lex.home_state, votes)
    ctx.sole_state_input = (article_toks, votes)
    ctx.acronyms, ctx.of_heads = defined_acronyms(first_pass, info.toks), of_heads(first_pass, lex)
    ctx.long_names = long_names(first_pass, info.toks)
    ctx.initialled = {k: v for k, v in initialled_bodies(first_pass).items() if k.upper() not in ctx.acronyms}
    ctx.published, ctx.named_counts = published, named_counts(first_pass)
    ctx.nicknames = club_nicknames(first_pass, lex.club_nicknames) if info.sport else {}
    ctx.firm_short_forms = firm_short_forms(first_pass, registry, lex, info.toks)
    for c in first_pass:
        if c.actor_type != "person" and c.name and c.actor_id is None:
            ctx.org_starts.setdefault(c.name, c.start_i)
        if c.actor_type == "state" and c.actor_id in registry.entries:
            ctx.states.add(c.actor_id)
            ctx.state_forms.add((c.actor_id, c.matched or ""))
        if c.actor_type not in {"person", "state"} and c.method == "ner-discovered" and c.name and " " not in c.name:
            firm = ctx.firm_short_forms.get(c.name)  # "Cairn" of Cairn Energy: that firm (actors96)
            own = Referent(c.actor_id or discovered_id(c.name), c.name, c.actor_type)
            held = Referent(discovered_id(firm.name), firm.name, firm.actor_type) if firm is not None else own
            ctx.one_word_orgs.setdefault(c.name, held)
        if c.type_rule in ONE_WORD_PERSON_RULES and c.method == "ner-discovered" and c.name and " " not in c.name:
            # "Juninho deserves respect" after "Juninho could reconsider his future": the one-word person's other
            # mentions, which spaCy left unlabelled, as an organisation's are (actors55-try1 lost three)
            ctx.one_word_orgs.setdefault(c.name, Referent(None, c.name, "person"))
        if c.actor_type not in {"person", "state"} and c.end_i - c.start_i >= 1:
            name = registry.entry(c.actor_id).name if c.actor_id in registry.entries else c.name
            ctx.by_end[c.end_i] = Referent(c.actor_id, name or "", c.actor_type)
    listed_firms = listed_firm_words(first_pass, info, lex)  # "Cellnet and Vodafone", "One2One (now T-Mobile)"
    chosen_all: list[Candidate] = []
    for sent, found_cands in per_sent:
        cands = found_cands + unfound_names(sent, found_cands, ctx, info, lex)
        cands += unfound_surnames(sent, cands, ctx, info, lex)
        cands = coordinated_given_names(sent, cands, lex)
        cands += listed_bodies(sent, cands, info, lex)
        cands += listed_firm_candidates(sent, cands, listed_firms, info)
        cands += unfound_acronyms(sent, cands, ctx.acronyms)
        cands += initialled_acronyms(sent, cands, ctx.initialled, registry, lex.titles | lex.person_nouns)
        cands = redefined_acronyms(cands, ctx.acronyms, registry, info.toks)
        resolved = [
            resolve_discovered(c, ctx, registry, linker.fuzzy_threshold, linker.fuzzy, info.toks) for c in cands
        ]
        ctx.note(resolved, registry, lex)
        names = select(resolved)
        ctx.count(sent.index, names, registry, info.toks)
        if sent.role == "headline" and ctx.fixture is None and ctx.sport:
            ctx.fixture = fixture_of(sent, names)
        chosen = select(resolved + descriptor_candidates(sent, registry, ctx, lex, names))
        ctx.state_counts.update(state_votes(chosen, registry))
        ctx.states_said.extend((sent.index, *said) for said in states_said(sent.tokens, chosen, registry, lex))
        ctx.note(chosen, registry, lex)
        ctx.described_at.update((c.actor_id, sent.index) for c in chosen if c.method == "descriptor" and c.actor_id)
        ctx.young |= young_persons(chosen, info.toks)
        chosen_all.extend(chosen)
    titled = titled_holders(chosen_all, info.toks, registry, published, lex)
    give_titled_holders(chosen_all, titled, info.toks, registry)
    return chosen_all


WEAK_TYPE_RULES = frozenset({"ner-label"})  # a type spaCy's label alone gave
# a one-word person's own rules whose other mentions spaCy may leave unlabelled, found as an organisation's are: person
# evidence ("Juninho could reconsider his future", actors55), a team sheet's name ("Hyypia, Traore, Hamann", actors58),
# the surname two persons of the page share ("fly-half Contepomi" beside Felipe and Manuel Contepomi, actors97)
ONE_WORD_PERSON_RULES = frozenset({"person-evidence", "line-up", "surname-of-person"})


def long_names(first_pass: list[Candidate], toks: dict[int, Tok]) -> dict[str, Referent]:
    """The names of two words or more that spaCy found on the page (`_long_discovered_name`) that are actors by more
    than one label of spaCy's: a cue typed a mention of the name ("pop band Scissor Sisters", "drug firm GW Pharma"),
    or spaCy found it twice or more ("Black Sabbath"). One label alone is too often a thing's name taken for a body's
    ("Spider-Man and its sequel", "Coinbase Wallet"): it is not looked for again. Each name -> its first mention's
    type (actors48)."""
    found: dict[str, list[Candidate]] = {}
    for c in first_pass:
        if _long_discovered_name(c, toks):
            found.setdefault(c.name or "", []).append(c)
    return {
        name: Referent(None, name, cands[0].actor_type, True)
        for name, cands in found.items()
        if len(cands) >= 2 or any(c.type_rule not in WEAK_TYPE_RULES for c in cands)
    }


def _long_discovered_name(c: Candidate, toks: dict[int, Tok]) -> bool:
    """A name of two words or more that spaCy found and the registry lacks, written on the page as it is named
    (not a state's: those are the registry's)."""
    if c.method != "ner-discovered" or c.actor_id is not None or c.actor_type == "state" or not c.name:
        return False
    span = [toks[i] for i in range(c.start_i, c.end_i + 1)]
    return len(span) >= 2 and surface_text(span) == c.name


def unfound_names(
    sent: Sent, cands: list[Candidate], ctx: ArticleContext, info: ArticleInfo, lex: ActorsLexicon
) -> list[Candidate]:
    """'Black Sabbath have topped a list' where spaCy finds the band only further down the page: the words of a
    name of two words or more that spaCy found elsewhere on the page (`ctx.long_names`: a discovered person's
    or body's, before or after, typed by a cue or found twice), written alike, in a clause (`_prose`), where spaCy
    labelled none of them and no candidate lies; alone
    (no capitalised word beside them that no candidate covers, but a determiner: "Former Black Sabbath singer",
    "Friends of the Earth Scotland" are other names), not modifying a noun ("the Black Sabbath album"). Returned
    as discovered names of the type the page gave the name, which `resolve_discovered` links as it links the
    name where spaCy found it (actors48)."""
    if not ctx.long_names or not _prose(sent):
        return []
    covered = {i for c in cands for i in range(c.start_i, c.end_i + 1)}
    toks = sent.tokens
    out = []
    for k, tok in enumerate(toks):
        if tok.i in covered or not tok.text[:1].isupper():
            continue
        for name, known in ctx.long_names.items():
            if not name.startswith(tok.text) or not NAME_WORDS.fullmatch(name):
                continue
            end = next((m for m in range(k + 1, len(toks)) if len(surface_text(toks[k : m + 1])) >= len(name)), None)
            span = toks[k : end + 1] if end is not None else []
            if not span or surface_text(span) != name:
                continue
            if any(t.i in covered or t.ent_iob != "O" for t in span) or _modifies_a_noun(span):
                continue
            if _a_things_name(head_of(span), known.actor_type):
                continue
            if not _alone(toks, k, end, covered, info, lex):
                continue
            person = known.actor_type == "person"
            out.append(
                Candidate(
                    span[0].i, span[-1].i, span[0].start, span[-1].end, None, known.actor_type, "ner-discovered",
                    LinkPriority.DISCOVERED, 1.0, None, name, "PERSON" if person else "ORG", "article-agreement", span,
                )
            )  # fmt: skip
            covered.update(t.i for t in span)
            break
    return out


INDEFINITE = frozenset({"a", "an"})
QUOTE_MARKS = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})
NAME_WORDS = re.compile(r"[^\W\d_][\w.'\u2019-]*(?: [\w.'\u2019-]+)*")  # no "/", "&", "," or dash in it
PREDICATE_POS = frozenset({"VERB", "AUX"})


def _prose(sent: Sent) -> bool:
    """Whether a sentence is a clause ("Black Sabbath have topped a list"), not a list's item, a table's row or a
    heading of names ("| Chipping Barnet | Theresa Villiers |", "- 120 ml Olive oil")."""
    return any(t.dep == "ROOT" and t.pos in PREDICATE_POS for t in sent.tokens)


def _modifies_a_noun(span: list[Tok]) -> bool:
    """'the Black Sabbath album', 'the Medal Of Honor and Call of Duty franchises': a name that only modifies."""
    head = head_of(span)
    return head.dep == "compound" or head.dep == "conj" and head.head is not None and head.head.dep == "compound"


def _a_things_name(head: Tok, actor_type: str) -> bool:
    """'won a Golden Rose', 'comes a new Rocket Pass', "Rocket League's new Rocket Pass": a name said with "a" is one of
    many things, and a body's name owned by another name is a thing of that one."""
    indefinite = any(c.dep == "det" and c.lower in INDEFINITE for c in head.children)
    owned = actor_type != "person" and any(c.dep == "poss" and c.pos == "PROPN" for c in head.children)
    return indefinite or owned


def _alone(toks: list[Tok], k: int, end: int, covered: set[int], info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """Whether the words `toks[k : end + 1]` stand as a name of their own: no capitalised word no candidate covers
    right before them (but a determiner: "Former Black Sabbath singer"), no noun right after them ("Bad Company
    singer"), no capitalised word right after them or after their
    possessive ("the Harris County Sheriff's Office"); not after "a" ("won a Golden Rose"), not a title's part
    (a colon on either side: "Call of Duty: Finest Hour", "Harry Potter: Wizards Unite"; quotation marks on both:
    "Will Trump write his own 'Mein Kampf'"), not a number's ("Half-Life 2", "Rocket Pass 4") nor glued to a hyphen
    ("Visual Radio-enabled phones")."""
    before = toks[k - 1] if k > 0 else None
    after = toks[end + 1] if end + 1 < len(toks) else None
    if before is not None and after is not None and before.text in QUOTE_MARKS and after.text in QUOTE_MARKS:
        return False
    if after is not None and after.pos == "NOUN" and after.text.islower():
        return False  # "Free and Bad Company singer Paul Rodgers", "the Call of Duty franchises": it modifies
    if after is not None and after.lower in {"'s", "\u2019s"} and end + 2 < len(toks):
        after = toks[end + 2]
    capital = before is not None and name_word_beside(before, info, lex) and before.lower not in lex.determiners
    if capital or before is not None and (before.lower in INDEFINITE or before.text == ":"):
        return False
    if after is None:
        return True
    if name_word_beside(after, info, lex) and after.i not in covered or after.text == ":" or after.pos == "NUM":
        return False
    return not (after.text == "-" and not toks[end].space_after)


def name_word_beside(tok: Tok, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """Whether a capitalised word beside a name may be part of a longer name: not in a headline in title case, where
    a title ("BVI Premier Fahie Arrested in USA") or a word the page writes in lower case ("Arrested") is capitalised
    as every word is (actors48)."""
    if not tok.text[:1].isupper():
        return False
    if tok.sent not in info.headlines or not _title_case(tok.sent, info):
        return True
    return tok.lower not in lex.titles and tok.lower not in info.lower_words


def _title_case(sent: int, info: ArticleInfo) -> bool:
    """Whether every word of a sentence of four words or more longer than three letters is capitalised (a headline
    in title case)."""
    words = [t for t in info.toks.values() if t.sent == sent and t.text.isalpha() and len(t.text) > 3]
    return len(words) >= 4 and all(t.text[:1].isupper() for t in words)


def unfound_surnames(
    sent: Sent, cands: list[Candidate], ctx: ArticleContext, info: ArticleInfo, lex: ActorsLexicon
) -> list[Candidate]:
    """'Grewcock came recklessly over the top': a capitalised word that is the surname of a person the
    article names in full (`ctx.full_names`), or the one-word name of an organisation, band or team it
    names ("pop band Busted" before "Busted said", `ctx.one_word_orgs`), where spaCy found no entity and no
    candidate lies, alone (no capitalised word beside it that no candidate covers: "Belgrave Harriers", "Planning
    Minister Julio De Vido"; but a sentence's common first word: "However FoodCorp can", `_common_opener`), not after
    the word before the surname in the full name ("Stade de France" taken for a person), not modifying a noun ("the
    next Bond film"), no acronym's plural ("his own MPs" after "Labour MPs" taken for a person), not before a number
    and a word ("Bet 365 also tip"), a proper noun or a subject the article never writes in lower case when it opens
    its sentence ("Young people" is no Mr Young). Returned as discovered names, which `resolve_discovered` folds onto
    the person as surnames."""
    covered = {i for c in cands for i in range(c.start_i, c.end_i + 1)}
    first = sent.tokens[0].i
    out = []
    for tok in sent.tokens:
        if tok.i in covered or not tok.text[:1].isupper():
            continue
        if tok.text.isupper() and not _capitals_org(tok, ctx, info):
            continue
        if tok.ent_iob != "O" and not _thing_labelled_surname(tok, ctx, info):
            continue
        if len(tok.text) > 2 and tok.text[:-1].isupper() and not tok.text.isupper():
            continue  # "his own MPs" (an acronym's plural); not a two-letter surname: "Fa said" (web84)
        known = ctx.full_names.get(tok.text) or ctx.one_word_orgs.get(tok.text) or _shared_surname(tok, ctx)
        if known is None or known.actor_type == "state":
            continue
        headline_person = _headline_surname(tok, known, info)
        if tok.dep == "compound" and not headline_person:
            continue  # "the next Bond film", "a bid for Forest duo": a name that only modifies
        if tok.i == first and not (headline_person or _opening_name(tok, info)):
            continue
        if known.actor_type != "person" and ends_a_longer_name(tok, info):
            continue
        beside = [info.toks.get(tok.i - 1) if tok.i > first else None, info.toks.get(tok.i + 1)]
        after = info.toks.get(tok.i + 2)
        if beside[1] is not None and beside[1].text.isdigit() and after is not None and after.text.isalpha():
            continue  # "Bet 365 also tip": a name with a number ("Ronaldo 33)" in a team sheet is the player)
        words = known.name.split()
        if beside[0] is not None and len(words) > 1 and beside[0].text == words[-2]:
            continue  # "Stade de France", "Labour MPs": the whole name, not the surname of a person it was taken for
        beside = [b for b in beside if b is not None and b.sent == tok.sent and b.i not in covered]
        beside = [b for b in beside if not _common_opener(b, first, info, lex)]
        if any(name_word_beside(b, info, lex) for b in beside):
            continue
        person = known.actor_type == "person"
        out.append(
            Candidate(
                tok.i, tok.i, tok.start, tok.end, None if person else known.actor_id, known.actor_type,
                "ner-discovered" if person else "short-form", LinkPriority.DISCOVERED, 1.0, None,
                tok.text if person else known.name, "PERSON" if person else "ORG",
                "ner-label" if person else "short-form", [tok],
            )
        )  # fmt: skip
    return out


def _shared_surname(tok: Tok, ctx: ArticleContext) -> Referent | None:
    """'the fly-half Contepomi' after "Felipe Contepomi", on a page that names Manuel Contepomi too: the surname two
    persons of the page share (`ctx.shared_surnames`, which `ctx.full_names` leaves out), after the first of them is
    named in full, is a person's; which one, or neither, `resolve_discovered` decides (actors97)."""
    named = ctx.shared_surnames.get(tok.text)
    if not named or not ONE_WORD_NAME.fullmatch(tok.text) or tok.i <= named[0][0]:
        return None
    return Referent(None, tok.text, "person")


ONE_WORD_NAME = re.compile(r"[A-Z][a-z]+")  # a surname spelt as one ("Contepomi"; not "North" of two seats' names)


def _capitals_org(tok: Tok, ctx: ArticleContext, info: ArticleInfo) -> bool:
    """'LVMH is financially covering two-thirds', 'LVMH has long been involved' beside "from LVMH (LVMHF), the luxury
    conglomerate": a word in capitals of three letters or more that is the one-word name of a firm or an outlet the
    page names where spaCy labels it (`ctx.one_word_orgs`, typed a company or media by its cues; an organisation typed
    by spaCy's label alone is often a method's or a programme's initials: "BIA is quick and easy", "NMF is made up of
    humectants"), where it is a subject or a possessor, spaCy labels nothing here and the page never writes the word
    in lower case ("LOCALLY will be tunneled"); not the initials of a body the page names in full ("LSE" of "the London
    Stock Exchange", `ctx.acronyms`, `ctx.initialled`), which the acronym rules link to that body, nor the first word
    of a longer organisation's name on the page ("WMC" beside "WMC Resources": it would be an actor of its own beside
    the firm): the firm (web83)."""
    known = ctx.one_word_orgs.get(tok.text)
    return (
        len(tok.text) >= 3
        and tok.text.isalpha()
        and known is not None
        and known.actor_type in CAPITALS_ORG_TYPES
        and tok.ent_iob == "O"
        and tok.dep in ACTING_DEPS
        and tok.lower not in info.lower_words
        and tok.text not in ctx.acronyms
        and tok.lower not in ctx.initialled
        and not any(name.startswith(tok.text + " ") for name in ctx.org_starts)
    )


CAPITALS_ORG_TYPES = frozenset({"company", "media"})


def _headline_surname(tok: Tok, known: Referent, info: ArticleInfo) -> bool:
    """'Jones doping probe begins', 'Calder fears for Scottish rugby' before "Marion Jones", "Finlay Calder" in the
    body: in a headline, the surname of the one person the article names in full (`ctx.full_names` leaves out a
    surname two persons share) is that person where the headline's parse makes it a noun's modifier or its first
    word a common noun, as a headline's words often are, when the article never writes the word in lower case
    ("Young debut" stays unsaid: "young" is written so) (actors93)."""
    return known.actor_type == "person" and tok.sent in info.headlines and tok.lower not in info.lower_words


def _common_opener(tok: Tok, first: int, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """'However FoodCorp can silently change', 'But Ruddock feels', 'Both Agerblad and ...': the first word of the
    sentence, no proper noun, number nor article ("The Office's Ricky Gervais", "The Dell provides": a title's or a
    thing's name; "Six Hearts": a heading's), that the page writes in lower case too: capitalised as a sentence's
    first word is, no part of a name beside it (web81)."""
    return (
        tok.i == first
        and tok.pos not in NAME_OPENER_POS
        and tok.lower not in lex.determiners
        and tok.lower in info.lower_words
    )


NAME_OPENER_POS = frozenset({"PROPN", "NUM"})  # a sentence's first word that may open the name beside it
THING_LABELS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def _thing_labelled_surname(tok: Tok, ctx: ArticleContext, info: ArticleInfo) -> bool:
    """'getting it to [[Bolger]]', 'cases like [[Bolger]]'s' after "Angela Bolger": the surname of a person the
    article names in full that spaCy alone labels a building, product, work, event or law (`THING_LABELS`), an
    entity of that one word. A place's label (GPE, LOC: "Washington" beside George Washington) and an
    organisation's are left to their own rules, but for the object of "according to" (`_after_according_to`, web77).
    An organisation's one-word name so labelled where it acts or owns: `_thing_labelled_firm` (web81). A person's
    label on a headline's modifier: `_headline_modifier_person` (actors94)."""
    known = ctx.full_names.get(tok.text)
    after = info.toks.get(tok.i + 1)
    if tok.ent_iob != "B" or after is not None and after.ent_iob == "I":
        return False
    if known is None:
        return _thing_labelled_firm(tok, ctx)
    return known.actor_type == "person" and (
        tok.ent_type in THING_LABELS
        or tok.ent_type in CITED_PLACE_LABELS
        and _after_according_to(tok)
        or _headline_modifier_person(tok, info)
    )


def _headline_modifier_person(tok: Tok, info: ArticleInfo) -> bool:
    """'Galloway plea for hostage release', 'Collins appeals against drugs ban': a headline's one word spaCy labels a
    person but parses as a noun's modifier (a headline's verb is often parsed a noun), which `ner_candidates` drops
    as a modifier ("Yorkshire millionaire"): the surname of the one person the body names in full is that person, as
    `_headline_surname` takes an unlabelled one (actors94)."""
    return tok.ent_type == "PERSON" and tok.dep == "compound" and tok.sent in info.headlines


ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _thing_labelled_firm(tok: Tok, ctx: ArticleContext) -> bool:
    """'[[FoodCorp]] claims that ...', "[[FoodCorp]]'s automated surveillance system" beside "FoodCorp's servers dig
    deep", spaCy's organisation: the one-word name of an organisation the page names (`ctx.one_word_orgs`, not a
    person's) that spaCy alone labels a product or a work here, an entity of that one word, where it acts or owns (a
    subject or a possessor; web81)."""
    known = ctx.one_word_orgs.get(tok.text)
    return (
        known is not None
        and known.actor_type != "person"
        and tok.ent_type in {"PRODUCT", "WORK_OF_ART"}
        and tok.dep in ACTING_DEPS
    )


CITED_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _after_according_to(tok: Tok) -> bool:
    """'According to Parrington, fires ...' after "said Mark Parrington": the object of "according to", where the
    surname of a person the article names in full is that person even when spaCy labels it a place (web77)."""
    to = tok.head
    return (
        tok.dep == "pobj"
        and to is not None
        and to.lower == "to"
        and to.head is not None
        and to.head.lower == "according"
    )


def ends_a_longer_name(tok: Tok, info: ArticleInfo) -> bool:
    """'the Forum for the Future', 'the Palace of Westminster': a capitalised word before the word with "of" or
    "for" (and "the") between them."""
    k, between = tok.i - 1, set()
    while k in info.toks and info.toks[k].sent == tok.sent and info.toks[k].lower in NAME_FUNCTION_WORDS:
        between.add(info.toks[k].lower)
        k -= 1
    before = info.toks.get(k)
    if before is None or before.sent != tok.sent or not between & {"of", "for"}:
        return False
    return before.text[:1].isupper() and before.pos == "PROPN"  # not "Creditors of Parmalat"


def _opening_name(tok: Tok, info: ArticleInfo) -> bool:
    """A sentence's first word may be a surname: spaCy's proper noun, or a subject the article never writes
    in lower case ("Grewcock was sin-binned", tagged a common noun)."""
    return tok.pos == "PROPN" or tok.dep in {"nsubj", "nsubjpass"} and tok.lower not in info.lower_words


def _respell_persons(ctx: ArticleContext, linker: Linker) -> None:
    """A discovered full name that is a spelling variant of a registry person's ("Vincent Cable" of Vince
    Cable, linked `fuzzy`): its surname ("Mr Cable") is that person too."""
    if linker.fuzzy is None:
        return
    for key, ref in ctx.full_names.items():
        if ref.actor_id is None and ref.actor_type == "person":
            hit = linker.fuzzy.match(ref.name, "person", linker.fuzzy_threshold)
            if hit is not None and hit[0].type == "person":
                ctx.full_names[key] = ref._replace(actor_id=hit[0].id, name=hit[0].name, strong=True)


def state_votes(chosen: list[Candidate], registry: Registry) -> list[str]:
    """The states a sentence's mentions speak for: states named, and the state of each registry actor
    of a country (its ministers, parties and bodies: "Mr Blair", "Labour" count for the UK)."""
    votes = []
    for c in chosen:
        if c.actor_type == "state" and c.actor_id:
            votes.append(c.actor_id)
        elif c.actor_id in registry.entries:
            state = registry.state_of.get(registry.entry(c.actor_id).country_iso3 or "")
            if state is not None:
                votes.append(state)
    return votes


def cue_spans(cue: list[Tok]) -> list[tuple[int, int]]:
    """The cue's spans of the article, in text order: one when its tokens lie close (fewer than three other
    tokens between them), else two, cut at the widest gap between neighbouring tokens ("rugby" ... "Zealand":
    the sport's word early in the article and the team's name it makes a team)."""
    if not cue:
        return []
    toks = sorted(cue, key=lambda t: t.i)
    if toks[-1].i - toks[0].i < len(toks) + 3:
        return [(toks[0].start, toks[-1].end)]
    cut = max(range(1, len(toks)), key=lambda k: toks[k].i - toks[k - 1].i)
    return [(toks[0].start, toks[cut - 1].end), (toks[cut].start, toks[-1].end)]


def cue_columns(article: ParsedArticle, cue: list[Tok]) -> dict[str, Any]:
    """A mention's type-cue columns: the first span's text and offsets, and the second's when the cue has two."""
    spans = cue_spans(cue)
    columns: dict[str, Any] = {}
    for suffix, (start, end) in zip(("", "2"), spans, strict=False):
        text = article.span_text(start, end)
        columns |= {f"type_cue{suffix}": text, f"type_cue{suffix}_start": start, f"type_cue{suffix}_end": end}
    return columns


def mention_records(article: ParsedArticle, chosen: Iterable[Candidate]) -> list[MentionRecord]:
    toks = {t.i: t for t in article.tokens}
    records = []
    for k, c in enumerate(sorted(chosen, key=lambda c: (c.start, c.end, c.actor_id or ""))):
        sent = article.sents[toks[c.start_i].sent]
        records.append(
            MentionRecord(
                mention_id=f"{article.article_id}:m{k:04d}",
                article_id=article.article_id,
                sentence_id=sent.sentence_id,
                start=c.start,
                end=c.end,
                text=article.span_text(c.start, c.end),
                actor_id=c.actor_id,
                actor_type=c.actor_type,
                link_method=c.method,
                link_score=c.score,
                matched_alias=c.matched,
                head_i=c.end_i,
                type_rule=c.type_rule,
                **cue_columns(article, c.cue),
            )
        )
    return records


def actor_records(mentions: list[MentionRecord], names: dict[str, str], registry: Registry) -> list[ActorRecord]:
    """One row per actor mentioned: registry actors with their data, discovered ones with their name
    and the type their mentions vote, weighed by the rule that typed each (`actortypes.discovered_type`)."""
    counts = Counter(m.actor_id for m in mentions if m.actor_id)
    votes = type_votes((m.actor_id, m.actor_type, m.type_rule) for m in mentions if m.actor_id not in registry.entries)
    rows = []
    for actor_id in sorted(counts):
        if actor_id in registry.entries:
            e = registry.entry(actor_id)
            rows.append(
                ActorRecord(
                    actor_id=e.id, name=e.name, actor_type=e.type, aliases=list(e.aliases), country_iso3=e.country_iso3,
                    wikidata_id=e.wikidata_id, source="registry", n_mentions=counts[actor_id],
                )
            )  # fmt: skip
        else:
            actor_type = discovered_type(votes[actor_id])
            name = names.get(actor_id, actor_id)
            aliases = [surname_of(name)] if actor_type == "person" and " " in name else []
            rows.append(
                ActorRecord(
                    actor_id=actor_id, name=name, actor_type=actor_type, aliases=aliases, country_iso3=None,
                    wikidata_id=None, source="discovered", n_mentions=counts[actor_id],
                )
            )  # fmt: skip
    return rows


def article_names(chosen: Iterable[Candidate], registry: Registry) -> dict[str, str]:
    """The longest name (then the last in order) of each discovered actor an article's mentions name."""
    names: dict[str, str] = {}
    for c in chosen:
        if c.actor_id and c.actor_id not in registry.entries and c.name:
            current = names.get(c.actor_id)
            if current is None or (len(c.name), c.name) > (len(current), current):
                names[c.actor_id] = c.name
    return names


def merge_names(per_article: Iterable[dict[str, str]]) -> dict[str, str]:
    names: dict[str, str] = {}
    for article in per_article:
        for actor_id, name in article.items():
            current = names.get(actor_id)
            if current is None or (len(name), name) > (len(current), current):
                names[actor_id] = name
    return names


def link_articles(
    articles: list[ParsedArticle],
    registry: Registry,
    fuzzy_threshold: float,
    lexicon: ActorsLexicon | None = None,
    dates: dict[str, date] | None = None,
) -> tuple[list[MentionRecord], list[ActorRecord]]:
    """Mentions of every article and the actors they refer to (the default lexicon when none is given; `dates`:
    article id -> the article's date, for the articles whose source gives one)."""
    linker = Linker.build(registry, fuzzy_threshold, lexicon)
    mentions: list[MentionRecord] = []
    per_article: list[dict[str, str]] = []
    for article in articles:
        chosen = link_article(article, linker, (dates or {}).get(article.article_id))
        per_article.append(article_names(chosen, registry))
        mentions.extend(mention_records(article, chosen))
    return mentions, actor_records(mentions, merge_names(per_article), registry)


# --- I/O edge ----------------------------------------------------------------------------------


def run(
    texts_path, sentences_path, tokens_path, registry_path, fuzzy_threshold: float, out_mentions, out_actors,
    lexicon_path=None, cache_dir=None, failures_in=None, out_failures=None, articles_path=None, names_path=None,
) -> tuple[int, int]:  # fmt: skip
    """Link one shard; returns (mentions, actors). The default lexicon when no path is given, with the given names of
    the claims lexicon at `names_path` (the checkout's when none is given; actors87). The
    articles of `failures_in` (the normalize step's failures) are left out; they and the articles whose
    linking raises are written to `out_failures` (see narrative_pipeline.failures). `articles_path`, the ingest
    step's articles table of the shard, gives each article's date (`published_at`; none without it).

    With a cache folder, an article whose texts, sentences and tokens rows (and the registry,
    lexicon, threshold and code) are unchanged takes its mentions and discovered names from it;
    the actors table is made from the whole shard's mentions and names either way.
    """
    import pyarrow as pa

    from ..articlecache import by_article_id, run_by_article
    from ..cache import cache_key
    from ..failures import failed_ids, read_failures, write_failures
    from ..hashing import canonical_json_hash, sha256_file, step_fingerprint
    from ..parsed import articles_from_tables, read_shard_tables
    from ..registry import load_registry_hashed
    from ..tables import arrow_schema, to_table, validate_rows, write_records, write_table
    from .lexicon import DEFAULT_LEXICON, DEFAULT_NAMES_LEXICON

    texts, sentences, tokens = read_shard_tables(Path(texts_path), Path(sentences_path), Path(tokens_path))
    registry, registry_digest = load_registry_hashed(Path(registry_path))
    lexicon = load_actors_lexicon(
        Path(lexicon_path) if lexicon_path is not None else DEFAULT_LEXICON,
        Path(names_path) if names_path is not None else DEFAULT_NAMES_LEXICON,
    )
    names_schema = pa.schema([("article_id", pa.string()), ("actor_id", pa.string()), ("name", pa.string())])
    dated = _dates_table(Path(articles_path) if articles_path is not None else None, texts)

    def compute(tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
        linker = Linker.build(registry, fuzzy_threshold, lexicon)
        mentions: list[MentionRecord] = []
        names: list[dict[str, str]] = []
        dates = {r["article_id"]: article_date(r["published_at"]) for r in tables["dates"].to_pylist()}
        for article in articles_from_tables(tables["texts"], tables["sentences"], tables["tokens"]):
            chosen = link_article(article, linker, dates.get(article.article_id))
            found = article_names(chosen, registry)
            names += [{"article_id": article.article_id, "actor_id": k, "name": found[k]} for k in sorted(found)]
            mentions.extend(mention_records(article, chosen))
        names_table = pa.Table.from_pylist(names, schema=names_schema)
        return {"mentions": to_table(mentions, MentionRecord), "names": names_table}

    base = cache_key(
        "actors",
        step_fingerprint("actors"),
        registry_digest,
        sha256_file(Path(lexicon_path) if lexicon_path is not None else DEFAULT_LEXICON),
        # the claims lexicon's names and titles the actors step reads: an edit elsewhere in it keeps the cache
        canonical_json_hash([sorted(w) for w in (lexicon.given_names, lexicon.female_words, lexicon.male_words)]),
        repr(float(fuzzy_threshold)),
    )
    earlier = read_failures(Path(failures_in) if failures_in else None)
    tables, _, failures = run_by_article(
        Path(cache_dir) if cache_dir else None,
        base,
        texts.column("article_id").to_pylist(),
        {
            "texts": (texts, by_article_id),
            "sentences": (sentences, by_article_id),
            "tokens": (tokens, by_article_id),
            "dates": (dated, by_article_id),
        },
        compute,
        {"mentions": (arrow_schema(MentionRecord), by_article_id), "names": (names_schema, by_article_id)},
        step="actors",
        skip=failed_ids(earlier),
        pack=Path(out_mentions).name,
    )
    if out_failures is not None:
        write_failures(Path(out_failures), earlier + failures)
    mentions = validate_rows(MentionRecord, tables["mentions"].to_pylist())
    names = merge_names([{r["actor_id"]: r["name"]} for r in tables["names"].to_pylist()])
    write_table(Path(out_mentions), tables["mentions"])
    actors = actor_records(mentions, names, registry)
    write_records(Path(out_actors), actors, ActorRecord)
    return len(mentions), len(actors)


def _dates_table(path: Path | None, texts):
    """Each article's `published_at` (one row per article of `texts`, null where the source gives none or no
    articles table is given): an input of the per-article cache, so a changed date links the article again."""
    import pyarrow as pa

    from ..tables import read_parquet

    schema = pa.schema([("article_id", pa.string()), ("published_at", pa.string())])
    known: dict[str, str | None] = {}
    if path is not None:
        for row in read_parquet(path, columns=["article_id", "published_at"]).to_pylist():
            known.setdefault(row["article_id"], row["published_at"])
    ids = texts.column("article_id").to_pylist()
    return pa.Table.from_pylist([{"article_id": a, "published_at": known.get(a)} for a in ids], schema=schema)
