"""Web page extraction and WARC reading, measured on real saved pages.

Reads `<shared>/corpora/web-pages` (168 English pages from trafilatura's evaluation set, with the
snippets each page's main text must and must not contain, and titles, authors, dates). Scores body
extraction as trafilatura's own evaluation does (a 'with' snippet found is a true positive, a
'without' snippet found a false positive; whitespace-normalized substring matching) for:
trafilatura alone (its evaluation settings), resiliparse alone (if installed), and this pipeline's
`sources.html` reader, whose text is also scored as the pipeline analyses it (`analysed_body`: the
paragraphs normalization keeps, without the lines it flags as boilerplate). Then title/author/date
accuracy, and speeds per CPU second of this process (one core; CPU time rather than wall time, so a
busy machine skews them less): pages per second, and the speed of WARC indexing and reading on a
WARC built from the same pages.

    python workflow/scripts/bench_extraction.py [--shared ../shared] [--out results/bench/extraction.json]
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from narrative_pipeline.normalize import compile_patterns, split_paragraphs
from narrative_pipeline.settings import PipelineConfig
from narrative_pipeline.sources import SourceSettings, index_records
from narrative_pipeline.sources.html import extract_html
from narrative_pipeline.sources.warc import read_warc

ROOT = Path(__file__).resolve().parents[2]

SETTINGS = SourceSettings()


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def score(expected: dict[str, Any], outputs: dict[str, str | None]) -> dict[str, float | int]:
    tp = fp = fn = tn = 0
    for name, item in expected.items():
        found = norm(outputs[name]) if outputs.get(name) else None
        hits = sum(1 for s in item["with"] if found is not None and norm(s) in found)
        leaks = sum(1 for s in item["without"] if found is not None and norm(s) in found)
        tp, fp = tp + hits, fp + leaks
        fn, tn = fn + len(item["with"]) - hits, tn + len(item["without"]) - leaks
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (tp + tn) / (tp + tn + fp + fn)
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "accuracy": round(accuracy, 4),
        "f1": round(f1, 4),
    }


def analysed(text: str | None) -> str | None:
    """The part of a page's text the pipeline analyses: its paragraphs without the lines normalization flags as
    boilerplate (an embedded post, a date or caption line, a reader prompt)."""
    if text is None:
        return None
    patterns = compile_patterns(PipelineConfig().boilerplate_patterns)
    return "\n\n".join(text[p.start : p.end] for p in split_paragraphs(text, patterns) if p.role != "boilerplate")


def timed(pages: dict[str, bytes], run: Callable[[bytes], Any]) -> tuple[dict[str, Any], float]:
    out = {}
    start = time.process_time()
    for name, data in pages.items():
        try:
            out[name] = run(data)
        except Exception:  # noqa: BLE001 - a crash counts as a miss, as in trafilatura's evaluation
            out[name] = None
    return out, round(len(pages) / (time.process_time() - start), 1)


def _title_key(text: str | None) -> str:
    return norm(text or "").casefold()


def _names(value: Any) -> frozenset[str]:
    """The names of an author value, however written: a list, or a string of names between ";", "," or
    "and" / "&" (the corpus writes "David Brand and Ramsey Khalifeh" and "Ibtisam Mahdi, Ruwaida Kamal Amer")."""
    values = value if isinstance(value, list) else [str(value or "")]
    parts = [q for v in values for q in re.split(r"\s*[;,]\s*|\s+(?:and|&)\s+", str(v))]
    return frozenset(re.sub(r"[^\w ]+", "", norm(p).casefold()).strip() for p in parts if norm(p))


def metadata_accuracy(expected: dict[str, Any], got: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Share of pages with a known value where the extracted value matches (title: exact text)."""
    checks = {
        "title": lambda e, g: _title_key(e) == _title_key(g),
        "author": lambda e, g: _names(e) == _names(g),
        "date": lambda e, g: bool(g) and str(g)[:10] == str(e)[:10],
    }
    out = {}
    for field, same in checks.items():
        known = [name for name, item in expected.items() if item.get(field)]
        right = sum(1 for name in known if same(expected[name][field], got[name].get(field)))
        out[field] = {"right": right, "known": len(known), "accuracy": round(right / len(known), 4)}
    return out


def trafilatura_alone(pages: dict[str, bytes]) -> tuple[dict[str, Any], dict[str, dict[str, Any]], float]:
    import trafilatura

    def body(data: bytes) -> str | None:
        return trafilatura.extract(data, include_comments=False, include_tables=True, include_formatting=False)

    def meta(data: bytes) -> dict[str, Any]:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
        return {"title": doc.title, "author": doc.author, "date": doc.date} if doc else {}

    texts, speed = timed(pages, body)
    metas, meta_speed = timed(pages, meta)
    return texts, {k: v or {} for k, v in metas.items()}, {"body": speed, "body_and_metadata": meta_speed}


