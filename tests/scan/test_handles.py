"""User names on platforms are names (PERSON): @-handles, names after a platform or naming
cue, words joined by an underscore; beside @-words, sites and files that are none."""

from __future__ import annotations

import pytest

from .kit import found

HANDLES = [
    ("@-handle with a digit, no cue", "Användaren @mette_31 postade en bild.", "@mette_31"),
    ("@-handle with a dot", "Instagram: @ingvild.019.", "@ingvild.019"),
    ("plain @-handle after a platform", "Hans telegram: @mixmaster", "@mixmaster"),
    ("after snap", "Säljaren har snap kungen420.", "kungen420"),
    ("after a definite platform word", "Snappen är vape.king.sig.", "vape.king.sig"),
    ("plain word after a platform and a colon", "Wickr: darkbuyer", "darkbuyer"),
    ("quoted after a compound cue", "Wickr-namnet är ”darkbuyer”.", "darkbuyer"),
    ("after heter", "säljaren heter kevve_plugg på snap", "kevve_plugg"),
    ("underscore, no cue", "I chatten skrev ali_k: har du grejen?", "ali_k"),
    ("user name cue", 'användarnamn "jockey_krn"', "jockey_krn"),
    ("dotted name after snap", "snap: kalle.svensson", "kalle.svensson"),
    ("plain @-word, the platform after it", "The seller goes by @frostyplug on Telegram.",
     "@frostyplug"),
    ("plain @-word after a naming verb", "Han kallar sig @kungen i appen.", "@kungen"),
    ("mixed case joined by underscores", "bought on Discord from xX_pillz_Xx", "xX_pillz_Xx"),
    ("a vendor's name", 'Vendor NordicPharma_SE ships "Xanax bars" from Sweden.',
     "NordicPharma_SE"),
    ("a buyer set apart by commas", "Another buyer, lazylotus, writes that they are fake.",
     "lazylotus"),
    ("reply by, then a colon", 'Reply by goteborgsgrabben: "my friend died"', "goteborgsgrabben"),
    ("quoted, a platform after it", 'The host is "Daddy M" on Grindr.', "Daddy M"),
    ("a Discord tag", "Han spelar som aliboom#2211 på servern.", "aliboom#2211"),
    ("underscore and Swedish letters", '"charlie_från_sthlm: Charlie var 40 % levamisol"',
     "charlie_från_sthlm"),
]


@pytest.mark.parametrize(("what", "text", "handle"), HANDLES)
def test_user_names_are_names(what: str, text: str, handle: str) -> None:
    assert handle in found(text, "PERSON"), what


NOT_HANDLES = [
    ("@ for 'at'", "Möte @ 14.00 i @stora salen"),
    ("platform words alone", "Han har snap men inte insta, och signal ibland."),
    ("a site after a cue", "Kontot på flashback.org stängdes."),
    ("abbreviations with dots", "Läs t.ex. bl.a. s.k. rapporten."),
    ("a file name", "Filen rapport_v2.pdf bifogas."),
    ("a version", "Version 2.0.1 av appen."),
    ("an e-mail address", "Mejla erik_92@example.com om du vill."),
    ("a plain @-word with no platform near", "Skicka till @support så svarar vi i dag."),
    ("a constant in capitals", "Fältet MAX_DOSE sattes till 40."),
    ("a numbered ticket", "Se issue#1234 och ärende #2211."),
    ("a role and an ordinary verb", "The buyer wrote that the pills were weak."),
    ("a product quoted before a platform", 'Hon köpte "Addy" via Telegram.'),
]


@pytest.mark.parametrize(("what", "text"), NOT_HANDLES)
def test_at_signs_sites_and_files_are_no_names(what: str, text: str) -> None:
    assert found(text, "PERSON") == [], what


def test_the_speakers_of_a_pasted_chat_are_names() -> None:
    text = ("Skärmdump av chatt:\n> lilla_my: nån som har kola till ikväll?\n"
            "> B-rad: skriv till honom, han levererar\n> ali_leverans: tjack 300/g\n")
    assert {"lilla_my", "B-rad", "ali_leverans"} <= set(found(text, "PERSON"))


def test_form_labels_at_line_starts_are_no_speakers() -> None:
    text = "Beslag: 40 g\nPlats: Malmö\nObs: ingen skadad\nFrån: polisen\n"
    assert found(text, "PERSON") == []


