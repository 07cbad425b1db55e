"""PERSON's tail: names and initials in the frames still missed on unseen text, each beside
the look-alikes that stay unflagged in the same frames (startnames.py, orgpieces.py,
everyday.py's kin word, writerinitials.py, staffinitials.py, minutesinitials.py)."""

from __future__ import annotations

from .kit import found


def test_a_given_name_and_a_word_surname_opening_a_sentence_before_its_verb() -> None:
    assert found("Märta Grön ringde från receptionen i morse.", "PERSON") == ["Märta Grön"]
    assert found("Ilvo Skog kom förbi med nycklarna.", "PERSON") == ["Ilvo Skog"]
    assert found("Anhörig: Dag Svärd", "PERSON") == ["Dag Svärd"]


def test_organisations_and_places_opening_a_sentence_before_a_verb_stay() -> None:
    assert found("Röda Korset ringde om matkassarna.", "PERSON") == []
    assert found("Region Gävleborg skickade ut en varning.", "PERSON") == []
    assert found("Hemtjänst Väst hittade dörren olåst.", "PERSON") == []
    assert found("Stora Torget stängdes av i natt.", "PERSON") == []


def test_a_kin_word_or_a_call_to_reach_before_a_surname_that_is_an_organisations_word() -> None:
    assert found("Pappa Leon Brand hämtade henne vid grinden.", "PERSON") == ["Leon Brand"]
    assert found("Kontakta Anna Brand på fritidsgården.", "PERSON") == ["Anna Brand"]
    assert found("Ring Räddningstjänsten Brand om det luktar rök.", "PERSON") == []


def test_an_english_word_as_a_given_name_after_a_kin_word() -> None:
    assert found("Mamma Sunny Törnkvist vill inte bli uppringd.", "PERSON") == [
        "Sunny Törnkvist"]
    assert found("Festivalen heter Sunny Days och hålls i juli.", "PERSON") == []


def test_three_initials_after_a_writing_verb_or_a_minutes_role() -> None:
    assert found("Antecknat av RKV", "PERSON") == ["RKV"]
    assert found("Protokollet fört av ÖBL, justerat av ordföranden.", "PERSON") == ["ÖBL"]
    assert found("Sekreterare: TJN", "PERSON") == ["TJN"]
    assert found("Minutes taken by HGW", "PERSON") == ["HGW"]


def test_an_agency_a_unit_or_a_drug_after_a_writing_verb_stays() -> None:
    assert found("Sammanställt av FHM och Tullverket.", "PERSON") == []
    assert found("Rapporten granskad av IVO i våras.", "PERSON") == []
    assert found("Förorsakad av THC enligt läkaren.", "PERSON") == []
    assert found("Skriven av SVT:s reporter.", "PERSON") == []


def test_a_bodys_letters_among_others_initials_in_an_attendance_list() -> None:
    assert found("Närvarande: SE, BK, MW", "PERSON") == ["SE", "BK", "MW"]
    assert found("Närvarande: SE, NO, DK", "PERSON") == []
    assert found("Närvarande: IT, HR, ekonomi", "PERSON") == []


def test_an_attendance_heading_alone_on_its_line_lists_the_next() -> None:
    assert found("Närvarande:\nAB, GK, TN\n§1 Mötet öppnas", "PERSON") == ["AB", "GK", "TN"]
    assert found("Närvarande\nMS, JF\n§1 Mötet öppnas", "PERSON") == ["MS", "JF"]
    assert found("Närvarande:\nHR, IT\nÖvrigt", "PERSON") == []
    assert found("Personal i tjänst: RB, GÅ", "PERSON") == ["RB", "GÅ"]


def test_a_line_of_initials_under_a_meetings_heading() -> None:
    assert found("Avstämning med skolan\nSE, IF\n1. Läget.", "PERSON") == ["SE", "IF"]
    assert found("Team meeting, night van\nDK, SW\nQuiet night.", "PERSON") == ["DK", "SW"]


def test_a_line_of_offices_or_countries_under_a_heading_stays() -> None:
    assert found("Avstämning med förvaltningarna\nHR, IT\n1. Nya rutiner.", "PERSON") == []
    assert found("Nordiskt samråd\nSE, NO, DK\nInget nytt.", "PERSON") == []
    assert found("Möte om resorna\nSJ, SL\nTågen går.", "PERSON") == []


def test_initials_joined_to_found_ones_and_a_passives_doer() -> None:
    assert found("Sign. BF, LH", "PERSON") == ["BF", "LH"]
    assert found("Ärendet hanteras av PÅ.", "PERSON") == ["PÅ"]
    assert found("Rummet städades av OL i morse.", "PERSON") == ["OL"]


def test_an_agency_or_a_firm_after_a_passives_av_stays() -> None:
    assert found("Ärendet hanteras av FK.", "PERSON") == []
    assert found("Resan bokades av SJ i går.", "PERSON") == []
    assert found("Paketet levererades av UPS.", "PERSON") == []


def test_an_initial_and_a_colour_as_surname_after_a_role() -> None:
    assert found("Beslutet fattades av handläggare T. Grön.", "PERSON") == ["T. Grön"]
    assert found("Prioritet: A. Grön, B. Gul, C. Röd", "PERSON") == []
    assert found("Han köpte en påse med K. Snö i går.", "PERSON") == []
