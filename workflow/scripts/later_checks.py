"""The check files and label files made in sessions 57-61, after every hand-check draw of sessions 46-55 (and
review51's, narr22's, narr25's, narr46's audits): each of those draws names them among the files made after it
(`LATER`), so that they change none of its draws. One list, the same in each."""

# review74's (session 61), review75's (session 62), review76's (session 63), review77's (session 64) and review78's
# (session 65) check files:
# part of `SINCE_SESSION_57`, and taken by the draws whose explicit lists name them after their own files
# (`reviews_from`)
REVIEW74 = frozenset(
    {"claims-handcheck-review74.jsonl", "claims-handcheck-review74-units.jsonl", "actors-handcheck-review74.jsonl"}
)
REVIEW75 = frozenset(
    {"claims-handcheck-review75.jsonl", "claims-handcheck-review75-units.jsonl", "actors-handcheck-review75.jsonl"}
)
REVIEW76 = frozenset(
    {"claims-handcheck-review76.jsonl", "claims-handcheck-review76-units.jsonl", "actors-handcheck-review76.jsonl"}
)
REVIEW77 = frozenset(
    {"claims-handcheck-review77.jsonl", "claims-handcheck-review77-units.jsonl", "actors-handcheck-review77.jsonl"}
)
REVIEW78 = frozenset(
    {"claims-handcheck-review78.jsonl", "claims-handcheck-review78-units.jsonl", "actors-handcheck-review78.jsonl"}
)
# every review's files by its number: a new review's set is added here alone
REVIEWS = {74: REVIEW74, 75: REVIEW75, 76: REVIEW76, 77: REVIEW77, 78: REVIEW78}


def reviews_from(first: int) -> frozenset[str]:
    """The check files of review<first> and of every review after it: what a draw's explicit `LATER` takes after its
    own files."""
    return frozenset().union(*(files for number, files in REVIEWS.items() if number >= first))


# every whole-page web actor check by the order it was made (web85's in session 54, before web77's): a new web check's
# name is added at the end alone, and each web draw's `LATER` is its own check's files and every later one's
WEB_CHECKS = ("web41", "web85", "web77", "web78", "web79", "web80", "web81", "web83", "web84")


def web_checks_from(first: str) -> frozenset[str]:
    """The check file of web check `first` and of every web check made after it: a web draw's `LATER`."""
    return frozenset(f"actors-handcheck-{name}.jsonl" for name in WEB_CHECKS[WEB_CHECKS.index(first) :])


# the BBC checks and label files made from session 57 on: review70's and b81's draws name them after their own files
BBC_SINCE_SESSION_57 = frozenset(
    {
        # review70 (session 57)
        "claims-handcheck-review70.jsonl",
        "claims-handcheck-review70-units.jsonl",
        "statements-handcheck-review70.jsonl",
        # review72 (session 59)
        "claims-handcheck-review72.jsonl",
        "claims-handcheck-review72-units.jsonl",
        # review73 (session 60)
        "claims-handcheck-review73.jsonl",
        "claims-handcheck-review73-units.jsonl",
        # training labels (claims85's replacement units, wired in by claims86, session 59; claims86's own):
        # their spans were no label when those checks were drawn
        "claims-labels-claims85.jsonl",
        "claims-labels-claims86.jsonl",
        # claims88's (session 60): its relabelled units were no label either
        "claims-labels-claims88.jsonl",
        # actors90 (session 59)
        "actors-handcheck-actors90.jsonl",
    }
) | reviews_from(74)
# and the web checks of those sessions (web81's on)
SINCE_SESSION_57 = BBC_SINCE_SESSION_57 | web_checks_from("web81")

# The files made in sessions 50-55 that the hand-check draws of sessions 46-49 (s46, b47, ent62, bbc55, sp48) each
# name after their own: claims70's h70 (session 50), actors76's spt76 (session 51), narr35's blind statement set
# (session 54), narr36's statement dev set and claims81's b81 (session 55); then every file of `SINCE_SESSION_57`.
SINCE_SESSION_50 = (
    frozenset(
        {
            "claims-handcheck-h70.jsonl",
            "claims-handcheck-h70-units.jsonl",
            "actors-handcheck-spt76.jsonl",
            "statements_gold.narr35.jsonl",
            "statements-dev-narr36.jsonl",
            "claims-handcheck-b81.jsonl",
            "claims-handcheck-b81-units.jsonl",
        }
    )
    | SINCE_SESSION_57
)
