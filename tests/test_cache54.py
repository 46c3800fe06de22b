"""cache54: the language identifier's mapped entry (speed52's `langid-<digest>.arrays`) made robust: flushed to disk
before its link, a damaged entry of the right size made again instead of failing every classification, another
model's entry removed when a new one is written, a cache folder that cannot be written leaving the arrays in memory."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from narrative_pipeline import language_id
from narrative_pipeline.ingest import detect_language
from narrative_pipeline.language_id import MAGIC, Remembered, identifier, model_digest

TEXTS = [
    "The parliament passed a new law on Monday after a long debate about taxes.",
    "Le gouvernement a présenté lundi un nouveau projet de loi sur les impôts.",
    "Die Regierung hat am Montag einen neuen Gesetzentwurf vorgelegt.",
    "Правительство в понедельник представило новый законопроект о налогах.",
    "政府は月曜日に税金に関する新しい法案を提出した。",
]


@pytest.fixture(autouse=True)
def fresh_identifier():
    identifier.cache_clear()
    yield
    identifier.cache_clear()


@pytest.fixture(scope="module")
def expected() -> list:
    """The languages and probabilities of py3langid's own load, as the ingest step rounds them."""
    identifier.cache_clear()
    return [detect_language(t, 1) for t in TEXTS]


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("langid")
    identifier.cache_clear()
    identifier(folder)
    identifier.cache_clear()
    return entry(folder).read_bytes()


def entry(folder: Path) -> Path:
    return folder / f"langid-{model_digest()}.arrays"