def test_two_handles_on_two_lines_are_no_email() -> None:
    text = "Instagram-DM export, @nalens_studio\n@emmy.wrn: hej kan jag pierca mig imorgon"
    assert found(text, "EMAIL") == []


@pytest.mark.parametrize(("text", "people"), [
    ("Admin på sidan @ravesweden_events här; vi la upp en varning.", []),
    ("Följ @malmo_nightlife_news för uppdateringar.", []),
    ("Loggen från jobbet vsn_ingest_daily visar två fel.", []),
    ("Fråga @nalens_studio om tiderna.", []),
    ("Skriv till @stina_events om du vill hjälpa till.", ["@stina_events"]),
    ("Säljaren @ketaqueen_sthlm svarar bara på Wickr.", ["@ketaqueen_sthlm"]),
    # a web shop's page by its shop's word as a part; glued on, or after a given name, a
    # dealer's or a seller's own
    ("Sprayen kom från @tanbarbie_shop, pennorna från @glp1_store_eu.", []),
    ("Han köpte av pinkshop_uu och @markus_shop i går.", ["pinkshop_uu", "@markus_shop"]),
])
def test_a_pages_or_jobs_account_is_no_one(text: str, people: list[str]) -> None:
    assert found(text, "PERSON") == people


@pytest.mark.parametrize("text", ["Se rapport_2026 i mappen.",
                                  "Filen heter bild_2026-11-05.png och ligger i mejlet.",
                                  "Row 812 of `reports_2026-12-03.csv` broke the parser.",
                                  "Exporten sparades som weekly_summary_v2-final.xlsx igår.",
                                  "Mitt IBAN är SE45 5000 0000 0583 9825 7466.",
                                  "Kolumnen antal_påsar fylls i av rapport_över_året."])
def test_a_files_name_and_a_banks_term_are_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_user_name_before_digits_stays_someone() -> None:
    assert found("Han heter kalle_92 på snap.", "PERSON") == ["kalle_92"]


def test_a_files_name_with_someones_name_keeps_it() -> None:
    assert found("Jag bifogar anteckningarna om mats_lindqvist-2026-11.txt nedan.", "PERSON")


@pytest.mark.parametrize("text, handle", [
    ("Annonserna på Blocket ligger under handlen KlippFyndet och matchar varorna.", "KlippFyndet"),
    ("We ask for the history of the player account NorrlandsNisse, registered in May.",
     "NorrlandsNisse"),
    ("Kanalen sköts av admin SkrällSkaparen som tar betalt via Swish.", "SkrällSkaparen"),
    ("Tråd i forumet\nStockholmsStina skriver: Har någon lånat av honom?\n", "StockholmsStina"),
    ("Gruppchatt\nOddsOlle: jag har lappar kvar till lördag\nLisa: ok\n", "OddsOlle"),
])
def test_a_handle_of_capitalised_words_after_a_cue_or_speaking(text: str, handle: str) -> None:
    """Forums, betting channels and shops' fraud desks name users by handles run together of
    capitalised words; after a user-name cue, or opening a line before what it says, one is
    someone's."""
    assert handle in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "LinkedIn: Skriv till mig där om ni vill.\nPowerPoint: Uppdaterad inför mötet.",
    "Kontot PayPal stängdes och hans konto hos SwedBank spärrades.",
    "Vi möttes i SkiStar-backen. Boka via MobilePay eller BankID.",
])
def test_products_in_capitalised_words_are_no_handles(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, handles", [
    ("Kanalens admin handles: SpelSnillet, LottoLasse, OddsOlle.",
     ["SpelSnillet", "LottoLasse", "OddsOlle"]),
    ("We reported three users: BigBetBert, LuckyLova and pill_mo_99.",
     ["BigBetBert", "LuckyLova", "pill_mo_99"]),
])
def test_handles_listed_beside_a_handle(text: str, handles: list[str]) -> None:
    assert [h for h in handles if h in found(text, "PERSON")] == handles


def test_a_handles_list_mates_are_only_handles() -> None:
    names = found("Användaren kalle_92, PowerPoint och Stockholm nämndes i tråden.", "PERSON")
    assert "PowerPoint" not in names and "Stockholm" not in names
