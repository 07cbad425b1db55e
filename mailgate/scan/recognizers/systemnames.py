"""Words shaped like user names that name a file, a system's account or a column instead:
`rapport_2026` and `bild_2026` are files, `u_88213` an account's number, `antal_påsar` a
column (no platform allows Swedish letters in a user name, so such a word is someone's only
when a part of it is a given name common here: `charlie_från_sthlm`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon

# Words that name a file, a scan or a photo before its number or date: `rapport_2026`,
# `bild_2026-11-05.png`, `scan_0042`. A user's name before digits is a name (`erik_92`).
_FILE_WORDS: Final = frozenset({
    "rapport", "report", "bild", "bilder", "image", "img", "foto", "photo", "scan", "skanning",
    "dokument", "document", "doc", "fil", "file", "export", "backup", "logg", "log", "skärmbild",
    "skärmdump", "screenshot", "video", "vid", "audio", "ljud", "memo", "intyg", "protokoll",
    "kvitto", "faktura", "invoice", "receipt", "data", "utkast", "draft", "kopia", "copy",
    "bilaga", "attachment", "anteckningar", "notes", "mall", "template", "version", "final",
})


def a_files_name(name: str) -> bool:
    """`rapport_2026`, `bild_2026`: a file's word, then only digits."""
    head, _, tail = name.casefold().partition("_")
    return head in _FILE_WORDS and tail.replace("_", "").replace("-", "").isdigit()


# Words a system puts before a user's or member's number: `u_88213`, `user_40912`, `id_5510`.
# A person's own handle puts a name there (`erik_92`, `ali_k`).
_ACCOUNT_WORDS: Final = frozenset({
    "u", "id", "uid", "user", "usr", "userid", "acc", "acct", "account", "konto", "kund",
    "customer", "member", "medlem", "player", "spelare", "rider", "driver", "anv", "nr", "no",
})
_ACCOUNT_DIGITS: Final = 3  # `u_88213`; `k_12` is too short to tell from a handle


def a_numbered_account(name: str) -> bool:
    """`u_88213`, `user_40912`: a system's word or a letter, then only a number, is an
    account's number, which names no one; `erik_92` is his."""
    head, _, tail = name.casefold().partition("_")
    return (len(head) == 1 or head in _ACCOUNT_WORDS) and len(tail) >= _ACCOUNT_DIGITS and (
        tail.isdigit())


def named_if_swedish(word: str) -> bool:
    """No Swedish letter, or a part that is a given name common here: `charlie_från_sthlm`,
    not `antal_påsar`."""
    return not _SWEDISH.search(word) or any(
        p in lexicon.entries("core_names") for p in word.casefold().split("_"))


_SWEDISH: Final = re.compile(r"[åäöÅÄÖ]")
