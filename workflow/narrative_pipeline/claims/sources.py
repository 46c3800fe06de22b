"""Who can be a claimer: sources, the claimer phrase, and the subject a reporting verb stands for."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..parsed import Tok
from ..records import MentionRecord
from ..syntax import hangs_phrase, head_of, is_age, is_verb, lemma, negated, subject_of, subtree_without
from .lexicon import Lexicon
from .model import Attribution, Scope
from .pronouns import person_of_pronoun
from .units import LINK, report_after_deed

# branches kept out of a claimer phrase ("Mr Smith, who ...": "Mr Smith"); a proper noun keeps
# its prepositional phrase ("Lord Nicholls of Birkenhead")
CLAIMER_CUT = frozenset({"appos", "relcl", "acl", "punct", "cc", "advmod", "prep"})
SOURCE_CUT = frozenset({"relcl", "acl", "appos"})


def of_group(subject: Tok, lex: Lexicon) -> Tok | None:
    """'one of their frontbenchers', 'many of the analysts': the group a quantifier subject picks from."""
    if subject.lower not in lex.quantifier_subjects:
        return None
    prep = next((c for c in subject.children if c.dep == "prep" and c.lower == "of"), None)
    return next((c for c in prep.children if c.dep == "pobj"), None) if prep is not None else None


def is_source(subject: Tok, scope: Scope) -> bool:
    """Whether a subject denotes a source that can put a claim forward ('one of X': when X does)."""
    lex = scope.lex
    group = of_group(subject, lex)
    if group is not None:
        return is_source(group, scope)
    if subject.lower in lex.source_pronouns:
        return True
    if subject.lower in lex.non_source_subjects:
        return False
    if any(t.i in scope.mention_tokens for t in subtree_without(subject, SOURCE_CUT)):
        return True
    if subject.pos == "PROPN" or subject.ent_type in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    return subject.lower in lex.source_nouns or lemma(subject) in lex.source_nouns or is_age(subject)


def named_after_title(subject: Tok) -> list[Tok]:
    """The name that follows a title or role subject: an apposition that is a name ("political
    correspondent Glenn Campbell", "its chief executive, Sir Howard Newby,") or a second subject
    of the same verb that is one ("Veteran Labour MP and former minister Jack Cunningham said")."""
    if any(t.ent_type == "PERSON" for t in subtree_without(subject, CLAIMER_CUT | {"poss"})):
        return []
    names = [c for c in subject.children if c.dep == "appos" and c.pos == "PROPN" and c.i > subject.i]
    names += title_of_name(subject)
    verb = subject.head
    if verb is not None and verb is not subject:
        # not a link the parser took for a second subject ('the governor says https://t.co/abc', review19d)
        names += [
            c
            for c in verb.children
            if c.dep == subject.dep and c.i > subject.i and c.pos == "PROPN" and not LINK.search(c.text)
        ]
    if not names:
        return []
    name = min(names, key=lambda t: t.i)
    return subtree_without(name, CLAIMER_CUT)


def title_of_name(subject: Tok) -> list[Tok]:
    """'Shadow leader of the Commons Oliver Heald said': a role noun whose 'of' phrase names an institution
    and then a person, run together by the parser into the object of 'of' (the person is the speaker;
    not "the wife of Tony Blair")."""
    if subject.pos == "PROPN":
        return []
    prep = next((c for c in subject.children if c.dep == "prep" and c.lower == "of"), None)
    obj = next((c for c in prep.children if c.dep == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos != "PROPN" or obj.ent_type != "PERSON":
        return []
    before = [t for t in obj.subtree() if t.dep in {"compound", "flat"}]
    # "of the Commons Oliver Heald"; not "of Tony Blair", nor "of former Yukos boss Mikhail Khodorkovsky"
    # (the name has a title of its own)
    institution = any(t.ent_type != "PERSON" for t in before) and all(t.pos == "PROPN" for t in before)
    named = any(t.ent_type == "PERSON" for t in before)
    return [obj] if named and (institution or of_field(sorted(before, key=lambda t: t.i))) else []


def of_field(before: list[Tok]) -> bool:
    """'Bath director of rugby Jack Rowell', 'Real Madrid director of sport Emilio Butragueno' (review72 finding 10;
    claims89): the words the parser ran into the name after 'of' are one common noun, the role's field, then the
    person's name; not 'the wife of rugby star X' (two nouns: the name's own title)."""
    return (
        len(before) >= 2
        and before[0].pos == "NOUN"
        and before[0].ent_type != "PERSON"
        and all(t.pos == "PROPN" and t.ent_type == "PERSON" for t in before[1:])
    )


BRACKETS = {"(": ")", "[": "]"}


def claimer_tokens(subject: Tok, lex: Lexicon) -> list[Tok]:
    """The claimer phrase of a subject: without clauses, appositions and a leading article; a
    title or role keeps the name that follows it."""
    cut = CLAIMER_CUT - {"prep"} if subject.pos == "PROPN" or of_group(subject, lex) is not None else CLAIMER_CUT
    toks = subtree_without(subject, cut)
    named = named_after_title(subject)
    if named:
        last = max(t.i for t in named)
        between = [t for t in subject.subtree() if toks[-1].i < t.i < min(x.i for x in named)]
        toks = sorted({t.i: t for t in [*toks, *between, *named] if t.i <= last}.values(), key=lambda t: t.i)
    toks = without_brackets(toks, subject)
    while toks and toks[0].dep == "det" and toks[0].lower in lex.determiners:
        toks = toks[1:]
    while toks and toks[-1].dep in {"punct", "case"}:
        toks = toks[:-1]
    return toks or [subject]


def without_brackets(toks: list[Tok], subject: Tok) -> list[Tok]:
    """'The British Chambers of Commerce (BCC)', 'Mr Brown (pictured)': a phrase without what its
    subject's words put in brackets after the phrase's first word (an abbreviation or an aside)."""
    words = sorted(subject.subtree(), key=lambda t: t.i)
    opening = next((t for t in words if t.text in BRACKETS and toks and t.i > toks[0].i), None)
    if opening is None:
        return toks
    closing = next((t for t in words if t.i > opening.i and t.text == BRACKETS[opening.text]), None)
    return [t for t in toks if t.i < opening.i or (closing is not None and t.i > closing.i)]


def inverted_subject(verb: Tok) -> Tok | None:
    """'For instance, said Mr Makower, credit cards are rare': a name or pronoun right after a
    subjectless reporting verb and closed by a comma, which the parser hung on the reported clause."""
    root = (verb.ancestors() or [verb])[-1]
    indexes, tokens = _subtree_in_order(root)
    return _subject_after(verb, tokens, bisect_right(indexes, verb.i))


@lru_cache(maxsize=16)
def _subtree_in_order(root: Tok) -> tuple[list[int], list[Tok]]:
    """A root's subtree in text order and its tokens' indexes, worked out once for all the verbs under it: each verb
    then reads only the words after it up to where `_subject_after` stops, not the whole subtree again, which was
    quadratic in the words of a long sentence (fix79; speed59). The parse's tokens never change once linked
    (`parsed.build_articles`), and a `Tok` hashes by identity; the cache holds its roots, so none is reused."""
    tokens = root.subtree()
    return [t.i for t in tokens], tokens


def _subject_after(verb: Tok, tokens: list[Tok], first: int) -> Tok | None:
    """The subject `inverted_subject` looks for among `tokens[first:]` (the root's words after the verb): the first
    subject not the verb's own, closed by a comma and no more than four words in from the verb, every word before it
    a name, determiner, adjective or noun; None at a punctuation mark or verb before it."""
    for k in range(first, len(tokens)):
        tok = tokens[k]
        if tok.dep in {"nsubj", "nsubjpass"} and tok.head is not verb:
            words = tokens[first : k + 1]
            closed = k + 1 < len(tokens) and tokens[k + 1].text == ","
            named = tok.pos in {"PROPN", "PRON"} and all(w.pos in {"PROPN", "DET", "ADJ", "NOUN"} for w in words[:-1])
            return tok if closed and named and len(words) <= 4 else None
        if tok.pos in {"PUNCT", "VERB", "AUX"}:
            return None
    return None


def continued(verb: Tok, lex: Lexicon) -> bool:
    """'He went on to say ...', 'she proceeded to warn ...': an infinitive under a continuing verb."""
    head = verb.head
    if verb.dep not in {"xcomp", "advcl"} or head is None or head is verb:
        return False
    particles = {c.lower for c in head.children if c.dep == "prt"}
    return any(p[0] == lemma(head) and set(p[1:]) <= particles for p in lex.continuing_verbs)


def continuing_colon(verb: Tok, lex: Lexicon) -> bool:
    """'He went on: "..."', 'Moyes continued: "..."': a continuing verb (`continuing_verbs`) whose particles end right
    before a colon goes on with its subject's words, as 'She added: "..."' does (claims61). The parser hangs the colon
    on the verb or, when it makes the quotation's verb the root ('He went on: "Giving evidence is ..."'), on that."""
    particles = [c for c in verb.children if c.dep == "prt" and c.i > verb.i]
    words = {c.lower for c in particles}
    if not any(p[0] == lemma(verb) and set(p[1:]) <= words for p in lex.continuing_verbs):
        return False
    end = max([verb.i, *(c.i for c in particles)])
    near = verb.children + (verb.head.children if verb.head is not None and verb.head is not verb else [])
    return any(t.text == ":" and t.i == end + 1 for t in near)


def effective_subject(verb: Tok, lex: Lexicon, in_quotes: frozenset[int]) -> Tok | None:
    """The verb's subject; for a relative pronoun, the noun the relative clause attaches to; for a
    gerund on the object of 'with', that object; for a verb joined to a refusal to speak, the refusal's
    subject; for a subjectless gerund ("..., saying ...") or an infinitive under a continuing verb ("went on to
    say"), the subject of the verb it depends on. `in_quotes`: the sentence's tokens inside a quotation."""
    quoted = quoted_object(verb, lex)
    if quoted is not None:
        return quoted
    subject = nearest_subject(verb) or inverted_subject(verb)
    if subject is None and continued(verb, lex):
        return subject_of(verb.head)
    if subject is not None and subject.lower in lex.relative_pronouns and verb.dep == "relcl" and verb.head is not None:
        return verb.head
    if subject is None and with_speaker(verb) is not None:
        return with_speaker(verb)
    if subject is None and after_refusal(verb, lex):
        return subject_of(verb.head)
    if subject is None and (after_speech_act(verb, lex) or report_after_deed(verb, lex, in_quotes)):
        return subject_of(verb.head)
    if subject is None and verb.tag == "VBG" and verb.dep in {"advcl", "pcomp", "xcomp"}:
        gov = verb.head
        while gov is not None and gov.dep == "prep" and gov.head is not gov:
            gov = gov.head
        if gov is not None and is_verb(gov):
            return quoted_as_saying(verb, gov) or subject_of(gov)
    return subject


def nearest_subject(verb: Tok) -> Tok | None:
    """The verb's subject; of two nominal subjects before it with a comma of the verb between them, the nearer one
    when the farther one is no name. The parser takes a fronted phrase for a second subject ('But this financial year,
    because of "volatility in the oil market", he said the duty would be frozen': 'year' and 'he' both nsubj of
    'said'; '"The government, despite ..., seem intent on ...," he said': the quotation's subject); a clause has one
    subject, and the farther one, set off by a comma, is the fronted phrase (review17e: the source was 'this financial
    year'). Not a name and its body ('Colin Asplin, Blackpool Hotel Association said': his), nor two subjects with no
    comma between: a title and a name ('Veteran Labour MP and former minister Jack Cunningham said',
    `named_after_title`)."""
    subjects = [c for c in verb.children if c.dep == "nsubj" and c.i < verb.i]
    if len(subjects) < 2:
        return subject_of(verb)
    farther, nearer = subjects[-2], subjects[-1]
    set_off = any(c.text == "," and farther.i < c.i < nearer.i for c in verb.children)
    return nearer if set_off and farther.pos != "PROPN" else subject_of(verb)


def quoted_object(verb: Tok, lex: Lexicon) -> Tok | None:
    """'"...," AP quoted prosecutor John Smith as saying': the named object of a verb with 'as' and a
    reporting gerund is who says it (the subject only passes it on); with an unnamed object ('Reuters
    quoted sources as saying') the subject, who names no one else, stays the source (as silver labels both)."""
    gerund = next(
        (
            g
            for c in verb.children
            if c.dep == "prep" and c.lower == "as"
            for g in c.children
            if g.dep == "pcomp" and g.tag == "VBG" and lemma(g) in lex.reporting_verbs
        ),
        None,
    )
    quoted = next((c for c in verb.children if c.dep == "dobj"), None) if gerund is not None else None
    return quoted if quoted is not None and quoted.pos == "PROPN" else None


def quoted_as_saying(verb: Tok, gov: Tok) -> Tok | None:
    """'AP quoted John Smith as saying ...': the gerund hung on the verb through 'as' has the verb's
    named object as its subject (`quoted_object`)."""
    if verb.dep != "pcomp" or verb.head is None or verb.head.lower != "as":
        return None
    quoted = next((c for c in gov.children if c.dep == "dobj"), None)
    return quoted if quoted is not None and quoted.pos == "PROPN" else None


def with_speaker(verb: Tok) -> Tok | None:
    """'..., with analysts saying the deficit could grow': a gerund hung on the object of 'with' has
    that object as its subject (the parser reads the gerund as the noun's modifier)."""
    if verb.tag != "VBG" or verb.dep != "acl" or verb.head is None or verb.head is verb:
        return None
    noun = verb.head
    if noun.dep != "pobj" or noun.head is None or noun.head.lower != "with":
        return None
    return noun


def after_refusal(verb: Tok, lex: Lexicon) -> bool:
    """'X did not reveal the injury, but said she would play', 'the firm declined to comment but
    said ...': a verb joined to a refusal to speak shares its subject (the parser gave it none)."""
    head = verb.head
    if verb.dep != "conj" or head is None or head is verb:
        return False
    if negated(head) and lemma(head) in lex.withheld_speech_verbs:
        return True
    return lemma(head) in lex.withholding_verbs and any(
        c.dep == "xcomp" and lemma(c) in lex.withheld_speech_verbs for c in head.children
    )


def after_speech_act(verb: Tok, lex: Lexicon) -> bool:
    """'A statement by Symbian played down the significance ... and said few people would ...', 'Hewitt played down
    his defeat and insisted he is focused ...': a verb of saying joined to an act of speech that frames nothing by
    itself (`conjunct_speech_phrases`) shares its subject (the parser gave it none); not one joined to an act that says
    nothing ('Volkswagen is considering building a factory, but said ...': the labels' author)."""
    head = verb.head
    if verb.dep != "conj" or head is None or head is verb:
        return False
    if lemma(verb) not in lex.saying_verbs and lemma(verb) not in lex.reporting_verbs:
        return False  # any verb that reports ('Jones repeated her innocence and vowed she would be cleared': claims89)
    if not any(c.dep == "ccomp" for c in verb.children):
        return False
    return hangs_phrase(head, lex.conjunct_speech_phrases)


def mention_for(tokens: list[Tok], mentions: dict[int, MentionRecord], prefer: Tok) -> MentionRecord | None:
    """The mention at `prefer`, else a person's name that ends the phrase ("Ms Jowell's deputy, Richard
    Caborn"), else the first linked (not alignment) mention among the tokens."""
    if prefer.i in mentions:
        return mentions[prefer.i]
    last = mentions.get(tokens[-1].i) if tokens else None
    if last is not None and last.actor_id and last.actor_type == "person" and last.link_method != "alignment":
        return last
    for tok in tokens:
        mention = mentions.get(tok.i)
        if mention is not None and mention.actor_id and mention.link_method != "alignment":
            return mention
    return None


def claimer_actor(attribution: Attribution, scope: Scope) -> str | None:
    """The actor a claimer phrase names; a lone pronoun is the last person (he, she) or the last
    organisation, state or group (it) in subject position, in this paragraph or the one before."""
    if attribution.kind != "actor" or not attribution.claimer:
        return None
    claimer = attribution.claimer
    head = head_of(claimer)
    if head.lower in scope.lex.person_pronouns and len(claimer) == 1:
        return person_of_pronoun(head, scope)
    if head.lower in scope.lex.organisation_pronouns and len(claimer) == 1:
        d = scope.discourse  # named as a subject in this paragraph or the one before ("it said" is a source anyway)
        return d.last_subject_group if d.paragraph - d.last_subject_group_paragraph <= 1 else None
    mention = mention_for(claimer, scope.mentions, head)
    return mention.actor_id if mention is not None and mention.link_method != "alignment" else None
