"""Pets and other animals named like people: `Sixten (tax, 6 år)`, `hunden Bella`, `dogs
(Rocky, Nala, ...)`, `Taxen Herr Bengtsson`, `my dog Lord Nelson`; and the words a pet is
called, which name no one elsewhere in the text either.

Each test reads the tokens around a candidate run (first to last, indices into `toks`) and
says True when the run names a pet; person.py then reports nothing for it.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.headed import listed_after
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.words import QUOTES, Tok

# Plurals before a list of animals' names: två hundar i klassen, Ronja och Zeus.
ANIMAL_PLURALS: Final = frozenset({"hundar", "hundarna", "katter", "katterna", "hästar", "hästarna",
                            "djur", "djuren", "valpar", "valparna", "kaniner", "kaninerna",
                            "grisarna", "getterna", "korna", "kalvarna", "fåren", "lammen",
                            "hönsen", "hönorna", "falkarna", "fåglarna", "ponnyerna",
                            "dogs", "cats", "horses", "animals", "pets", "puppies", "pigs",
                            "goats", "cows", "falcons", "birds", "ponies"}) | frozenset({
    # breeds in the plural before their names: Våra beagles Sixten, Doris och Bruno; not
    # `boxers`, `pointers`, `shepherds`, `labs`, which are people or places as often
    "taxar", "taxarna", "pudlar", "pudlarna", "labradorer", "labradorerna", "schäfrar",
    "schäfrarna", "beaglar", "beaglarna", "spanielar", "spanielarna", "retrievrar",
    "retrievrarna", "huskyar", "huskyarna", "mopsar", "mopsarna", "rottweilrar",
    "rottweilrarna", "chihuahuor", "chihuahuorna", "terriers", "beagles", "labradors",
    "spaniels", "collies", "poodles", "retrievers", "huskies", "pugs", "dachshunds",
    "greyhounds", "whippets", "bulldogs", "rottweilers", "chihuahuas", "corgis", "kittens",
    "hens", "chickens", "rabbits", "hamsters", "ferrets", "parrots"})
# Dogs and cats are named like people: Sixten (tax, 6 år), dogs (Rocky, Nala, ...).
ANIMAL_WORDS: Final = frozenset({
    "hund", "hunden", "hundar", "hundarna", "hundens", "katt", "katten", "katter", "katterna",
    "valp", "valpen", "djur", "djuret", "djurets", "häst", "hästen", "kanin", "kaninen",
    "dog", "dogs", "puppy", "cat", "cats", "pet", "pets", "horse",
    # the young and the small: kattungen Simba, ponnyn Stjärna, fölet Bamse
    "kattunge", "kattungen", "kattungar", "kattungarna", "ponny", "fölet",
    "kaninungen", "hundvalpen",
    # zoos, farms and homes name their animals too: giraffen Molly, älgen Kalle, kon Rosa
    "giraffen", "älgen", "visenten", "björnen", "vargen", "lejonet", "tigern", "elefanten",
    "apan", "sälen", "kon", "kalven", "tjuren", "grisen", "suggan", "geten", "bocken", "fåret",
    "lammet", "baggen", "tackan", "kossan", "stoet", "valacken", "hingsten", "råttan",
    "åsnan", "alpackan", "lamadjuret", "marsvinet", "hamstern", "papegojan",
    "ormen", "ödlan", "giraffe", "elephant", "lion", "tiger", "monkey", "cow", "pig", "goat",
    "sheep", "donkey", "parrot", "rabbit", "hamster", "snake", "kitten",
    # exotic pets at a vet's: Papegoja "Kurt", illern Fröken Ingrid, ormen (kungspyton)
    "papegoja", "iller", "illern", "undulat", "undulaten", "kakadua", "kakaduan", "pyton",
    "pytonormen", "kungspyton", "leguan", "leguanen", "gecko", "geckon", "sköldpadda",
    "sköldpaddan", "marsvin", "chinchilla", "chinchillan", "igelkott", "igelkotten", "ödla",
    "orm", "ferret", "budgie", "cockatoo", "python", "lizard", "iguana", "tortoise",
    "turtle", "hedgehog",
    # breeds and birds in the definite: Taxen Herr Bengtsson, pudeln Fiffi, duvan Blixten
    "taxen", "pudeln", "labradoren", "schäfern", "terriern", "beaglen", "mopsen", "spanieln",
    "retrievern", "huskyn", "boxern", "rottweilern", "chihuahuan", "collien", "duvan",
    "tuppen", "hönan", "ugglan", "kråkan", "ponnyn", "pigeon", "bird",
    # a breeder's or an aquarist's words for an animal by its sex: min hane Gustav, honan Bella
    "hane", "hanen", "hona", "honan", "fisken", "akvariefisken",
}) | ANIMAL_PLURALS
# Swedish animals in the definite, also plural, which may begin a run with the pet's name
# (`Pudlarna Greta, Olle och Nisse`); not `Cat
# Stevens`, `Tiger Woods`.
_THE_ANIMAL: Final = frozenset(
    w for w in ANIMAL_WORDS if w.endswith(("en", "et", "an", "yn", "rn", "ln", "arna", "erna"))
    and w not in ("kitten", "lion", "pigeon", "pet"))
# Titles that pets are given: hundarna Herr Nilsson och Fröken Doris, the cat Lord Nelson.
PET_TITLES: Final = frozenset({"herr", "fru", "fröken", "lord", "lady", "sir", "mr", "mrs", "miss",
                               "doktor", "kapten", "greve", "grevinnan", "prins", "prinsessan",
                               "kung", "drottning", "baron", "madame", "monsieur"})
BREEDS: Final = frozenset({
    "tax", "labrador", "schäfer", "blandras", "terrier", "pudel", "chihuahua", "beagle",
    "spaniel", "retriever", "husky", "mops", "bulldog", "vorsteh", "collie", "jack", "shih",
    "border", "staffordshire", "amstaff", "pitbull", "golden", "boxer", "rottweiler",
    "dobermann", "malinois", "katt", "huskatt", "mixed", "mongrel", "lab",
})
def a_pet(first: int, last: int, toks: list[Tok]) -> bool:
    """Sixten (tax, 6 år), hunden Bella, dogs (Rocky, Nala, ...): one word each; not
    `Hunden bet Erik`, `hunden, Erik Berg`, `hunden (ägare Erik Berg)`."""
    if last + 1 < len(toks) and toks[last + 1].folded == "(" and any(
            t.folded in BREEDS for t in toks[last + 2 : last + 4]):
        return last - first <= 1  # `Senast Sixten (tax`: a sentence's first word and the pet
    if first < last <= first + 2 and toks[first].folded in _THE_ANIMAL:
        return True  # Taxen Herr Bengtsson, Hunden Bella: the animal's word begins the run
    if last == first + 1 and toks[first].folded in PET_TITLES and first > 0 and (
            toks[first - 1].folded in ANIMAL_WORDS):
        return True  # hunden Herr Nilsson, my dog Lord Nelson: the title is the pet's
    if last <= first + 2 and _quoted_after_an_animal(first, last, toks):
        return True  # Iller "Fröken Ingrid", Ormen "Jerry Seinfeld", Papegoja "Kurt"
    if last <= first + 1 and _quoted_before_an_animal(first, last, toks):
        return True  # Patient: "Kurt", African grey parrot; "Bella", schäfer, 4 år
    if last != first:
        return False
    if first > 0 and toks[first - 1].folded in ANIMAL_WORDS:
        return True
    if _set_off_after_an_animal(first, toks):
        return True  # Grannens katt, Selma, har rymt: the animal's name between commas
    i = first - 1
    while i > 0 and (toks[i].text == "," or (toks[i].capital and toks[i].alpha)):
        i -= 1  # back over a list of names: (Rocky, Nala, Charlie
    if i > 0 and toks[i].text == "(" and toks[i - 1].folded in ANIMAL_WORDS:
        return True
    return listed_after(first, toks, ANIMAL_PLURALS) or _named_animals(first, toks) or (
        _a_named_pet(first, toks))


# Words that govern the animal's word, so that the name after its comma is someone spoken to
# or of (`Ring om hunden, Sven, så fort du kan`): the animal there opens no clause of its own.
_GOVERNING: Final = frozenset({"om", "med", "åt", "till", "för", "efter", "av", "mot", "utan",
                               "i", "på", "vid", "från", "hos", "about", "with", "for", "to",
                               "after", "of", "in", "on", "at", "from"})
_OPENING_REACH: Final = 3  # words of the animal's phrase: `Den gamla hunden`


def _set_off_after_an_animal(first: int, toks: list[Tok]) -> bool:
    """`Vår häst, Tindra, fick kolik`, `Ponnyn, Klara, haltade`: one name between commas (or
    a comma and a bracket) right after an animal's word whose phrase opens the sentence; not
    `Hästen bet grannen, Tindra, i armen` (a person's noun) nor `med hunden, Selma stannade`."""
    if first < 2 or toks[first - 1].text != "," or toks[first - 2].folded not in ANIMAL_WORDS:
        return False
    if first + 1 >= len(toks) or toks[first + 1].text not in (",", "("):
        return False
    i = first - 2
    for _ in range(_OPENING_REACH):
        if i == 0 or toks[i].sentence_start or toks[i].line_break_before:
            return True
        i -= 1
        if not toks[i].alpha or toks[i].folded in _GOVERNING:
            return False
    return False


def _quoted_after_an_animal(first: int, last: int, toks: list[Tok]) -> bool:
    return first > 1 and toks[first - 1].text in QUOTES and toks[first - 2].folded in (
        ANIMAL_WORDS) and last + 1 < len(toks) and toks[last + 1].text in QUOTES


def _quoted_before_an_animal(first: int, last: int, toks: list[Tok]) -> bool:
    """A quoted name, a comma, then an animal (indefinite) or breed within three words, as a
    vet's record has it; unquoted, `Anna, hund` is left alone."""
    after = last + 2
    if first == 0 or toks[first - 1].text not in QUOTES or after >= len(toks) or (
            toks[last + 1].text not in QUOTES or toks[after].text != ","):
        return False
    return any((t.folded in ANIMAL_WORDS and t.folded not in _THE_ANIMAL) or t.folded in BREEDS
               for t in toks[after + 1 : after + 4])  # `"Anna", hunden heter Rex` keeps Anna


# What joins the names after `Falkarna heter`: Freja och Sigge, Kalle o Pelle.
_JOINS = frozenset({",", "och", "o", "and", "&", "samt"})
_NAMED = frozenset({"heter", "hette", "kallas", "are", "were", "named", "called"})


def _named_animals(first: int, toks: list[Tok]) -> bool:
    """`Falkarna heter Freja och Sigge`, `grisarna Kalle o Pelle`: names right after animals
    in the plural, a naming verb between perhaps."""
    i = first - 1
    while i > 0 and toks[i].folded not in ANIMAL_PLURALS and (
            toks[i].folded in _JOINS or (toks[i].capital and toks[i].alpha)):
        i -= 1
    if i >= 0 and toks[i].folded in _NAMED:
        i -= 1
    return 0 <= i < first - 1 and toks[i].folded in ANIMAL_PLURALS and (
        toks[i + 1].folded not in _JOINS)  # not `Hundarna och Anna`


def pet_names(runs: list[Run], toks: list[Tok]) -> set[str]:
    """The words pets are called in the text, lower-cased: Sigge in `min hund Sigge`, Fiffi in
    `Pudeln Fröken Fiffi`. Only a name no person shares in the same text: `hunden Bella och
    Bella Lind` keeps Bella a name."""
    pets = {toks[run.toks[-1].index].folded for run in runs
            if a_pet(run.toks[0].index, run.toks[-1].index, toks)}
    people = {t.folded for run in runs if len(run.toks) > 1 and not a_pet(
        run.toks[0].index, run.toks[-1].index, toks) for t in run.toks}
    return pets - people


# Words that may own the animal opening a naming sentence: `Vår hund heter Bambi`.
_OWNERS: Final = frozenset({"min", "mitt", "vår", "vårt", "din", "er", "hans", "hennes",
                            "deras", "my", "our", "their", "his", "her", "the"})
# An animal first mentioned and the pronoun naming it: `en hund som heter Bruno`.
_AN: Final = _OWNERS | {"en", "ett", "a", "an"}
_WHICH: Final = frozenset({"som", "that", "who"})
_PLACE_WORDS: Final = frozenset({"i", "på", "vid", "från", "hos", "in", "on", "at", "from"})
_PARTICIPLES: Final = frozenset({"named", "called"})
_SUBJECT_REACH: Final = 4  # tokens between the animal and its naming verb: `i scenen`


# Breeds that name the animal before a naming verb (`a spaniel called Rosie`); not those that
# are words or people too (`the lab called Anna`, `the boxer called Ali`, `Jack`, `Border`).
_NAMING_BREEDS: Final = BREEDS - {"jack", "golden", "border", "mixed", "lab", "boxer", "shih"}


def an_animal_word(folded: str) -> bool:
    return folded in ANIMAL_WORDS or folded in _NAMING_BREEDS


def _a_named_pet(first: int, toks: list[Tok]) -> bool:
    """`Hunden heter Bambi`, `Hunden i scenen heter Bambi`, `Our dog is called Rocky`: the
    animal opens the sentence as the naming verb's subject, a place phrase between perhaps;
    `Ägaren till hunden heter Erik` names the owner."""
    i = first - 1
    if i >= 0 and toks[i].text in QUOTES:
        i -= 1
    if i < 1 or toks[i].folded not in _NAMED:
        return False
    i -= 1
    if toks[i].folded in ("is", "was"):
        i -= 1  # is called
    if toks[i].folded in _WHICH:
        return i >= 2 and an_animal_word(toks[i - 1].folded) and toks[i - 2].folded in _AN
        # en hund som heter Bruno, a cat called Molly: the animal's own name
    between = 0
    while i >= 0 and between <= _SUBJECT_REACH and not an_animal_word(toks[i].folded):
        if not (toks[i].alpha and not toks[i].capital) or toks[i].line_break_before:
            return False
        i -= 1
        between += 1
    if i < 0 or not an_animal_word(toks[i].folded) or (
            between and toks[i + 1].folded not in _PLACE_WORDS):
        return False
    if not between and toks[i + 1].folded in _PARTICIPLES:
        return True  # Lives alone, cat named Majken: a participle right after the animal
    return toks[i].sentence_start or toks[i].line_break_before or (
        i > 0 and toks[i - 1].folded in _AN)
