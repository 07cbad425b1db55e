"""Search hits as a member sees them: searched words marked from their start to the end
of the word, case ignored, and everything else escaped, whatever the text holds."""

from __future__ import annotations

from markupsafe import Markup

from portal.marks import highlight, marker, snippet


def test_a_word_starting_like_the_searched_one_is_marked_to_its_end() -> None:
    assert highlight("Blå Tabletterna såldes", ("tablett",)) == Markup(
        "Blå <mark>Tabletterna</mark> såldes")
    assert highlight("Mikrotabletter", ("tablett",)) == Markup("Mikrotabletter")


def test_markup_in_a_report_is_shown_as_text_around_the_marks() -> None:
    text = "<b>\"Fentanyl\"</b> & 'fentanylplåster' <script>"
    assert highlight(text, ("fentanyl",)) == Markup(
        "&lt;b&gt;&#34;<mark>Fentanyl</mark>&#34;&lt;/b&gt; &amp; "
        "&#39;<mark>fentanylplåster</mark>&#39; &lt;script&gt;")


def test_control_characters_in_a_text_never_become_marks() -> None:
    # The marker uses two control characters internally; a pasted text may hold them.
    text = "ett \x02 och \x03 kokain <i>"
    marked = highlight(text, ("kokain",))
    assert marked == Markup("ett \x02 och \x03 <mark>kokain</mark> &lt;i&gt;")
    assert marked.count("<mark>") == 1 and "</mark>" in marked


def test_the_excerpt_is_cut_around_the_first_match_and_marked() -> None:
    text = ("Inledning. " * 40) + "Här hittades <ketamin> i flera prov. " + ("Slut. " * 80)
    cut = snippet(text, ("ketamin",), width=60)
    assert cut.startswith("…") and cut.endswith("…")
    assert "&lt;<mark>ketamin</mark>&gt;" in cut
    assert len(cut.striptags()) <= 62


def test_a_letter_whose_lower_case_is_longer_still_marks_the_right_word() -> None:
    text = "İstanbul-partiet innehöll MDMA och mdma-kristaller"
    hits = marker("mdma").hits([_Row("2026-0001", text, text)])
    assert hits[0].title.count("<mark>") == 2
    assert "<mark>mdma-</mark>" not in hits[0].title   # a word ends at the hyphen


class _Row:
    def __init__(self, reference: str, title: str, text: str) -> None:
        self.reference, self.title, self.text = reference, title, text
        self.urgency, self.verified, self.region, self.published_at = "red", True, "", None
