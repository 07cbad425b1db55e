"""PERSON as a quoted word after a verb done to a person: `hade ringt "Kusinen" som kom`,
`träffade "Farbrorn" vid kiosken`, `texted "Bossman" again`, beside quoted things met,
called or texted in the same frames that must stay unflagged.

    python bench/pii/person_quoted_met.py [-v]

Voices: a night shelter's handover, a school nurse's note, a probation officer's diary, an
English outreach log, a youth worker's chat summary, a parent's mail. Families: `called`
(ringt, ringde, called, phoned), `met` (träffade, mötte, met, saw), `texted` (sms:ade,
messade, texted, skrev till), `with` (pratade med, talked to, var hos). Negatives: a firm, a
helpline, a programme, a place, a song, a drug's street name in the same frames.

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`, the text without
its marks) is kept out of tuning; `-v` prints every person missed and negative flagged. All
names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    ("called", 'Han hade ringt "[[Morbrorn]]" som kom till grinden vid ett.'),
    ("called", 'Eleven ringde "[[Storebrorsan]]" efter lunch och gick hem.'),
    ("called", 'She called "[[Auntie]]" from the payphone at 23:10.'),
    ("called", 'Klienten har ringt "[[Gubben]]" flera gånger i veckan.'),
    ("called", 'He phoned "[[Skipper]]" and left before curfew.'),
    ("met", 'Hon träffade "[[Farbrorn]]" vid kiosken igen.'),
    ("met", 'Pojken mötte "[[Chefen]]" bakom skolan enligt vittnen.'),
    ("met", 'Resident met "[[Uncle T]]" near the station around nine.'),
    ("met", 'Sonen har träffat "[[Kompisen]]" på torget varje kväll.'),
    ("texted", 'Dottern sms:ade "[[Kusinen]]" mitt i natten.'),
    ("texted", 'He texted "[[Bossman]]" twice during the session.'),
    ("texted", 'Hon skrev till "[[Prinsen]]" på Snapchat innan hon gick.'),
    ("with", 'Han pratade länge med "[[Grannen]]" i trapphuset.'),
    ("with", 'Vi såg att hon pratade med "[[Doktorn]]" utanför porten.'),
    ("with", 'He talked to "[[Cousin]]" outside the door for an hour.'),
    ("with", 'Eleven var hos "[[Mostern]]" hela helgen.'),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    ("called", 'Han hade ringt "[[Jourhavande Präst]]" som svarade direkt.'),
    ("called", 'Eleven ringde "[[Unga Örat]]" efter lunch och fick prata.'),
    ("called", 'She called "[[Samaritans]]" from the payphone at 23:10.'),
    ("called", 'Klienten har ringt "[[Droghjälpen]]" flera gånger i veckan.'),
    ("called", 'He phoned "[[Crimestoppers]]" and left before curfew.'),
    ("met", 'Hon träffade gänget vid "[[Kiosken]]" igen.'),
    ("met", 'Pojken mötte upp vid "[[Fritidsgården]]" bakom skolan.'),
    ("met", 'Resident met the group at "[[The Hub]]" near the station.'),
    ("met", 'Sonen har tittat på "[[Skam]]" varje kväll.'),
    ("texted", 'Dottern sms:ade om "[[Kristall]]" mitt i natten.'),
    ("texted", 'He texted "[[Tina]]" to a number twice during the session, meaning meth.'),
    ("texted", 'Hon skrev till "[[Kundtjänst]]" på Snapchat innan hon gick.'),
    ("with", 'Han pratade länge om "[[Vita Tabletter]]" i trapphuset.'),
    ("with", 'Vi såg att hon pratade med "[[Socialjouren]]" utanför porten.'),
    ("with", 'He talked to "[[Mind Helpline]]" outside the door for an hour.'),
    ("with", 'Eleven var på "[[Gröna Lund]]" hela helgen.'),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
