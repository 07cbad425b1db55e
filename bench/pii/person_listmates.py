"""PERSON in inline lists of full names: a pair of capitalised words that no list knows,
standing as one item of an enumeration whose other items are full names found (`Senait
Haile, Sunny Bliss, Arvid Winter`), beside look-alikes in the same lists that must stay
unflagged.

    python bench/pii/person_listmates.py [-v]

Voices: a parents' committee mail, a funeral notice's thanks, a volunteer rota, an English
meeting's minutes, a band's line-up, a course's attendance, a football club's team sheet, a
housing cooperative's board, a wedding's seating note, a court's list of witnesses.
Families: `pair` (two unlisted words: `Sunny Bliss`), `wordname` (a given name that is also
a word before a surname: `Mild Rosén`, `Vilja Strand`), `last` (the item after `och`/`and`
ending the list), `first` (the list's first item), `three` (three words: `Dawit Tesfay
Gebru`). Negatives stand in the same lists: an agency, a firm, a place, a venue, a
product, a department or a club named among the people.

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`, the text without
its marks) is kept out of tuning; `-v` prints every person missed and negative flagged. All
names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    ("pair", "Närvarande: Karin Lindqvist, [[Sunny Bliss]], Johan Ekström."),
    ("pair", "Styrelsen består av Mohammed Yusuf, [[Orla Vantblad]] och Petra Nyberg."),
    ("pair", "Thanks to Maria Holm, [[Jory Pennick]], Anders Wall for the flowers."),
    ("pair", "Vittnen: Lena Borg, [[Tove Quarnsten]], Nils Ahlgren."),
    ("pair", "Line-up: Erik Sandberg, [[Zeb Marlowe]], Hanna Lindgren, Jonas Ek."),
    ("pair", "Kursdeltagare Sara Engström, [[Kimo Halberd]], Ali Hassan och Eva Dahl."),
    ("pair", "Bord 4: Ingrid Berg, [[Sölve Trask]], Olof Persson."),
    ("pair", "Ledare ikväll: Fatima Ali, [[Runa Velt]], Peter Johansson."),
    ("wordname", "Vi tackar Birgitta Olsson, [[Mild Rosén]] och Gunnar Lund för hjälpen."),
    ("wordname", "Laget: Amir Karimi, [[Vilja Strand]], Oskar Berg, Liam Nilsson."),
    ("wordname", "Present: Helen Ward, [[Storm Halvorsen]], David Clarke."),
    ("wordname", "Närvarande var Annika Ström, [[Hope Mwangi]] och Lars Åberg."),
    ("wordname", "Medverkande: Jenny Falk, [[Frost Ekelund]], Martin Hedlund."),
    ("wordname", "Ringlista: Sofia Wikström, [[Lycka Brandt]], Henrik Sjöberg."),
    ("last", "Kallade: Emma Lundin, Robert Nord och [[Ilse Vantongeren]]."),
    ("last", "Attendees were Thomas Berg, Susanne Holm and [[Wren Castellow]]."),
    ("last", "Sjöng gjorde Camilla Ek, Stefan Lind och [[Sunniva Drake]]."),
    ("last", "Ansvariga: Jessica Nyström, Mattias Håkansson, [[Kell Ambrose]]."),
    ("last", "Hälsningar från Elin Björk, Daniel Sundin och [[Blom Tarrow]]."),
    ("last", "Team B: Ahmed Omar, Linda Sjögren, [[Pax Welander]]."),
    ("first", "[[Brisk Ottesen]], Karin Holm och Per Svensson kommer på mötet."),
    ("first", "Deltog: [[Moss Lindeberg]], Anna Karlsson, Erik Johansson."),
    ("first", "[[Sky Abernethy]], Julia Nilsson, Marcus Berg signed up for Saturday."),
    ("first", "Vakter: [[Rain Edvardsen]], Lisa Holmberg, Jonas Lindberg."),
    ("three", "Närvarande: Maria Eklund, [[Dawit Tesfay Gebru]], Johan Palm."),
    ("three", "Vittnen: Per Ahlström, [[Nour El Kadi]], Eva Sandström."),
    ("three", "Vi hälsar Åsa Berglund, [[Kiri Moana Tane]] och Fredrik Lund välkomna."),
    ("three", "Laget mot Vasalund: Hugo Berg, [[Tiva Lorne Asker]], Ville Nyman."),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    ("pair", "Närvarande: Karin Lindqvist, [[Röda Korset]], Johan Ekström."),
    ("pair", "Styrelsen består av Mohammed Yusuf, [[Svenska Kyrkan]] och Petra Nyberg."),
    ("pair", "Thanks to Maria Holm, [[Region Skåne]], Anders Wall for the flowers."),
    ("pair", "Vittnen: Lena Borg, [[Polisen Syd]], Nils Ahlgren."),
    ("pair", "Line-up: Erik Sandberg, [[Blue Velvet]], Hanna Lindgren, Jonas Ek."),
    ("pair", "Kursdeltagare Sara Engström, [[Malmö Stad]], Ali Hassan och Eva Dahl."),
    ("pair", "Bord 4: Ingrid Berg, [[Café Sirap]], Olof Persson."),
    ("pair", "Ledare ikväll: Fatima Ali, [[Hotell Linnea]], Peter Johansson."),
    ("wordname", "Vi tackar Birgitta Olsson, [[ICA Maxi]] och Gunnar Lund för hjälpen."),
    ("wordname", "Laget: Amir Karimi, [[Hammarby IF]], Oskar Berg, Liam Nilsson."),
    ("wordname", "Present: Helen Ward, [[Social Services]], David Clarke."),
    ("wordname", "Närvarande var Annika Ström, [[Maria Ungdom]] och Lars Åberg."),
    ("wordname", "Medverkande: Jenny Falk, [[Volvo Cars]], Martin Hedlund."),
    ("wordname", "Ringlista: Sofia Wikström, [[Akut Psykiatri]], Henrik Sjöberg."),
    ("last", "Kallade: Emma Lundin, Robert Nord och [[Kriminalvården Kumla]]."),
    ("last", "Attendees were Thomas Berg, Susanne Holm and [[Youth Services]]."),
    ("last", "Sjöng gjorde Camilla Ek, Stefan Lind och [[Kören Cantabile]]."),
    ("last", "Ansvariga: Jessica Nyström, Mattias Håkansson, [[Fältgruppen Väst]]."),
    ("last", "Hälsningar från Elin Björk, Daniel Sundin och [[Stadsmissionen Göteborg]]."),
    ("last", "Team B: Ahmed Omar, Linda Sjögren, [[Mobila Teamet]]."),
    ("first", "[[Ersta Diakoni]], Karin Holm och Per Svensson kommer på mötet."),
    ("first", "Deltog: [[Maria Beroende]], Anna Karlsson, Erik Johansson."),
    ("first", "[[Night Patrol]], Julia Nilsson, Marcus Berg signed up for Saturday."),
    ("first", "Vakter: [[Securitas Syd]], Lisa Holmberg, Jonas Lindberg."),
    ("three", "Närvarande: Maria Eklund, [[Stockholms Stad Socialtjänst]], Johan Palm."),
    ("three", "Vittnen: Per Ahlström, [[Länsstyrelsen i Skåne]], Eva Sandström."),
    ("three", "Vi hälsar Åsa Berglund, [[Unga Vuxna Team]] och Fredrik Lund välkomna."),
    ("three", "Laget mot Vasalund: Hugo Berg, [[Gröna Lund]], Ville Nyman."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
