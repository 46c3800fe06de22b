"""Builds the awkward-input corpus used by the robustness tests (issue: nothing lost, nothing silent).

Kept as code rather than files because some entries cannot live in git as such (a symbolic link
pointing out of the folder, a file name that is not UTF-8, a 3 MB article).
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ARTICLE = (ROOT / "data/articles/libya.txt").read_text(encoding="utf-8")
UK = (ROOT / "data/articles/nested/uk.txt").read_text(encoding="utf-8")

GERMAN = (
    "Regierung kündigt neue Sanktionen an\n\n"
    "Die Bundesregierung hat am Montag neue Sanktionen gegen das Land angekündigt. "
    "Der Außenminister sagte, die Maßnahmen seien notwendig, um den Druck zu erhöhen.\n"
)

# expected (status, reason fragment) per path; None reason for ok files
EXPECTED: dict[str, tuple[str, str | None]] = {
    "empty.txt": ("rejected", "empty file"),
    "blank.txt": ("rejected", "only whitespace"),
    "binary.txt": ("rejected", "binary content"),
    "cp1252.txt": ("ok", None),
    "latin1.txt": ("ok", None),
    "bom_crlf.txt": ("ok", None),
    "dup_a.txt": ("ok", None),
    "dup_b.txt": ("ok", None),
    "ünïcödé name.txt": ("ok", None),
    "with space.txt": ("ok", None),
    "$(touch pwned) ; rm -rf x.md": ("rejected", "unsupported file type .md"),
    "nested/deeper/article.txt": ("ok", None),
    "notes.pdf": ("rejected", "unsupported file type .pdf"),
    "page.html": ("rejected", "no main text"),
    "big.txt": ("ok", None),
    "outside_link.txt": ("rejected", "symbolic link"),
    "german.txt": ("ok", None),
    "shell $(touch pwned).txt": ("ok", None),
}
BAD_NAME = b"bad\xffname.txt"


def build(folder: Path, big_bytes: int = 600_000, outside: Path | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"   \n\t\n  \r\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    cp = "Minister’s “plan” costs €5m\n\nThe minister said the plan – which costs €5m – would start in May. Critics called it “a waste”.\n"
    (folder / "cp1252.txt").write_bytes(cp.encode("cp1252"))
    latin = "Café owners protest\n\nCafé owners in the capital said the new tax was naïve and would close many businesses, the union reported.\n"
    (folder / "latin1.txt").write_bytes(latin.encode("latin-1"))
    (folder / "bom_crlf.txt").write_bytes(b"\xef\xbb\xbf" + UK.replace("\n", "\r\n").encode("utf-8"))
    (folder / "dup_a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "dup_b.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "ünïcödé name.txt").write_text(
        "Ünïcödé headline\n\nThe UN said aid had reached the city of Kharkiv on Friday.\n", encoding="utf-8"
    )
    (folder / "with space.txt").write_text(
        "Spaced headline\n\nThe EU imposed new tariffs on steel imports, officials said.\n", encoding="utf-8"
    )
    (folder / "$(touch pwned) ; rm -rf x.md").write_text("not an article suffix\n", encoding="utf-8")
    (folder / "shell $(touch pwned).txt").write_text(
        "Odd file name\n\nThe committee said the name of a file must never run as a command.\n", encoding="utf-8"
    )
    nested = folder / "nested/deeper"
    nested.mkdir(parents=True, exist_ok=True)
    (nested / "article.txt").write_text(UK, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (folder / "page.html").write_text(
        "<html><body><h1>Title</h1><p>Russia said it would respond.</p></body></html>", encoding="utf-8"
    )
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    paragraph = " ".join(UK.split("\n\n")[1:]).replace("\n", " ")
    body = []
    size = 0
    while size < big_bytes:
        body.append(paragraph)
        size += len(paragraph) + 2
    (folder / "big.txt").write_text("A very long report\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    target = outside or (folder.parent / "outside_secret.txt")
    if outside is None:
        target.write_text("secret outside input_dir\n")
    os.symlink(target, folder / "outside_link.txt")
    try:
        with open(os.path.join(os.fsencode(folder), BAD_NAME), "wb") as handle:
            handle.write(b"Bad name\n\nThe file name is not UTF-8.\n")
    except OSError:  # pragma: no cover - file systems that refuse such names
        pass
    return folder
