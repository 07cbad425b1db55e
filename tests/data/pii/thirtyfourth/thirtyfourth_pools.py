"""Names and hard negatives for the thirty-fourth corpus's templates.

`NAMES(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Every pool is halved: even entries for dev, odd entries for holdout,
so the two splits' templates draw different names and negatives. The negatives are what the
paperwork of laboratories and research is full of: substances, precursors and reagents,
eponymous reactions and methods, instruments and rooms named after scientists, cell lines,
software, and sample, batch, lot, ethics and grant numbers.
"""

from __future__ import annotations

from pool_names import Pools, names_from

FIRST = {
    "se": ("Ylva", "Anton", "Sofie", "Rasmus", "Elin", "Joakim", "Therese", "Viktor",
           "Hanna", "Oskar", "Frida", "Gustav", "Moa", "Pontus", "Ida", "Albin"),
    "fi": ("Aino", "Jussi", "Satu", "Mikko", "Riikka", "Teemu", "Noora", "Ville"),
    "cn": ("Wei", "Xiaoling", "Jun", "Meiling", "Hao", "Yan", "Zhiwei", "Lan"),
    "in": ("Priya", "Arjun", "Deepa", "Rohit", "Kavitha", "Sandeep", "Ananya", "Vikram"),
    "de": ("Jana", "Tobias", "Katrin", "Florian", "Miriam", "Lukas", "Svenja", "Jonas"),
    "es": ("Lucía", "Javier", "Marta", "Diego", "Carmen", "Álvaro", "Inés", "Pablo"),
    "gr": ("Eleni", "Nikos", "Dimitra", "Giorgos", "Katerina", "Yannis", "Sofia", "Petros"),
}
LAST = {
    "se": ("Lindqvist", "Enström", "Hagberg", "Modig", "Sundqvist", "Bergkvist", "Tornberg",
           "Almgren", "Wahlström", "Nyström", "Ekdahl", "Forsberg", "Rydén", "Hallin",
           "Lövgren", "Stenhammar"),
    "fi": ("Korhonen", "Laaksonen", "Heikkilä", "Nieminen", "Salmi", "Rantanen", "Koskinen",
           "Lehtola"),
    "cn": ("Zhang", "Liu", "Chen", "Wang", "Huang", "Zhou", "Xu", "Sun"),
    "in": ("Raman", "Iyer", "Sharma", "Menon", "Nair", "Kulkarni", "Reddy", "Joshi"),
    "de": ("Köhler", "Brandt", "Winkler", "Lorenz", "Hartmann", "Vogel", "Seidel", "Krämer"),
    "es": ("García", "Morales", "Navarro", "Ruiz", "Castillo", "Ortega", "Vidal", "Serrano"),
    "gr": ("Papadopoulou", "Georgiou", "Nikolaidis", "Karras", "Vlachou", "Dimou",
           "Antoniou", "Pappas"),
}
STREETS = ("Kemistvägen", "Laborantgatan", "Reagensvägen", "Pipettgränd", "Kolvgatan",
           "Mikroskopvägen", "Spektralgatan", "Kristallvägen", "Provrörsgatan", "Destillatvägen")
TOWNS = ("752 37 Uppsala", "222 41 Lund", "413 90 Göteborg", "901 87 Umeå", "581 83 Linköping",
         "114 28 Stockholm", "702 81 Örebro", "971 87 Luleå", "352 52 Växjö", "851 70 Sundsvall")

NEGATIVES = {
    "substance": ("fentanyl", "ketamin", "MDMA", "psilocybin", "GHB", "mefedron", "alprazolam",
                  "karfentanil", "nitazen", "kokain", "amfetamin", "etizolam"),
    "precursor": ("efedrin", "safrol", "BMK", "GBL", "PMK-glycidat", "pseudoefedrin",
                  "4-ANPP", "norfentanyl"),
    "reagent": ("Marquis-reagens", "Mandelin-reagens", "Simon's reagent", "Ehrlich-reagens",
                "Dragendorffs reagens", "Fehlings lösning", "Tollens reagens", "Schiffs reagens"),
    "method": ("Grignard-reaktionen", "Kjeldahl-metoden", "Soxhlet-extraktion",
               "Michaelis-Menten-kinetik", "Western blot", "Bradford-metoden",
               "Diels-Alder-reaktionen", "Karl Fischer-titrering"),
    "instrument": ("Orbitrap Exploris 480", "Agilent 6546", "Bruker Avance III", "Xevo TQ-XS",
                   "QTRAP 6500+", "Thermo TSQ Altis", "Shimadzu Nexera", "Waters Acquity"),
    "room": ("Berzeliuslaboratoriet", "Svedbergsalen", "Ångströmsalen", "Scheele-labbet",
             "Celsiussalen", "Linnésalen", "Arrheniuslabbet", "Tiseliussalen"),
    "cell": ("HeLa", "HEK293", "CHO-K1", "SH-SY5Y", "Jurkat", "HepG2", "PC12", "MCF-7"),
    "software": ("LabVantage", "Chromeleon", "MassHunter", "Skyline", "GraphPad Prism",
                 "REDCap", "Benchling", "ChemDraw"),
    "sample": ("prov P-2026-0412", "prov P-2026-0877", "prov U-3391", "prov U-3402",
               "prov K-118-B", "prov K-120-A", "prov W-77/26", "prov W-81/26"),
    "lot": ("lot 2026-1184", "lot RM-5530", "batch B-4471", "batch B-4519", "lot 0923-A",
            "lot 0987-C", "batch 88-K", "batch 91-K"),
    "ethics": ("Dnr 2026-01842-01", "Dnr 2025-07713-02", "Dnr 2026-03390-01",
               "Dnr 2025-06121-02", "Dnr 2026-00417-01", "Dnr 2025-09944-01",
               "Dnr 2026-02205-02", "Dnr 2025-05518-01"),
    "grant": ("VR 2024-03318", "FORTE 2025-00412", "Formas 2023-01977", "VR 2025-01140",
              "FORTE 2024-01569", "CAN 2025-0087", "VR 2023-04421", "Formas 2024-02230"),
    "prize": ("Nobelföreläsningen", "Crafoordpriset", "Polhemspriset", "Scheelepriset",
              "Berzeliusmedaljen", "Linnémedaljen", "Celsiusmedaljen", "Arrheniusplaketten"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndag"),
    "dayen": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
              "Monday"),
    "unit": ("12 µg/L", "0,5 mg/ml", "250 ng/mL", "3,2 µM", "40 °C", "1,5 mL", "10 mM",
             "0,1 M HCl"),
}
DRUG_POOLS = ("substance", "precursor")

NAMES = names_from(Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS,
                         negatives=NEGATIVES))
