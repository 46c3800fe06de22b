"""web80 (session 60, issue 12; actors.rules.v159): brands named with their maker and build-file keywords on saved web
pages that spaCy labels an organisation's name, read from the web hand checks' false mentions (web78's and web79's
checks, and web80's own check after its blind score, m71-web).

- `pagelines.made_by`: a name every mention of which runs straight into "by" and a proper noun ("The Unbound
  Collection by Hyatt") is a brand, a product or a work given with its maker, not an actor by label alone;
- `pagelines.code_keyword`: a name opening with a word in capitals that the page also writes in lower case, the rest
  of whose line holds a path, a file name or a bare dot ("COPY . /tmp/myapp", "COPY requirements.txt /tmp"), is a
  build file's keyword, not an actor by label alone."""

from __future__ import annotations

import pytest


def _surfaces(found) -> set[str]:
    return {surface for surface, _ in found}


def test_a_brand_named_with_its_maker_is_no_actor(linked):
    text = (
        "Hyatt Hotels Corporation announced the opening of the resort as part of The Unbound Collection by Hyatt. "
        '"We are pleased to introduce The Unbound Collection by Hyatt brand to Asia," said David Udell.'
    )
    surfaces = _surfaces(linked(text))
    assert "Unbound Collection" not in surfaces
    assert {"Hyatt Hotels Corporation", "David Udell"} <= surfaces


def test_a_build_files_keyword_is_no_actor(linked):
    text = (
        "If you separate out your dependencies, you can copy in only that file, and install it earlier. "
        "Alternatively, you can write a Dockerfile that first installs only dependencies, and later installs the "
        "actual application code:\n\n"
        "FROM python:3.8-slim\n\n"
        "RUN pip install poetry\n\n"
        "WORKDIR /tmp/myapp\n\n"
        "COPY pyproject.toml poetry.lock .\n\n"
        "RUN cd /tmp && poetry install --no-root\n\n"
        "# Copy in everything else:\n\n"
        "COPY . .\n\n"
        "RUN poetry install\n\n"
        "CMD flask run exampleapp:app\n"
    )
    assert "COPY" not in _surfaces(linked(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name that acts elsewhere without its maker stays
        ("Acme Works said profits rose. The Acme Works by Hyatt site opened in May.", "Acme Works"),
        # "by" and a date is no maker
        ("Jorge Mendes said he would sign by Monday.", "Jorge Mendes"),
        # a name in capitals the page never writes in lower case stays, even on a line with a path
        ("NATO said the strike hit targets near Kabul, according to a statement at nato.int/news today.", "NATO"),
        # a word in capitals whose line holds no path or file stays
        ("The copy was late. UNICEF said it would send aid to the region.", "UNICEF"),
    ],
)
def test_names_beside_makers_and_code_stay(linked, text, name):
    assert name in _surfaces(linked(text))
