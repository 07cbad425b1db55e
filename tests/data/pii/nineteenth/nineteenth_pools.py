"""Names and hard negatives for the nineteenth corpus's templates.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. The origins are those of the scene's people and of those who answer
them: `se` Swedish, `d` Swedish and English given names that are also street names of drugs
(`Tina`, `Molly`, `Henry`), `w` Swedish names that are also words, `fi` Finnish, `hr`
Croatian and Serbian, `ma` Moroccan and Algerian, `cl` Chilean, `pt` Portuguese and Brazilian,
`de` German. Every pool is halved: even entries for dev, odd entries for holdout, so the two
splits' templates draw different names and negatives.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pool_names import Pools, names_from

FIRST = {
    "se": ("Annika", "Roger", "Therese", "Pontus", "Lisbeth", "Kenneth", "Jessica", "Mikael",
           "Carina", "Tobias"),
    "d": ("Tina", "Henry", "Molly", "Charlie", "Mandy", "Jack", "Lucy", "Gina", "Mary",
          "Tiny"),
    "w": ("Storm", "Ylva", "Alf", "Sigge", "Dag", "Vilja", "Rune", "Frej", "Hedda", "Lärka"),
    "fi": ("Jouni", "Pirkko", "Sami", "Marjatta", "Teemu", "Leena", "Arto", "Satu"),
    "hr": ("Dragan", "Jelena", "Zoran", "Snježana", "Goran", "Vesna", "Marko", "Ivana"),
    "ma": ("Youssef", "Khadija", "Rachid", "Nadia", "Karim", "Samira", "Hicham", "Loubna"),
    "cl": ("Rodrigo", "Camila", "Matías", "Francisca", "Cristóbal", "Javiera", "Felipe",
           "Constanza"),
    "pt": ("João", "Mariana", "Thiago", "Beatriz", "Rafael", "Luana", "Gustavo", "Inês"),
    "de": ("Jannik", "Lena", "Torben", "Svenja", "Malte", "Kerstin", "Jörg", "Anke"),
}
LAST = {
    "se": ("Fredriksson", "Holmqvist", "Nyström", "Sandberg", "Lundgren", "Blom", "Wallin",
           "Hedberg", "Boström", "Ekdahl"),
    "d": ("Brown", "White", "Glass", "Crystal", "Rock", "Snow", "Candy", "Speedie", "Bean",
          "Pillai"),
    "w": ("Storm", "Sten", "Flod", "Dal", "Björk", "Hav", "Rask", "Mård", "Kron", "Gran"),
    "fi": ("Mäkinen", "Virtanen", "Korhonen", "Leinonen", "Halonen", "Kettunen", "Saarinen",
           "Turunen"),
    "hr": ("Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Petrović", "Knežević"),
    "ma": ("El Idrissi", "Benali", "Amrani", "Bouzid", "Haddad", "Tazi", "Chaoui", "Mansouri"),
    "cl": ("González Soto", "Muñoz", "Rojas Díaz", "Contreras", "Sepúlveda", "Araya",
           "Fuentes Vera", "Valenzuela"),
    "pt": ("Silva", "Oliveira", "Costa Pereira", "Almeida", "Ferreira", "Rodrigues", "Souza",
           "Carvalho"),
    "de": ("Schröder", "Krüger", "Hoffmann", "Becker", "Schulz", "Wagner", "Neumann",
           "Zimmermann"),
}
STREETS = ("Bangatan", "Fjärde Långgatan", "Möllevångsgatan", "Folkungagatan", "Tredje Långgatan",
           "Södra Förstadsgatan", "Skånegatan", "Västra Hamngatan", "Ringvägen", "Norra Vallgatan")
TOWNS = ("414 60 Göteborg", "214 20 Malmö", "116 29 Stockholm", "753 21 Uppsala",
         "602 24 Norrköping", "413 04 Göteborg", "211 43 Malmö", "118 25 Stockholm")
NEGATIVES = {
    "drug": ("GHB", "GBL", "3-MMC", "2C-B", "ketamin", "mefedron", "tusi", "DMT", "LSD",
             "kokain", "amfetamin", "metamfetamin"),
    "medbrand": ("Xanor", "Rohypnol", "Stesolid", "Subutex", "Suboxone", "Metadon",
                 "Oxynorm", "Citodon", "Tradolan", "Lyrica", "Imovane", "Propavan"),
    "street": ("Tina", "Charlie", "Molly", "Mandy", "Gina", "Henry", "Jack", "Lucy",
               "Special K", "Mary Jane", "Kristall", "Vanilla", "Snö", "Keta", "Tjack",
               "Pirri"),
    "stamp": ("Tesla", "Rolex", "Blue Punisher", "Pink Superman", "Heineken", "Red Bull",
              "Philipp Plein", "Domino", "Mitsubishi", "Bart Simpson", "Batman", "Hello Kitty"),
    "cocktail": ("Calvin Klein", "Hugo Boss", "Kitty Flip", "Candy Flip", "Nexus Flip",
                 "Sextasy", "Tuesday"),
    "place": ("Mölleplatsen", "Järntorget", "Plattan", "Nordstan", "Stortorget", "Heden",
              "Möllan", "Slussen"),
    "org": ("Brukarföreningen Väst", "Stödlinjen", "RFHL", "Sprutbytet", "Beroendemottagningen",
            "Smittskydd", "Polisen", "Socialtjänsten"),
    "event": ("Way Out West", "Sthlm Fields", "Summerburst", "Lollapalooza", "Pride",
              "Kulturnatten", "Internationella överdosdagen", "Valborg"),
    "venue": ("Trädgår'n", "Nefertiti", "Slakthuset", "Kulturhuset", "Plan B", "Hamnmagasinet",
              "Vågen", "Stora Scen"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "september", "oktober"),
    "public": ("112", "1177", "114 14", "010-456 67 00"),
}
DRUG_POOLS = ("drug", "medbrand", "street", "stamp", "cocktail")
POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES)
Names = names_from(POOLS)
