"""The article as a discourse: claims of one article in text order, with what earlier sentences
established (who is speaking in an open quotation, the last claimer, the last person named).

A claim with no claimer of its own inherits one by the first of `INHERIT_RULES` that applies: a
sentence of an embedded post is its author's (the name of the post's signature line), a
quotation that runs on keeps its speaker, a sentence that is only a quotation belongs to the
speaker of the same or the previous paragraph (or to another person named as the main subject of the sentence it
opens in or the one before: 'Mr Brown disagreed. "This is a mistake."'), a list item to the claimer that introduced the
list, and the main clause of a sentence right after indirect speech whose own verb is backshifted
("would", "might") goes on with that speaker's words. A quotation whose speaker comes later
('"...," he said.') waits for it, and so do the middle sentences of a quotation until a sentence of
the same paragraph closes it. A list item that starts with what to do is a prescription
(`list-action-item`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from itertools import takewhile

from ..parsed import ParsedArticle, Sent, Tok
from ..quotes import MARK_TEXTS, can_open, scan
from ..records import MentionRecord
from ..rules import Rule, first_match
from ..syntax import NOUN_PHRASE_ARCS, SUBJECT_DEPS, climb, head_of, lemma, negated, subject_of
from .certainty import certainty_of
from .drafts import sentence_drafts
from .lexicon import Lexicon
from .model import Attribution, ClaimDraft, Cue, Discourse, Scope, Speaker, Unit
from .pronouns import first_name_genders, named_heads, persons_named, subject_persons, title_genders
from .sources import is_source, mention_for
from .type import claim_type
from .units import LIST_MARKS, is_claim_sentence, is_heading_line

WHOLE_QUOTE_IGNORED = frozenset({".", ",", "!"})
# type rules that already read a list item's verb as telling what to do: the item keeps their decision (and its hold
# against the model, `classify.relabel.HOLDING_TYPE_RULES`) over `list-action-item`'s ("- Let sit for 10 minutes ...":
# base36-web's list items the model made events, claims43)
MOOD_RULES = frozenset({"imperative"})
# the claimer rules of a speaker whose indirect speech a backshifted next sentence may go on with
SPEECH_CUES = frozenset(
    {
        "reporting-verb",
        "inverted-reporting",
        "relative-reporting",
        "passive-agent",
        "tail-frame",
        "according-to",
        "newsroom-finding",
        "targeted-speech-act",
    }
)


@dataclass(frozen=True)
class Place:
    """Where a sentence stands with respect to quotations and lists."""

    sent: Sent
    paragraph: int
    in_quote: bool  # opens with a quote mark, or closes a quotation open before it
    open_after: bool  # a quotation is open after it
    mid_quote: bool  # inside a quotation open before it that it does not close: quoted once a later one does
    has_marks: bool  # it holds a quote mark
    is_bullet: bool


@dataclass(frozen=True)
class Orphan:
    """A claim without a claimer of its own, where it stands, and the discourse so far."""

    draft: ClaimDraft
    place: Place
    scope: Scope

    @property
    def discourse(self) -> Discourse:
        return self.scope.discourse


def post_author(o: Orphan) -> Speaker | None:
    """A sentence of an embedded post ('The opinion of this so-called judge is ridiculous!' then '— Donald J. Trump
    (@realDonaldTrump) February 4, 2017'): the author the signature names, put forward as the claimer by the
    signature as a reporting verb would (web19). Not a quotation or a continuation whose speaker the post's own lines
    name (a news account's post: '"We respect the court," said Boris Johnson. "We will appeal."'): the later rules
    give it to that speaker (review19d)."""
    start = o.place.sent.record.post_author_start
    if o.place.sent.role != "post" or start is None:
        return None
    named = first_match(INHERIT_RULES[1:], o)
    if named is not None and any(o.scope.post_starts.get(start, start) <= t.start < start for t in named[1].claimer):
        return None  # a speaker the post itself names: '"We respect the court," said Boris Johnson. "We will appeal."'
    return o.scope.posts.get(start)


def post_authors(
    article: ParsedArticle, mentions: dict[int, MentionRecord]
) -> tuple[dict[int, Speaker], dict[int, int]]:
    """The author of each embedded post of the article and the start of the post's first sentence, both by the start
    of the name in its signature: the name's tokens, the actor a mention of them links to (the actors step reads the
    signature line as any other), and the @handle's tokens as the cue."""
    authors: dict[int, Speaker] = {}
    starts: dict[int, int] = {}
    for sent in article.sents:
        r = sent.record
        key = r.post_author_start
        if r.role != "post" or key is None:
            continue
        starts[key] = min(starts.get(key, r.start), r.start)
        if key in authors:
            continue
        name = [t for t in article.tokens if key <= t.start and t.end <= (r.post_author_end or 0)]
        handle = [t for t in article.tokens if (r.post_handle_start or 0) <= t.start < (r.post_handle_end or 0)]
        if not name:
            continue
        mention = mention_for(name, mentions, head_of(name))
        actor = mention.actor_id if mention is not None and mention.link_method != "alignment" else None
        authors[key] = Speaker(name, actor or None, handle)
    return authors, starts


def quote_continuation(o: Orphan) -> Speaker | None:
    """Inside a quotation whose speaker is known: the speaker."""
    return o.discourse.quote_claimer if o.place.in_quote else None


LABEL_MAX_WORDS = 4  # words of a speaker's label before its colon ("Mr Malone:", "Dr Jane Smith:")


def speaker_labels(article: ParsedArticle, mentions: dict[int, MentionRecord], lex: Lexicon) -> dict[int, Speaker]:
    """Paragraph -> the speaker its label names: an interview or transcript opens a speaker's turn with a person's name
    and a colon ('Mr Malone: Groups often make better decisions ...'); the turn's sentences are that person's words, as
    a reporting verb would make them (opinion23). The label is at most four capitalised words, the last of them a
    person's mention, at the very start of the paragraph's first body sentence (not a list item's: '- Michael Howard:
    No More Mr Nasty is being shown on BBC2' names a programme). Only in a transcript: a labelled turn asks a question
    ('The Economist: Why do groups decide better?'), or the same person's label opens two turns; a list of people each
    named once with a colon is a who's who in the author's words ('Mr Brown: The chancellor will lead the campaign',
    review24).

    A turn runs on over the paragraphs after its label that open with no label of their own (`turn_paragraphs`,
    claims49: 'Mr Malone: Groups don't always ...' then 'Women—on average—are slightly higher ...', his answer's
    second paragraph), up to the next label (a person's or another's: 'The Economist: You argue ...'), a heading line,
    a line with no word ('* * *') or a sentence that is no body text."""
    labels: dict[int, Speaker] = {}
    seen: set[int] = set()
    asked = False
    openers: list[tuple[int, Sent]] = []  # the first sentence of each paragraph, in text order
    for sent in article.sents:
        paragraph, toks = sent.record.paragraph_index, sent.tokens
        if paragraph in seen or not toks:
            continue
        seen.add(paragraph)
        openers.append((paragraph, sent))
        if sent.role != "body":
            continue
        colon = label_colon(toks)
        if colon is None:
            continue
        label = toks[:colon]
        asked = asked or toks[-1].text == "?"
        mention = mentions.get(label[-1].i)
        if mention is None or mention.actor_type != "person" or mention.end != label[-1].end:
            continue
        labels[paragraph] = Speaker(label, mention.actor_id, [toks[colon]])
    turns = Counter(s.actor for s in labels.values())
    labels = {k: s for k, s in labels.items() if asked or turns[s.actor] > 1}
    return turn_paragraphs(article, openers, labels, lex)


def label_colon(toks: list[Tok]) -> int | None:
    """The index of the colon of a speaker's label opening a paragraph: at most four capitalised words before it
    ('Mr Malone:', 'The Economist:', 'Interviewer:'), whoever they name."""
    colon = next((k for k, t in enumerate(toks[: LABEL_MAX_WORDS + 2]) if t.text == ":"), None)
    if colon is None or colon == 0:
        return None
    words = [t for t in toks[:colon] if t.text != "."]
    if len(words) > LABEL_MAX_WORDS or not all(t.text[:1].isupper() for t in words):
        return None
    return colon


def turn_paragraphs(
    article: ParsedArticle, openers: list[tuple[int, Sent]], labels: dict[int, Speaker], lex: Lexicon
) -> dict[int, Speaker]:
    """The labelled paragraphs and the unlabelled ones that go on with a labelled person's turn (`speaker_labels`).

    An unlabelled paragraph goes on with a turn only when the interview goes on after it: another label follows
    before a break, a heading or the page's end, or a paragraph that closes on a question (the interviewer's,
    unlabelled). After the last answer the page speaks in its own voice again ('His book Superminds is published by
    Little, Brown'), and a question closing a paragraph is put to the speaker, not by him (review42)."""
    per_paragraph = Counter(sent.record.paragraph_index for sent in article.sents)
    last: dict[int, Sent] = {sent.record.paragraph_index: sent for sent in article.sents if sent.tokens}
    out = dict(labels)
    turn: Speaker | None = None
    pending: list[int] = []  # the turn's unlabelled paragraphs since its label, given to it once the interview goes on
    for paragraph, sent in openers:
        toks = sent.tokens
        asks = last[paragraph].tokens[-1].text == "?" and paragraph not in labels
        if paragraph in labels or (sent.role == "body" and (label_colon(toks) is not None or asks)):
            out.update(dict.fromkeys(pending, turn))  # the interview goes on: the paragraphs were the turn's
            pending = []
            turn = labels.get(paragraph)
            continue
        alone = per_paragraph[paragraph] == 1
        if (
            turn is None
            or sent.role != "body"
            or not any(t.text[:1].isalpha() for t in toks)
            or (alone and is_heading_line(toks, lex))
        ):
            turn, pending = None, []
            continue
        pending.append(paragraph)
    return out


QUOTE_LABEL_MAX_WORDS = 8  # words of a quote block's label ("Manchester United boss Sir Alex Ferguson")
LABEL_NOT = frozenset({"VERB", "AUX", "PRON"})  # a label names; a list item with these states something


def quote_label(sent: Sent, scope: Scope) -> tuple[Speaker, int] | None:
    """A match report's quote block: a list item that opens with a label naming its speaker, and the speaker's words
    in quotation marks after it ('- Bolton boss Sam Allardyce "I am bitterly disappointed ...', '- Burnley boss Steve
    Cotterill: "They will be fresh ..."'), or a label alone before its colon ('- Manchester City boss Kevin Keegan:')
    that a quotation goes on from. The label is at most eight words before the quotation (its colon aside), the first
    capitalised, none of them a verb or a pronoun, the last of them the end of a person's mention (or, where no
    mention covers it, of a person's name the parser found, or a role and a name: `role_and_name`); the quotation's
    first word is capitalised, as a quotation's opening is (not a word quoted in a list item's own sentence: '- Blair
    "lied" over Iraq war'; review52). The quotation's words are that person's, as a reporting verb would make them
    (claims65: sp48's blind sport check; main gave them the author, an "I" or the speaker quoted before the block).
    The speaker and the index of the label's last token (its colon's, if it has one)."""
    first = next((t for t in sent.tokens if t.pos != "SPACE"), None)
    if first is None or first.text not in LIST_MARKS:
        return None  # most sentences: no list item, and no list of the sentence's tokens built (review52)
    toks = [t for t in sent.tokens if t.pos != "SPACE"]
    if len(toks) < 3:
        return None
    end = next((k for k, t in enumerate(toks[1 : QUOTE_LABEL_MAX_WORDS + 3], 1) if can_open(t) or t.text == ":"), None)
    if end is None:
        return None
    label = toks[1:end]
    alone = toks[end].text == ":" and end == len(toks) - 1
    quoted = can_open(toks[end]) or (toks[end].text == ":" and end + 1 < len(toks) and can_open(toks[end + 1]))
    if not label or len(label) > QUOTE_LABEL_MAX_WORDS or not (alone or quoted):
        return None
    opening = end + 1 if can_open(toks[end]) else end + 2  # the quotation's first word
    if quoted and opening < len(toks) and not toks[opening].text[:1].isupper():
        return None  # a word the label's person is said to have used, no quote block: '- Blair "lied" over Iraq war'
    if not label[0].text[:1].isupper() or any(t.pos in LABEL_NOT for t in label):
        return None
    mention = scope.mentions.get(label[-1].i)
    person = mention is not None and mention.actor_type == "person" and mention.end == label[-1].end
    if not (person or (mention is None and (label[-1].ent_type == "PERSON" or role_and_name(label)))):
        return None
    last = end if toks[end].text == ":" else end - 1
    return Speaker(label, mention.actor_id if mention is not None else None, [toks[last]]), toks[last].i


def role_and_name(label: list[Tok]) -> bool:
    """A label that no mention covers but reads as a role and a name ('Newcastle boss Graeme Souness', whose name the
    parser took for a title): a noun in small letters, then two or three capitalised proper nouns to the end."""
    role = next((k for k in range(len(label) - 1, -1, -1) if label[k].text[:1].islower()), None)
    if role is None or label[role].pos != "NOUN":
        return False
    name = label[role + 1 :]
    return 2 <= len(name) <= 3 and all(t.pos == "PROPN" and t.text[:1].isupper() for t in name)


def after_label(draft: ClaimDraft, last: int) -> bool:
    """Trim a quote block's label off a draft that holds words of the quotation (`quote_label`); False when the draft
    is nothing but the label (no claim)."""
    kept = [t for t in draft.unit.tokens if t.i > last]
    if not any(t.pos not in {"PUNCT", "SPACE"} for t in kept):
        return False
    if draft.unit.root.i > last:
        draft.unit = Unit(draft.unit.sent, kept, draft.unit.root)
    return True


def speaker_label(o: Orphan) -> Speaker | None:
    """A sentence of a speaker's turn in an interview (`speaker_labels`): the labelled speaker."""
    return o.scope.labels.get(o.place.paragraph)


def quote_of_last_speaker(o: Orphan) -> Speaker | None:
    """A sentence that is only a quotation, in the paragraph of the last claimer or the next; also the
    sentence that closes a quotation of whole sentences opened by an earlier one with no frame of its own
    ('Ms Beynon said the rules were "discriminatory". / "These rules mean ... "We are taking a legal
    opinion on this."': both sentences Ms Beynon's; claims21), counted from the paragraph it opened in."""
    d = o.discourse
    if d.last_claimer is None:
        return None
    if whole_quote(o.place.sent):
        opened, opening = o.place.paragraph, d.sentence
    elif d.whole_quote_open and o.place.in_quote and closes_at_end(o.place.sent, d.quote_open):
        opened, opening = d.whole_quote_paragraph, d.whole_quote_sentence
    else:
        return None
    other = other_subject_person(d, opened, opening)
    if other is not None and not speaks_of_a_third(o.place.sent, o.scope.lex):
        return other
    return d.last_claimer if opened - d.last_claimer_paragraph <= 1 else None


def other_subject_person(d: Discourse, paragraph: int, opening: int) -> Speaker | None:
    """The person named as the main subject of the sentence a quotation opens in or the one right before it, in
    the same paragraph, when that person is not the last claimer and the sentence gave no one else a claim
    ('The minister said ... / But the opposition leader, Mr Brown, disagreed. "This is a mistake."': Mr Brown's,
    as the reader takes it; review17e, claims22)."""
    s = d.subject_speaker
    if s is None or d.last_claimer is None or d.subject_speaker_paragraph != paragraph:
        return None
    if d.subject_speaker_sentence not in {opening, opening - 1} or s.actor == d.last_claimer.actor:
        return None
    return None if d.last_claimer_sentence == d.subject_speaker_sentence else s


POSSESSIVES = frozenset({"his", "hers"})  # with the lexicon's person_pronouns (he, she, him, her)


def speaks_of_a_third(sent: Sent, lex: Lexicon) -> bool:
    """Whether a quotation speaks of a man or woman in the third person ('"He was a wonderful father."', '"His
    victory is a disaster."'): then it is seldom the words of the person just named as a subject, more often
    about him (review17f); the quotation goes on as before claims22."""
    return any(t.lower in lex.person_pronouns or t.lower in POSSESSIVES for t in sent.tokens)


def list_continuation(o: Orphan) -> Speaker | None:
    """A list item: the claimer of the sentence right before the list (who introduced it: "The report recommends: /
    - ..."), not a speaker met earlier ("... he said. / The plans include: / - Fines of up to 2,500", claims21); a
    quotation in an item ('- Burnley boss Steve Cotterill: "They will be fresh ..."') is still the last speaker's."""
    if not o.place.is_bullet:
        return None
    quoted = any(can_open(t) for t in o.place.sent.tokens)
    return o.discourse.last_claimer if quoted else o.discourse.list_speaker


def indirect_continuation(o: Orphan) -> Speaker | None:
    """The main clause of the sentence right after indirect speech, going on in a backshifted modal
    ("X said the plan was sound. It would cut costs."): the speaker of the indirect speech. Not when
    the sentence names an actor or a name as its own subject ("Mr Howard would not comment"), is
    negated, or turns away ("later", "however")."""
    d, lex = o.discourse, o.scope.lex
    if d.indirect_speaker is None or d.indirect_sentence != d.sentence - 1 or o.place.in_quote:
        return None
    root = o.draft.unit.root
    if root.dep != "ROOT" or negated(root) or not backshifted(root, lex):
        return None
    subject = subject_of(root)
    if subject is not None and (subject.i in o.scope.mention_tokens or subject.pos == "PROPN"):
        return None
    if any(t.lower in lex.continuation_breakers for t in o.draft.unit.tokens):
        return None
    return d.indirect_speaker


def backshifted(root: Tok, lex: Lexicon) -> bool:
    """A clause whose own verb carries a modal of reported speech ('would', 'might')."""
    return any(c.dep in {"aux", "auxpass"} and lex.modal_form(c) in lex.backshift_modals for c in root.children)


INHERIT_RULES: tuple[Rule[Orphan, Speaker], ...] = (
    Rule("post-author", "actor", post_author),
    Rule("quote-continuation", "actor", quote_continuation),
    Rule("speaker-label", "actor", speaker_label),
    Rule("quote-of-last-speaker", "actor", quote_of_last_speaker),
    Rule("list-continuation", "actor", list_continuation),
    Rule("indirect-continuation", "actor", indirect_continuation),
)


QUOTE_RULES = INHERIT_RULES[:2]  # the rules that find a quotation's speaker
VOICE_RULES = (INHERIT_RULES[0], INHERIT_RULES[2])  # the rules that read a page's own speaker: a post's, a turn's


def own_voice(draft: ClaimDraft, place: Place, scope: Scope) -> bool:
    """'An interesting article - ... - but I suggest we move one step further', 'I recommend daemontools', 'I do not
    believe that the Yellow Vests support harmful policies': a frame whose subject is the writer's own I or we, in a
    sentence with no quotation mark, inside no quotation and opening none, and not under another source's reporting
    verb (`others_words`). The words are the page's own voice (a
    column, a reader's comment or letter, a blog post): ANNOTATION's author, as the labels have it (silver, s24 and
    opinion23 label 18 of the 22 such claims the author's, the other four a labelled interview turn's or no claim),
    not an actor "I" nor the last speaker named before (claims47)."""
    a = draft.attribution
    if a is None or a.kind != "actor" or len(a.claimer) != 1:
        return False
    if a.claimer[0].lower not in scope.lex.first_person_pronouns or others_words(a.cue.tokens[0], scope):
        return False
    return not (place.in_quote or place.mid_quote or place.open_after or place.has_marks)


def others_words(tok: Tok, scope: Scope) -> bool:
    """'Ms Roche ... believes legal migration is something we should welcome' (s14: Ms Roche's): a token under a
    reporting verb whose subject is a source other than the writer's I or we. Not 'That said, I believe that ...' nor
    'It's funny, because I had always thought that ...' (s24: the author's)."""
    lex = scope.lex
    for verb in tok.ancestors():
        subject = subject_of(verb) if lemma(verb) in lex.reporting_verbs else None
        if subject is not None and subject.lower not in lex.first_person_pronouns and is_source(subject, scope):
            return True
    return False


def speak_as_author(draft: ClaimDraft, lex: Lexicon) -> None:
    """The author becomes the claimer of a first-person frame in the page's own voice (`own_voice`): no attribution,
    the certainty the unit's own hedges give; the type, read from the frame's content, stays. Recorded as `own-voice`
    (the frame's cue), which the classifier keeps with the author (`classify.relabel.AUTHOR_RULES`): the shipped model
    learnt such frames as an actor's "I" and, with no phrase for an actor, turned them unnamed (claims47-try2)."""
    frame = draft.attribution
    assert frame is not None
    draft.voice = Cue("own-voice", frame.cue.tokens)
    draft.attribution, draft.claimer_kind, draft.claimer_actor = None, "author", None
    draft.certainty, draft.certainty_cue = certainty_of(draft.unit, None, lex)


def quoted_first_person(draft: ClaimDraft, place: Place, scope: Scope) -> bool:
    """'"I think Godzilla just deserves a vacation."', '"We believe that it is time ..."': a frame inside a quotation
    whose subject is the speaker's own I or we. The quotation's words are the speaker's: the labels never name "I" or
    "we" as a claimer (0 of 7,000 actor labels), and give the claim to the quotation's speaker (claims26)."""
    a = scope.discourse
    attribution = draft.attribution
    if attribution is None or attribution.kind != "actor" or len(attribution.claimer) != 1:
        return False
    if attribution.claimer[0].lower not in scope.lex.first_person_pronouns:
        return False
    inside = a.sentence_quoted
    cue = attribution.verb if attribution.verb is not None else attribution.claimer[0]
    return cue.i in inside or place.mid_quote


def quoted_source(draft: ClaimDraft, scope: Scope) -> bool:
    """A source named inside a quotation, other than the speaker's own I or we: someone the speaker speaks of
    ('"Some people have said that I am obsessed but I think ..."', '"... the Fed would feel it has the flexibility"'),
    never the quotation's speaker, so it speaks for none of the quotation's later words (review19b)."""
    claimer = draft.attribution.claimer if draft.attribution is not None else []
    inside = scope.discourse.sentence_quoted
    return (
        bool(claimer)
        and all(t.i in inside for t in claimer)
        and not (len(claimer) == 1 and claimer[0].lower in scope.lex.first_person_pronouns)
    )


def speak_for(draft: ClaimDraft, speaker: Speaker) -> None:
    """The quotation's speaker becomes the claimer of a first-person frame's claim: the frame's cue, verb, content,
    type and certainty stay as they are."""
    a = draft.attribution
    assert a is not None
    draft.attribution = Attribution("actor", speaker.claimer, a.cue, a.verb, a.content)
    draft.claimer_actor = speaker.actor


def inherit(draft: ClaimDraft, speaker: Speaker, rule: str, lex: Lexicon) -> None:
    """Make `speaker` the draft's claimer; an asserted claim becomes reported. A draft no type rule took but
    `default-event` is typed again as the speaker's: '"It is a disgrace."' after '"...," he said.' is
    `reported-state` as '"It is a disgrace," he said.' is (claims16)."""
    draft.attribution = Attribution("actor", speaker.claimer, Cue(rule, speaker.cue_tokens), None, None)
    draft.claimer_kind, draft.claimer_actor, draft.inherited = "actor", speaker.actor, rule
    if draft.certainty == "asserted":
        draft.certainty, draft.certainty_cue = "reported", Cue(rule, speaker.cue_tokens)
    if draft.type_cue.rule == "default-event":
        draft.claim_type, draft.type_cue = claim_type(draft.unit, draft.attribution, lex)


def whole_quote(sent: Sent) -> bool:
    """A sentence that is nothing but a quotation (opens with a quote mark, closes with one)."""
    marks = scan(sent.tokens).marks
    toks = [t for t in sent.tokens if t.text not in WHOLE_QUOTE_IGNORED]
    return len(toks) > 3 and marks.get(toks[0].i) == "open" and marks.get(toks[-1].i) == "close"


def closes_at_end(sent: Sent, open_before: bool) -> bool:
    """Whether the sentence's last mark (stops and commas aside) closes a quotation and none is left open."""
    quotes = scan(sent.tokens, open_before)
    toks = [t for t in sent.tokens if t.text not in WHOLE_QUOTE_IGNORED]
    return bool(toks) and quotes.marks.get(toks[-1].i) == "close" and not quotes.open_after


def first_word(tokens: list[Tok]) -> Tok:
    return next((t for t in tokens if t.text.isalpha()), tokens[0])


def is_action_item(tokens: list[Tok], lex: Lexicon) -> bool:
    """A list item that starts with what to do: 'Upgrading security ...', 'Ban imports ...'."""
    words = [t for t in tokens if t.text.isalpha()]
    if not words:
        return False

    def verb_form(t: Tok) -> bool:
        return t.tag in {"VBG", "VB"} or (t.lower.endswith("ing") and t.text[:1].isalpha())

    first = words[0]
    if first.lower in lex.condition_openers:
        later = next((t for t in words[1:] if verb_form(t)), None)
        return later is not None and not any(c.dep in SUBJECT_DEPS for c in later.children)
    if stated_item(first, tokens):
        return False
    return first.tag in {"VBG", "VB"} or (first.lower.endswith("ing") and first.text[:1].isupper())


# subjects of a clause that states something (with "there" of "There are ...")
STATED_SUBJECT_DEPS = SUBJECT_DEPS | {"expl"}
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def finite(verb: Tok) -> bool:
    """A verb of a finite clause: its own tense, or a finite auxiliary or modal ('will remain')."""
    return verb.tag in FINITE_TAGS or any(c.dep in {"aux", "auxpass"} and c.tag in FINITE_TAGS for c in verb.children)


def noun_compound_read(first: Tok, subject: Tok, verb: Tok) -> bool:
    """'- Parenting plans to give advice on access arrangements' (a plan in a list of plans): a bare word alone as the
    subject right before a verb in -s, which reads as well as a plural noun after a modifier ('Parenting plans',
    'Housing costs'); the parse's clause is then no evidence that the item states something."""
    bare = subject is first and not any(c.pos != "PUNCT" for c in first.children)
    return bare and verb.tag == "VBZ" and verb.i == first.i + 1


# words of a lead-in that points to what its colon introduces ('Read this fact:', 'Consider the following:'), and verbs
# that make a lead-in alone ('Consider:', 'Note:'); an instruction with a reason after its colon ('- Wash your hands
# often: soap kills the virus', '- Avoid crowds: the virus spreads fast indoors') stays an instruction (review43)
POINTING_WORDS = frozenset({
    "this", "these", "following", "fact", "facts", "figure", "figures", "number", "numbers", "statistic",
    "statistics", "stat", "stats", "quote", "example", "note",
})  # fmt: skip
LEAD_IN_VERBS = frozenset({"consider", "note", "imagine", "remember", "listen", "look", "read"})


def points_ahead(first: Tok, lead: list[Tok]) -> bool:
    """Whether the words before a list item's colon (`lead`, from its first word) are a lead-in to what follows the
    colon: a pointing word ('Read this fact'), or a lead-in verb alone ('Consider:')."""
    words = [t for t in lead if t.pos != "PUNCT"]
    if any(t.lower in POINTING_WORDS for t in words):
        return True
    return len(words) == 1 and lemma(first) in LEAD_IN_VERBS


def stated_item(first: Tok, tokens: list[Tok]) -> bool:
    """A list item that states rather than tells what to do, though its first word looks like a verb (claims50):
    the word stands in the subject of a finite clause ('- Swimming pools will remain open for individual use only',
    '- Planning services continue to operate': a council's list of its services, not instructions), or it opens a
    lead-in before a colon (`points_ahead`) that a clause with its own subject follows ('- Read this fact: There are
    now more than 12,500 cameras in Broward County schools, said ...': the claim is what the colon introduces). Not
    '- Upgrading security at nuclear arms stores' (no finite verb), '- Remember: always wash your hands' (no subject
    after the colon), '- AVOIDING CONTACT: The rules on self-isolation' (no clause) or '- Wash your hands often: soap
    kills the virus' (an instruction and its reason: no lead-in)."""
    phrase = climb(first, NOUN_PHRASE_ARCS | {"amod"})
    verb = phrase.head
    if phrase.dep in SUBJECT_DEPS and verb is not None and verb is not phrase and finite(verb):
        return not noun_compound_read(first, phrase, verb)
    colon = next((t for t in tokens if t.text == ":" and t.i > first.i), None)
    if colon is None or not points_ahead(first, [t for t in tokens if first.i <= t.i < colon.i]):
        return False
    return any(
        t.dep in STATED_SUBJECT_DEPS and t.head is not None and t.head.i > colon.i and finite(t.head)
        for t in tokens
        if t.i > colon.i
    )


def enter(sent: Sent, d: Discourse) -> Place:
    """Update the quotation state for a new sentence (a new paragraph closes a quotation unless it
    opens with a quote mark) and say where the sentence stands."""
    toks = sent.tokens
    paragraph = sent.record.paragraph_index
    starts_with_quote = bool(toks) and can_open(toks[0])
    if paragraph != d.paragraph:
        if not (d.quote_open and starts_with_quote):
            d.quote_open, d.pending_quote, d.whole_quote_open = False, [], False
            if not starts_with_quote:
                d.quote_claimer = None
        d.paragraph = paragraph
    quotes = scan(toks, d.quote_open)
    in_quote = starts_with_quote or (d.quote_open and quotes.closes)
    mid_quote = d.quote_open and not in_quote
    is_bullet = bool(toks) and toks[0].text in LIST_MARKS
    return Place(sent, paragraph, in_quote, quotes.open_after, mid_quote, bool(quotes.marks), is_bullet)


def settle(draft: ClaimDraft, place: Place, scope: Scope) -> None:
    """Decide what the discourse adds to a sentence's draft and what the draft adds to it."""
    d = scope.discourse
    if quoted_first_person(draft, place, scope):
        match = first_match(QUOTE_RULES, Orphan(draft, place, scope))
        if match is not None:
            speak_for(draft, match[1])
        elif (place.in_quote or place.mid_quote) and place.open_after:
            d.pending_quote.append(draft)  # the speaker named when the quotation closes takes it (hand_on)
            return
    elif own_voice(draft, place, scope):
        voice = first_match(VOICE_RULES, Orphan(draft, place, scope))
        if voice is not None:
            speak_for(draft, voice[1])
        else:
            speak_as_author(draft, scope.lex)
    if draft.attribution is None and draft.voice is None:  # the page's own voice inherits no one's words
        match = first_match(INHERIT_RULES, Orphan(draft, place, scope))
        if match is not None:
            inherit(draft, match[1], match[0].name, scope.lex)
            if match[0].name == "quote-continuation":  # the quotation closes: its middle sentences are the speaker's
                hand_on(d, d.quote_claimer, scope.lex)
            elif match[0].name == "quote-of-last-speaker" and d.pending_quote:  # so do a whole-sentence quotation's
                hand_on(d, match[1], scope.lex)
        elif place.in_quote or place.mid_quote:
            d.pending_quote.append(draft)
    if place.is_bullet and draft.type_cue.rule not in MOOD_RULES and is_action_item(draft.unit.tokens, scope.lex):
        draft.claim_type, draft.type_cue = "prescription", Cue("list-action-item", [first_word(draft.unit.tokens)])
    if draft.attribution is not None and draft.claimer_kind == "actor" and not quoted_source(draft, scope):
        d.last_claimer = Speaker(draft.attribution.claimer, draft.claimer_actor, [])
        d.last_claimer_paragraph, d.last_claimer_sentence = place.paragraph, d.sentence
        d.last_claimer_unit_end = draft.unit.tokens[-1].i
        if speaks_on(draft.attribution, place):
            d.indirect_speaker = Speaker(draft.attribution.claimer, draft.claimer_actor, draft.attribution.cue.tokens)
            d.indirect_sentence = d.sentence
        if place.in_quote or place.open_after:
            d.quote_claimer = Speaker(draft.attribution.claimer, draft.claimer_actor, draft.attribution.cue.tokens)
            hand_on(d, d.quote_claimer, scope.lex)


def note_question_speaker(sent: Sent, scope: Scope) -> None:
    """'Max Jones said: "Is it worth a punt? She has gone back to training. The programme does not permit both."': a
    question is no claim, but its reporting frame outside the quotation names the quotation's speaker, as a claim's
    frame would (`settle`); the sentences that go on inside the quotation are that speaker's, not the author's
    (review41: they waited for a speaker no claim named, then fell to the author). Not a frame's passive subject: 'Mr
    Smith was asked: "Will you stand again? The party needs a new leader."' names the one asked, not the asker
    (review42)."""
    if not any(t.text == "?" for t in sent.tokens):
        return
    d = scope.discourse
    for draft in sentence_drafts(sent, scope):
        a = draft.attribution
        outside = a is not None and all(t.i not in d.sentence_quoted for t in a.cue.tokens)
        addressed = a is not None and any(climb(t, NOUN_PHRASE_ARCS).dep == "nsubjpass" for t in a.claimer)
        if (
            a is not None
            and outside
            and not addressed
            and draft.claimer_kind == "actor"
            and not quoted_source(draft, scope)
        ):
            d.quote_claimer = Speaker(a.claimer, draft.claimer_actor, a.cue.tokens)
            hand_on(d, d.quote_claimer, scope.lex)
            return


def hand_on(d: Discourse, speaker: Speaker | None, lex: Lexicon) -> None:
    """Give the drafts waiting inside a quotation to its speaker (a quotation whose speaker comes at
    its end, or whose middle sentences wait for it to close within the paragraph)."""
    if speaker is not None:
        for earlier in d.pending_quote:
            inherit(earlier, speaker, "quote-continuation", lex)
    d.pending_quote = []


def close_unclaimed(d: Discourse, lex: Lexicon) -> None:
    """A quotation that closes with no speaker named: the sentences that waited in it go on with the first of its own
    first-person frames left waiting ('- Bolton boss Sam Allardyce "I am bitterly disappointed ... "In the first half we
    had put them under a lot of pressure ... "I thought it would lift us ...': the speaker's I, actor and reported, as
    before claims26 made such a frame wait; review19b)."""
    own = next((x for x in d.pending_quote if x.attribution is not None and x.claimer_kind == "actor"), None)
    if own is not None and own.attribution is not None:
        speaker = Speaker(own.attribution.claimer, own.claimer_actor, own.attribution.cue.tokens)
        for earlier in d.pending_quote:
            if earlier.attribution is None:
                inherit(earlier, speaker, "quote-continuation", lex)
    d.pending_quote = []


def speaks_on(a: Attribution, place: Place) -> bool:
    """Whether the next sentence may go on with this speaker's words in backshifted indirect speech:
    a speaker the sentence names through a reporting frame, in a sentence with no quotation mark (a
    quotation hands its speaker on by its own rules)."""
    return a.cue.rule in SPEECH_CUES and not place.in_quote and not place.has_marks


def sentence_speaker(drafts: list[ClaimDraft], sent: Sent) -> Speaker | None:
    """The actor claimer of the sentence's last claim, if the sentence has claims and its last one has one."""
    last = next((d for d in reversed(drafts) if d.unit.sent is sent), None)
    if last is None or last.attribution is None or last.claimer_kind != "actor":
        return None
    return Speaker(last.attribution.claimer, last.claimer_actor, [])


def note_whole_quote(place: Place, d: Discourse) -> None:
    """Keep track of a quotation opened by a sentence's first token while it stays open over whole sentences."""
    toks = place.sent.tokens
    if not place.open_after:
        d.whole_quote_open = False
    elif bool(toks) and can_open(toks[0]) and not d.quote_open:
        d.whole_quote_open, d.whole_quote_paragraph, d.whole_quote_sentence = True, place.paragraph, d.sentence


def note_subject_speaker(sent: Sent, scope: Scope) -> None:
    """Remember the first person the sentence names as the active subject of its main clause (outside quotation
    marks) as a speaker; not a passive one ('Mr Brown was sacked on Monday': what was done to him, review17f)."""
    d = scope.discourse
    active = active_subjects(sent, d)
    if not active:
        return
    mention = scope.mentions[active[0][0]]
    tokens = [t for t in sent.tokens if scope.mentions.get(t.i) is mention]
    d.subject_speaker = Speaker(tokens, mention.actor_id, [])
    d.subject_speaker_sentence, d.subject_speaker_paragraph = d.sentence, sent.record.paragraph_index


def active_subjects(sent: Sent, d: Discourse) -> list[tuple[int, str]]:
    """(token index, actor) of the sentence's `sentence_subjects` that are active ('Mr Brown was sacked' is not)."""
    by_i = {t.i: t for t in sent.tokens}
    return [(i, a) for i, a in d.sentence_subjects if i in by_i and climb(by_i[i], NOUN_PHRASE_ARCS).dep != "nsubjpass"]


def subject_speakers(sent: Sent, scope: Scope, drafts: list[ClaimDraft]) -> list[str]:
    """The persons the sentence names as the active subject of its main clause (outside quotation marks) who are the
    actor claimer of one of its claims, in text order: the reporter of what the sentence reports ("Weitz said he had
    visited Pullman, who had told him that ...": Weitz, not Pullman, whose words Weitz reports). `drafts` end with
    the sentence's own."""
    own = takewhile(lambda dr: dr.unit.sent is sent, reversed(drafts))
    speakers = {dr.claimer_actor for dr in own if dr.claimer_kind == "actor"}
    return [actor for _, actor in active_subjects(sent, scope.discourse) if actor in speakers]


def note_subject_person(sent: Sent, scope: Scope, heads: list[tuple[Tok, MentionRecord]]) -> None:
    """Remember the last linked person named as a subject (for he, she), and the organisation,
    state or group named as a subject with no person named there after it (for it), of the
    sentence's `named_heads` (subjects inside quotation marks are someone's words, not the article's)."""
    d = scope.discourse
    for tok, m in heads:
        if climb(tok, NOUN_PHRASE_ARCS).dep in {"nsubj", "nsubjpass"}:
            if m.actor_type == "person":
                d.last_subject_person, d.last_subject_group = m.actor_id, None
                d.subject_history.append(m.actor_id)
            else:
                d.last_subject_group, d.last_subject_group_paragraph = m.actor_id, sent.record.paragraph_index


def mention_index(article: ParsedArticle, mentions: list[MentionRecord]) -> dict[int, MentionRecord]:
    """Token index -> the mention covering that token (the first mention, for overlaps)."""
    token_by_start = {t.start: t for t in article.tokens}
    index: dict[int, MentionRecord] = {}
    for m in mentions:
        tok = token_by_start.get(m.start)
        if tok is not None:
            for i in range(tok.i, m.head_i + 1):
                index.setdefault(i, m)
    return index


def lone_sentences(article: ParsedArticle) -> frozenset[str]:
    """The sentences that are a paragraph of their own (a line of the normalised text), but a line whose next
    paragraph opens with a small word (`goes_on`): a sentence the page broke off, no heading."""
    sizes = Counter(s.record.paragraph_index for s in article.sents)
    sents = article.sents
    return frozenset(
        s.sentence_id
        for k, s in enumerate(sents)
        if sizes[s.record.paragraph_index] == 1 and not (k + 1 < len(sents) and goes_on(s, sents[k + 1]))
    )


# a writer's name in a closing note: two or three words of a proper name, nothing else ('Bill Thompson', not 'Mr
# Forsyth': a title is how a report names a person it reports on)
WRITER_NAME_SIZES = range(2, 4)
# a note says nothing more than the writer's role (fix64; review63's finding 5): no second clause on its root, no other
# finite verb or relative clause ('... is a correspondent who has covered Libya since 2011, and he says ...')
NOTE_CLAUSE_DEPS = frozenset({"conj", "ccomp", "parataxis", "advcl"})
NOTE_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def writer_notes(article: ParsedArticle, lone: frozenset[str], lex: Lexicon) -> frozenset[str]:
    """The note on its writer that closes a column (claims77): the article's last body paragraph, whose first sentence's
    root is a present 'is' with a subject that is a name of two or three proper nouns and a complement headed by a
    noun of `writer_roles` ('Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.',
    'Clark Boyd is technology correspondent for The World, ...'). A byline of sorts (ANNOTATION: bylines are no claims;
    s9's and s14's labels give these `none`). The note is a paragraph of its own (`lone`), or is followed in its
    paragraph by up to `NOTE_MORE_SENTENCES` lines on the same writer that say nothing more (`bio_line`: 'He blogs at
    billt.com.'; claims80, review63's finding 7). Not a sentence inside the story ('Dina Mehta is an Indian blogger
    who's helping with ...', followed by more), not a titled name ('Mr Forsyth is a wonderful writer ...'), not
    another role ('Turkmenistan is the second-largest gas producer in the world.'), not a sentence that says more
    (fix64: a second clause, a relative clause or another finite verb: 'Jane Doe is the editor who resigned in
    protest.'), not the story's own subject (fix64: the surname in an earlier body sentence: 'Evan Gershkovich is a
    reporter for the Wall Street Journal.' closing a report on his detention; a column does not name its writer in its
    body)."""
    body = [s for s in article.sents if s.role == "body"]
    if not body:
        return frozenset()
    paragraph = [s for s in body if s.record.paragraph_index == body[-1].record.paragraph_index]
    first, more = paragraph[0], paragraph[1:]
    if (not more and first.sentence_id not in lone) or len(more) > NOTE_MORE_SENTENCES:
        return frozenset()
    name = note_name(first, lex)
    if name is None or not all(bio_line(s, name[-1].lower, lex) for s in more):
        return frozenset()
    if story_subject(name[-1].lower, body[: len(body) - len(paragraph)]):
        return frozenset()
    return frozenset(s.sentence_id for s in paragraph)


def note_name(sent: Sent, lex: Lexicon) -> list[Tok] | None:
    """The writer's name of a sentence in the form of a note on its writer, that says nothing more (`writer_notes`)."""
    root = next((t for t in sent.tokens if t.dep == "ROOT"), None)
    if root is None or root.lower not in {"is", "'s"}:
        return None
    subject = next((c for c in root.children if c.dep == "nsubj"), None)
    role = next((c for c in root.children if c.dep == "attr"), None)
    if subject is None or role is None or role.lower not in lex.writer_roles:
        return None
    name = subject.subtree()
    if len(name) not in WRITER_NAME_SIZES or not all(t.tag == "NNP" and t.text[:1].isupper() for t in name):
        return None
    if name[0].lower.rstrip(".") in lex.female_titles | lex.male_titles:
        return None
    if any(c.dep in NOTE_CLAUSE_DEPS for c in root.children) or any(says_more(t, root, role) for t in sent.tokens):
        return None
    return name


# lines on the writer after the note in its paragraph ('He blogs at billt.com.'); a longer paragraph is the story's
NOTE_MORE_SENTENCES = 2
# the writer named again: a personal pronoun or the note's surname
NOTE_PRONOUNS = frozenset({"he", "she", "they"})


def bio_line(sent: Sent, surname: str, lex: Lexicon) -> bool:
    """A line on the writer after the note ('He blogs at billt.com.', 'She lives in Leeds with her family.'): a present
    root whose subject is "he" / "she" / "they" or the note's surname, with no second clause, no clause it reports
    and no verb of `reporting_verbs` ('He says the law must change.' is a claim), no other finite verb."""
    root = next((t for t in sent.tokens if t.dep == "ROOT"), None)
    if root is None or root.tag not in {"VBZ", "VBP"} or lemma(root) in lex.reporting_verbs:
        return False
    subject = next((c for c in root.children if c.dep == "nsubj"), None)
    if subject is None or subject.lower not in NOTE_PRONOUNS | {surname}:
        return False
    if any(c.dep in NOTE_CLAUSE_DEPS | {"xcomp"} for c in root.children):
        return False
    return not any(t.i != root.i and t.tag in NOTE_FINITE_TAGS for t in sent.tokens)


def says_more(tok: Tok, root: Tok, role: Tok) -> bool:
    """A note's word that says more than the writer's role: a relative clause on the role noun ('the editor who
    resigned in protest'), a finite verb outside a relative clause on another noun (not 'the Digital Lifestyles
    website, which covers ...')."""
    if tok.dep == "relcl" and tok.head is role:
        return True
    if tok.i == root.i or tok.tag not in NOTE_FINITE_TAGS:
        return False
    return not any(t.dep == "relcl" and t.head is not role for t in [tok, *tok.ancestors()])


# the first person of a writer's own voice
FIRST_PERSON = frozenset({"i", "my", "me"})


def story_subject(surname: str, before: list[Sent]) -> bool:
    """Whether the closing note's person is the story's own subject (fix64; review63's finding 6): named in an earlier
    body sentence of a report with no first person of its writer outside quotation marks ('Evan Gershkovich was
    detained ...'). A column names its writer in its standfirst ('Bill Thompson thinks it's about time.') and speaks
    in the first person."""
    if not any(t.lower == surname for s in before for t in s.tokens):
        return False
    return not any(
        any(t.lower in FIRST_PERSON for t in s.tokens) and not any(t.text in MARK_TEXTS for t in s.tokens)
        for s in before
    )


# the closing marks of a table cell's sentence ('| 8:10 AM | Wakes up and walks through town ... |')
CELL_SENTENCE_MARKS = frozenset({".", "!", "?", "...", "…"})
CELL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def table_rows(article: ParsedArticle) -> frozenset[str]:
    """The sentences of a table's row that state nothing (claims55): the sentence lies on a line of the normalised
    text that opens and closes with a cell mark ('| Aldershot | Leo Docherty | leo.docherty.mp@parliament.uk |',
    '| Option | Value |'), and none of its cells holds a sentence: no word with a subject of its own
    (`clause_subject`; 'May' of a name is tagged a modal, an e-mail address a past verb) and no closing full stop or
    ellipsis. A subject counts only in the cell of its word (`same_cell`: not a header's '| Region | Killed |';
    review46). A row of names, figures and addresses is data, no proposition (ANNOTATION: a claim is a proposition;
    web50 labels such a row `none`). Not a row whose cell is a sentence ('| 6:00 PM | Leaves town and returns to the
    trailer to do dishes. |', '| Card Buy | A fee will apply |', '| Regular | I'm eager to move out ... |')."""
    text = article.text
    rows: set[str] = set()
    for sent in article.sents:
        start = sent.record.start
        end = text.find("\n", start)
        line = text[text.rfind("\n", 0, start) + 1 : len(text) if end < 0 else end].strip()
        if len(line) < 2 or line[0] != "|" or line[-1] != "|":
            continue
        if any(t.text in CELL_SENTENCE_MARKS for t in sent.tokens):
            continue
        marks = [t.i for t in sent.tokens if t.text == "|"]
        if any(cell_clause(t, marks) for t in sent.tokens):
            continue
        rows.add(sent.sentence_id)
    return frozenset(rows)


def cell_clause(tok: Tok, marks: list[int]) -> bool:
    """Whether a word is the subject of a clause inside its own cell (`clause_subject`, `same_cell`), one that is no
    noun with its participle (`bare_participle`)."""
    head = tok.head
    return head is not None and clause_subject(tok) and same_cell(tok, head, marks) and not bare_participle(head, marks)


def same_cell(tok: Tok, head: Tok | None, marks: list[int]) -> bool:
    """Whether no cell mark lies between a word and its head: '| Region | Killed | Injured |' parsed with 'Region' the
    subject of 'Killed' is a table's header, three cells of one word each, no sentence (review46)."""
    if head is None:
        return False
    low, high = sorted((tok.i, head.i))
    return not any(low < k < high for k in marks)


def bare_participle(head: Tok, marks: list[int]) -> bool:
    """A past form with nothing on it but its subject (and marks): a cell '| Troops deployed |' or '| Number of
    cryptocurrencies supported |' names a column or a row, a noun with its participle, no sentence ("troops that were
    deployed"; review46's xfail, claims58): a VBN, or a VBD of the regular "-ed" form that is a participle's too. A cell
    with an auxiliary, an object or any other word on the verb ('| Prices dropped sharply |', '| A fee will apply |'),
    or an irregular past ('| Prices rose |'), still holds a clause; words the parser hung on it from other cells do not
    count (`same_cell`)."""
    participle = head.tag == "VBN" or (head.tag == "VBD" and head.lower.endswith("ed"))
    return participle and all(
        c.dep in CELL_SUBJECT_DEPS or c.dep == "punct" or c.text == "|" or not same_cell(c, head, marks)
        for c in head.children
    )


def clause_subject(tok: Tok) -> bool:
    """A word that is the subject of a word ('I'm tutoring Vincent', 'A fee will apply', 'He's actually really nice'):
    not a name the parser made the subject of an e-mail address it tagged a verb."""
    head = tok.head
    return (
        tok.dep in CELL_SUBJECT_DEPS
        and head is not None
        and head is not tok
        and tok.text.replace("'", "").isalpha()
        and head.text.replace("'", "").replace("-", "").isalpha()
    )


def goes_on(sent: Sent, nxt: Sent) -> bool:
    """Whether the next sentence, in another paragraph, opens with a word of small letters, as the rest of a sentence
    broken off does ("Steven Gerrard's last-gasp wonder-strike secured qualification for" / "against Olympiakos on
    Wednesday evening."; "A common problem Mercurial faced with making the code base dual Python 2/3 native" / "was
    dealing with standard library differences."): a heading's next paragraph opens with a capital, a figure, a list
    mark, or a name written in small letters with other marks ("pip-tools is one easy way", review38)."""
    if nxt.record.paragraph_index == sent.record.paragraph_index or not nxt.tokens:
        return False
    word = ""
    for t in nxt.tokens:  # the first word as written, up to its space ("pip-tools" is three tokens)
        word += t.text
        if t.space_after:
            break
    return word.isalpha() and word.islower()


BACK_POINTERS = frozenset({"that", "this"})
# what "That is ... according to X" may not have to point back: a content of its own ("This would be a $95 million
# investment by the group according to county officials" is the officials' own claim, not the sentence before it)
CONTENT_DEPS = frozenset({"attr", "acomp", "dobj", "ccomp", "xcomp"})
# what a holder's words leave out: what is said of the holder after its name ("an expert panel which gathered at ...")
HOLDER_CUT = frozenset({"relcl", "acl", "advcl", "prep", "appos", "punct"})


def view_holder(sent: Sent, scope: Scope) -> Speaker | None:
    """'That is the view of football coach Renaldo Gilkes as ...', 'That is according to an expert panel which ...':
    a sentence opened by a subject "That / This" of "be", not negated, whose attribute is a view (`held_view_nouns`)
    "of" a source, or that is "according to" a source, names the holder of the sentence before it (gold-web-dev40
    labels that sentence the coach's; claims49's strict xfail). The holder is the source's phrase without what is said
    of it after its name (`HOLDER_CUT`). Not when the sentence has a content of its own (`CONTENT_DEPS`)."""
    toks = [t for t in sent.tokens if t.pos not in {"SPACE", "PUNCT"}]
    if len(toks) < 4 or toks[0].lower not in BACK_POINTERS or toks[0].dep != "nsubj":
        return None
    root = toks[0].head
    if root.dep != "ROOT" or negated(root):
        return None
    if root.lower == "according":  # the parser reads "That is according to X" with "according" as the root
        ofs = [to for to in root.children if to.lower == "to"]
    elif lemma(root) == "be":
        heads = [c for c in root.children if c.dep == "attr" and lemma(c) in scope.lex.held_view_nouns]
        ofs = [p for h in heads for p in h.children if p.lower == "of" and p.dep == "prep"]
        if not any(c.dep in CONTENT_DEPS for c in root.children):  # "That is according to X", no content of its own
            ofs += [to for c in root.children if c.lower == "according" for to in c.children if to.lower == "to"]
    else:
        return None
    source = next((o for p in ofs for o in p.children if o.dep == "pobj"), None)
    if source is None or not is_source(source, scope):
        return None
    cut = {t.i for c in source.children if c.dep in HOLDER_CUT for t in c.subtree()}
    words = [t for t in source.subtree() if t.i not in cut and t.pos not in {"PUNCT", "SPACE"}]
    while words and words[0].lower in scope.lex.determiners:
        words = words[1:]  # "an expert panel": the phrase as the frame rules give it ('Officials said' -> Officials)
    mention = mention_for(words, scope.mentions, source)
    return Speaker(words, mention.actor_id if mention is not None else None, [root])


def hold_view(drafts: list[ClaimDraft], before: Sent, speaker: Speaker, lex: Lexicon) -> None:
    """Give the author's claims of the sentence before a `view_holder` sentence to the view's holder (`view-of-next`):
    only those no frame, quotation, list or own voice gave a claimer."""
    for draft in reversed(drafts):
        if draft.unit.sent is not before:
            break
        if draft.attribution is None and draft.voice is None and draft.withheld is None:
            inherit(draft, speaker, "view-of-next", lex)


def extract_article(article: ParsedArticle, mentions: list[MentionRecord], lex: Lexicon) -> list[ClaimDraft]:
    """Claim drafts of one article, in text order (its trees as the normalize step repaired them: `misparse`)."""
    scope = Scope(
        lex,
        mention_index(article, mentions),
        genders=title_genders(article, mentions, lex),
        name_genders=first_name_genders(article, mentions, lex),
    )
    scope.posts, scope.post_starts = post_authors(article, scope.mentions)
    scope.labels = speaker_labels(article, scope.mentions, lex)
    drafts: list[ClaimDraft] = []
    lone = lone_sentences(article)
    rows = table_rows(article) | writer_notes(article, lone, lex)
    before: Sent | None = None
    for sent in article.sents:
        scope.discourse.sentence += 1
        place = enter(sent, scope.discourse)
        holder = view_holder(sent, scope) if before is not None and not (place.in_quote or place.mid_quote) else None
        if holder is not None and before is not None:
            hold_view(drafts, before, holder, lex)
        before = sent
        scope.discourse.sentence_quoted = frozenset(scan(sent.tokens, scope.discourse.quote_open).inside)
        heads = named_heads(sent, scope)
        scope.discourse.sentence_subjects = subject_persons(heads)
        note_subject_speaker(sent, scope)
        label = quote_label(sent, scope)
        if label is not None:  # a quote block's label: its quotation is the labelled speaker's
            scope.discourse.quote_claimer, scope.discourse.pending_quote = label[0], []
            place = replace(place, in_quote=True)
        if sent.sentence_id not in rows and is_claim_sentence(sent, lex, sent.sentence_id in lone):
            for draft in sentence_drafts(sent, scope):
                if label is not None and not after_label(draft, label[1]):
                    continue
                settle(draft, place, scope)
                drafts.append(draft)
        elif place.in_quote or place.open_after:
            note_question_speaker(sent, scope)
        note_subject_person(sent, scope, heads)
        scope.discourse.previous_persons = persons_named(heads)
        scope.discourse.previous_subject_speakers = subject_speakers(sent, scope, drafts)
        scope.discourse.previous_subjects = scope.discourse.sentence_subjects
        note_whole_quote(place, scope.discourse)
        if not place.is_bullet:
            scope.discourse.list_speaker = sentence_speaker(drafts, sent)
        scope.discourse.quote_open = place.open_after
        if not place.open_after:
            close_unclaimed(scope.discourse, lex)
    return drafts
