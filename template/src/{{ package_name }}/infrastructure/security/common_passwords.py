"""The list of common passwords that new passwords are checked against."""

import gzip
from functools import cache
from pathlib import Path
from typing import Final

# 30,000 passwords, most frequent first, case-folded: the "passwords" frequency list of
# zxcvbn 4.5.0 (MIT license), which ranks passwords from public breach corpora.
LIST_FILE: Final = Path(__file__).with_name("common-passwords.txt.gz")


@cache
def common_passwords() -> frozenset[str]:
    """Return the case-folded common passwords, read once per process."""
    return frozenset(gzip.decompress(LIST_FILE.read_bytes()).decode().split())
