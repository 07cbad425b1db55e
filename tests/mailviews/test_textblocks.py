"""Plain text into mail HTML: paragraphs and line breaks instead of pre-wrap (which Outlook
for Windows drops), hard-wrapped lines reflowed, lists kept, marks shown, markup escaped."""

from __future__ import annotations

from digest.compose.textblocks import MARK_CLOSE, MARK_OPEN, html_text, paragraphs, text_marks

WRAPPED = ("Under helgen har vi haft tre överdoser på akuten i Malmö efter blå\n"
           "tabletter märkta M30 som såldes som oxykodon. Två av patienterna svarade\n"
           "först på upprepade doser naloxon.")


def test_hard_wrapped_lines_become_one_paragraph() -> None:
    assert paragraphs(WRAPPED) == [[WRAPPED.replace("\n", " ")]]


def test_short_lines_and_lists_keep_their_breaks() -> None:
    text = "Råd:\n- Ha naloxon nära.\n- Använd inte ensam.\n\nRing 112.\nDygnet runt."
    assert paragraphs(text) == [["Råd:", "- Ha naloxon nära.", "- Använd inte ensam."],
                                ["Ring 112.", "Dygnet runt."]]
    html = str(html_text(text))
    assert html.count("<p ") == 2 and "<br>" in html and "pre-wrap" not in html


def test_marks_and_markup() -> None:
    text = f"Patienten {MARK_OPEN}NAMN 1{MARK_CLOSE} tog <b>två</b> & mer."
    assert text_marks(text) == "Patienten [[NAMN 1]] tog <b>två</b> & mer."
    html = str(html_text(text))
    assert "<mark" in html and ">[NAMN 1]</mark>" in html
    assert "&lt;b&gt;två&lt;/b&gt; &amp; mer." in html
