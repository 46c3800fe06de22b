"""Type rules (`typing.TYPE_RULES`) that keep places out of the actors: names of places, events and
venues, origins ("Glasgow-based", "based in Sakhnin"), regions ("North Devon"), names listed among
places, and names spaCy cut from a longer capitalised name.
"""

from __future__ import annotations

import re

from ..parsed import Tok
from ..syntax import lemma
from .context import ArticleInfo
from .discovery import org_word
from .found import is_location_use, opens_subjectless_clause
from .lexicon import ActorsLexicon
from .named import Named, Verdict

PLACED = frozenset({"based", "born", "headquartered", "located", "situated"})  # "based in X": X is a place
PLACE_ENDINGS = frozenset({"road", "street", "avenue", "square", "beach", "airport", "station", "stadium"})
VENUE_ENDINGS = PLACE_ENDINGS | {"theatre", "hospital", "school", "college", "hall", "gallery", "museum", "tower"}
# institutions that are where someone is or goes ("at Glenurquhart High School", "went to Cardiff University")
INSTITUTION_HEADS = frozenset({"school", "college", "university", "hospital", "institution", "academy", "prison"})
GOING_VERBS = frozenset({"go", "attend", "send", "admit", "transfer"})  # "went to", "attended", "sent to"
# last words of events no person's surname is ("Carling Cup", "Birmingham Grand Prix", "Drew Show")
EVENT_ENDINGS = frozenset(
    {"cup", "championship", "championships", "prix", "marathon", "award", "awards", "trophy", "tournament",
     "festival", "olympics", "expo", "show", "summit", "theater", "theatre"}
)  # fmt: skip
DOCUMENT_NOUNS = frozenset({"budget"})  # documents besides the lexicon's `document_words`
MODIFIER_POS = frozenset({"ADJ", "PROPN"})  # "the Finance Bill", "a hybrid Bill" (and "the Budgets": an article)


def _owner_of_a_place(n: Named) -> tuple[Tok, ...] | None:
    """ "Grauman's Chinese Theatre", "Guy's Hospital": a name spaCy takes for a person's that owns a
    capitalised building or street is part of its name."""
    info, k = n.info, n.info.after(n.span[-1])
    if n.label != "PERSON" or k is None or k.lower not in {"'s", "’s"}:
        return None
    last, nxt = None, info.after(k)
    while nxt is not None and nxt.text[:1].isupper() and nxt.text.isalpha():
        last, nxt = nxt, info.after(nxt)
    ends_phrase = nxt is None or not nxt.text[:1].isalpha() or nxt.pos not in {"NOUN", "PROPN"}
    return (k, last) if last is not None and last.lower in VENUE_ENDINGS and ends_phrase else None


def street_name(n: Named) -> bool:
    """'Bruckner Boulevard', 'Dresden Drive', 'the Turnpike', 'Trump Golf Links', 'Petersallee': a street, a road or
    a course by its last word (`street_words`) or a one-word name by its ending (`street_suffixes`), whatever label
    spaCy gives it (web news is local news: a street per page, which spaCy often takes for a person's name); not a
    body named after one ("Friends of Pelham Parkway")."""
    if not n.words:
        return False
    last = n.words[-1]
    if "of" in n.words:
        return False  # "Friends of Pelham Parkway": a body named after a street
    if last in n.lex.street_words:
        return True
    suffix = next((s for s in n.lex.street_suffixes if last.endswith(s) and len(last) > len(s) + 2), None)
    return suffix is not None and len(n.words) == 1


