"""Things named after people by the word before or opening them: storms, varieties, furniture,
flowers, dishes, gods, spirits, projects and stadiums abroad (`stormen Gudrun`, `sorten
Ingrid Marie`, `Pizza Al Capone`, `guden Oden`: NAMED_AFTER_PEOPLE), saints (`St. Paul`,
`S:t Olofs`, `Sankt Hans`) and a car make's model (`Mercedes Vito`; `Mercedes Svensson` is
someone).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.nearby import word_before
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.thingcues import MAKES, SAINT_ABBREVIATIONS

# Things whose names are people's given names, right after the word for them: stormen
# Gudrun, äpplen av sorten Ingrid Marie, byrån Malm. No person is named after these words.
NAMED_AFTER_PEOPLE: Final = frozenset({
    "stormen", "orkanen", "ovädret", "tyfonen", "cyklonen", "hurricane", "typhoon", "cyclone",
    "sorten", "sorterna", "variety", "cultivar", "byrån", "hyllan", "bokhyllan",
    "soffan", "fåtöljen", "garderoben", "skåpet",
    # flowers and fruit by their variety: Ros Freedom, Nejlika Don Pedro, Äpple Ingrid Marie
    "ros", "rosen", "tulpan", "tulpanen", "nejlika", "nejlikan", "pelargon", "pelargonen",
    "dahlian", "pion", "pionen", "orkidé", "orkidén", "clematis", "äpple", "äpplet",
    "äppelsorten", "päron", "päronet", "potatis", "tomat",
    # streets and lanes abroad by their word: Soi Rambuttri, Jalan Legian, Calle Mayor
    "soi", "thanon", "jalan", "calle", "rua", "rue", "ulica", "avenida", "carrer",
    # dishes named after people: Pizza Al Capone, pizzan Don Corleone, Biff Rydberg,
    # Schnitzel Oscar, Sallad Waldorf
    "pizza", "pizzan", "burgare", "burgaren", "biff", "toast", "schnitzel", "kalvschnitzel",
    "oxfilé", "kalvfilé", "sallad", "bakelse", "tårta", "pasta", "pastan", "crêpe", "crêpes",
    "crepe", "crepes", "fläskfilé", "entrecôte", "entrecote", "omelett", "paj", "gryta",
    # projects and their parts by a code name: Delprojekt Vera, Arbetsgrupp Freja, Fas Alfa
    # (not the definite forms, which end a clause: `i projektet Anna Berg leder`)
    "projekt", "delprojekt", "arbetsgrupp", "projektgrupp", "fas", "etapp",
    # stadiums abroad named after people: Stade Pierre Mauroy, Estadio Santiago Bernabéu
    "stade", "estadio", "stadio",
    # gods, archangels, apostles and prophets by their word: guden Oden, gudinnan Freja,
    # Ärkeängeln Gabriel, aposteln Paulus (not `jungfru`: an unmarried woman's old title)
    "guden", "gudinnan", "asaguden", "asagudinnan", "gudarna", "ärkeängeln", "aposteln",
    "profeten", "evangelisten", "helgonet", "archangel", "apostle", "prophet",
    # spirits too: Whisky "Gamle Erik", akvavit O.P. Anderson (not `rom`, Rome and a room)
    "whisky", "whiskey", "gin", "vodka", "likör", "likören", "snaps", "snapsen", "brännvin",
    "akvavit", "konjak", "cognac", "bourbon", "tequila", "cider",
})

_SAINTS: Final = frozenset(w.casefold() for w in (
    "sankt", "sankta", "s:t", "st", "saint", "san", "santa",
    # Greek and Russian: Άγιος Νεκτάριος, Святой Николай (case-folded as tokens are: ς → σ)
    "άγιος", "αγία", "αγίου", "αγίας", "άγιοι", "святой", "святого", "святая", "св",
    "agios", "agia", "agiou", "ayios", "ayia"))


def after_a_saint(first: int, toks: list[Tok]) -> bool:
    """St. Paul, S:t Olofs; not `50 kr st. Mamma Solveig` (styck, in lower case)."""
    if first == 0 or (not toks[first - 1].text[:1].isupper() and toks[first - 1].text != "."):
        return False
    before = word_before(toks, first)
    return before in SAINT_ABBREVIATIONS or (
        before == "." and first >= 2 and toks[first - 2].text == "St")


def saint_or_model(run: Run) -> bool:
    """Sankt Hans, S:t Petri: a saint names a day, a church or a street; Mercedes Vito, Dodge
    Ram: a make and its model (Mercedes Svensson, a surname after the make, is a person); a
    thing's word past the sentence's first word (`Enligt Aposteln Paulus`)."""
    words = run.toks
    while len(words) > 1 and words[0].sentence_start and not words[0].info.name and (
            words[0].folded.rstrip(".") not in _SAINTS | MAKES):
        words = words[1:]  # Under Sankt Hans, I Mercedes Vito
    first = words[0].folded.rstrip(".")
    if first in _SAINTS or (words[0].text == "Mor" and len(words) >= 2 and not (
            words[0].sentence_start)):
        return True  # Mor Gabriel, Mor Afrem: a Syriac saint's church or house mid-sentence
    if len(words) >= 2 and ((first in NAMED_AFTER_PEOPLE and not words[0].info.name) or (
            words[0].text == "Storm" and len(words) == 2 and words[1].info.first and not (
                words[1].info.last))):
        return True  # Enligt Hurricane Andrew; Storm Eunice (Storm Nilsson is someone)
    return first in MAKES and len(words) >= 2 and not words[1].info.last and not (
        len(words) == 3 and words[1].info.first and words[2].info.last)  # Kona Randi Haugen
