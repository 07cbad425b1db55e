"""Addresses that are no one's home beside addresses that are: a venue's, a firm's or a
public body's street address must stay unflagged, a private home's in the same frames found.

    python bench/pii/address_bodies.py [-v]

Voices: a sports association's course invitation, a municipality's crisis notice, a
harm-reduction group's meeting call, an occupational-health firm's SMS, a wholesaler's
invoice line, a youth worker's weekly plan, an English-speaking NGO's event mail, a
pharmacy chain's opening-hours note, a tenants' union's notice, a probation officer's
record. Families: `label` (a venue's label with a colon: `Lokal:`, `Samlingsplats:`,
`Venue:`), `named` (a venue's or firm's name as the item before: `Lokal: Bygdegården,
Åsvägen 2`), `company` (a company's legal form as the item before: `Kylteknik Syd AB,
Hamnvägen 41`), `hours` (opening hours after it: `…, öppet vardagar 10–16`), `box` (a
company's post box: `Nordkem AB, Box 18`), `prose` (a body's address in
running prose: `mottagningen på Storgatan 5`). Persons (homes) stand in the same frames:
`Adress: Lena Ek, Åsvägen 2`, `Samlingsplats: hemma hos Jonna, Ekvägen 4`, `bor på`.

A home counts as found when an ADDRESS finding overlaps it; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`) is kept out of
tuning; `-v` prints every miss and flag. All names, streets and numbers are made up.
"""

from __future__ import annotations

import sys

from marks import run_families


def address_found(text: str, start: int, end: int) -> bool:
    """An ADDRESS finding overlaps the target."""
    from mailgate.scan import scan

    return any(f.type == "ADDRESS" and f.start < end and start < f.end for f in scan(text))


