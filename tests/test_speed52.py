"""speed52: the language identifier's arrays kept unpacked in one raw file, mapped into memory by each ingest job
(`language_id.identifier`, `langid-<digest>.arrays`) instead of the whole NumPy archive read and copied."""

from __future__ import annotations

import lzma
import mmap
from pathlib import Path

import pytest
from narrative_pipeline import language_id
from narrative_pipeline.language_id import MAGIC, identifier, model_digest

TEXTS = [
    "The parliament passed a new law on Monday after a long debate about taxes.",
    "Le gouvernement a présenté lundi un nouveau projet de loi sur les impôts.",
    "Die Regierung hat am Montag einen neuen Gesetzentwurf vorgelegt.",
    "El gobierno presentó el lunes un nuevo proyecto de ley sobre los impuestos.",
    "Правительство в понедельник представило новый законопроект о налогах.",
    "政府は月曜日に税金に関する新しい法案を提出した。",
    "THE MINISTER SAID THE VOTE WOULD TAKE PLACE NEXT WEEK.",
    "1234 5678 ---",
    "",
]


@pytest.fixture(autouse=True)
def fresh_identifier():
    identifier.cache_clear()
    yield
    identifier.cache_clear()


@pytest.fixture(scope="module")
def expected() -> list:
    """py3langid's own load's answers (its archive unpacked in memory: about 0.5 s, once)."""
    identifier.cache_clear()
    return answers(identifier(None))


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> bytes:
    """A whole entry's bytes, made once."""
    folder = tmp_path_factory.mktemp("langid")
    identifier.cache_clear()
    identifier(folder)
    identifier.cache_clear()
    return entry(folder).read_bytes()


def mapping_of(values) -> object:
    while isinstance(getattr(values, "base", None), type(values)):
        values = values.base
    base = values.base
    return base.obj if isinstance(base, memoryview) else base


def answers(ident) -> list:
    return [(ident.classify(t), ident.rank(t)[:5]) for t in TEXTS]


def entry(cache: Path) -> Path:
    return cache / f"langid-{model_digest()}.arrays"


def test_the_mapped_arrays_classify_as_py3langids_own_load(tmp_path, expected):
    made = identifier(tmp_path)  # the entry written, then mapped
    assert entry(tmp_path).read_bytes().startswith(MAGIC)
    assert answers(made) == expected
    identifier.cache_clear()
    mapped = identifier(tmp_path)  # read back: mapped, not copied
    assert answers(mapped) == expected
    assert isinstance(mapping_of(mapped.nb_ptc), mmap.mmap)
    assert not mapped.nb_ptc.flags.writeable
    assert isinstance(mapped.tk_nextmove, memoryview) and isinstance(mapped.tk_output, memoryview)
    assert [entry.name for entry in tmp_path.iterdir()] == [entry(tmp_path).name]


def test_an_entry_there_is_mapped_without_unpacking_or_reading_the_archive(tmp_path, good, monkeypatch):
    entry(tmp_path).write_bytes(good)

    def refuse(*_args, **_kwargs):
        raise AssertionError("the whole model read")

    monkeypatch.setattr(lzma, "decompress", refuse)
    monkeypatch.setattr("numpy.load", refuse)
    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert identifier(tmp_path).classify(TEXTS[1])[0] == "fr"


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: b"damaged",
        lambda raw: b"",
        lambda raw: raw[: len(raw) // 2],  # cut short
        lambda raw: raw + b"\0" * 64,  # longer than its header says
        lambda raw: b"X" + raw[1:],  # another file's magic
        lambda raw: raw[: len(MAGIC) + 8] + b"{not json" + raw[len(MAGIC) + 17 :],
    ],
)
def test_a_damaged_entry_is_written_again(tmp_path, expected, good, damage):
    path = entry(tmp_path)
    path.write_bytes(damage(good))
    assert answers(identifier(tmp_path)) == expected
    assert path.read_bytes() == good


def test_the_entry_is_the_same_bytes_each_time_it_is_made(tmp_path, good):
    identifier(tmp_path)
    assert entry(tmp_path).read_bytes() == good


def test_the_archive_entry_it_replaces_is_removed(tmp_path):
    old = tmp_path / f"langid-{model_digest()}.npz"
    old.write_bytes(b"the whole archive of an earlier version")
    other = tmp_path / "langid-0123456789abcdef.npz"  # another model's: not ours to remove
    other.write_bytes(b"x")
    kept = tmp_path / f"langid-{model_digest()}-{language_id.code_digest()}-0.json"
    kept.write_text("{}")
    identifier(tmp_path)
    assert not old.exists() and other.exists() and kept.exists() and entry(tmp_path).is_file()


def test_a_mapped_entry_replaced_or_deleted_under_a_reader_still_classifies(tmp_path, good):
    path = entry(tmp_path)
    path.write_bytes(good)
    ident = identifier(tmp_path)
    first = ident.classify(TEXTS[2])
    path.unlink()  # deleted (the cache is safe to delete): the mapping keeps the file's pages
    assert ident.classify(TEXTS[2]) == first
    path.write_bytes(good)  # written again (a new file, as atomic_write_bytes renames one in)
    assert ident.classify(TEXTS[2]) == first
    identifier.cache_clear()
    assert identifier(tmp_path).classify(TEXTS[2]) == first


def test_a_whole_entry_another_job_put_there_is_kept_not_replaced(tmp_path, good):
    path = entry(tmp_path)
    path.write_bytes(good)
    inode = path.stat().st_ino
    language_id._publish(path, good)  # a second job that unpacked it too
    assert path.stat().st_ino == inode and path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_the_job_that_unpacks_uses_its_own_bytes_and_leaves_a_readable_file(tmp_path):
    made = identifier(tmp_path)
    assert isinstance(mapping_of(made.nb_ptc), bytearray)  # not the file, which another job could replace
    assert entry(tmp_path).stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_an_unpack_stopped_leaves_nothing_and_a_killed_ones_file_goes_at_the_next_run(tmp_path, good, monkeypatch):
    import tempfile

    from narrative_pipeline.jsonio import RUN_MARKER, begin_run

    plan = tmp_path / ".cache" / "plan"

    def stopped(*_args):
        raise KeyboardInterrupt  # between the write and the link

    monkeypatch.setattr("os.link", stopped)
    with pytest.raises(KeyboardInterrupt):
        language_id._publish(entry(plan), good)
    monkeypatch.undo()
    assert list(plan.iterdir()) == []  # no entry, no temporary file
    made = []
    real = tempfile.mkstemp

    def kept(*args, **kwargs):
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(tempfile, "mkstemp", kept)
    language_id._publish(entry(plan), good)
    monkeypatch.undo()
    left = Path(made[0][1])  # a SIGKILL between the write and the link leaves this name (its `finally` never runs)
    left.write_bytes(good[:1000])
    (tmp_path / RUN_MARKER).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / RUN_MARKER).touch()  # the killed run's marker
    assert begin_run(tmp_path) == [left]
    assert sorted(plan.iterdir()) == [entry(plan)] and entry(plan).read_bytes() == good
