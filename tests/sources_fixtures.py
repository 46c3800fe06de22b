"""Small input files the source-reader tests build themselves: HTML pages, WARC files, exports."""

from __future__ import annotations

import io
from pathlib import Path

BODY = [
    "The river port of Velmora reopened on Tuesday after three weeks of closure, the harbour authority said.",
    "Officials said the dredging work had removed more than forty thousand tonnes of silt from the main channel.",
    "Shipping companies had warned that the closure was costing the regional economy millions of euros a week.",
    "The authority expects traffic to return to normal levels by the end of the month, its director told reporters.",
]
TITLE = "Velmora river port reopens after three-week closure"
NAV = "Home World Business Sport Weather"
COOKIE = "We use cookies to improve your experience. Accept all cookies"
RELATED = "Related: Ten things to do in Velmora this summer"
COMMENT = "Great news, finally! My cousin works at the port and was worried."
FOOTER = "Copyright 2024 The Velmora Courier. All rights reserved."
BOILERPLATE = [NAV, COOKIE, RELATED, COMMENT, FOOTER]


def article_html(
    title: str = TITLE, body: list[str] = BODY, charset: str | None = "utf-8", extra_head: str = ""
) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head>{meta}
<title>{title} | The Velmora Courier</title>
<meta property="og:site_name" content="The Velmora Courier">
<meta name="author" content="Ana Petrova">
<meta property="article:published_time" content="2024-05-01T09:30:00+02:00">
<link rel="canonical" href="https://courier.example/news/port-reopens">
{extra_head}</head>
<body>
<div id="cookie-banner" class="cookie-consent"><p>{COOKIE}</p><button>OK</button></div>
<header><nav><ul>{"".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in NAV.split())}</ul></nav></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By Ana Petrova</p>
{paragraphs}
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/x">{RELATED}</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>{COMMENT}</p></div></section>
</main>
<footer><p>{FOOTER}</p></footer>
</body></html>
"""


JS_ONLY = """<!DOCTYPE html><html><head><title>App</title>
<script src="/static/app.js"></script></head>
<body><div id="root"></div><script>window.__STATE__ = {"article": "Loaded later"};</script></body></html>
"""

NAV_ONLY = """<!DOCTYPE html><html><head><title>Sitemap</title></head><body>
<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li><li><a href="/c">Business news</a></li>
<li><a href="/d">Sport</a></li><li><a href="/e">Weather and traffic</a></li></ul></nav>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a></footer></body></html>
"""


def write_test_warc(path: Path, gzip: bool, html: bytes) -> dict[str, str]:
    """A WARC with one record of each kind the reader meets; returns {kind: target URI}."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def http(status: str, headers: list[tuple[str, str]]) -> StatusAndHeaders:
        return StatusAndHeaders(status, headers, protocol="HTTP/1.1")

    uris = {
        "page": "https://courier.example/news/port-reopens",
        "text": "https://courier.example/notes.txt",
        "redirect": "https://courier.example/old",
        "missing": "https://courier.example/gone",
        "image": "https://courier.example/logo.png",
    }
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests", "format": "WARC/1.1"}))
        request = writer.create_warc_record(
            uris["page"],
            "request",
            http_headers=StatusAndHeaders(
                "GET /news/port-reopens HTTP/1.1", [("Host", "courier.example")], is_http_request=True
            ),
        )
        writer.write_record(request)
        response = writer.create_warc_record(
            uris["page"],
            "response",
            payload=io.BytesIO(html),
            http_headers=http("200 OK", [("Content-Type", "text/html; charset=utf-8")]),
        )
        writer.write_record(response)
        writer.write_record(
            writer.create_revisit_record(
                uris["page"],
                digest=response.rec_headers.get_header("WARC-Payload-Digest"),
                refers_to_uri=uris["page"],
                refers_to_date="2024-05-01T10:00:00Z",
            )
        )
        writer.write_record(
            writer.create_warc_record(
                uris["page"],
                "metadata",
                payload=io.BytesIO(b"outlinks: 12\n"),
                warc_content_type="application/warc-fields",
            )
        )
        text = b"Harbour notice\n\nThe port reopens on Tuesday.\n"
        writer.write_record(
            writer.create_warc_record(
                uris["text"], "resource", payload=io.BytesIO(text), warc_content_type="text/plain"
            )
        )
        writer.write_record(
            writer.create_warc_record(
                uris["redirect"],
                "response",
                payload=io.BytesIO(b""),
                http_headers=http("301 Moved Permanently", [("Location", uris["page"])]),
            )
        )
        writer.write_record(
            writer.create_warc_record(
                uris["missing"],
                "response",
                payload=io.BytesIO(b"<html><body>Not found</body></html>"),
                http_headers=http("404 Not Found", [("Content-Type", "text/html")]),
            )
        )
        writer.write_record(
            writer.create_warc_record(
                uris["image"],
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(200)),
                http_headers=http("200 OK", [("Content-Type", "image/png")]),
            )
        )
    return uris


def truncated_response(gzip: bool) -> bytes:
    """The first half of one more HTML response record, as the end of a cut-off file."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    payload = io.BytesIO(article_html(title="A second story that was cut off").encode())
    writer.write_record(
        writer.create_warc_record("https://courier.example/cut", "response", payload=payload, http_headers=headers)
    )
    data = buffer.getvalue()
    return data[: len(data) // 2]
