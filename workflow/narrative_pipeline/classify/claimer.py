"""The claimer phrase under ANNOTATION.md "Which phrase is the claimer".

The rules pick the subject of the nearest reporting verb. Two systematic errors on the silver
labels, fixed here:

- a reporting verb inside a quotation ('"I think it is wrong," he said') gives a first- or
  second-person claimer ("I", "we", "you", "our research"); the claimer is the speaker of the
  quotation: the subject of a reporting verb outside quotation marks in the same sentence, else
  the last speaker named before it;
- a claim the model attributes to an actor when the rules found no phrase: the speaker of the same
  sentence (a reporting verb outside quotation marks, "It said", "the firm reported"), else, for a
  quotation or a continuation of reported speech, the last speaker.

Each phrase found records the rule that found it (`Phrase.rule`).

A phrase the model's `actor` may take against the rules' kind must name a source that can speak (`can_speak`,
claims95): a person, a body, a document that reports, a pronoun that stands for one; not an event or a thing ("These
events have confirmed our recent thoughts", "The trend shows that ...", "A post-mortem ... showed").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..parsed import Tok
from ..records import ClaimRecord
from ..syntax import has_ending, is_age
from .index import CLOSE_QUOTES, FIRST_PERSON, SECOND_PERSON, ArticleIndex, LexiconLike, lemma, span_tokens

SELF_WORDS = FIRST_PERSON | SECOND_PERSON | {"myself", "ourselves", "yourself"}
NOT_SPEAKERS = frozenset({"this", "that", "which", "there", "what", "these", "those", "who"})
TRIM_DEPS = frozenset({"appos", "relcl", "acl", "punct", "cc", "advmod"})
MAX_PARAGRAPHS_BACK = 2
# verbs of saying that stand before their speaker after a quotation ('"...," confirmed a spokesman'; `inverted_speaker`)
INVERTED_VERBS = frozenset(
    {"say", "add", "confirm", "explain", "insist", "admit", "claim", "note", "argue", "state", "reply", "stress",
     "acknowledge", "concede", "declare", "observe", "remark", "continue"}
)  # fmt: skip


# named entities that speak: a person, a body, a people, a state
SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# common nouns of people the claims lexicon's `source_nouns` do not list and no agent ending gives
PERSON_NOUNS = frozenset(
    {"people", "person", "citizen", "public", "voter", "user", "passenger", "visitor", "guest", "child", "student",
     "member", "everyone", "everybody", "anyone", "someone", "nobody", "no-one", "colleague", "boss", "champion",
     "candidate", "delegate", "professional", "pundit", "archbishop", "clergyman", "representative", "suspect",
     "businessman", "businesswoman", "entrepreneur", "giant", "body", "charity", "country", "nation", "state",
     "parliament", "alliance", "society", "company", "pair", "side", "squad", "crowd", "audience",
     "house", "band", "tribunal", "corporation", "festival", "press", "management", "institute", "authority", "label",
     "network", "chain", "outfit", "camp", "academy", "school", "university", "college", "hospital", "bureau",
     "individual", "guard", "troll", "fan", "commenter", "friend", "neighbour", "neighbor", "local", "tank"}
)  # fmt: skip
# documents and records that report or show, beyond `source_nouns` and `evidence_nouns` ("The book alleges that ...",
# "minutes of the meeting showed ...", "The results also showed ...")
SPEAKING_DOCUMENTS = frozenset(
    {"book", "minutes", "memo", "memorandum", "e-mail", "email", "article", "leaflet", "message", "letter",
     "guidance", "guideline", "communique", "submission", "speech", "evidence", "result", "test", "trial", "record",
     "footage", "video", "film", "transcript", "diary", "website", "site", "blog", "programme", "documentary",
     "manifesto", "paper", "experiment", "finding", "analysis", "census", "index", "communiqué", "poster", "advert",
     "advertisement", "label", "page", "tweet", "tutorial", "guide", "manual", "handbook", "survey"}
)  # fmt: skip
# roles the parser gives the speaker of a verb of saying that stands after it ('..., said Mr Milburn, ...')
SPEAKER_AFTER_DEPS = frozenset({"nsubj", "dobj", "npadvmod", "attr", "dep", "appos", "oprd", "nsubjpass"})
# nouns of a quantity whose "of" names the group that speaks ("a number of retailers have reported")
QUANTITY_NOUNS = frozenset({"number", "total", "lot", "group", "handful", "couple", "host", "series", "range"})


@dataclass(frozen=True)
class Phrase:
    text: str
    start: int
    end: int
    actor_id: str | None
    rule: str
    paragraph: int


def is_self_word(word: str) -> bool:
    """'I', 'we', 'us', 'our': a first- or second-person word; "US" in capitals is the country, not "us"."""
    return word != "US" and word.lower() in SELF_WORDS


def is_self_reference(text: str | None) -> bool:
    """'I', 'we', 'you', 'our research', 'my party': the quoted speaker's own voice."""
    if not text:
        return False
    return is_self_word(text.split()[0])