def place_or_event_name(n: Named) -> Verdict | None:
    """'European Indoor Championships', 'Jerwood Theatre', 'Kyoto Treaty', 'Wilmslow Road', 'Dresden Drive': no
    actor by its last word (a person's name only by a street, a building or a natural area: 'Calico Desert',
    `area_name_endings`; actors41); nor an award's title before "of the Year" (`_of_the_year`, actors97)."""
    if street_name(n):
        return Verdict(None, (n.span[-1],))
    no_surname = PLACE_ENDINGS | EVENT_ENDINGS | n.lex.area_name_endings
    if n.label == "PERSON" and len(n.words) >= 2 and n.words[-1] in no_surname:
        return Verdict(None, (n.span[-1],))
    document = _document_alone(n)
    if document is not None:
        return Verdict(None, document)
    venue = _owner_of_a_place(n)
    if venue is not None:
        return Verdict(None, venue, "mention")
    year = _of_the_year(n)
    if year is not None:
        return Verdict(None, year)
    if n.label in {"PERSON", "TITLE"} or len(n.words) < 2 and n.label != "ORG":
        return None
    words = tuple(re.findall(r"[a-z]+", " ".join(n.words)))
    lex = n.lex
    if words and (
        lex.ends_as_no_actor(words)
        or any(words[: len(p)] == p for p in lex.non_actor_name_openings)
        or any(w in lex.document_words for w in words)
    ):
        return Verdict(None, (n.span[-1],))
    return None


def _of_the_year(n: Named) -> tuple[Tok, ...] | None:
    """'the BBC Sports Personality of the Year', 'European Footballer of the Year': a name right before "of the Year"
    is the title of an award, no actor (spaCy's span leaves the "of the Year" out; actors97)."""
    after = [n.info.toks.get(n.span[-1].i + k) for k in (1, 2, 3)]
    year = after[2]
    if year is None or [t.text if t is not None else "" for t in after] != ["of", "the", "Year"]:
        return None
    return (year,)


def _document_alone(n: Named) -> tuple[Tok, ...] | None:
    """ "the Finance Bill", "a hybrid Bill", "Health Service (Miscellaneous Provisions) Bill", "in the
    Budgets": a one-word name that is a document (or documents) after a word of its noun phrase, which
    spaCy left out (not "Bill said", "Bill Gates")."""
    if len(n.span) != 1 or len(n.words) != 1:
        return None
    word = n.words[0]
    documents = n.lex.document_words | DOCUMENT_NOUNS
    if word not in documents and not (word.endswith("s") and word[:-1] in documents):
        return None
    left = n.info.before(n.span[0])
    article = left is not None and left.lower in n.lex.determiners  # not "Oh no Bill, don't"
    if left is None or not (left.text == ")" or article or left.pos in MODIFIER_POS and left.ent_type != "PERSON"):
        return None
    if left.lower in n.lex.role_modifiers or left.lower == "late":
        return None  # "The former Bill said nothing": a person's role, no law's (review15c)
    nxt = n.info.after(n.span[0])
    if nxt is not None and nxt.text[:1].isupper() and nxt.pos == "PROPN":
        return None  # "the late Bill Hicks" cut short
    return (left, n.span[0])


def origin_name(n: Named) -> Verdict | None:
    """'the Glasgow-based band', 'a London-born actor', 'are based in Sakhnin', 'from Dartford in Kent': a
    place or an origin here."""
    dash = n.info.after(n.span[-1])
    word = n.info.after(dash) if dash is not None and dash.text == "-" else None
    if word is not None and word.lower in n.lex.origin_participles:
        return Verdict(None, (dash, word), "mention")
    gov = n.governor
    after, then = n.info.after(n.span[-1]), None
    then = n.info.after(after) if after is not None and after.lower == "in" else None
    if gov is not None and gov.lower == "from" and then is not None and then.ent_type == "GPE":
        return Verdict(None, (gov, after, then), "mention")  # "Arnold, from Dartford in Kent"
    placed = n.head.dep == "pobj" and gov is not None and gov.lower == "in" and gov.head is not None
    if placed and gov.head.lower in PLACED and gov.head.i == gov.i - 1:
        return Verdict(None, (gov.head, gov), "mention")
    return None


ORG_SUFFIXES = frozenset({"fc", "plc", "inc", "ltd", "llc", "corp", "co", "ag", "sa", "nv", "united", "city", "rovers"})


