"""Numbers that are no one's phone or account beside true phones and accounts in the same
frames (phone27).

    python bench/pii/number_lookalikes27.py [-v]

Voices: a second-hand shop's till note, a gym's front desk, a sports club's treasurer, a
pharmacy's counter log, a dance hall's door list, a recycling centre's staff chat, a
theatre's box office. Families: `doc` (a receipt's, card's, ticket's, ad's or booking's
number named by the noun right before it), `service` (an organisation's line), `bank` (an
organisation's or a reference's number). Targets stand in the same frames: a person's
mobile or account. A third (`crc32(text) % 3 == 0`) is kept out of tuning. Phones are from
fiction ranges (PTS 070-174 06 xx, 08-465 004 xx, 031-390 06 xx, 040-628 04 xx); all names
and numbers are made up.
"""

from __future__ import annotations

import sys

from marks import run_families


def structured_found(text: str, start: int, end: int) -> bool:
    from mailgate.scan import publishable, scan

    return any(f.type != "PERSON" and f.start < end and start < f.end
               for f in publishable(scan(text)))


NEGATIVES: tuple[tuple[str, str], ...] = (
    ("doc", "Kassan: kvitto [[0512-3380]] gällde två jackor, bytet godkänt."),
    ("doc", "Gymmet: medlemskort [[0031-5527]] spärrat efter fynd i omklädningsrummet."),
    ("doc", "Biljett [[0044-71 82 09]] skannades två gånger vid dörren."),
    ("doc", "Annons [[0418-2264]] togs bort, säljaren erbjöd tabletter."),
    ("doc", "Receptet hade expeditionsnummer [[0071-4432 19]] på etiketten."),
    ("doc", "Bokning [[0832-1149]] avbokad, gruppen kom aldrig."),
    ("doc", "Medlemsnr [[0066-3391]] har inte betalat årsavgiften."),
    ("doc", "Kortnummer [[0019-4457 22]] nekades i kassan."),
    ("doc", "Ticket [[0087-2231 44]] was scanned at the stage door at 23:10."),
    ("doc", "Membership card [[0042-9918]] was suspended after the incident."),
    ("doc", "Avtal [[0741-8820]] med städfirman löper ut i mars."),
    ("doc", "Platsnummer [[0013-2271]] på campingen var bokat i annat namn."),
    ("doc", "Lånekort [[0046-5570 31]] hittades bredvid sprutorna."),
    ("doc", "Återlämningskvitto [[0855-2301]] låg i påsen med pillren."),
    ("doc", "Beställning [[0734-1123]] skickades till fel adress."),
    ("service", "Kontakta Socialtjänstens mottagning, [[08-465 004 30]], vid oro."),
    ("service", "Apoteket Hjärtat vid torget nås på [[031-390 06 20]] dagtid."),
    ("service", "Ring Fritidsgårdens expedition [[040-628 04 20]] för nyckel."),
    ("bank", "Betalning till föreningens bankgiro [[5050-1055]] senast fredag."),
    ("bank", "Annons [[41230099]] raderades, säljaren sålde receptbelagt."),
    ("bank", "Kvitto [[7710 4482 11]] visade köpet på kortet."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("doc", "Kassan: kunden lämnade sitt nummer [[070-174 06 12]] för kvittot."),
    ("doc", "Gymmet: medlemmen nås på [[070-174 06 23]], kortet är spärrat."),
    ("doc", "Biljetten köptes av Nils, tel [[08-465 004 21]]."),
    ("doc", "Annonsören heter Vera, ring [[070-174 06 34]] om du vill köpa."),
    ("doc", "Skicka kvitto till [[070-174 06 45]] via sms."),
    ("doc", "Bokning gjord av Ali, mobil [[070-174 06 56]]."),
    ("doc", "Ticket holder Sara can be reached at [[070-174 06 67]]."),
    ("doc", "Medlemskort skickas till Pia, nummer [[031-390 06 78]]."),
    ("doc", "Avtalet skrevs med Jon, tfn [[040-628 04 89]]."),
    ("service", "Socialtjänsten fick numret till mamman: [[070-174 06 90]]."),
    ("service", "Apotekaren ringde kunden på [[070-174 06 01]] om receptet."),
    ("bank", "Ersättningen sätts in på hennes konto [[8327-9, 294 326 090-7]]."),
    ("bank", "Kvitto skickat, pengarna till hans konto [[3300 1234 567]]."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS, structured_found))