def rule_phrase(claim: ClaimRecord, paragraph: int) -> Phrase | None:
    if (
        claim.claimer_kind != "actor"
        or claim.claimer_text is None
        or claim.claimer_start is None
        or claim.claimer_end is None
    ):
        return None
    return Phrase(
        claim.claimer_text, claim.claimer_start, claim.claimer_end, claim.claimer_actor_id, "rules", paragraph
    )


def _phrase_tokens(subject: Tok) -> list[Tok]:
    out = [subject]
    stack = [c for c in subject.children if c.dep not in TRIM_DEPS]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep not in TRIM_DEPS)
    out.sort(key=lambda t: t.i)
    while len(out) > 1 and out[0].dep == "det" and out[0].lower in {"the", "a", "an"}:
        out = out[1:]
    while len(out) > 1 and out[-1].pos == "PUNCT":
        out = out[:-1]
    return out


def sentence_speaker(claim: ClaimRecord, index: ArticleIndex, lex: LexiconLike, allow_it: bool = True) -> Phrase | None:
    """The subject (or passive agent) of a reporting verb outside quotation marks in the claim's sentence."""
    k = index.sent_of.get(claim.sentence_id)
    if k is None:
        return None
    sent = index.article.sents[k]
    quoted = index.info(k, lex).quoted
    candidates = []
    for tok in sent.tokens:
        if tok.i in quoted or tok.pos not in {"VERB", "AUX"}:
            continue
        lem = lemma(tok)
        if lem not in lex.reporting_verbs and lem not in lex.speech_acts:
            continue
        # the subject outside the quotation: the parser may hang the quotation's own subject on the verb too ('"...;
        # either single tracks or subscription services," said Paul Myers': "tracks" and "Myers" both its nsubj)
        subject = next((c for c in tok.children if c.dep == "nsubj" and c.i not in quoted), None)
        if subject is None:
            agent = next((c for c in tok.children if c.dep == "agent"), None)
            subject = next((c for c in agent.children if c.dep == "pobj"), None) if agent is not None else None
        if subject is None and not any(c.dep == "nsubj" for c in tok.children):
            subject = inverted_speaker(tok, sent.tokens, quoted)
        if subject is not None and subject.i not in quoted and not subject_speaks(subject, index, lex):
            subject = speaker_after(tok, quoted, index, lex)  # an event or a thing speaks for no one (claims95)
        if subject is None or subject.i in quoted or subject.lower in NOT_SPEAKERS or is_self_word(subject.text):
            continue
        if subject.lower == "it" and not allow_it:
            continue
        inside = claim.start <= tok.start < claim.end
        candidates.append(((inside, abs(tok.start - claim.start)), subject))
    if not candidates:
        return None
    subject = min(candidates, key=lambda c: c[0])[1]
    toks = _phrase_tokens(subject)
    start, end = toks[0].start, toks[-1].end
    mention = next((index.mention_at[t.i] for t in [subject, *toks] if t.i in index.mention_at), None)
    actor = mention.actor_id if mention is not None and mention.link_method != "alignment" else None
    return Phrase(
        index.article.span_text(start, end), start, end, actor, "sentence-speaker", sent.record.paragraph_index
    )


def thing_reports(claim: ClaimRecord, index: ArticleIndex, lex: LexiconLike) -> bool:
    """Whether a reporting verb of the claim itself, outside quotation marks, has a subject that cannot speak ('Robson
    saw another long-range effort tipped ...', 'The pattern of traffic ... suggests that ...', 'Earlier work with a
    colleague ... showed that ...'): the claim names its own source, a thing, so it continues no speaker before it."""
    k = index.sent_of.get(claim.sentence_id)
    if k is None:
        return False
    quoted = index.info(k, lex).quoted
    for tok in index.article.sents[k].tokens:
        if tok.i in quoted or tok.pos not in {"VERB", "AUX"} or not claim.start <= tok.start < claim.end:
            continue
        if lemma(tok) not in lex.reporting_verbs and lemma(tok) not in lex.speech_acts:
            continue
        subject = next((c for c in tok.children if c.dep == "nsubj" and c.i not in quoted), None)
        if subject is not None and not subject_speaks(subject, index, lex):
            return True
    return False