NEGATIVES: tuple[tuple[str, str], ...] = (
    # a venue's label and a colon
    ("label", "Utbildning i naloxon för ledare.\nLokal: [[Tornérgatan 7]], plan 2.\n"
              "Anmälan senast fredag."),
    ("label", "Krisinformation från kommunen. Samlingsplats: [[Folkparksvägen 12]]. "
              "Ta med legitimation."),
    ("label", "Träff för anhöriga torsdag 18.00. Mötesplats: [[Bryggerigränd 3]]."),
    ("label", "Närmaste skyddsrum: [[Kvarnforsvägen 9]]. Ta med vatten och mediciner."),
    ("label", "Harm reduction meetup, Saturday.\nVenue: [[Sjöbodsgatan 21]], ground floor."),
    ("label", "Meeting point: [[Hamnkajen 4]] at 08.30, bring gloves."),
    ("label", "Kurslokal: [[Smedjebacksvägen 15]]. Kaffe från 08.30."),
    ("label", "Vaccinationsbussen, tisdag. Uppställningsplats: [[Torggatan 2]]."),
    ("label", "Location: [[Ekholmsvägen 30]], room B12. Lunch is served."),
    ("label", "Provtagning sker på mottagningen.\nMottagning: [[Sjukhusbacken 6]], ingång C."),
    ("label", "Årsmöte i hyresgästföreningen. Möteslokal: [[Ringugnsgatan 11]]."),
    ("label", "Samling: [[Stadionvägen 3]] kl 17, vi går tillsammans till matchen."),
    # a venue's or firm's name as the item before
    ("named", "Lokal: Bygdegården Rönnliden, [[Åsvägen 2]]. Fika ingår."),
    ("named", "Venue: Kulturhuset Gnistan, [[Verkstadsgatan 14]]."),
    ("named", "Mötesplats: Fritidsgården Ankaret, [[Skeppargatan 8]], ingång från gården."),
    ("named", "Plats för utbildningen – Lokal: Brandstationen, [[Industrigatan 40]]."),
    ("named", "Samlingsplats: Idrottsplatsen Vallen, [[Vallvägen 1]]."),
    ("named", "Kurslokal: Hotell Nordstjärnan, [[Stationsgatan 19]]."),
    ("named", "Location: Riverside Youth Hub, [[Åkaregatan 5]]."),
    ("named", "Lokal: Folkets hus, [[Bruksgatan 22]], stora salen."),
    # a company's post box
    ("box", "Faktura skickas till Nordkem AB, [[Box 18]], ref. 4471-K."),
    ("box", "Leverantör: Apoteksgrossisten Mitt AB, [[Box 3302]]."),
    ("box", "Please invoice Baltic Reagents Ltd, [[Box 77]], PO 88120."),
    ("box", "Returer till Labkemi Sverige AB, [[Box 512]], märk kartongen med ordernummer."),
    ("box", "Avsändare: Fraktbolaget Norrland HB, [[Box 9]]."),
    ("box", "Betalning till Medivent Oy, [[Box 140]], inom 30 dagar."),
    # a company's street address after its legal form
    ("company", "Leverans till Bygg & Plåt i Mora AB, [[Kvarnvägen 3]], port 2."),
    ("company", "Ordern hämtas hos Kylteknik Syd AB, [[Hamnvägen 41]]."),
    ("company", "Skadeanmälan från Norrtrafik Buss AB, [[Depågatan 6]], vagn 2214."),
    ("company", "Samples were sent to Nordic Forensics Ltd, [[Labvägen 12]], for analysis."),
    ("company", "Arbetsplats: Gjuteriet i Hälleforsnäs HB, [[Bruksvägen 8]]."),
    ("company", "Praktikplats: Café Linden AB, [[Lindgatan 17]], måndag till fredag."),
    # opening hours after the address
    ("hours", "Sprututbytet, [[Norra Vägen 9]], öppet vardagar 10–16."),
    ("hours", "Ny adress för dropin: [[Tullgatan 11]], öppet alla dagar 18–22."),
    ("hours", "Lämna överblivna läkemedel på [[Köpmangatan 3]], öppettider mån–fre 9–18."),
    ("hours", "Testing tent at [[Strandvägen 50]], open daily 12–20 during the festival."),
    ("hours", "Vi finns på [[Järnvägsgatan 28]], öppet dygnet runt."),
    # a body's address in prose
    ("prose", "Sprutbytet har flyttat till mottagningen på [[Kyrkogatan 15]], "
              "öppet vardagar 9–15."),
    ("prose", "Apoteket på [[Drottningtorget 2]] har öppet till 22 i helgen."),
    ("prose", "Polisstationen på [[Rådhusgatan 4]] tar emot hittegods."),
    ("prose", "Ungdomsmottagningen finns numera på [[Södra Långgatan 30]]."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    # a home after a label
    ("label", "Klientens uppgifter\nAdress: [[Tornérgatan 7]], lgh 1104."),
    ("label", "Anhörig: Gunnel Vik. Bostadsadress: [[Folkparksvägen 12]]."),
    ("label", "Folkbokförd: [[Bryggerigränd 3]], Sala."),
    ("label", "Home address: [[Sjöbodsgatan 21]], flat 3."),
    ("label", "Hemadress: [[Kvarnforsvägen 9]]. Telefon saknas."),
    ("label", "Nuvarande boende: [[Smedjebacksvägen 15]]."),
    # a person's or home's item before
    ("named", "Samlingsplats: hemma hos Jonna, [[Ekholmsvägen 30]]."),
    ("named", "Mötesplats: lägenheten hos Dragan, [[Skeppargatan 8]]."),
    ("named", "Adress: Lena Ek, [[Åsvägen 2]]."),
    ("named", "Lokal: hos mig, [[Vallvägen 1]], vi kör i vardagsrummet."),
    ("named", "Kontakt: Ruben Alm, [[Stationsgatan 19]], 3 tr."),
    ("named", "Venue: my place, [[Åkaregatan 5]], ring the bell twice."),
    # a person's post box
    ("box", "Klienten, Hanna Lund, [[Box 18]], hämtar post på Ica."),
    ("box", "Folkbokförd: [[Box 3302]], 962 31 Jokkmokk."),
    ("box", "Adress: Jörn Ask, [[Box 77]], 930 90 Arjeplog."),
    # a home near a firm, or a home's door open
    ("company", "Hon bor ovanför Ica, på [[Kvarnvägen 3]], sedan i våras."),
    ("company", "Anställd på Kylteknik Syd AB. Bostad: [[Hamnvägen 41]]."),
    ("company", "Ägare av enskild firma Eks Måleri, Lars Ek, [[Depågatan 6]]."),
    ("hours", "Han bor på [[Norra Vägen 9]], dörren stod öppen när vi kom."),
    ("hours", "Hemma hos Fia på [[Tullgatan 11]] var fönstret öppet hela natten."),
    ("hours", "Bostaden på [[Köpmangatan 3]] var öppen för hemtjänsten mellan 9 och 10."),
    # a home in prose
    ("prose", "Hon bor på [[Kyrkogatan 15]] med sin son."),
    ("prose", "Vi var hemma hos honom på [[Drottningtorget 2]] i lördags."),
    ("prose", "Lägenheten på [[Rådhusgatan 4]] har stått tom sedan maj."),
    ("prose", "Han har flyttat till sin mamma på [[Södra Långgatan 30]]."),
    ("prose", "Husrannsakan gjordes i bostaden på [[Bruksgatan 22]]."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS, address_found))
