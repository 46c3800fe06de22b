"""Which person a claimer pronoun (he, she) stands for.

A pronoun stands for the last person named as the subject of a main clause before it in the same
sentence ("Culture Secretary Tessa Jowell said ... and she accused ..."), else the person who spoke in
the sentence before when that speaker was named outside subject position ('"...," according to Peter
Brown. "...," he added.'; "Mr Brown's spokesman said"; not for a pronoun inside quotation marks, nor
a speaker whose common first name gives the other gender; a name in apposition, "Cosby's lawyer,
Walter Phillips, said", makes the named person the speaker, and no actor when unlinked; a speaker whose words the
sentence's own reporter reports gives way to that reporter, the active subject of its main clause: 'Weitz said he had
visited Pullman, who had told him that ... He added: "..."' is Weitz's), else the last
person named in subject position in an earlier sentence. A person whose title in the article gives the
other gender ("Mr McConnell" for "she") is skipped: the pronoun then goes to the last person the
sentence before names in any position who agrees ("Her comments did not impress Tim Collins. '...,' he
said."), else back to the last earlier subject who agrees (no title of the other gender), or stands for
nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Protocol

from ..parsed import ParsedArticle, Sent, Tok
from ..quotes import scan
from ..records import MentionRecord
from ..syntax import NOUN_PHRASE_ARCS, climb
from .lexicon import Lexicon
from .model import Discourse, Scope


class GenderLists(Protocol):
    """The four gender lists (the claims `Lexicon`, or the narratives step's `GenderWords` read from it)."""

    @property
    def female_titles(self) -> Collection[str]: ...
    @property
    def male_titles(self) -> Collection[str]: ...
    @property
    def female_first_names(self) -> Collection[str]: ...
    @property
    def male_first_names(self) -> Collection[str]: ...


def title_genders(article: ParsedArticle, mentions: list[MentionRecord], lex: GenderLists) -> dict[str, str]:
    """Person actor -> "female" / "male" when a title before (or opening) one of its mentions says so,
    and no title says otherwise."""
    token_by_start = {t.start: t for t in article.tokens}
    seen: dict[str, set[str]] = {}
    for m in mentions:
        first = token_by_start.get(m.start)
        if not m.actor_id or m.actor_type != "person" or first is None:
            continue
        for tok in (article.tokens[first.i - 1] if first.i > 0 else None, first):
            # a title is written with a capital: "Voters will miss Peter Brown" says nothing
            word = tok.lower.rstrip(".") if tok is not None and tok.text[:1].isupper() else ""
            if word in lex.female_titles:
                seen.setdefault(m.actor_id, set()).add("female")
            elif word in lex.male_titles:
                seen.setdefault(m.actor_id, set()).add("male")
    return {actor: next(iter(g)) for actor, g in sorted(seen.items()) if len(g) == 1}


def first_name_genders(article: ParsedArticle, mentions: list[MentionRecord], lex: GenderLists) -> dict[str, str]:
    """Person actor -> the gender of a common first name that opens one of its mentions of two or more
    words ("Gordon Brown"), when its mentions give no two genders."""
    token_by_start = {t.start: t for t in article.tokens}
    seen: dict[str, set[str]] = {}
    for m in mentions:
        first = token_by_start.get(m.start)
        if not m.actor_id or m.actor_type != "person" or first is None or m.end <= first.end:
            continue
        word = first.lower if first.text[:1].isupper() else ""
        if word in lex.female_first_names:
            seen.setdefault(m.actor_id, set()).add("female")
        elif word in lex.male_first_names:
            seen.setdefault(m.actor_id, set()).add("male")
    return {actor: next(iter(g)) for actor, g in sorted(seen.items()) if len(g) == 1}


def named_heads(sent: Sent, scope: Scope) -> list[tuple[Tok, MentionRecord]]:
    """The head tokens of the sentence's linked mentions outside quotation marks (someone's words, not
    the article's), in text order: what the discourse remembers of a sentence."""
    quoted = scan(sent.tokens, scope.discourse.quote_open).inside
    out = []
    for tok in sent.tokens:
        m = scope.mentions.get(tok.i)
        if m is not None and m.actor_id and tok.i == m.head_i and tok.i not in quoted:
            out.append((tok, m))
    return out


def subject_persons(heads: list[tuple[Tok, MentionRecord]]) -> list[tuple[int, str]]:
    """(token index, actor) of the persons among `named_heads` named as the subject of the sentence's
    main clause (or a conjunct of it)."""
    out = []
    for tok, m in heads:
        top = climb(tok, NOUN_PHRASE_ARCS)
        if m.actor_type == "person" and top.dep in {"nsubj", "nsubjpass"} and main_clause(top.head):
            out.append((tok.i, m.actor_id))
    return out


def main_clause(verb: Tok | None) -> bool:
    """Whether a verb is the sentence's root or a conjunct of it (not a clause someone reports: in
    "they could see Michael Howard coming in, he added", Howard is no antecedent of "he")."""
    steps = 0
    while verb is not None and verb.dep == "conj" and verb.head is not verb and steps < 50:
        verb, steps = verb.head, steps + 1
    return verb is not None and verb.dep == "ROOT"


def persons_named(heads: list[tuple[Tok, MentionRecord]]) -> list[str]:
    """The persons among `named_heads`, in text order."""
    return [m.actor_id for _, m in heads if m.actor_type == "person"]


def pronoun_gender(pronoun: Tok, lex: Lexicon) -> str | None:
    if pronoun.lower in lex.female_pronouns:
        return "female"
    return "male" if pronoun.lower in lex.male_pronouns else None


def person_of_pronoun(pronoun: Tok, scope: Scope) -> str | None:
    """The person a claimer pronoun stands for (see the module)."""
    d = scope.discourse
    gender = pronoun_gender(pronoun, scope.lex)

    def agrees(actor: str) -> bool:
        return gender is None or scope.genders.get(actor, gender) == gender

    here = [actor for i, actor in d.sentence_subjects if i < pronoun.i and agrees(actor)]
    if here:
        return here[-1]
    if pronoun.i not in d.sentence_quoted and unnamed_spokesperson(scope, gender):
        return None  # 'A spokeswoman said: "..." But she added ...': the spokeswoman, no one named before her
    spoke, speaker = last_person_speaker(scope) if pronoun.i not in d.sentence_quoted else (False, None)
    if spoke and speaker is None and gender is not None:
        return None  # "Cosby's lawyer, Walter Phillips, said ... '...,' he said": the lawyer, not Cosby
    # not inside someone's words ('"... he thinks ...," X went on'), nor a speaker whose title or first
    # name gives the other gender ('"...," according to Gordon Brown. "...," she added.')
    named = gender is None or speaker is None or scope.name_genders.get(speaker, gender) == gender
    if speaker is not None and agrees(speaker) and named:
        nearer = subject_after_speaker(d, speaker, agrees)
        if nearer is not None:
            return nearer
        # the sentence before's reporter over a speaker whose words it reports ('Weitz said he had visited Pullman,
        # who had told him that ... He added: "..."': Weitz); a speaker who is a main clause's subject stays
        reporters = [a for a in d.previous_subject_speakers if agrees(a)]
        if reporters and speaker not in d.previous_subject_speakers:
            return reporters[-1]
        return speaker
    if d.last_subject_person is None or agrees(d.last_subject_person):
        return d.last_subject_person
    before = [actor for actor in reversed(d.previous_persons) if agrees(actor)]
    if before:  # "Her comments did not impress shadow secretary Tim Collins. '...,' he said."
        return before[0]
    earlier = [a for a in reversed(d.subject_history) if agrees(a)]
    return earlier[0] if earlier else None


def unnamed_spokesperson(scope: Scope, gender: str | None) -> bool:
    """Whether the last actor claimer of the sentence before is one who speaks for a body and is not named: the head
    of its phrase a noun of `spokesperson_nouns` ("A spokeswoman said", "an M&S spokesman said", "said a spokesman for
    the company") and no linked person's mention in the phrase ("Dean Boyd, a spokesman for ICE, said" names Boyd). A
    he / she right after stands for that speaker, not for a person the article named before (fix98: "Medical Research
    Council Professor Nancy Rothwell said ... A spokeswoman said: ... But she added ..." is the spokeswoman's), unless
    the noun gives the other gender ("A spokeswoman said ... He added": someone else). Only an indefinite one ("a" /
    "an"): "the spokesman", "the Tory spokesman" may be a person named before ("Shadow foreign secretary Michael
    Ancram ... The Tory spokesman also criticised ... '...,' he said": Ancram)."""
    d = scope.discourse
    last = d.last_claimer
    # the phrase itself in the sentence before: not a speaker handed on to it ('..., according to a spokesman.
    # Computer specialist Peter Smith would like ... "...," he said': Smith)
    if last is None or not last.claimer or last.claimer[0].sent != d.sentence - 1:
        return False
    inside = {t.i for t in last.claimer}
    heads = [t for t in last.claimer if t.head is None or t.head is t or t.head.i not in inside]
    if not heads or heads[0].lower not in scope.lex.spokesperson_nouns:
        return False
    named = [scope.mentions.get(t.i) for t in last.claimer]
    if any(m is not None and m.actor_id and m.actor_type == "person" for m in named):
        return False
    if not any(c.dep == "det" and c.lower in {"a", "an"} for c in heads[0].children):
        return False
    noun_gender = noun_of_gender(heads[0].lower)
    return gender is None or noun_gender is None or noun_gender == gender


def noun_of_gender(noun: str) -> str | None:
    """The gender a person noun's ending gives: "spokeswoman" a woman, "spokesman" a man, "spokesperson" none."""
    if noun.endswith("woman"):
        return "female"
    return "male" if noun.endswith("man") else None


def subject_after_speaker(d: Discourse, speaker: str, agrees: Callable[[str], bool]) -> str | None:
    """The person the sentence before names as the subject of a main-clause conjunct after its last speaker's
    phrase and unit ("Bogdanov won ... and then claimed the race would be between himself, Okken and Reina but McIlroy
    is unfazed. He admitted: ...": McIlroy, the nearer named subject outside the split-off report, not its speaker),
    when that person agrees with the pronoun and is not the speaker. Not a subject inside the speaker's unit
    ("According to Mandaric, Redknapp vowed ... '...,' he said": Redknapp's vow is Mandaric's claim, he is Mandaric)."""
    last = d.last_claimer
    if last is None or not last.claimer:
        return None
    end = max([d.last_claimer_unit_end, *(t.i for t in last.claimer)])
    later = [a for i, a in d.previous_subjects if i > end and a != speaker and agrees(a)]
    return later[-1] if later else None


def last_person_speaker(scope: Scope) -> tuple[bool, str | None]:
    """Whether a person named in the sentence before spoke there, and who: the last actor claimer there,
    when its phrase's head (or a possessor on it: "Mr Brown's spokesman") is a linked person's mention.
    A name in apposition to the head ("Cosby's lawyer, Walter Phillips") is the speaker, not the
    possessor: (True, None) when that name is no linked person."""
    d = scope.discourse
    last = d.last_claimer
    if last is None or not last.actor or not last.claimer or d.last_claimer_sentence != d.sentence - 1:
        return False, None
    inside = {t.i for t in last.claimer}
    heads = [t for t in last.claimer if t.head is None or t.head is t or t.head.i not in inside]
    if not heads:
        return False, None
    head = heads[0]

    def person(t: Tok) -> bool:
        m = scope.mentions.get(t.i)
        return m is not None and m.actor_id == last.actor and m.actor_type == "person"

    named = [c for c in head.children if c.dep == "appos" and c.i in inside and c.tag == "NNP"]
    if named and any(c.dep == "poss" and c.i in inside for c in head.children):
        words = [t for c in named for t in c.subtree()]
        return True, (last.actor if any(person(t) for t in words) else None)
    for tok in [head] + [c for c in head.children if c.dep == "poss" and c.i in inside]:
        for t in [tok] + [c for c in tok.children if c.dep in NOUN_PHRASE_ARCS and c.i in inside]:
            if person(t):
                return True, last.actor
    return False, None
