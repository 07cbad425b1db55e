"""Addresses that are no one's home (addr27), beside homes in the same frames.

    python bench/pii/address_nohome27.py [-v]

Voices: a drop-in café's volunteer rota, a municipal youth worker's weekly letter, a
harm-reduction bus driver's SMS, a Gothenburg landlord's notice, a parish deacon's note, an
English-speaking student nurse's log, a sports club's parent chat. Families: `venue` (a
shop's, a gym's, a café's or a bar's street), `meet` (a meeting point with a time), `event`
(where an event is held), `bare` (a street named without a house number), `building` (a
street-shaped building or block name), `area` (a housing area or district), `direction`
(a way described), `shared` (a building's shared part: a stairwell, a rubbish room, a
door, a garage), `letterhead` (an organisation's header). Targets stand in the same frames:
`bor på`, `hemma hos`, a person's name before, `adress:` after a name, a flat's number.

A target counts as found when a masked finding other than PERSON overlaps it; a negative as
flagged when any masked finding overlaps it. A third (`crc32(text) % 3 == 0`) is kept out
of tuning. All names and streets are made up.
"""

from __future__ import annotations

import sys

from marks import run_families


def structured_found(text: str, start: int, end: int) -> bool:
    from mailgate.scan import publishable, scan

    return any(f.type != "PERSON" and f.start < end and start < f.end
               for f in publishable(scan(text)))


NEGATIVES: tuple[tuple[str, str], ...] = (
    ("venue", "Gymmet på [[Lindvägen 14]] har öppet till tio på kvällen."),
    ("venue", "Caféet på [[Brunnsgatan 7]] serverar soppa gratis på måndagar."),
    ("venue", "Pizzerian på [[Hagagatan 31]] stängde efter razzian i somras."),
    ("venue", "Butiken på [[Ekmansgatan 2]] säljer snus och energidryck till minderåriga."),
    ("venue", "The bar on [[Kvarngatan 9]] had a fight outside around one."),
    ("venue", "Frisörsalongen på [[Norrgatan 18]] hade lappar om testkit i fönstret."),
    ("meet", "Vi träffas utanför [[Storgatan 40]] kl 17.30, ta med reflexväst."),
    ("meet", "Samling vid [[Parkvägen 3]] klockan 19, vi går sedan tillsammans."),
    ("meet", "Meet outside [[Sjögatan 12]] at 8 pm, the bus leaves from there."),
    ("meet", "Föräldramöte: vi ses vid [[Idrottsvägen 6]] kl 18.00 på tisdag."),
    ("event", "Loppisen hålls på [[Skolgatan 22]] i gympasalen på lördag."),
    ("event", "Konserten äger rum på [[Kyrkogatan 5]] den 12 december."),
    ("event", "Julmarknaden på [[Torggatan 1]] drar igång klockan tolv."),
    ("event", "The workshop will be held at [[Hamngatan 8]], room 204."),
    ("bare", "Många unga hänger på [[Kungsgatan]] efter att affärerna stängt."),
    ("bare", "Polisen har ökat närvaron längs [[Storgatan]] på helgerna."),
    ("building", "Fritidsgården i [[Tallbacken]] håller stängt under jullovet."),
    ("building", "Huset [[Kvarnbacken 3]] är kommunens nya korttidsboende för unga."),
    ("area", "Området kring [[Rosenbacken]] har fått nya gatlampor."),
    ("area", "I [[Solhöjden]] har flera trapphus fått nya lås."),
    ("direction", "Sväng vänster vid [[Järnvägsgatan 2]] och fortsätt mot stationen."),
    ("direction", "Ta höger efter [[Bergsgatan 10]], parkeringen ligger bakom."),
    ("shared", "Soprummet på [[Ekvägen 12]] har brutits upp igen, kanyler på golvet."),
    ("shared", "Någon sover i trapphuset på [[Lärkgatan 4]], grannarna har ringt."),
    ("shared", "Tvättstugan på [[Hallonvägen 9]] används som langningsställe."),
    ("shared", "Porten på [[Smedjegatan 15]] står olåst hela natten."),
    ("shared", "Found two syringes in the stairwell at [[Mjölnargatan 3]] this morning."),
    ("shared", "Garaget vid [[Granitvägen 21]] har blivit en samlingsplats på kvällarna."),
    ("shared", "Källaren på [[Tullgatan 6]] översvämmades i helgen."),
    ("shared", "Cykelrummet på [[Sjöviksvägen 2]] saknar lås sedan oktober."),
    ("letterhead", "Fritidsförvaltningen | [[Stadsgatan 4]] | 08-465 004 00"),
    ("letterhead", "Sensus studieförbund, [[Bangatan 11]], 411 05 Göteborg"),
)

PERSONS: tuple[tuple[str, str], ...] = (
    ("venue", "Han bor ovanför gymmet, på [[Lindvägen 16]]."),
    ("venue", "Ägaren Rasmus Holm, [[Brunnsgatan 9]], har lämnat in en anmälan."),
    ("venue", "Hon jobbar i butiken men bor på [[Ekmansgatan 4]], lgh 1102."),
    ("venue", "She lives at [[Kvarngatan 11]], just above the bar."),
    ("meet", "Vi träffas hemma hos Saga på [[Storgatan 42]] kl 17.30."),
    ("meet", "Samling hemma hos mig, [[Parkvägen 5]], klockan 19."),
    ("meet", "Meet at my place, [[Sjögatan 14]], at 8 pm."),
    ("event", "Loppisen hålls hemma hos familjen Ek på [[Skolgatan 24]]."),
    ("event", "Festen var hemma hos Jonatan på [[Kyrkogatan 7]] den 12 december."),
    ("bare", "Klienten bor på [[Kungsgatan]] men vill inte uppge nummer."),
    ("bare", "Hon har flyttat till [[Storgatan]] med sin pojkvän."),
    ("building", "Mira Lund, adress: [[Kvarnbacken 5]], 2 tr."),
    ("building", "Familjen bor på [[Tallbacken 7]] sedan i våras."),
    ("area", "Hans mamma bor på [[Rosenbacken 12]], lägenhet 1203."),
    ("area", "Ungdomen bor i [[Solhöjden 4]] hos sin moster."),
    ("direction", "Han bor på [[Järnvägsgatan 4]], nära stationen."),
    ("direction", "Hämta honom hemma på [[Bergsgatan 12]] efter skolan."),
    ("shared", "Lägenheten på [[Ekvägen 14]] har brutits upp igen, hon bor kvar."),
    ("shared", "Hon bor på [[Lärkgatan 6]] och sover i trapphuset ibland."),
    ("shared", "Pojken bor med sin pappa på [[Hallonvägen 11]], nära tvättstugan."),
    ("shared", "Ring på hos Elin Sand, [[Smedjegatan 17]], porten står öppen."),
    ("shared", "He lives at [[Mjölnargatan 5]], flat 1203, above the stairwell."),
    ("shared", "Hemma hos Viktor på [[Granitvägen 23]] hittades två sprutor."),
    ("shared", "Klienten har flyttat till [[Tullgatan 8]], lgh 1001."),
    ("letterhead", "Anna Berg | [[Stadsgatan 6]] | 070-174 06 22"),
    ("letterhead", "Kalle Nyström, [[Bangatan 13]], 411 05 Göteborg"),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS, structured_found))