def cut_name(n: Named) -> Verdict | None:
    """'[Stan Lee] Media venture', '[Education] Secretary Ruth Kelly': a name spaCy cut from a longer
    capitalised name after it (a proper noun outside any entity that the name modifies) is no actor of
    its own here; before a title or a role only a one-word name in lower case elsewhere is
    ("Medical Research Council Professor", "EC President" keep the body). A person's name cut so is
    given whole by `discovery.extend_person`."""
    right = n.info.after(n.span[-1])
    if n.label == "PERSON" or right is None or n.head.dep != "compound" or n.governor is not right:
        return None
    word = right.lower.rstrip(".")
    if not _bare_proper(right) or len(word) < 2 or word in ORG_SUFFIXES:
        return None
    lex = n.lex
    before_a_person = word in lex.titles or word in lex.role_nouns or word in lex.person_nouns
    if before_a_person and (len(n.span) > 1 or n.span[0].text.isupper()):
        return None
    return Verdict(None, (right,), "mention")


def _bare_proper(tok: Tok) -> bool:
    return tok.pos == "PROPN" and not tok.ent_type and tok.text[:1].isupper() and tok.text.isalpha()


def listed_with_places(n: Named) -> Verdict | None:
    """'Shrewsbury, Dorset and Torbay': outside sport, a name listed among places (three or more, half
    the list at least) is one, unless a word of its name makes it an organisation ("Britain, France,
    Gavi and the Gates Foundation")."""
    in_a_list = n.head.dep == "conj" or any(c.dep == "conj" for c in n.head.children)
    org_words = {w for words in n.lex.org_type_words.values() for w in words} | n.lex.org_head_nouns
    if n.info.sport or not in_a_list or org_words & set(n.words):
        return None
    top = n.head
    while top.dep == "conj" and top.head is not None and top.head is not top:
        top = top.head
    listed = [t for t in top.subtree() if (t is top or t.dep == "conj") and t.i not in {s.i for s in n.span}]
    places = [t for t in listed if t.ent_type in {"GPE", "LOC"}]
    if len(places) < 3 or len(places) * 2 < len(listed):
        return None
    return Verdict(None, tuple(places[:2]), "mention")


def compass_place(n: Named) -> Verdict | None:
    """'North Devon', 'Aberdeen South', 'Middle East', 'south Devon': a compass word and a name is a region."""
    left = n.info.before(n.span[0])
    if left is not None and left.lower in n.lex.compass_words and left.text.islower() and n.label != "ORG":
        return Verdict(None, (left,))  # "whose members met in south Devon"
    if len(n.words) < 2 or n.label == "PERSON" and n.words[0] not in n.lex.compass_words:
        return None
    compass = n.lex.compass_words
    if n.words[0] in compass and n.label != "ORG" or n.words[-1] in compass:
        return Verdict(None, (n.span[0] if n.words[0] in compass else n.span[-1],))
    return None


def institution_as_place(n: Named) -> Verdict | None:
    """'a session at Glenurquhart High School', 'his cell in Stoke Heath Young Offender Institution', 'he
    attended Lewis Boys' School', 'he went to Cardiff University': a school, university, hospital or
    prison named as where someone is or goes is a place here (not "Cardiff University said")."""
    head = n.head
    if head.lower not in INSTITUTION_HEADS or n.label == "PERSON" and len(n.words) < 2:
        return None
    before = [t for t in (n.info.before(n.span[0]),) if t is not None]
    gov = n.governor
    if gov is not None and gov.head is not None and gov.head.lemma.lower() in n.lex.person_nouns | n.lex.role_nouns:
        return None  # "a law professor at George Mason University": where one works, an actor
    if is_location_use(head, n.lex, frozenset(t.i for t in n.span), before):
        return Verdict(None, tuple(before), "mention")
    if gov is not None and head.dep == "dobj" and gov.lemma.lower() in GOING_VERBS:
        return Verdict(None, (gov,), "mention")
    going = gov is not None and gov.lower == "to" and gov.head is not None and gov.head.lemma.lower() in GOING_VERBS
    if head.dep == "pobj" and going and gov.head is not None:
        return Verdict(None, (gov.head, gov), "mention")
    return None