def resiliparse_alone(pages: dict[str, bytes]) -> tuple[dict[str, Any], dict[str, dict[str, Any]], float] | None:
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding
        from resiliparse.parse.html import HTMLTree
    except ImportError:
        return None

    def body(data: bytes) -> tuple[str, str]:
        tree = HTMLTree.parse(bytes_to_str(data, detect_encoding(data, from_html_meta=True)))
        return extract_plain_text(tree, main_content=True, comments=False), tree.title

    both, speed = timed(pages, body)
    texts = {k: v[0] if v else None for k, v in both.items()}
    return texts, {k: {"title": v[1] if v else None} for k, v in both.items()}, speed


def ours(pages: dict[str, bytes]) -> tuple[dict[str, Any], dict[str, dict[str, Any]], float, int]:
    results, speed = timed(pages, lambda data: extract_html(data, SETTINGS))
    texts = {k: r.text if r else None for k, r in results.items()}
    metas = {
        k: {"title": r.title, "author": r.authors, "date": r.published_at} if r else {} for k, r in results.items()
    }
    rejected = sum(1 for r in results.values() if r is None or not r.ok)
    return texts, metas, speed, rejected


def build_warc(path: Path, pages: dict[str, bytes], expected: dict[str, Any], gzip: bool, copies: int) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    n = 0
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for copy in range(copies):
            for name, data in pages.items():
                known = expected[name]["url"]
                url = f"{known if known.startswith('http') else 'https://bench.example/' + name}#copy{copy}"
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
                writer.write_record(
                    writer.create_warc_record(url, "response", payload=io.BytesIO(data), http_headers=headers)
                )
                n += 2
    return n


def warc_speeds(pages: dict[str, bytes], expected: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for gzip in (True, False):
            path = Path(tmp) / ("bench.warc.gz" if gzip else "bench.warc")
            n_records = build_warc(path, pages, expected, gzip, copies=3)
            size_mb = path.stat().st_size / 1e6
            start = time.process_time()
            n_indexed = sum(1 for _ in index_records(path))
            seconds = time.process_time() - start
            entry = {"records": n_records, "indexed": n_indexed, "file_mb": round(size_mb, 1)}
            entry["index_mb_per_cpu_s_warcio"] = round(size_mb / seconds, 1)
            try:
                from fastwarc.warc import ArchiveIterator

                start = time.process_time()
                with open(path, "rb") as handle:
                    for record in ArchiveIterator(handle, parse_http=True):
                        _ = (record.stream_pos, record.record_id, record.http_headers)
                entry["index_mb_per_cpu_s_fastwarc"] = round(size_mb / (time.process_time() - start), 1)
            except ImportError:
                entry["index_mb_per_cpu_s_fastwarc"] = None
            out["warc.gz" if gzip else "warc"] = entry
        one = Path(tmp) / "one.warc.gz"
        build_warc(one, pages, expected, True, copies=1)
        names = {}
        for name in pages:
            known = expected[name]["url"]
            names[f"{known if known.startswith('http') else 'https://bench.example/' + name}#copy0"] = name
        start = time.process_time()
        texts = {names[item.url]: item.text for item in read_warc(one, SETTINGS) if item.status == "ok"}
        seconds = time.process_time() - start
        out["full_read"] = {
            "ok_records": len(texts),
            "pages_per_cpu_s": round(len(pages) / seconds, 1),
            "mb_per_cpu_s": round(one.stat().st_size / 1e6 / seconds, 2),
            "body": score(expected, texts),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "results/bench/extraction.json")
    args = parser.parse_args(argv)
    corpus = args.shared / "corpora/web-pages"
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    pages = {name: (corpus / "html" / name).read_bytes() for name in sorted(expected)}
    import trafilatura

    report: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "processor": platform.machine(), "system": platform.system()},
        "pages": len(pages),
        "trafilatura_version": trafilatura.__version__,
    }
    texts, metas, speed = trafilatura_alone(pages)
    report["trafilatura"] = {"body": score(expected, texts), "metadata": metadata_accuracy(expected, metas)}
    report["trafilatura"]["pages_per_cpu_s"] = speed
    resili = resiliparse_alone(pages)
    if resili is not None:
        r_texts, r_metas, r_speed = resili
        titles = metadata_accuracy(expected, {k: {**v, "author": None, "date": None} for k, v in r_metas.items()})
        report["resiliparse"] = {
            "body": score(expected, r_texts),
            "title": titles["title"],
            "pages_per_cpu_s": r_speed,
        }
    o_texts, o_metas, o_speed, rejected = ours(pages)
    report["ours"] = {"body": score(expected, o_texts), "metadata": metadata_accuracy(expected, o_metas)}
    report["ours"]["analysed_body"] = score(expected, {k: analysed(t) for k, t in o_texts.items()})
    report["ours"].update(pages_per_cpu_s=o_speed, rejected=rejected)
    report["f1_gap"] = round(report["trafilatura"]["body"]["f1"] - report["ours"]["body"]["f1"], 4)
    report["warc"] = warc_speeds(pages, expected)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2, sort_keys=True))
    return 0 if report["f1_gap"] <= 0.005 else 1


if __name__ == "__main__":
    raise SystemExit(main())
