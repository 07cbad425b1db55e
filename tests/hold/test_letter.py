"""The letter around a warning, found in reports written in many voices: what is cut, and
that the warning itself is never cut. Each case: the report, the stretches cut (by kind),
and sentences that must stay."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailgate.hold.letter import Kind, letter_parts
from mailgate.hold.proposal import warning_text
from mailgate.scan import Finding

G, C, T, S = Kind.GREETING, Kind.CONTACT, Kind.THANKS, Kind.CLOSING

VOICES: list[tuple[str, str, list[tuple[Kind, str]], list[str]]] = [
    ("nurse", "Hej,\nTre överdoser i Malmö efter blå M30.\n\nKontakta mig gärna på "
     "070-000 00 00 om ni vill veta mer.\n\nMed vänlig hälsning\nAnna\nSjuksköterska",
     [(G, "Hej,"), (C, "Kontakta mig gärna"), (S, "Med vänlig hälsning")],
     ["Tre överdoser i Malmö efter blå M30."]),
    ("greeting inline", "Hej, Under helgen har vi haft tre överdoser.\nMvh Sara",
     [(G, "Hej,"), (S, "Mvh Sara")], ["Under helgen har vi haft tre överdoser."]),
    ("social worker", "Hejsan! Vi i Umeå ser HHC i kiosker.\nHör av dig om du vill veta mer.\n"
     "Tack på förhand!\n/Kalle",
     [(G, "Hejsan!"), (C, "Hör av dig"), (T, "Tack på förhand!"), (S, "/Kalle")],
     ["Vi i Umeå ser HHC i kiosker."]),
    ("volunteer", "Till VSN\n\nSprutbytet: tranq med xylazin.\n- Ring 112 om naloxon inte "
     "hjälper.\n\nHälsningar\nVolontärerna",
     [(G, "Till VSN"), (S, "Hälsningar")], ["Sprutbytet: tranq med xylazin.", "Ring 112"]),
    ("researcher", "Dear colleagues,\n\nBromazolam in fake Xanax, Stockholm. Please contact "
     "me if you need the report.\n\nBest regards,\nDr. Jane Doe",
     [(G, "Dear colleagues,"), (C, "Please contact me"), (S, "Best regards,")],
     ["Bromazolam in fake Xanax, Stockholm."]),
    ("police", "God morgon!\nPolisen i Kalmar har beslagtagit 2 000 tabletter märkta "
     "Tesla. Analys pågår.\nFör frågor: ring vakthavande.\n\nVänliga hälsningar\n"
     "Inspektör Berg\nPolisregion Syd\nTel 010-000 00 00",
     [(G, "God morgon!"), (C, "För frågor"), (S, "Vänliga hälsningar")],
     ["Polisen i Kalmar har beslagtagit 2 000 tabletter märkta Tesla.", "Analys pågår."]),
    ("pharmacist english", "Hi all,\nWe see forged prescriptions for Oxycodone in Uppsala. "
     "Thanks in advance.\nKind regards\nPer",
     [(G, "Hi all,"), (T, "Thanks in advance."), (S, "Kind regards")],
     ["We see forged prescriptions for Oxycodone in Uppsala."]),
    ("mobile", "Två unga medvetslösa på festival i Borlänge efter GHB.\n\nSkickat från min "
     "iPhone", [(S, "Skickat från min iPhone")],
     ["Två unga medvetslösa på festival i Borlänge efter GHB."]),
    ("no letter", "Ring 112 om någon inte går att väcka. Tack vare snabb naloxon överlevde "
     "alla.", [], ["Ring 112 om någon inte går att väcka.", "Tack vare snabb naloxon"]),
    ("hej without comma", "Hej vi har sett mycket spice i Luleå senaste veckan.",
     [], ["Hej vi har sett mycket spice i Luleå senaste veckan."]),
    ("signature dashes", "Ketamin sålt som kokain i Örebro.\n-- \nLisa, Örebro kommun",
     [(S, "-- ")], ["Ketamin sålt som kokain i Örebro."]),
    ("hälsningar mid text", "Flera skrev Hälsningar på lappar med tabletterna.\n"
     "Tabletterna är gula.\nMVH\nJonas",
     [(S, "MVH")], ["Flera skrev Hälsningar på lappar", "Tabletterna är gula."]),
    ("reach me", "Hallå! Falska Subutex i Växjö. Du når mig på jobbet hela veckan.\nHälsningar"
     "\nMia", [(G, "Hallå!"), (C, "Du når mig"), (S, "Hälsningar")],
     ["Falska Subutex i Växjö."]),
    ("questions", "Hej alla!\nNitazener i heroin i Göteborg. Har ni frågor så svarar jag "
     "gärna.\n/Omar, Mottagningen", [(G, "Hej alla!"), (C, "Har ni frågor"), (S, "/Omar")],
     ["Nitazener i heroin i Göteborg."]),
    ("best wishes", "Hello VSN team,\nPink cocaine (tusi) with ketamine and MDMA at a club "
     "in Malmö.\nFeel free to reach out.\nBest wishes,\nAlex",
     [(G, "Hello VSN team,"), (C, "Feel free"), (S, "Best wishes,")],
     ["Pink cocaine (tusi) with ketamine and MDMA"]),
    ("tack för ert arbete", "Tjena!\nFentanylplåster säljs i Norrköping.\nTack för ert "
     "arbete!\n\nMed vänliga hälsningar\nEmma Ek\nUngdomsmottagningen",
     [(G, "Tjena!"), (T, "Tack för ert arbete!"), (S, "Med vänliga hälsningar")],
     ["Fentanylplåster säljs i Norrköping."]),
    ("long closing is text", "Hej!\nHälsningar från fältet: vi ser mer crack än förut, och "
     "den säljs i små påsar vid stationen varje kväll efter klockan tio, enligt flera "
     "besökare som vi har pratat med under veckan.\nDet är nytt för oss.",
     [(G, "Hej!")], ["Hälsningar från fältet", "Det är nytt för oss."]),
    ("mejla", "Bästa kollegor,\nKratom säljs online till unga i Jönköping. Mejla mig så "
     "skickar jag länkarna.\nHa det bra\nNils",
     [(G, "Bästa kollegor,"), (C, "Mejla mig"), (S, "Ha det bra")],
     ["Kratom säljs online till unga i Jönköping."]),
]


@pytest.mark.parametrize(("text", "cut", "kept"), [v[1:] for v in VOICES],
                         ids=[v[0] for v in VOICES])
def test_letter_parts_are_cut_and_the_warning_stays(text: str, cut: list[tuple[Kind, str]],
                                                    kept: list[str]) -> None:
    parts = letter_parts(text)
    assert [(p.kind, p.text[:len(s)]) for p, (_, s) in zip(parts, cut, strict=False)] == cut
    assert len(parts) == len(cut)
    published = warning_text(text, [], parts)
    for sentence in kept:
        assert sentence in published
    for part in parts:
        assert part.text not in published


def test_findings_keep_their_numbers_when_the_letter_is_cut() -> None:
    text = "Hej Anna,\nErik såg M30 i Lund.\nRing mig på 070-000 00 00.\nMvh Per"
    erik = Finding("PERSON", text.index("Erik"), text.index("Erik") + 4, 0.9, "t", "Erik")
    phone = text.index("070")
    tel = Finding("PHONE", phone, phone + 13, 0.9, "t", "070-000 00 00")
    parts = letter_parts(text)
    assert warning_text(text, [erik, tel], parts, numbered=True) == "[NAMN 1] såg M30 i Lund."
    kept = warning_text(text, [erik, tel], (), keep={1})
    assert kept.startswith("Hej Anna,\nErik såg") and "[TELEFON]" in kept


PIECES = st.sampled_from(["Hej,", "Hej alla!", "Mvh", "/Kalle", "-- ", "Kontakta mig.", "Tack!",
                          "Blå M30 i Malmö.", "Ring 112.", "\n", "\r\n", " ", "ß", "Å", "."])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=30).map("".join))
def test_any_text_gives_parts_in_bounds_that_never_overlap(text: str) -> None:
    parts = letter_parts(text)
    assert all(0 <= p.start < p.end <= len(text) for p in parts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(parts))
    warning_text(text, [], parts)   # never raises