def constituency_or_nearby(n: Named) -> Verdict | None:
    """'his home seat of Bedwellty', 'the 1904 Horsham by-election', 'Horsham constituency', 'in nearby
    Pengam': a constituency or a place near another, whatever label spaCy gives the name (`seat_nouns`)."""
    if n.label == "PERSON" and len(n.span) > 1:
        return None  # "the seat of Tony Blair": a person's full name stays a person's
    left, right = n.info.before(n.span[0]), n.info.after(n.span[-1])
    if left is not None and left.lower == "nearby" and left.text.islower():
        return Verdict(None, (left,), "mention")
    gov, seats = n.governor, n.lex.seat_nouns
    if (
        gov is not None
        and gov.lower == "of"
        and n.head.dep == "pobj"
        and gov.head is not None
        and gov.head.lower in seats
    ):
        return Verdict(None, (gov.head, gov), "mention")
    dash = n.info.after(right) if right is not None and right.lower == "by" else None
    word = n.info.after(dash) if dash is not None and dash.text == "-" else None
    if word is not None and word.lower == "election":
        return Verdict(None, (right, dash, word), "mention")
    if right is not None and right.lower in seats and right.text.islower() and n.head.dep == "compound":
        return Verdict(None, (right,), "mention")
    return None


# prepositions whose object spaCy took for a person's one-word name is a place ("fires in Amazonas", "temperatures in
# Seoul, Daejeon and Cheongju"); not "at" ("shouted at Smith"), "near" ("remained near Bennett"), "to" or "with",
# which persons are the object of
PLACE_PREPOSITIONS = frozenset({"in", "inside", "outside", "throughout", "across"})
HOLDINGS = frozenset({"holding", "holdings", "investment", "investments", "option", "options"})  # "holdings in Pfizer"
# verbs whose "in" is a particle that takes a person: "drafted in Kluivert", "brought in Smith", "called in Jones"
IN_PARTICLE_VERBS = frozenset({"draft", "bring", "call", "draw", "rope", "send", "pitch", "throw", "fill"})
PLACE_LABELS_OF_A_LIST = frozenset({"GPE", "LOC", "FAC"})
# nouns and verbs whose "in" takes the person one trusts (review21a: "no faith in Gbagbo", "few believe in Lukashenko",
# "confidence in X", "their trust in X")
TRUST_WORDS = frozenset({"confidence", "faith", "trust", "belief", "believe"})


