"""Properties that hold for any text and any findings (hypothesis)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from mailgate.scan import Finding, mask, publishable, scan

TYPES = ["PERSON", "PHONE", "ADDRESS", "QUASI", "ID_NUMBER"]


@st.composite
def text_and_findings(draw: st.DrawFn) -> tuple[str, list[Finding]]:
    text = draw(st.text(alphabet="abc ÅÖ-12", min_size=1, max_size=60))
    findings = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        kind = draw(st.sampled_from(TYPES))
        score = draw(st.floats(0.1, 1.0))
        findings.append(Finding(kind, start, end, score, "test", text[start:end]))
    return text, findings


@given(text_and_findings())
def test_publishable_is_sorted_disjoint_and_true_to_text(case: tuple[str, list[Finding]]) -> None:
    text, findings = case
    merged = publishable(findings)
    assert all(f.type != "QUASI" for f in merged)
    for a, b in itertools.pairwise(merged):
        assert a.end <= b.start
    for f in merged:
        assert f.text == text[f.start : f.end]
    masked_chars = {i for f in findings if f.type != "QUASI" for i in range(f.start, f.end)}
    assert masked_chars == {i for f in merged for i in range(f.start, f.end)}


@given(text_and_findings())
def test_mask_keeps_everything_outside_the_findings(case: tuple[str, list[Finding]]) -> None:
    text, findings = case
    merged = publishable(findings)
    out = mask(text, findings)
    assert out.count("[") - text.count("[") == len(merged)
    assert mask(text, findings, keep=range(1, len(merged) + 1)) == text


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_scan_never_fails_and_offsets_point_into_the_text(text: str) -> None:
    for f in scan(text):
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start : f.end]
