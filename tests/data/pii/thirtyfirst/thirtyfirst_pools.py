"""Names and hard negatives for the thirty-first corpus's templates.

`NAMES(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Every pool is halved: even entries for dev, odd entries for holdout,
so the two splits' templates draw different names and negatives. The negatives are what the
paperwork of rescue, security and defence is full of: the Swedish spelling alphabet's given
names used as letters, call signs, rescue boats and helicopters named after donors, exercises
and operations with names, regiments, barracks and fire stations named after persons, grid
references, incident and order numbers, antidotes and adrenaline pens, and the drugs met on duty.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Birgitta", "Kenneth", "Marie", "Stefan", "Pernilla", "Roger", "Åsa", "Tommy",
           "Jenny", "Mikael", "Sofia", "Rickard", "Ebba", "Anders", "Ylva", "Dennis"),
    "fi": ("Sirpa", "Jarmo", "Tuula", "Pekka", "Riikka", "Juha", "Hanna", "Ville"),
    "ua": ("Oksana", "Taras", "Iryna", "Bohdan", "Olena", "Andrii", "Nataliia", "Serhii"),
    "so": ("Hodan", "Abdirahman", "Fadumo", "Mahad", "Ifrah", "Liban", "Sahra", "Guled"),
    "af": ("Zahra", "Mustafa", "Fereshta", "Jawad", "Marzia", "Sohrab", "Nilofar", "Hamid"),
    "cl": ("Valentina", "Matías", "Camila", "Rodrigo", "Fernanda", "Cristóbal", "Javiera",
           "Ignacio"),
}
LAST = {
    "se": ("Wallin", "Holmgren", "Sjöberg", "Bergkvist", "Nyström", "Lindqvist", "Håkansson",
           "Eklund", "Fransson", "Sundqvist", "Isaksson", "Blom", "Hedman", "Norberg",
           "Ekström", "Palm"),
    "fi": ("Heikkinen", "Koskinen", "Laaksonen", "Salminen", "Hämäläinen", "Lehtonen",
           "Niemi", "Virtanen"),
    "ua": ("Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk", "Kravets",
           "Hrytsenko", "Lysenko"),
    "so": ("Warsame", "Jama", "Farah", "Hirsi", "Abdi", "Egal", "Nur", "Osman"),
    "af": ("Rahimi", "Hosseini", "Sultani", "Noori", "Karimi", "Ahmadi", "Wardak", "Sharifi"),
    "cl": ("Fuentes", "Araya", "Contreras", "Sepúlveda", "Muñoz", "Valenzuela", "Rojas",
           "Espinoza"),
}
STREETS = ("Regementsgatan", "Brandstationsvägen", "Lotsgatan", "Kasernvägen", "Vaktgatan",
           "Sjöräddningsvägen", "Ambulansvägen", "Garnisonsgatan", "Skyddsrumsgatan",
           "Fyrvaktargränd", "Larmvägen", "Bastionsgatan")
TOWNS = ("371 34 Karlskrona", "961 36 Boden", "541 30 Skövde", "745 37 Enköping",
         "302 41 Halmstad", "981 33 Kiruna", "271 39 Ystad", "881 30 Sollefteå",
         "575 31 Eksjö", "291 32 Kristianstad", "645 30 Strängnäs", "933 33 Arvidsjaur")
NEGATIVES = {
    "spell": ("Adam Bertil", "Cesar David", "Erik Filip", "Gustav Helge", "Ivar Johan",
              "Kalle Ludvig", "Martin Niklas", "Olle Petter", "Rudolf Sigurd", "Tore Urban",
              "Viktor Wilhelm", "Xerxes Yngve"),
    "callsign": ("Alfa 2-10", "Räddning 2010", "Bravo 31", "Larm 4", "Vakt 12",
                 "Sierra 1-4", "Delta 23", "Hotell 6", "Ambulans 9120", "Polis 4510"),
    "boat": ("Rescue Agnes Wahlberg", "Rescue Helge Axelsson Johnson", "Rescue Sigrid Ekdahl",
             "Rescue Carl-Otto", "Rescue Margit Holmér", "Rescue Bertil Östling"),
    "exercise": ("Övning Aurora", "Övning Nordanvind", "Övning Vintersol", "Övning Kraken",
                 "Operation Sälen", "Övning Tor", "Övning Freja", "Övning Gylfe"),
    "unit": ("Norrlands dragonregemente", "Kronobergs regemente", "Skaraborgs regemente",
             "Prins Eugens kasern", "Livgardet", "Karl XI:s kasern", "Amfibieregementet",
             "Gustav Adolfs kasern"),
    "station": ("brandstation Oskar", "station Carl Gustaf", "Brandstation Lyckeby",
                "station Gustavsvik", "Brandstation Margretelund", "station Sankt Anna"),
    "grid": ("RT90 6589412 1497832", "SWEREF 6402113 509877", "N 56°09.2' E 15°35.6'",
             "MGRS 33V WE 1234 5678", "N 67°51' E 20°13'", "rutnät K7"),
    "incident": ("ärende 2026-04417", "händelse 531-1204", "insats 26-0918", "AO 7731",
                 "IR 2026/0412", "order 55-210"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndagen"),
    "street": ("spice", "pregga", "oxy", "koks", "tjack", "GHB", "benzo", "ketamin"),
    "substance": ("fentanyl", "heroin", "kokain", "amfetamin", "nitazener", "metamfetamin",
                  "buprenorfin", "oxikodon"),
    "brand": ("Nyxoid", "Naloxon B. Braun", "EpiPen", "Jext", "Stesolid", "Buccolam",
              "Anapen", "Oxynorm"),
}
DRUG_POOLS = ("street", "substance", "brand")
NAMES = names_from(Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS,
                         negatives=NEGATIVES))