def person_label_in_a_place(n: Named) -> Verdict | None:
    """'fires have been detected in Amazonas', 'temperatures in Seoul, Daejeon and Cheongju': a one-word name spaCy
    takes for a person's, the object of a preposition of place (or one of a list whose first is a place), is a place
    here (this mention only: "Cheongju said" elsewhere would still be typed by its label). Not an owner ("in Tsai's
    win"), one of a list of persons or things ("the maturity we see in Ronaldo and Rooney", "stuck in the mud and
    Jones raced back"), one after a noun ("in the group Tru"), what one holds shares in ("holdings in Eli Lilly and
    Pfizer", "shareholders in Yukos"), a person one is confident in ("confident in Andy winning"), trusts
    ("no faith in Gbagbo", `TRUST_WORDS`) or drafts in ("drafted in Kluivert"), nor the subject of a verb right
    after it that the parser joined to an earlier one ("broke out in Grodno and Lukashenko ordered troops": review21a,
    `opens_subjectless_clause`)."""
    if n.label != "PERSON" or len(n.span) != 1 or n.cand.before or n.head.dep not in {"pobj", "conj", "appos"}:
        return None
    if any(t.pos == "NOUN" for t in n.before + n.appositions):
        return None  # "in striker Smith's absence", "in the group Tru"
    tok = n.head
    while tok.dep in {"conj", "appos"} and tok.head is not None and tok.head is not tok:
        tok = tok.head
    if tok is not n.head and tok.ent_type not in PLACE_LABELS_OF_A_LIST:
        return None  # "in Ronaldo and Rooney"
    after = n.info.toks.get(n.span[-1].i + 1)
    if tok is not n.head and after is not None and after.sent == n.head.sent and opens_subjectless_clause(after):
        return None  # "in Grodno and Lukashenko ordered troops": the subject of "ordered"
    gov = tok.head
    if tok.dep != "pobj" or gov is None or not gov.text.islower() or not _of_place(gov, n, tok is n.head):
        return None
    owner, left = gov.head, n.info.before(gov)
    holdings = HOLDINGS | n.lex.company_possessions
    held = [t for t in (owner, left) if t is not None and (t.lower in holdings or lemma(t) in holdings)]
    if held or owner is None or owner.pos == "ADJ":
        return None
    if any(t is not None and lemma(t) in TRUST_WORDS for t in (owner, left)):
        return None  # "few believe in Lukashenko": the word may be the verb "in" hangs on
    if lemma(owner) in IN_PARTICLE_VERBS and owner.i == gov.i - 1:
        return None
    return Verdict(None, (gov,), "mention")


def _of_place(prep: Tok, n: Named, alone: bool) -> bool:
    """Whether a preposition puts its object in a place: "in", "across" (`PLACE_PREPOSITIONS`); in an article about
    sport, "at" too ("the win at Norwich", "stay at Anfield", "limped out at Kingsholm": the ground, m71 BBC sport 16
    one-word rows typed a person; actors91), but not after a verb or noun that aims at someone (`aimed_at_words`:
    "looked at Gavin", "hit out at Mourinho", "a swipe at Ferguson"), and only for its own object (`alone`), not one
    joined to it ("a win at Carrow Road and Keegan sympathised")."""
    if prep.lower in PLACE_PREPOSITIONS:
        return True
    if not alone:
        return False
    owner = prep.head
    aimed = owner is not None and owner is not prep and lemma(owner) in n.lex.aimed_at_words
    return prep.lower == "at" and n.info.sport and not aimed


def region_of_name(n: Named) -> Verdict | None:
    """'the rocky island of Redonda', 'The state of Amazonas', 'the town of Yeovil': a name after "the <region noun>
    of" is a place's (a nationality or a country may stand before a region noun in lower case: "the Brazilian states of
    Mato Grosso and Paraná", "the Indian state of Andhra Pradesh"; a later item of the list is a place in that mention
    only, web77), in every mention of it in the article ("Amazonas declared an emergency" there is the same
    place; a discovered name only: the registry's states are linked before)."""
    first = n.head
    while first.dep == "conj" and first.head is not None and first.head is not first:
        first = first.head  # "the Brazilian states of Mato Grosso and Paraná" (web77)
    gov = first.head if first is not n.head else n.governor
    if first.dep != "pobj" or gov is None or gov.lower != "of" or gov.head is None:
        return None
    region = gov.head
    det = n.info.before(region)
    while det is not None and (det.pos == "ADJ" and det.text.islower() or _nation_word(det) and region.text.islower()):
        det = n.info.before(det)  # "the rocky island of Redonda", "the Indian state of Andhra Pradesh" (web77)
    if lemma(region) not in n.lex.region_nouns or region.i != gov.i - 1 or det is None or det.lower != "the":
        return None
    return Verdict(None, (region, gov), "name" if first is n.head else "mention")


def _nation_word(tok: Tok) -> bool:
    """A capitalised word spaCy labels a nationality or a country ("Brazilian", "Indian", "US") before a region noun."""
    return tok.text[:1].isupper() and tok.ent_type in {"NORP", "GPE"}


