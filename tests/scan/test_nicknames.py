"""Nicknames: in quotes, after `kallad`, `heter egentligen`, `alias`; lower-case names in
quoted chat messages. And the same cues said of pills and powders, which stay unmasked."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

from .kit import found

NICKNAMES = [
    ("quoted, after kallas", 'Killen som langar kallas "Spindeln" och håller till vid torget.',
     ["Spindeln"]),
    ("kallad, no quotes", "Han, kallad Lillen, har sålt Xanor till flera elever.", ["Lillen"]),
    ("kallad, a substance's street name", 'Killen kallad "Ice" sålde metamfetamin.', ["Ice"]),
    ("heter egentligen, kallar sig", "Hon heter egentligen Fatima men kallar sig Tina.",
     ["Fatima", "Tina"]),
    ("alias, lower case", "Säljaren har alias kungen på Telegram.", ["kungen"]),
    ("alias, capitalised", "Mannen, alias Råttan, greps i helgen.", ["Råttan"]),
    ("under namnet, quoted with a hyphen", 'Langaren går under namnet "lill-gangster" på Snap.',
     ["lill-gangster"]),
    ("kallas för, two words", "Han kallas för Tjocka Berra av alla.", ["Tjocka Berra"]),
    ("english voice", 'The seller, aka "Ghost", was arrested.',
     ["Ghost"]),
    ("nickname beside a name", 'Vi pratade med Erik "Ragge" Svensson i går.',
     ["Erik", "Ragge", "Svensson"]),
    ("quoted chat, lower case", 'Hon visade chatten: "hej det är sara, har du kvar?"', ["sara"]),
    ("quoted chat, lower-case name of another origin",
     "I chatten stod det 'yo, ahmed här, ring mig'", ["ahmed"]),
    ("chat reply", 'Svaret var "fråga jonte, han har"', ["jonte"]),
    ("alla säger", "Han heter Piotr men alla säger Pjotrek.", ["Piotr", "Pjotrek"]),
    ("kallar honom", "Kompisarna kallar honom Spöket.", ["Spöket"]),
    ("heter, quoted handle of two words", 'Säljaren heter "Lil Zay" på appen.', ["Lil Zay"]),
    ("english, called, then lower case", 'The guy, called "Smokey", sold us 2 g. smokey has '
     "a red Golf.", ["Smokey", "smokey"]),
    ("chat, pet name introducing the writer", '"hej de e nettan. ring mig"', ["nettan"]),
    ("chat, pet name and here", 'Sms: "gittan här, har du kvar?"', ["gittan"]),
    ("english, they call", 'The guy they call "Snöret" was selling 2C-B.', ["Snöret"]),
    ("english, calls himself", "He calls himself Ghost on Telegram.", ["Ghost"]),
    ("kallade honom, no quotes", "Killarna kallade honom Bulten.", ["Bulten"]),
    ("a hedge between cue and name", 'Langaren kallas typ "Bullen".', ["Bullen"]),
    ("a lower-case nickname between names", 'Spelaren Viktor "vikzor" Hallberg kollapsade.',
     ["Viktor", "vikzor", "Hallberg"]),
    ("a seller named after what he sells", 'Killen som säljer GHB kallas "Kungen" av alla.',
     ["Kungen"]),
]


def _covered(text: str, want: list[str]) -> list[str]:
    """The expected stretches that the scan did not mask."""
    out = mask(text, scan(text))
    return [w for w in want if w in out]


@pytest.mark.parametrize(("voice", "text", "names"), NICKNAMES)
def test_nicknames_are_masked(voice: str, text: str, names: list[str]) -> None:
    assert _covered(text, names) == [], voice
    persons = [f for f in scan(text) if f.type == "PERSON"]
    assert persons, voice


PRODUCTS = [
    "Pillren kallas \"Blå Tesla\" på gatan.",
    "Amfetaminet, kallat Tina, säljs i Malmö.",
    "Han köpte amfetamin som kallas Ice.",
    "Tabletterna går under namnet Blue Punisher.",
    'Ungdomarna pratar om nya piller, de kallas "Lucy".',
    "Pulvret säljs under namnet Molly på Telegram.",
    'Han sa "ge mig två" och gick.',
    'Hon skrev: "det är vatten i källaren"',
    "Festivalen heter Bråvalla och appen heter Wickr.",
    "Preparatet heter Blue Punisher på gatan.",
    'The pills are called "Blue Tesla" and the powder is called snow.',
    'Eleverna sa att de kallade pillret "Tesla".',
    'They call it "Tesla" in the schoolyard.',
    "Vi kallar tabletterna Gröna Hulken.",
    "Han säljer amfetamin, kallad Tina.",
]


@pytest.mark.parametrize("text", PRODUCTS)
def test_the_same_cues_said_of_drugs_mask_nothing(text: str) -> None:
    assert mask(text, scan(text)) == text


def test_a_site_called_something_is_no_one() -> None:
    text = "Han beställde från en sida som heter \"Nordic Pharma Direct\" och fick hem Xanax."
    assert [f.text for f in scan(text) if f.type == "PERSON"] == []


@pytest.mark.parametrize(("text", "name", "street"), [
    ("Säljare enligt polisen: Jonna Rask, kallad Flakka, 070-174 06 21.", "Jonna Rask", "Flakka"),
    ('Huvudperson Kevin Ström, alias "Kristall", använder Signal.', "Kevin Ström", "Kristall"),
])
def test_a_named_sellers_street_name_alias_stays_for_the_warning(
        text: str, name: str, street: str) -> None:
    masked = mask(text, scan(text))
    assert name not in masked and street in masked


def test_a_street_name_is_masked_when_it_is_all_that_names_someone() -> None:
    text = 'Killen kallad "Flakka" sålde i trapphuset.'
    assert "Flakka" not in mask(text, scan(text))


def test_a_verb_after_a_naming_word_is_no_nickname() -> None:
    text = '"Snabben" (Jonas Ek – smeknamnet är från skolan, ni vet) kom inte.'
    assert "är" not in [f.text for f in scan(text) if f.type == "PERSON"]


def test_someone_named_like_a_drug_is_named_and_the_drug_so_called_is_not() -> None:
    said = 'Han sa att han tagit "Oxy" från en som heter Mary Jane, men hon nekar.'
    assert found(said, "PERSON") == ["Mary Jane"]
    assert found("Gräset de sålde heter Mary Jane och luktar.", "PERSON") == []
    assert found("Han rökte något som heter Mary Jane.", "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("Erik called twice about the pills.", ["Erik"]),  # phoning
    ("She called round at noon with the kit.", []),
    ("A guy called Twice sold it to them.", ["Twice"]),  # a name, capitalised
    ("The dealer is called jonas, they say.", ["jonas"]),  # a listed given name
])
def test_called_before_a_lower_case_word_is_a_call(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
