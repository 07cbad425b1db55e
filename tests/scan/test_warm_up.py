"""A worker warms the scanner at start (service/app.py): the tables a scan builds from the
word lists are built then, not while the first report waits for them."""

from __future__ import annotations

from mailgate.scan import WARM_UP_REPORT, lexicon, scan, warm_up


def test_warm_up_builds_every_table_a_scan_asks_for() -> None:
    warm_up()
    unbuilt = [build for build in lexicon.TABLES if not build.cache_info().currsize]  # type: ignore[attr-defined]
    assert not unbuilt
    assert len(lexicon.TABLES) >= 8  # misspelt drug names, towns, places abroad, English words …


def test_the_warm_up_report_is_scanned_as_any_report() -> None:
    kinds = {f.type for f in scan(WARM_UP_REPORT)}
    assert {"PERSON", "PHONE", "ID_NUMBER", "EMAIL", "PLATE", "IBAN", "IP"} <= kinds
