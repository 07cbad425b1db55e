"""PERSON, word-like names: a given name beside a surname that is also an ordinary word, or a
given name that is itself a word, in frames that only a person fills; each beside look-alike
things in the same frames that must stay unflagged.

    python bench/pii/person_wordpairs26.py [-v]

Voices: a sailing club's crew list, a day centre's lunch survey, a pharmacy's signature log, a
tenants' association's visiting list, a youth worker's shift note, a choir's rota, a harm-
reduction van's kit log, a school's parents' evening. Families: `pair` (a listed given name and
a word-surname: `Vera Strand`, `Olle Frost`), `list` (such a pair among other people in a list:
`Linus, Nils Sten, Melvin Udd`), `row` (a pair opening a list's row, a tab and a number: `Lisa
Berg⏎070-…`), `quote` (a pair naming who said a quote: `"…" – Viola Ström`), `sign` (a pair
signing a quote or a line: `– Greta Lund`), `word` (a given name that is a word in a person's
frame: `Dag`, `Bror`). Negatives stand in the same frames: a thing named with two words, a
room, a place, a paper, a product.
A third (`crc32(text) % 3 == 0`) is kept out of tuning. All names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    ("pair", "Besättning i helgen:\n[[Vera Strand]]\nOskar Lindahl\nrorsman saknas"),
    ("pair", "Närvarande på mötet: [[Olle Frost]], kassör, och Siv Nyberg."),
    ("pair", "Nyckel utlämnad till [[Greta Sten]] (lgh 1102)."),
    ("pair", "Kit 14 – [[Nils Bark]] – hämtade två naloxon."),
    ("pair", "[[Maja Hav]]\t070-174 06 22\tvill ha plats"),
    ("pair", "Ring [[Ebba Skog]] om hyran innan fredag."),
    ("pair", "Signerat av [[Ida Vinter]] kl 14.10."),
    ("pair", "Föräldrar som kommer: [[Jonas Flod]] och Karin Ek."),
    ("list", "Gänget: Linus, [[Arvid Mörk]], Melvin Hedlund."),
    ("list", "Sopranerna: Elin Åkesson, [[Stina Dal]], Ulla Berg."),
    ("list", "Vem tog sista dosen – [[Hugo Rask]] eller Lena Strandberg?"),
    ("list", "Vakter i natt: Samir, [[Tove Eld]], Kim Wallin."),
    ("sign", "\"Maten var god men kall.\" – [[Agnes Ljung]]"),
    ("sign", "\"Jag kommer gärna tillbaka.\" — [[Karl Frisk]]"),
    ("sign", "Tack för kvällen! /[[Lisa Blank]]"),
    ("sign", "Mvh\n[[Axel Stål]]\nFritidsgården"),
    ("row", "Visningslista\n[[Lisa Berg]]\t070-174 06 61\tintresserad"),
    ("row", "Anmälda (utdrag)\n[[Viola Lund]]\t073-174 06 20\tkommer"),
    ("row", "Kontakter vecka 3\n[[Rut Holm]]\t+46 70 174 06 35\tåterkommer"),
    ("row", "Hyresgäster\n[[Dag Sjöberg]]\t08-465 004 21\tlgh 1103"),
    ("row", "Följdsamtal\n[[Vera Ström]]\t0701740644"),
    ("row", "Skötare i tjänst\n[[Björn Lind]]\t070 174 06 02\tnatt"),
    ("quote", "Enkäten, svar 3: \"Lunchen var kall.\" – [[Viola Strand]]\n4) Inget svar."),
    ("quote", "\"Personalen lyssnade på mig.\" — [[Lisa Bäck]], Sundsvall"),
    ("quote", "Röster från kvällen: \"Äntligen ett ställe att sova.\" – [[Rosa Eng]] (42)"),
    ("quote", "\"Tack för kaffet!\" – [[Sol Frost]]\n\"Mer sånt.\" – Nils Wik"),
    ("quote", "»Jag vill komma igen.» – [[Dag Ström]]"),
    ("quote", "Citat ur utvärderingen: \"Bra men för kort.\" - [[Bror Hav]]"),
    ("word", "Hennes bror [[Dag]] hämtade henne vid stationen."),
    ("word", "Eleven [[Bror]] var frånvarande hela veckan."),
    ("word", "Vi pratade med [[Björn]] om boendet, han vill flytta."),
    ("word", "Sms från [[Elsa]]: kommer inte idag."),
    ("word", "[[Sten]] ringde igen och frågade efter sin mamma."),
    ("word", "Mamman till [[Rut]] var med på mötet."),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    ("pair", "Besättning i helgen:\n[[Stora Strand]]\nOskar Lindahl\nrorsman saknas"),
    ("pair", "Närvarande på mötet: [[Kalla Frost]], kassör, och Siv Nyberg."),
    ("pair", "Nyckel utlämnad till [[Gamla Sten]] (lgh 1102)."),
    ("pair", "Kit 14 – [[Röd Bark]] – hämtade två naloxon."),
    ("pair", "[[Blå Hav]]\t070-174 06 22\tvill ha plats"),
    ("pair", "Ring [[Norra Skog]] om hyran innan fredag."),
    ("pair", "Signerat av [[Sal Vinter]] kl 14.10."),
    ("pair", "Föräldrar som kommer: [[Vid Flod]] och Karin Ek."),
    ("list", "Gänget: Linus, [[Natt Mörk]], Melvin Hedlund."),
    ("list", "Sånger: Stilla natt, [[Sol Dal]], Ulla Berg."),
    ("list", "Vem tog sista dosen – [[Svart Rask]] eller Lena Strandberg?"),
    ("list", "Vakter i natt: Samir, [[Vakt Eld]], Kim Wallin."),
    ("sign", "\"Maten var god men kall.\" – [[Lunch Ljung]]"),
    ("sign", "\"Jag kommer gärna tillbaka.\" — [[Sal Frisk]]"),
    ("sign", "Tack för kvällen! /[[Styrelsen]]"),
    ("sign", "Mvh\n[[Café Stål]]\nFritidsgården"),
    ("row", "Visningslista\n[[Stora Salen]]\t070-174 06 61\tbokad"),
    ("row", "Leverantörer (utdrag)\n[[Kronans Apotek]]\t0771-61 20 00\tjour"),
    ("row", "Kontakter vecka 3\n[[Norra Skog]]\t+46 70 174 06 35\tvirke"),
    ("row", "Lokaler\n[[Sal Linné]]\t08-465 004 21\tplan 2"),
    ("row", "Följdsamtal\n[[Röda Korset]]\t0771-19 95 00"),
    ("row", "Beställt\n[[Ros Marin]]\t070 174 06 02\tkryddor"),
    ("quote", "Enkäten, svar 3: \"Lunchen var kall.\" – [[Stora Salen]]\n4) Inget svar."),
    ("quote", "\"Personalen lyssnade på mig.\" — [[Röda Korset]], Sundsvall"),
    ("quote", "Röster från kvällen: \"Äntligen ett ställe.\" – [[Gamla Stan]] (42)"),
    ("quote", "\"Tack för kaffet!\" – [[Norra Skogen]]\n\"Mer sånt.\" – Nils Wik"),
    ("quote", "»Jag vill komma igen.» – [[Svenska Dagbladet]]"),
    ("quote", "Citat ur utvärderingen: \"Bra men för kort.\" - [[Ica Maxi]]"),
    ("word", "Hennes bror [[dag]] efter dag hämtade henne vid stationen."),
    ("word", "Eleven var frånvarande hela [[veckan]]."),
    ("word", "Vi pratade med [[Boendet]] om flytten."),
    ("word", "Sms från [[Apoteket]]: receptet är klart."),
    ("word", "[[Stena]] ringde igen om färjan."),
    ("word", "Mamman till [[eleven]] var med på mötet."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
