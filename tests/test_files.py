"""Atomic output files: a reader sees the old file or the whole new one, never half of one."""

from __future__ import annotations

import os

import pytest

from toolkit.files import atomic_writer, file_sha256, write_atomic


def test_atomic_writer_replaces_the_file_when_the_block_ends(tmp_path):
    path = tmp_path / "out.bin"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    with atomic_writer(path) as stream:
        stream.write(b"new ")
        assert path.read_bytes() == b"old"  # nothing visible until the block ends
        stream.write(b"bytes")
    assert path.read_bytes() == b"new bytes"
    assert path.stat().st_mode & 0o777 == 0o640  # the old file's mode is kept
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_atomic_writer_keeps_the_old_file_on_an_error(tmp_path):
    path = tmp_path / "out.bin"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(path) as stream:
        stream.write(b"half")
        raise RuntimeError("the producer failed")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]  # no temp file left behind


def test_write_atomic_and_digest(tmp_path):
    path = tmp_path / "out.txt"
    write_atomic(path, "héllo\n")
    assert path.read_text(encoding="utf-8") == "héllo\n"
    assert file_sha256(str(path)) == file_sha256(path)
    assert len(file_sha256(path)) == 64