def inverted_speaker(verb: Tok, tokens: list[Tok], quoted: frozenset[int]) -> Tok | None:
    """'"We have had an approach from Wales," confirmed a Saints spokesman.', '"...," said Friday.': a verb of saying
    (`INVERTED_VERBS`) right after a closing quotation mark (and its comma) whose subject the parser made an object
    (`dobj`, `npadvmod`): the noun right after the verb, outside the quotation, is who speaks. Not "told" or "asked":
    their object is the hearer ('"...," told the BBC')."""
    if lemma(verb) not in INVERTED_VERBS:
        return None
    before = [t for t in tokens if t.i < verb.i][-2:]
    if not before or not any(t.text in CLOSE_QUOTES for t in before) or before[-1].i in quoted:
        return None
    noun = next((c for c in verb.children if c.i > verb.i and c.dep in {"dobj", "npadvmod"}), None)
    if noun is None or noun.pos not in {"PROPN", "NOUN"} or noun.i in quoted:
        return None
    between = [t for t in tokens if verb.i < t.i < noun.i]
    return noun if all(t.pos in {"PROPN", "NOUN", "DET", "ADJ"} for t in between) else None


def phrase_head(phrase: Phrase, index: ArticleIndex) -> Tok | None:
    """The phrase's token whose head lies outside it (its last such word: 'Some of those', 'minutes of the meeting'
    give their first)."""
    toks = span_tokens(index, phrase.start, phrase.end)
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.pos not in {"PUNCT", "SPACE"} and (t.head is None or t.head.i not in ids)]
    return heads[0] if heads else (toks[0] if toks else None)


def names_source(tok: Tok, lex: LexiconLike) -> bool:
    """Whether a common noun denotes who can put a claim forward: a source noun of the claims lexicon or data that
    show something (`source_nouns`, `evidence_nouns`), a noun of people or of a body (`PERSON_NOUNS`), one of an
    agent's ending ('producers', 'the insurer'), a document or record that reports (`SPEAKING_DOCUMENTS`), or a part
    or share of a group ('one', 'most', '47%', 'the 30-year-old')."""
    low, name = tok.lower, lemma(tok)
    if is_age(tok) or tok.text[:1].isdigit() or low in lex.quantifier_subjects or name in lex.share_words:
        return True
    if {low, name} & (lex.source_nouns | lex.evidence_nouns | PERSON_NOUNS | SPEAKING_DOCUMENTS):
        return True
    return name not in lex.non_agent_nouns and has_ending(name, lex.agent_endings)


def group_of(head: Tok) -> Tok | None:
    """'a number of retailers', 'a total of 48% of ... agents': the group a quantity noun ("number", "total", a share)
    counts, the object of its "of"."""
    prep = next((c for c in head.children if c.dep == "prep" and c.lower == "of"), None)
    return next((c for c in prep.children if c.dep == "pobj"), None) if prep is not None else None


def is_name(tok: Tok, index: ArticleIndex) -> bool:
    """A capitalised word the tagger took for a common noun that the article never writes in small letters ('Rowling
    has already revealed ...', 'Dent', 'Yili'): a name."""
    if not tok.text[:1].isupper() or tok.text.isupper():
        return False
    low = tok.lower
    return not any(t.text == low for t in index.article.tokens)


def subject_speaks(tok: Tok, index: ArticleIndex, lex: LexiconLike) -> bool:
    """Whether a subject (or a phrase's head) names a source that can speak (ANNOTATION.md's actor: "the text gives the
    source a phrase of its own"): a mention of an actor, a name, a named entity or a pronoun (left to the model, "it"
    too), a name or source noun among its compounds ('the judge presiding'), or a common noun that names a source
    (`names_source`; a quantity's group: 'a number of retailers'). An event or a thing ('These events have confirmed
    ...', 'The trend shows ...', 'This popularity shows ...') does not, nor "this", "that", "which"."""
    if tok.i in index.mention_at:
        return True
    if tok.lower != "it" and tok.lower in lex.non_source_subjects:
        return False
    if tok.pos not in {"NOUN", "ADJ"}:  # an adjective: a noun the parser misread ("A post-mortem ... showed")
        return True  # a name, a pronoun, a number or a parse the guard cannot read: left to the model
    if tok.ent_type in SPEAKING_ENTITIES or is_name(tok, index) or names_source(tok, lex):
        return True
    if tok.lower in lex.female_titles or tok.lower in lex.male_titles:
        return True  # 'The duchess also revealed ...'
    if any(t.i in index.mention_at or t.pos == "PROPN" for t in _phrase_tokens(tok)):
        return True  # 'think tanks like the Brookings Institution'

    for c in tok.children:
        if c.dep in {"compound", "poss", "amod", "nmod"} and (
            c.i in index.mention_at or c.pos == "PROPN" or c.ent_type in SPEAKING_ENTITIES
        ):
            return True
        if c.dep == "compound" and names_source(c, lex):
            return True
        if c.dep == "conj" and c.pos in {"NOUN", "PROPN"} and subject_speaks(c, index, lex):
            return True  # 'The comic and actor said ...'

    group = group_of(tok) if lemma(tok) in QUANTITY_NOUNS else None
    return group is not None and subject_speaks(group, index, lex)


