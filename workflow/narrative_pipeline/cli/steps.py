"""The pipeline's steps, one subcommand each, as the Snakemake rules call them."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .common import add_shard_step_args, documents_of, log, named_paths, settings_of

# the claim classifier's manifest component, kept by its file's sha256 (`classify.model_component`)
MODEL_COMPONENT_CACHE = ".cache/manifest/claims-model.json"


def cmd_ingest(a) -> int:
    from .. import ingest
    from ..provenance import step_provenance
    from ..tables import stamped

    t = time.perf_counter()
    cache = Path(a.cache_dir) if a.cache_dir else None
    with stamped(step_provenance("ingest")):
        seen, analysed = ingest.run(
            Path(a.input_dir), a.shard, settings_of(a.settings), Path(a.out_articles), Path(a.out_texts), cache
        )
    log("ingest", f"shard {a.shard}: {seen} files, {analysed} articles to analyse", t)
    return 0


def cmd_normalize(a) -> int:
    from .. import normalize
    from ..provenance import step_provenance
    from ..tables import stamped

    t = time.perf_counter()
    cache = Path(a.cache_dir) if a.cache_dir else None
    with stamped(step_provenance("normalize")):
        n_articles, n_parsed, n_toks = normalize.run(
            Path(a.texts),
            settings_of(a.settings),
            Path(a.out_sentences),
            Path(a.out_tokens),
            cache,
            Path(a.out_failures) if a.out_failures else None,
            Path(a.words_lexicon) if a.words_lexicon else None,
        )
    log("normalize", f"{a.texts}: {n_articles} articles ({n_parsed} parsed now, the rest cached), {n_toks} tokens", t)
    return 0


def cmd_actors(a) -> int:
    from .. import actors
    from ..provenance import step_provenance
    from ..tables import stamped

    t = time.perf_counter()
    settings = settings_of(a.settings)
    lexicon = a.lexicon or actors.lexicon.DEFAULT_LEXICON
    with stamped(step_provenance("actors", actors.COMPONENT, ("actors", lexicon))):
        n_mentions, n_actors = actors.run(
            a.texts,
            a.sentences,
            a.tokens,
            a.registry,
            settings.fuzzy_threshold,
            a.out_mentions,
            a.out_actors,
            a.lexicon,
            a.cache_dir,
            a.failures,
            a.out_failures,
            a.articles,
            a.names_lexicon,
        )
    log("actors", f"{a.texts}: {n_mentions} mentions of {n_actors} actors", t)
    return 0


def cmd_claims(a) -> int:
    from .. import claims
    from ..provenance import step_provenance
    from ..tables import stamped

    t = time.perf_counter()
    with stamped(step_provenance("claims", claims.COMPONENT, ("claims", a.lexicon))):
        n_claims, n_roles = claims.run(
            a.texts,
            a.sentences,
            a.tokens,
            a.mentions,
            a.lexicon,
            a.out_claims,
            a.out_roles,
            a.model,
            a.cache_dir,
            a.failures,
            a.out_failures,
        )
    log("claims", f"{a.texts}: {n_claims} claims, {n_roles} actor roles", t)
    return 0


def cmd_export(a) -> int:
    from .. import export

    t = time.perf_counter()
    paths = {
        "articles": a.articles,
        "sentences": a.sentences,
        "mentions": a.mentions,
        "claims": a.claims,
        "claim_actors": a.roles,
        **({"statements": a.statements} if a.statements else {}),
        **({"framing": a.framing} if a.framing else {}),
    }
    n = export.run(
        {k: Path(v) for k, v in paths.items()},
        Path(a.out_dir),
        Path(a.out_index) if a.out_index else None,
        Path(a.cache_dir) if a.cache_dir else None,
        Path(a.failures) if a.failures else None,
        Path(a.out_failures) if a.out_failures else None,
    )
    log("export", f"{a.articles}: {n} article documents", t)
    return 0


def cmd_gather(a) -> int:
    from ..catalogue import table
    from ..tables import gather, write_table

    t = time.perf_counter()
    outs = named_paths(a.table)
    shards = {group[0]: [Path(p) for p in group[1:]] for group in a.shards_of}
    if "actors" in outs and shards.get("actors") and not shards.get("mentions"):
        raise SystemExit(  # review54 7, review55 7: else the first shard's types, which the validator finds unequal
            "gather: the actors table's types are voted from the mentions' shards: give them with --shards-of mentions"
        )
    for name, out in outs.items():
        mention_shards = shards.get("mentions", []) if name == "actors" else []  # the actors' types are voted from them
        result = gather(table(name), shards.get(name, []), mention_shards)
        write_table(out, result)
        log("gather", f"{name}: {result.num_rows} rows from {len(shards.get(name, []))} shards", t)
    return 0


def cmd_validate_shard(a) -> int:
    from .. import validate

    t = time.perf_counter()
    paths = named_paths(a.table)
    docs = documents_of(a.docs_dir, paths["articles"]) if "articles" in paths else []
    index = Path(a.index) if a.index else None
    failures = Path(a.failures) if a.failures else None
    scope = f"shard {a.shard}"
    cache = Path(a.cache_dir) if a.cache_dir else None
    result = validate.run_shard(
        Path(a.input_dir), paths, docs, scope, Path(a.out), index, failures, a.strict_failures, cache
    )
    log("validate", f"{result.scope}: {'passed' if result.passed else 'FAILED'}, {result.n_violations} violations", t)
    return 0


def cmd_validate(a) -> int:
    from .. import validate

    t = time.perf_counter()
    shards: dict[str, list[Path]] = {}
    for group in a.shards_of:
        shards[group[0]] = [Path(p) for p in group[1:]]
    if bool(a.stage_changes) != bool(a.results):
        raise SystemExit("validate: --stage-changes and --results go together")
    result = validate.run_corpus(
        Path(a.input_dir),
        [Path(p) for p in a.shard_reports],
        named_paths(a.table),
        shards,
        Path(a.docs_dir),
        Path(a.out),
        Path(a.cache_dir) if a.cache_dir else None,
        (Path(a.results), Path(a.stage_changes)) if a.stage_changes else None,
    )
    log("validate", f"corpus: {'passed' if result.passed else 'FAILED'}, {result.n_violations} violations", t)
    for check in result.checks:
        for v in check.violations[:20]:
            print(f"  {v.check}: {v.file} row {v.row} field {v.field}: {v.message}", file=sys.stderr)
    return 0


def model_component(path: Path, cache: Path) -> str:
    """`classify.model_component(path)` (the model's name, version and file sha256, as the manifest records
    it), kept in `cache` (a JSON file) by the file's sha256: a file with the sha256 recorded there is not loaded
    again (loading and validating the 8 MB model was 0.2-0.3 CPU s of every publish, the run's last job:
    speed32); one with another sha256 is loaded, and so validated, as without the cache, and its component kept."""
    import contextlib
    import json

    from ..classify import model_component as loaded
    from ..hashing import sha256_file
    from ..jsonio import atomic_write_bytes

    sha = sha256_file(path)
    with contextlib.suppress(OSError, ValueError):
        kept = json.loads(Path(cache).read_text(encoding="utf-8"))
        if isinstance(kept, dict) and kept.get("sha256") == sha and isinstance(kept.get("component"), str):
            return kept["component"]
    component = loaded(path)
    if component.endswith(f" sha256:{sha}"):  # (the file did not change while it was read)
        with contextlib.suppress(OSError):
            data = json.dumps({"sha256": sha, "component": component}, sort_keys=True).encode("utf-8")
            atomic_write_bytes(Path(cache), data, durable=False)
    return component


def cmd_manifest(a) -> int:
    from .. import actors, claims
    from ..hashing import canonical_json_hash, sha256_file, step_fingerprint
    from ..manifest import ValidationFailed, build_manifest, remove_leftover_documents, write_manifest
    from ..narratives.statements import COMPONENT as NARRATIVES_COMPONENT
    from ..nlp import model_version
    from ..registry import files_hash
    from ..settings import recorded_settings
    from ..startcache import kept_registry_files

    settings = settings_of(a.settings)
    components = {
        "actors": actors.COMPONENT,
        "claims": claims.COMPONENT,
        "narratives": NARRATIVES_COMPONENT,
        "claims_model": model_component(Path(settings.claims_model), Path(a.results) / MODEL_COMPONENT_CACHE),
        **{
            f"code:{step}": step_fingerprint(step)
            for step in ("ingest", "normalize", "actors", "claims", "narratives", "export", "validate")
        },
        "lexicon:actors": sha256_file(Path(settings.actors_lexicon)),
        "lexicon:claims": sha256_file(Path(settings.claims_lexicon)),
        "lexicon:plover": sha256_file(Path(settings.plover_lexicon)),
    }
    for name in remove_leftover_documents(Path(a.results)):
        print(f"removed articles/{name}: its article is no longer in input_dir", file=sys.stderr)
    try:
        manifest = build_manifest(
            Path(a.results),
            canonical_json_hash(recorded_settings(settings.model_dump(mode="json"), Path.cwd())),
            files_hash(kept_registry_files(Path(settings.actor_registry), Path(a.results))),
            settings.spacy_model,
            model_version(settings.spacy_model),
            components,
            _document_shas(a.indexes) if a.indexes else None,
        )
    except ValidationFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write_manifest(Path(a.out), manifest, later=getattr(a, "synced", None))  # (publish's `SyncedWrites`)
    return 0


def _document_shas(indexes: list[str]) -> dict[str, str]:
    """article_id -> document sha256 from the export indexes of every shard."""
    import json

    shas: dict[str, str] = {}
    for path in indexes:
        shas.update(json.loads(Path(path).read_text(encoding="utf-8"))["articles"])
    return shas


def cmd_runinfo(a) -> int:
    from ..runinfo import write_run_info

    write_run_info(a.started, a.benchmarks, a.out)
    return 0


def add_parsers(sub) -> None:
    s = sub.add_parser("ingest", help="list one shard's files and decode its articles")
    s.add_argument("--input-dir", required=True)
    s.add_argument("--shard", type=int, required=True)
    s.add_argument("--settings", help="configuration as JSON (PipelineConfig fields)")
    s.add_argument("--out-articles", required=True)
    s.add_argument("--out-texts", required=True)
    s.add_argument("--cache-dir", help="folder for the cached index of archive and export files")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("normalize", help="normalize and parse one shard's articles")
    s.add_argument("--texts", required=True)
    s.add_argument("--settings")
    s.add_argument("--out-sentences", required=True)
    s.add_argument("--out-tokens", required=True)
    s.add_argument("--cache-dir", help="folder of the parse cache (articles parsed before are not parsed again)")
    s.add_argument(
        "--words-lexicon",
        help="the claims lexicon, whose reporting verbs and position nouns the parse repairs read (fix89; default:"
        " the checkout's config/claims_lexicon.yaml)",
    )
    add_shard_step_args(s, None)
    s.set_defaults(func=cmd_normalize)

    s = sub.add_parser("actors", help="find and link actor mentions of one shard")
    for name in ("texts", "sentences", "tokens", "registry", "out-mentions", "out-actors"):
        s.add_argument(f"--{name}", required=True)
    s.add_argument("--lexicon", help="actors lexicon (default: the checkout's config/actors_lexicon.yaml)")
    s.add_argument(
        "--names-lexicon",
        help="the claims lexicon, whose given names the actors step reads (actors87; default: the"
        " checkout's config/claims_lexicon.yaml)",
    )
    s.add_argument("--settings", help="configuration as JSON (PipelineConfig fields)")
    s.add_argument("--cache-dir", help="folder of the per-article cache (unchanged articles are not linked again)")
    s.add_argument("--articles", help="the shard's ingest articles table: each article's date (published_at)")
    add_shard_step_args(s, "normalize")
    s.set_defaults(func=cmd_actors)

    s = sub.add_parser("claims", help="extract the claims of one shard")
    for name in ("texts", "sentences", "tokens", "mentions", "lexicon", "out-claims", "out-roles"):
        s.add_argument(f"--{name}", required=True)
    s.add_argument("--settings", help="configuration as JSON (PipelineConfig fields)")
    s.add_argument("--model", help="claim classifier JSON (config claims_model); without it the rules decide alone")
    s.add_argument("--cache-dir", help="folder of the per-article cache (unchanged articles are not read again)")
    add_shard_step_args(s, "actors")
    s.set_defaults(func=cmd_claims)

    s = sub.add_parser("export", help="write one JSON document per article of a shard")
    for name in ("articles", "sentences", "mentions", "claims", "roles", "out-dir"):
        s.add_argument(f"--{name}", required=True)
    s.add_argument("--out-index", help="also write article_id -> sha256 of each document here")
    s.add_argument("--statements", help="the shard's statements (narratives step)")
    s.add_argument("--framing", help="the shard's framing rows (narratives step)")
    s.add_argument("--cache-dir", help="folder of the per-article cache (documents of unchanged rows are not rebuilt)")
    add_shard_step_args(s, "narratives")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("gather", help="join shard tables into one corpus table")
    s.add_argument(
        "--table", action="append", required=True, metavar="NAME=OUT", help="a gathered table and the file to write"
    )
    s.add_argument("--shards-of", nargs="+", action="append", default=[], metavar="NAME PATH", help="its shard files")
    s.set_defaults(func=cmd_gather)

    s = sub.add_parser("validate-shard", help="check one shard's artifacts")
    s.add_argument("--input-dir", required=True)
    s.add_argument("--shard", required=True)
    s.add_argument("--table", action="append", default=[], metavar="NAME=PATH", help="a shard table of the catalogue")
    s.add_argument("--docs-dir", required=True, help="folder of the article documents")
    s.add_argument("--index", help="the export index of the shard's documents (article_id -> sha256)")
    s.add_argument("--failures", help="the articles of the shard that failed in a step (the export step's failures)")
    s.add_argument(
        "--strict-failures", action="store_true", help="a failed article fails validation (fail_on_article_errors)"
    )
    s.add_argument("--cache-dir", help="where the articles' checks that passed are kept (none: check everything)")
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_validate_shard)

    s = sub.add_parser("validate", help="corpus-level validation; writes validation/report.json")
    s.add_argument("--input-dir", required=True)
    s.add_argument("--shard-reports", nargs="*", default=[])
    s.add_argument(
        "--table", action="append", default=[], metavar="NAME=PATH", help="a gathered table of the catalogue"
    )
    s.add_argument(
        "--shards-of",
        nargs="+",
        action="append",
        default=[],
        metavar="NAME PATH",
        help="a table's name, then its shard files",
    )
    s.add_argument("--docs-dir", required=True)
    s.add_argument(
        "--cache-dir", help="where the shard tables are kept as read, for the next run (none: each read from its file)"
    )
    s.add_argument("--results", help="the results folder (with --stage-changes)")
    s.add_argument(
        "--stage-changes",
        metavar="FOLDER",
        help="also stage what changed since the last run in FOLDER, as `changes --staged` does (for `publish "
        "--staged-changes`), from the tables as this job read them",
    )
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_validate)

    s = sub.add_parser("manifest", help="write manifest.json (fails when validation failed)")
    s.add_argument("--results", required=True)
    s.add_argument("--settings")
    s.add_argument("--out", required=True)
    s.add_argument("--indexes", nargs="*", default=[], help="export indexes: the documents' sha256")
    s.set_defaults(func=cmd_manifest)

    s = sub.add_parser("runinfo", help="write run.json")
    s.add_argument("--started", required=True)
    s.add_argument("--benchmarks", required=True)
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_runinfo)
