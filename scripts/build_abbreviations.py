#!/usr/bin/env python3
"""Write toolkit/_abbreviations.json: ICU's sentence-break suppressions (CLDR's segmentation data).

ICU ships, per language, the abbreviations after which a full stop does not end a sentence
("Nr.", "Dr.", "z.B.", "M.", "проф."): its ``ss=standard`` suppressions, from CLDR's
``segments/*.xml``. Babel does not ship them, so they are read here from the system's ICU library
(Debian: ``libicu72`` or later) through its C API and stored with the toolkit; a build machine
without ICU keeps the shipped file. Reproducible: the same ICU gives the same file.

    python scripts/build_abbreviations.py [--out toolkit/_abbreviations.json]
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Languages CLDR has suppressions for; ICU answers "no bundle" for the others.
LANGUAGES = ("de", "el", "en", "es", "fi", "fr", "it", "ja", "pt", "ru", "sv", "zh")


def _icu() -> tuple[ctypes.CDLL, str]:
    """The ICU common library and its symbol suffix (ICU renames every C function ``name_72``)."""
    for name in ("icuuc", "icuuc.so.76", "icuuc.so.74", "icuuc.so.72"):
        path = ctypes.util.find_library(name) or (f"lib{name}" if ".so" in name else None)
        if not path:
            continue
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        real = os.path.realpath(getattr(library, "_name", path))
        major = re.search(r"\.so\.(\d+)", real) or re.search(r"\.so\.(\d+)", path)
        if major:
            return library, major.group(1)
    sys.exit("build_abbreviations: no ICU library found; install libicu (Debian: apt-get install libicu-dev)")


def suppressions() -> tuple[str, dict[str, list[str]]]:
    library, major = _icu()

    def function(name: str, result: object, *arguments: object) -> ctypes._CFuncPtr:
        found = getattr(library, f"{name}_{major}")
        found.restype, found.argtypes = result, list(arguments)
        return found

    pointer, status = ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)
    open_direct = function("ures_openDirect", pointer, ctypes.c_char_p, ctypes.c_char_p, status)
    by_key = function("ures_getByKey", pointer, pointer, ctypes.c_char_p, pointer, status)
    size = function("ures_getSize", ctypes.c_int, pointer)
    string = function("ures_getStringByIndex", ctypes.POINTER(ctypes.c_uint16), pointer, ctypes.c_int,
                      ctypes.POINTER(ctypes.c_int), status)
    close = function("ures_close", None, pointer)
    version = (ctypes.c_uint8 * 4)()
    function("u_getVersion", None, ctypes.c_void_p)(version)
    data = f"icudt{major}l-brkitr".encode()
    found: dict[str, list[str]] = {}
    for language in LANGUAGES:
        error = ctypes.c_int(0)
        bundle = open_direct(data, language.encode(), ctypes.byref(error))
        if error.value > 0:
            continue
        handles = [bundle]
        for key in (b"exceptions", b"SentenceBreak"):
            error = ctypes.c_int(0)
            handles.append(by_key(handles[-1], key, None, ctypes.byref(error)))
            if error.value > 0:
                break
        else:
            entries = []
            for index in range(size(handles[-1])):
                length, error = ctypes.c_int(0), ctypes.c_int(0)
                text = string(handles[-1], index, ctypes.byref(length), ctypes.byref(error))
                entries.append(ctypes.string_at(text, length.value * 2).decode("utf-16-le"))
            found[language] = sorted(set(entries))
        for handle in reversed(handles):
            if handle:
                close(handle)
    return ".".join(str(v) for v in version[:2]), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "toolkit" / "_abbreviations.json")
    args = parser.parse_args()
    version, found = suppressions()
    data = {
        "source": f"ICU {version} sentence-break suppressions (CLDR segments, ss=standard)",
        "built_by": "scripts/build_abbreviations.py",
        "languages": found,
    }
    handle, temporary = tempfile.mkstemp(dir=args.out.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=0, sort_keys=True)
        out.write("\n")
    os.chmod(temporary, 0o644)  # mkstemp makes it private; package data must be readable by all
    os.replace(temporary, args.out)
    print(f"wrote {args.out}: {', '.join(f'{k} {len(v)}' for k, v in found.items())} (ICU {version})")


if __name__ == "__main__":
    main()
