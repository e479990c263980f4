"""The list of common passwords that new passwords are checked against."""

import gzip
from functools import cache
from pathlib import Path
from typing import Final

# 30,000 passwords, case-folded, one per line in byte order: the "passwords" frequency
# list of zxcvbn 4.5.0 (MIT license), which ranks passwords from public breach corpora.
LIST_FILE: Final = Path(__file__).with_name("common-passwords.txt.gz")


class SortedLines:
    """Lines of text in byte order, searched in place by bisection.

    A set of the same 30,000 passwords takes about 7 MiB in every worker process; the
    text itself takes a quarter of a megabyte.
    """

    def __init__(self, text: bytes) -> None:
        # Every line, the last one included, ends with a newline.
        self._text = text

    def __len__(self) -> int:
        return self._text.count(b"\n")

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, str) or "\n" in item:
            return False
        key = item.encode()
        # `low` and `high` are always at the start of a line.
        low, high = 0, len(self._text)
        while low < high:
            middle = (low + high) // 2
            start = self._text.rfind(b"\n", 0, middle) + 1
            end = self._text.index(b"\n", start)
            line = self._text[start:end]
            if line == key:
                return True
            if line < key:
                low = end + 1
            else:
                high = start
        return False


@cache
def common_passwords() -> SortedLines:
    """Return the case-folded common passwords, read once per process."""
    return SortedLines(gzip.decompress(LIST_FILE.read_bytes()))
