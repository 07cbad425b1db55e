"""The speakers of a chat pasted with its markdown (`**askt**: …`), two or more taking turns,
are someone's whatever their names; a document's bold labels (`**Datum**:`, `**Date**:`)
are words and name no one."""

from __future__ import annotations

from .kit import found

CHAT = ("Discord #värdar, natt 2\n"
        "**askt**: någon som sett Vilgot? hans pappa ringer\n"
        "**summerday**: yes han sover i tält C\n"
        "**askt**: ok, jag säger till\n"
        "**summerday**: tack\n")
MINUTES = ("Protokoll\n"
           "**Datum**: 2026-03-01\n**Plats**: Kulturhuset\n"
           "**Datum**: 2026-04-01\n**Plats**: Biblioteket\n")
MINUTES_EN = ("Minutes\n"
              "**Date**: 2026-03-01\n**Location**: Town hall\n"
              "**Date**: 2026-04-01\n**Location**: Library\n")
ONCE_EACH = "**dagsläge**: lugnt\n**nästa**: fredag\n"


def test_the_speakers_of_a_pasted_chat_are_named() -> None:
    assert found(CHAT, "PERSON").count("askt") == 2
    assert found(CHAT, "PERSON").count("summerday") == 2


def test_bold_labels_name_no_one() -> None:
    assert found(MINUTES, "PERSON") == []
    assert found(MINUTES_EN, "PERSON") == []
    assert found(ONCE_EACH, "PERSON") == []