def region_word_name(n: Named) -> Verdict | None:
    """'people in the Territory', 'Acting Premier of the Territory', 'the Island': one capitalised word after "the"
    that is a noun of a region (`region_nouns`, `place_of_nouns`; not "state": "the State" may be its government) is
    the page's own name for the place it is about, no actor (actors43)."""
    if len(n.span) != 1:
        return None
    word, left = n.span[0], n.info.before(n.span[0])
    nouns = (n.lex.region_nouns | n.lex.place_of_nouns) - {"state"}
    if left is None or left.lower != "the" or word.text.isupper() or word.lower not in nouns:
        return None
    return Verdict(None, (left, word))


def landscape_of_name(n: Named) -> Verdict | None:
    """'the Amazon rainforest', "Ecuador's Amazon forests", 'the Danube delta': a name right before a lower-case noun of
    a natural feature (`landscape_nouns`) that it modifies is a place's, in every mention of it in the article ("fires
    in the Amazon" there is the same place, not the company). Not a noun that is no natural feature ("an Amazon
    warehouse"), nor one written as a word of the name ("Thames Valley Police")."""
    gov = n.governor
    if gov is None or n.head.dep not in {"compound", "amod", "nmod"} or gov.i != n.span[-1].i + 1:
        return None
    if not gov.text.islower() or lemma(gov) not in n.lex.landscape_nouns:
        return None
    return Verdict(None, (gov,))


def landscape_name(n: Named) -> Verdict | None:
    """'the Lake Berryessa concessions manager', 'on the banks of Loch Lomond', 'Mount Kenya': a name of two words or
    more opening with a natural feature's word (`landscape_name_openings`) is a place's, whatever label spaCy gives
    it (actors46); not a body or a building named after one ("Lake Placid Organizing Committee", "Mount Sinai
    Hospital")."""
    if len(n.words) < 2 or n.words[0] not in n.lex.landscape_name_openings:
        return None
    if any(org_word(w, n.lex) or w in VENUE_ENDINGS for w in n.words[1:]):
        return None
    return Verdict(None, (n.span[0],))


def place_of_a_bodys_name(n: Named) -> Verdict | None:
    """'One of Cork's oldest pubs', 'pubs around Cork' on a page that names Cork County Council: a one-word name that
    opens a body's name the article gives with a region noun after it and an organisation's word last ("<X> County
    Council", "<X> State University"; `region_nouns`, `discovery.org_word`) is that place's name, in every mention
    (actors46), also where spaCy takes it for a person's ("Devon will raise council tax", "Kent's leader": a person
    "Kent" when no short form of the council is made; review37). Not in an article about sport ("Manchester City": a
    club), nor the surname of a person the article names in full ("Paul Kent, the leader of Kent County Council ...
    Kent said"), nor beside a building's name ("Hereford County Hospital": "Hereford's decision" is the hospital
    trust's)."""
    if len(n.words) != 1 or n.info.sport:
        return None
    word = n.words[0]
    if any(name.split()[-1].lower() == word for name in n.info.person_names):
        return None
    bodies = [o.split() for o in n.info.org_names if o.split()[0] == word]
    if not any(len(b) > 2 and b[1] in n.lex.region_nouns and org_word(b[-1], n.lex) for b in bodies):
        return None
    return Verdict(None, (n.span[0],))


COUNTY_ABBREVIATIONS = frozenset({"co.", "co"})  # "Napa Co." of a US headline: Napa County


def county_short_form(n: Named) -> Verdict | None:
    """'Napa Co. enters exclusive agreement' on a page that writes "Napa County": a name ending in "Co." whose words
    before it the article writes before "County" is the county's short form, a government that acts (actors47), not a
    company ("Co." of "Goldman Sachs & Co", "Baoshan Iron and Steel Co.": no page writes "Goldman Sachs & County"). Not
    in an article about sport ("Notts Co" is Notts County, a club)."""
    if len(n.words) < 2 or n.words[-1] not in COUNTY_ABBREVIATIONS or n.info.sport:
        return None
    county = re.escape(" ".join(n.words[:-1]) + " county")
    if not re.search(rf"(?<![\w-]){county}(?![\w-])", n.info.text_lower):
        return None
    return Verdict("government", (n.span[-1],))