def can_speak(phrase: Phrase, index: ArticleIndex, lex: LexiconLike) -> bool:
    """Whether a claimer phrase names a source that can speak: a linked actor, a phrase with a name, a named entity or
    an actor's mention in it ('Manchester United wing', 'Romanian international'), or a head that does
    (`subject_speaks`)."""
    if phrase.actor_id is not None:
        return True
    head = phrase_head(phrase, index)
    if head is None:
        return True
    toks = span_tokens(index, phrase.start, phrase.end)
    if any(t.i in index.mention_at or t.pos == "PROPN" or t.ent_type in SPEAKING_ENTITIES for t in toks):
        return True
    return subject_speaks(head, index, lex)


def speaker_after(verb: Tok, quoted: frozenset[int], index: ArticleIndex, lex: LexiconLike) -> Tok | None:
    """'The tone of the campaign, said Mr Milburn, would be ...', '... editing said John Wyver': a verb of saying
    (`INVERTED_VERBS`, "reveal") whose subject cannot speak, with a noun after it that the parser hung on it as another
    role: that noun is who speaks."""
    if lemma(verb) not in INVERTED_VERBS and lemma(verb) != "reveal":
        return None
    for c in verb.children:
        after = c.i > verb.i and c.i not in quoted and c.dep in SPEAKER_AFTER_DEPS
        if after and (c.pos == "PROPN" or (c.pos == "NOUN" and subject_speaks(c, index, lex))):
            return c
    # the name right after the verb, which the parser hung elsewhere ('..., said Shailendra Jain, head of ...')
    tokens = index.article.sents[verb.sent].tokens if verb.sent < len(index.article.sents) else []
    run = []
    for tok in tokens:
        if tok.i <= verb.i:
            continue
        if tok.i in quoted or tok.pos not in {"PROPN", "DET", "ADJ"}:
            break
        run.append(tok)
    names = [t for t in run if t.pos == "PROPN"]
    return names[-1] if names else None


def last_speaker(history: list[Phrase], paragraph: int) -> Phrase | None:
    """The last actor phrase named before, at most two paragraphs back, that is not a self-reference."""
    for phrase in reversed(history):
        if paragraph - phrase.paragraph > MAX_PARAGRAPHS_BACK:
            return None
        if not is_self_reference(phrase.text):
            return Phrase(phrase.text, phrase.start, phrase.end, phrase.actor_id, "last-speaker", phrase.paragraph)
    return None


def in_quotation(claim: ClaimRecord, index: ArticleIndex, lex: LexiconLike) -> bool:
    """Whether most of the claim's words stand inside quotation marks."""
    k = index.sent_of.get(claim.sentence_id)
    if k is None:
        return False
    sent = index.article.sents[k]
    quoted = index.info(k, lex).quoted
    words = [t for t in sent.tokens if claim.start <= t.start < claim.end and t.pos not in {"PUNCT", "SPACE"}]
    return bool(words) and sum(t.i in quoted for t in words) >= 0.5 * len(words)


def claimer_phrase(claim: ClaimRecord, index: ArticleIndex, lex: LexiconLike, history: list[Phrase]) -> Phrase | None:
    """The claimer phrase for a claim attributed to an actor, or None when the text gives none."""
    k = index.sent_of.get(claim.sentence_id)
    paragraph = index.article.sents[k].record.paragraph_index if k is not None else 0
    own = rule_phrase(claim, paragraph)
    if own is not None and not is_self_reference(own.text):
        return own
    speaker = sentence_speaker(claim, index, lex)
    if speaker is not None:
        return speaker
    ctx = index.context.get(claim.sentence_id)
    continuing = in_quotation(claim, index, lex) or (ctx is not None and ctx.prev_speaker == "actor")
    if own is None and not in_quotation(claim, index, lex) and thing_reports(claim, index, lex):
        return None  # the claim's own verb of saying has a subject, one that cannot speak: no last speaker's
    if own is not None or continuing:
        previous = last_speaker(history, paragraph)
        if previous is not None:
            return previous
    return own


def normalize_phrase(text: str | None) -> list[str]:
    """Lower-case words without punctuation and without a leading article (for comparing phrases)."""
    if not text:
        return []
    words = "".join(ch if ch.isalnum() or ch in " '" else " " for ch in text.lower()).split()
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return words


def phrase_matches(predicted: str | None, expected: str | None) -> bool:
    """Whether one phrase's normalized words contain the other's ('Mr Howard' ~ 'Howard')."""
    a, b = normalize_phrase(predicted), normalize_phrase(expected)
    if not a or not b:
        return False
    if len(a) < len(b):
        a, b = b, a
    return any(a[k : k + len(b)] == b for k in range(len(a) - len(b) + 1))