def region(raw: bytes, name: str) -> tuple[int, int]:
    """Where array `name`'s bytes are in an entry."""
    import numpy as np

    length = int.from_bytes(raw[len(MAGIC) : len(MAGIC) + 8], "little")
    header = json.loads(raw[len(MAGIC) + 8 : len(MAGIC) + 8 + length])
    start = -(-(len(MAGIC) + 8 + length) // 64) * 64
    spec = header["arrays"][name]
    size = int(np.prod(spec["shape"])) * np.dtype(spec["dtype"]).itemsize
    return start + spec["offset"], size


def damaged(raw: bytes, name: str, size: int = 4 << 20) -> bytes:
    """`raw` with up to `size` bytes of array `name` overwritten by 0xFF (a state or feature out of range, a NaN)."""
    at, length = region(raw, name)
    size = min(size, length)
    return raw[:at] + b"\xff" * size + raw[at + size :]


@pytest.mark.parametrize("name", ["nextmove", "ptc", "out_feat", "nextmove_row"])
def test_a_damaged_entry_of_the_right_size_is_made_again_not_an_error(tmp_path, expected, good, name):
    # BASE: the header and size pass, and the automaton's walk raises IndexError (or the probability is NaN)
    path = entry(tmp_path)
    path.write_bytes(damaged(good, name))
    assert [detect_language(t, 1, tmp_path) for t in TEXTS] == expected
    assert path.read_bytes() == good


def test_a_whole_entry_is_not_made_again_and_a_fault_of_the_code_is_not_hidden(tmp_path, good, monkeypatch):
    path = entry(tmp_path)
    path.write_bytes(good)
    inode = path.stat().st_ino
    ident = identifier(tmp_path)
    monkeypatch.setattr(type(ident), "classify", lambda self, text: (_ for _ in ()).throw(IndexError("a bug")))
    with pytest.raises(IndexError, match="a bug"):
        language_id.classify(TEXTS[0], tmp_path)
    assert path.stat().st_ino == inode


def test_the_entry_is_flushed_to_disk_before_its_link(tmp_path, monkeypatch):
    calls: list[str] = []
    real_fsync, real_link = os.fsync, os.link

    def fsync(fd):
        calls.append(f"fsync {os.readlink(f'/proc/self/fd/{fd}')}")
        return real_fsync(fd)

    def link(src, dst, *args, **kwargs):
        calls.append(f"link {src}")
        return real_link(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "link", link)
    identifier(tmp_path)
    linked = [c for c in calls if c.startswith("link ")]
    assert len(linked) == 1
    tmp = linked[0].removeprefix("link ")
    assert f"fsync {tmp}" in calls[: calls.index(linked[0])]


def test_another_jobs_entry_found_at_the_link_is_kept_only_when_whole(tmp_path, good):
    path = entry(tmp_path)
    path.write_bytes(damaged(good, "ptc"))  # header and small arrays right: only the whole digest tells
    language_id._publish(path, good)
    assert path.read_bytes() == good
    inode = path.stat().st_ino
    language_id._publish(path, good)
    assert path.stat().st_ino == inode
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_the_entry_holds_digests_of_all_its_arrays(good, tmp_path):
    path = entry(tmp_path)
    path.write_bytes(good)
    assert language_id.whole(path)
    for name in ("ptc", "nextmove", "pc"):
        path.write_bytes(damaged(good, name, 64))
        assert not language_id.whole(path)


def test_another_models_entry_is_removed_when_a_new_one_is_written(tmp_path):
    other = tmp_path / "langid-0123456789abcdef.arrays"
    other.write_bytes(b"an earlier py3langid's 68 MB")
    remembered = tmp_path / "langid-0123456789abcdef-0123456789abcdef-0.json"
    remembered.write_text("{}")
    identifier(tmp_path)
    assert not other.exists()
    assert remembered.exists() and entry(tmp_path).is_file()


def test_another_models_entry_is_left_when_nothing_is_written(tmp_path, good):
    entry(tmp_path).write_bytes(good)
    other = tmp_path / "langid-0123456789abcdef.arrays"
    other.write_bytes(b"x")
    identifier(tmp_path)
    assert other.exists()


def test_a_cache_folder_that_cannot_be_made_leaves_the_arrays_in_memory(tmp_path, expected, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = blocker / "cache"
    remembered = Remembered.for_shard(cache, 0)
    assert [detect_language(t, 1, cache, remembered) for t in TEXTS] == expected
    remembered.save()
    err = capsys.readouterr().err
    assert "warning: the language identifier's model could not be kept" in err
    assert "warning: the languages found could not be kept" in err


def test_a_full_disk_leaves_the_arrays_in_memory_and_no_file(tmp_path, expected, monkeypatch, capsys):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert [detect_language(t, 1, tmp_path) for t in TEXTS] == expected
    assert list(tmp_path.iterdir()) == []
    assert "No space left on device" in capsys.readouterr().err


def test_an_unreadable_remembered_file_counts_as_empty(tmp_path):
    path = tmp_path / "remembered.json"
    path.mkdir()  # reading it raises IsADirectoryError
    assert Remembered(path).known == {}


def test_a_whole_entry_another_job_put_there_after_the_damage_was_found_is_kept(tmp_path, expected, good, monkeypatch):
    path = entry(tmp_path)
    path.write_bytes(damaged(good, "nextmove"))
    other = tmp_path / "other-job"
    other.write_bytes(good)
    real_whole = language_id.whole

    def whole_then_another_job(p):
        answer = real_whole(p)
        if other.exists():
            os.replace(other, path)  # the other job's whole entry, put there after this job's check
        return answer

    monkeypatch.setattr(language_id, "whole", whole_then_another_job)
    inode = other.stat().st_ino
    assert language_id.classify(TEXTS[1], tmp_path)[0] == expected[1][0]
    assert path.stat().st_ino == inode and path.read_bytes() == good


def test_a_whole_entrys_answer_is_kept_when_its_probability_is_not_finite(tmp_path, good, monkeypatch):
    path = entry(tmp_path)
    path.write_bytes(good)
    ident = identifier(tmp_path)
    monkeypatch.setattr(type(ident), "classify", lambda self, text: ("en", float("nan")))
    language, probability = language_id.classify(TEXTS[0], tmp_path)
    assert language == "en" and probability != probability
