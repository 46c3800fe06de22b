"""review34: findings in session 33's merged code (docs/trial32.md, "review34"), one test per fix with its near case."""

from __future__ import annotations

import pytest
from narrative_pipeline.sources.exports import runaway_quote
from test_trial33_findings import _csv_rows

# --- trial33's runaway-quote rejection: spaces after a closing quote end the field -----------------------------


@pytest.mark.parametrize("row", ['1,One,"Two\nlines" \n', '1,"One\nand a half" ,Text of the row\n'])
def test_spaces_after_a_closing_quote_are_no_runaway_quote(tmp_path, row):
    """The csv module reads '"Two\\nlines" ' whole (the spaces kept in the field); trial33's check rejected the row as
    an 'unterminated quote', which it is not."""
    assert runaway_quote(row) is None
    assert _csv_rows(tmp_path, "id,title,text\n" + row)[0][1] == "ok"


def test_near_case_more_of_the_field_after_the_quote_is_still_a_runaway_quote(tmp_path):
    row = '1,One,"Two\nlines" and more\n'
    assert runaway_quote(row) == 0
    assert _csv_rows(tmp_path, "id,title,text\n" + row)[0][1] == "rejected"