ADDRESS_LABELS = frozenset({"GPE", "LOC"})
ADDRESS_OPENERS = frozenset({"from"})  # besides the lexicon's locative prepositions: "returning from St. Thomas, USVI"
SUBJECT_DEPS_OF_A_NAME = frozenset({"nsubj", "nsubjpass"})
CLOSING_MARKS = frozenset({".", ";", ":", ")", "!", "?"})


def _name_run(tok: Tok | None, info: ArticleInfo, step: int) -> list[Tok]:
    """The capitalised words that run from `tok` in the direction `step` (-1 left, 1 right), in text order, up to
    where another of spaCy's entities begins ("Clarendon Tuesday": the place, not the day)."""
    run: list[Tok] = []
    while tok is not None and tok.text[:1].isupper() and tok.pos in {"PROPN", "NOUN"}:
        run.append(tok)
        if step < 0 and tok.ent_iob == "B":
            break
        tok = info.after(tok) if step > 0 else info.before(tok)
        if step > 0 and tok is not None and tok.ent_iob == "B":
            break
    return run if step > 0 else run[::-1]


def _comma_run(tok: Tok, info: ArticleInfo, step: int) -> list[Tok]:
    """The run of capitalised words on the other side of a comma right before (`step` -1) or after (1) `tok`."""
    comma = info.after(tok) if step > 0 else info.before(tok)
    if comma is None or comma.text != ",":
        return []
    return _name_run(info.after(comma) if step > 0 else info.before(comma), info, step)


def _is_place(run: list[Tok], info: ArticleInfo) -> bool:
    """Whether a run of words is a place by spaCy's label, not the owner of what follows ("Russia's")."""
    after = info.after(run[-1]) if run else None
    return bool(run) and all(t.ent_type in ADDRESS_LABELS for t in run) and (after is None or after.tag != "POS")


def _opened_by_a_place_preposition(first: Tok, info: ArticleInfo, lex: ActorsLexicon) -> Tok | None:
    """The preposition of place (an article skipped) that opens a list of names whose first word is `first`,
    walking back over the runs of capitalised words joined by commas before it."""
    run = [first]
    while earlier := _comma_run(run[0], info, -1):
        run = earlier
    left = info.before(run[0])
    if left is not None and left.lower == "the":
        left = info.before(left)
    if left is None or not left.text.islower() or left.lower not in lex.locative_prepositions | ADDRESS_OPENERS:
        return None
    return left


def _ends_the_address(tok: Tok, info: ArticleInfo) -> bool:
    """Whether the words after an address's last name close it: a mark that ends the clause, or a comma before a
    word in lower case that is no verb ("from St. Thomas, USVI, and not reporting"); not a noun the name modifies
    ("ABD president"), a list going on ("Green Day, Alicia Keys and Kanye West") nor a verb whose subject the name
    is ("in Uganda, Sarah Mukasa, told the BBC")."""
    nxt = info.after(tok)
    if nxt is None or nxt.text in CLOSING_MARKS:
        return True
    then = info.after(nxt) if nxt.text == "," else None
    return then is not None and then.text.islower() and then.pos not in {"VERB", "AUX"}


