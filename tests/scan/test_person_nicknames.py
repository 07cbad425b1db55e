"""PERSON's last tail: initials where someone acts (actinginitials.py), pets named after a
breed's plural (pets.py), authors inside a Harvard citation's brackets (citation.py), and
`Even` and `Live` as given names (givenwords.py), each beside the look-alikes that stay."""

from __future__ import annotations

from .kit import found


def test_initials_after_a_measuring_witnessing_or_handing_over_word() -> None:
    assert found("Pulsen uppmätte KW till 112.", "PERSON") == ["KW"]
    assert found("Kroppsvisitation i närvaro av TB.", "PERSON") == ["TB"]
    assert found("Nycklarna överlämnat till GL kl. 07.", "PERSON") == ["GL"]
    assert found("Batch 7 checked LM, clean.", "PERSON") == ["LM"]
    assert found("Spoke with HN about the blotters.", "PERSON") == ["HN"]


def test_units_methods_gases_and_agencies_in_the_same_frames_stay() -> None:
    assert found("Brandkåren uppmätte CO i källaren.", "PERSON") == []
    assert found("Samtalet skedde i närvaro av BUP.", "PERSON") == []
    assert found("Batch 7 checked by GC and MS.", "PERSON") == []
    assert found("Överlämnat till IVA efter en timme.", "PERSON") == []


def test_an_answer_a_sentence_opening_pair_and_a_shift_pair() -> None:
    assert found("Svar MT: vi väntar på labbet.", "PERSON") == ["MT"]
    assert found("ÅN ringde från akuten i natt.", "PERSON") == ["ÅN"]
    assert found("Kvällens pass: LN + JW.", "PERSON") == ["LN", "JW"]
    assert found("Svar OK: inget fynd.", "PERSON") == []
    assert found("Testet visade THC + CBD.", "PERSON") == []


def test_am_signs_only_after_a_doers_av_never_after_a_time() -> None:
    assert found("Loggat av AM 2026-10-02.", "PERSON") == ["AM"]
    assert found("Logged at 7:15 AM by the desk.", "PERSON") == []


def test_pets_named_after_a_breeds_plural() -> None:
    assert found("Våra taxar Stina och Bosse fick stanna hemma.", "PERSON") == []
    assert found("The greyhounds Maud and Percy sleep in the hall.", "PERSON") == []
    assert found("Beaglarna Ada, Kurt och Vera skäller på brevbäraren.", "PERSON") == []
    assert found("Ägaren Ada Lind rastar taxarna.", "PERSON") == ["Ada Lind"]


def test_authors_inside_a_harvard_citations_brackets() -> None:
    assert found("Fynden bekräftas (Holmqvist 2018; Öberg 2022).", "PERSON") == [
        "Holmqvist", "Öberg"]
    assert found("Halten steg (Brandt et al. 2020).", "PERSON") == ["Brandt"]
    assert found("Trenden bekräftas (Science, 2019).", "PERSON") == []
    assert found("Mötet hölls (Malmö 2024).", "PERSON") == []


def test_even_and_live_as_given_names_in_a_persons_frame() -> None:
    assert found("Min datter Live bor i Bergen.", "PERSON") == ["Live"]
    assert found("Even sa at posen var tom.", "PERSON") == ["Even"]
    assert found("Jeg og Even ventet på bussen.", "PERSON") == ["Even"]
    assert found("Hilsen Live", "PERSON") == ["Live"]


def test_even_and_live_as_english_words_stay() -> None:
    assert found("Even one pill can be too much.", "PERSON") == []
    assert found("Live music starts at nine.", "PERSON") == []
    assert found("Live-chatten er åpen til midnatt.", "PERSON") == []
    assert found("Live Love Laugh står på väggen.", "PERSON") == []


def test_nicknames_no_list_holds_in_a_persons_frame() -> None:
    assert found("sen kom Tjocke in i köket", "PERSON") == ["Tjocke"]
    assert found("hallå lyssna Vimpe. du lovade", "PERSON") == ["Vimpe"]
    assert found("MOFFE – du är skyldig mig en tjuga", "PERSON") == ["MOFFE"]
    assert found("köpte det av Lilleman i parken", "PERSON") == ["Lilleman"]


def test_words_nouns_and_shouted_notices_in_the_same_frames_stay() -> None:
    assert found("OBS – du måste testa först.", "PERSON") == []
    assert found("hallå Malmö!", "PERSON") == []
    assert found("ok ASAP jag kommer", "PERSON") == []
    assert found("Min lillebror var där.", "PERSON") == []
