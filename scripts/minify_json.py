#!/usr/bin/env python3
"""Copies JSON files without the whitespace between tokens, for embedding into the binaries.

  minify_json.py ROOT OUT_DIR FILE...   writes OUT_DIR/<FILE relative to ROOT> for each FILE

Only whitespace outside strings is dropped; every token keeps its bytes (numbers are not re-printed,
strings not re-escaped), so nlohmann_json parses exactly the same document. Each result is checked
against its source with Python's own parser before it is written.
"""
import json
import os
import sys

WHITESPACE = b" \t\r\n"


def minify(data: bytes) -> bytes:
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 0x22:  # a string: copied as it is, up to its closing quote
            j = i + 1
            while data[j] != 0x22:
                j += 2 if data[j] == 0x5C else 1
            out += data[i:j + 1]
            i = j + 1
        elif c in WHITESPACE:
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def main(root: str, out_dir: str, files: list[str]) -> None:
    for path in files:
        data = open(path, "rb").read()
        small = minify(data)
        if json.loads(small) != json.loads(data):
            sys.exit(f"minify_json.py: {path}: the minified document differs from the source")
        target = os.path.join(out_dir, os.path.relpath(path, root))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        old = open(target, "rb").read() if os.path.exists(target) else None
        if old != small:
            with open(target, "wb") as f:
                f.write(small)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