def address_place(n: Named) -> Verdict | None:
    """'returning from St. Thomas, USVI, and not reporting entry', 'killed in a crash in Osborne Store, Clarendon
    Tuesday', 'located at the Newcastle Hill Station, St Andrew, Jamaica': a name in an address, place names joined
    by commas that a preposition of place opens, is a place here (this mention only; actors46) when the name right
    after it is a place by spaCy's label, or, for a name spaCy takes for no person's, the name right before it is and
    the address ends with it. Not the subject of a verb ("In Washington, Obama said"), a person named after a place
    ("The BBC's correspondent in Jakarta, Rachel Harvey, told"), a name with a word of an organisation ("at Harvard
    University, Cambridge"), nor one before a state's possessive ("a stake in Sun Interbrew, Russia's second-largest
    brewer")."""
    if n.head.dep in SUBJECT_DEPS_OF_A_NAME or any(org_word(w, n.lex) for w in n.words):
        return None
    first, last = n.span[0], n.span[-1]
    after, before = _comma_run(last, n.info, 1), _comma_run(first, n.info, -1)
    if _is_place(after, n.info):
        opener = _opened_by_a_place_preposition(first, n.info, n.lex)
        return Verdict(None, (opener, after[0]), "mention") if opener is not None else None
    if n.label == "PERSON" or not _is_place(before, n.info) or not _ends_the_address(last, n.info):
        return None
    opener = _opened_by_a_place_preposition(before[0], n.info, n.lex)
    return Verdict(None, (opener, before[0]), "mention") if opener is not None else None


RESIDENCE_PREPOSITIONS = frozenset({"of", "from"})  # "Heather Grant, 33, of Christiana": where a person lives
AGE_DIGITS = 3  # an age has at most three digits ("Tom Smith, 2004," is no age)


def _before_a_verb(tok: Tok, info: ArticleInfo) -> bool:
    """Whether a verb in lower case follows `tok`, after a comma or straight on ("Pana, was arrested", "Edinburg was
    arrested": web79)."""
    nxt = info.after(tok)
    verb = info.after(nxt) if nxt is not None and nxt.text == "," else nxt
    return verb is not None and verb.text.islower() and verb.pos in {"VERB", "AUX"}


def residence_age(first: Tok, last: Tok, info: ArticleInfo) -> Tok | None:
    """The age of the person whose home a name gives, in the news's way of naming someone with their age and home:
    "<name>, <age>, of / from <place>[, <place>]" ("Heather Grant, 33, of Christiana, Manchester", "David Redvers,
    34, from Hartpury, Gloucestershire", "Mr Mubanga, 32, from Wembley, London"), or with no preposition where a verb
    follows the address ("Jayden F. Snow, 22, Pana, was arrested", "Casey Conaway, 30, Edinburg was arrested").
    `first` and `last` are the name's words; the places before it joined by commas are walked over. None when the name
    stands elsewhere (not "James Lomas, 15, George Maguire, 14, and Liam Mower", a list of persons and ages)."""
    run = [first]
    while earlier := _comma_run(run[0], info, -1):
        run = earlier
    left = info.before(run[0])
    preposition = left is not None and left.lower in RESIDENCE_PREPOSITIONS and left.text.islower()
    comma = info.before(left) if preposition and left is not None else left
    age = info.before(comma) if comma is not None and comma.text == "," else None
    if age is None or not (age.text.isdigit() and len(age.text) <= AGE_DIGITS):
        return None
    comma = info.before(age)
    person = info.before(comma) if comma is not None and comma.text == "," else None
    if person is None or not person.text[:1].isupper() or not person.text.replace(".", "").isalpha():
        return None
    return age if preposition or _before_a_verb(last, info) else None


def residence_place(n: Named) -> Verdict | None:
    """'Heather Grant, 33, of Christiana, Manchester and a man known as ...', 'Junmyung Lee, 30, of Dedham;',
    'Leslie Gray, 43, of Tuxford, Nottingham': a name in the home a person is given with their age
    (`residence_age`) is a place here (this mention only), whatever label spaCy gives it (web77); not a name with a
    word of an organisation ("John Smith, 45, of Acme Holdings")."""
    if any(org_word(w, n.lex) for w in n.words):
        return None
    age = residence_age(n.span[0], n.span[-1], n.info)
    return Verdict(None, (age,), "mention") if age is not None else None
