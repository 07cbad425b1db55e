"""Names and hard negatives for the fourteenth corpus's templates (served by `../pool_names.py`).

«first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN», «street», «address» and «neg POOL».
Every pool is halved: even entries for dev, odd entries for holdout. Some «last» pools hold
whole surname chains (Spanish double surnames, Dutch and German particles, Icelandic
patronymics, Ethiopian fathers' names) and the Chinese, Korean and Vietnamese pools are written
family name first in the templates («last cn» «first cn»).
"""

from __future__ import annotations

from pool_names import Pools

FIRST = {
    "se": ("Ebba", "Melker", "Tuva", "Arvid", "Saga", "Ture", "Nellie", "Folke", "Ines", "Ivar",
           "Märta", "Bror", "Stina", "Gunnar", "Rut", "Hugo"),
    "es": ("María José", "Juan Carlos", "Ainhoa", "Iker", "Maite", "Xabier", "Rocío", "Álvaro",
           "Nerea", "José Manuel"),
    "ar": ("Mohammed", "Muhammad", "Mohamad", "Fatima", "Abdullah", "Noor", "Yousef", "Amal",
           "Khaled", "Samira"),
    "cn": ("Wei", "Xiaoling", "Jun", "Meiying", "Hao", "Lan", "Min-jun", "Seo-yeon"),
    "vn": ("Thị Lan", "Văn Minh", "Thị Hoa", "Đức Anh", "Thanh Hương", "Quốc Bảo"),
    "th": ("Somchai", "Nattaya", "Kittipong", "Pimchanok", "Anurak", "Siriporn"),
    "id": ("Wayan", "Made", "Ketut", "Nyoman", "Putu", "Komang"),
    "pl": ("Paweł", "Małgorzata", "Grzegorz", "Joanna", "Tomasz", "Beata"),
    "de": ("Lukas", "Henrike", "Jonas", "Friederike", "Matthias", "Annelie"),
    "nl": ("Sander", "Femke", "Joost", "Marieke", "Bram", "Lotte"),
    "ie": ("Siobhán", "Ciarán", "Aoife", "Pádraig", "Niamh", "Declan"),
    "is": ("Guðrún", "Sigurður", "Katrín", "Einar", "Ásdís", "Halldór"),
    "et": ("Selamawit", "Tesfaye", "Meron", "Dawit", "Hiwot", "Yonas"),
    "lc": ("ebba", "arvid", "tuva", "ivar", "saga", "folke", "ines", "ture"),
}
LAST = {
    "se": ("Åkerlund", "Sandell", "Hedin", "Vall", "Bäckström", "Lind", "Frost", "Palm",
           "Axelsson", "Borg", "Krona", "Rosén", "Udd", "Mård"),
    "es": ("García López", "Fernández de la Cruz", "Ruiz Ortega", "Martín-Sánchez",
           "Iglesias Soto", "del Río Navarro", "Gómez Pardo", "Vidal i Puig", "Ortiz Cano",
           "Blanco Herrera"),
    "ar": ("al-Tamimi", "bin Saleh", "Abu Hamdan", "El-Masri", "ibn Rashid", "Al Khatib",
           "Haddadin", "al-Jaziri", "Nasrallah", "Bou Saab"),
    "cn": ("Zhang", "Liu", "Chen", "Huang", "Kim", "Park", "Lee", "Choi"),
    "vn": ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"),
    "th": ("Srisuk", "Wongsakul", "Chaiyaporn", "Rattanakorn", "Boonmee", "Thongdee"),
    "id": ("Sudarsana", "Wijaya", "Putra", "Santoso", "Suryani", "Adnyana"),
    "pl": ("Nowak", "Wójcik", "Lewandowska", "Kamiński", "Zielińska", "Dudek"),
    "de": ("von Hagen", "Brandt", "zu Sayn", "Meißner", "von der Heide", "Kühn"),
    "nl": ("van der Berg", "de Vries", "van Dijk", "ter Horst", "van den Broek", "de Jong"),
    "ie": ("O'Sullivan", "McCarthy", "MacNamara", "O'Dea", "Ní Bhriain", "Mc Donagh"),
    "is": ("Jónsdóttir", "Einarsson", "Sigurðardóttir", "Gunnarsson", "Björnsdóttir",
           "Ólafsson"),
    "et": ("Tesfaye", "Gebremedhin", "Alemu", "Haile", "Wolde", "Bekele"),
    "lc": ("akerlund", "sandell", "hedin", "vall", "backstrom", "lind", "frost", "palm"),
}
STREETS = ("Kungsbacka gränd", "Sjömansgatan", "Hamnvägen", "Ankargatan", "Karl Johans gata",
           "Fyrvaktarvägen", "Linnégatan", "Skepparbacken", "Birger Jarlsgatan", "Seglarvägen",
           "Kompassgatan", "Strandpromenaden")
TOWNS = ("Helsingborg", "Halmstad", "Haparanda", "Trelleborg", "Ystad", "Kiruna", "Strömstad",
         "Arvika", "Nynäshamn", "Motala", "Gävle", "Kalmar")
NEGATIVES = {
    "brand": ("Rivotril", "Tafil", "Tramal", "Valium", "Lexatin", "Orfidal", "Xanax XR",
              "Trankimazin", "Dormicum", "Codipront", "Actifed Compound", "Tosseina",
              "Durogesic", "Tranxilium", "Noctamid", "Stilnox", "Rohypnol", "Vivinox"),
    "street": ("tusi", "pink cocaine", "keta", "special K", "yaba", "ya ice", "nose candy",
               "kush", "flakka", "Mandy", "Tina", "hielo", "farlopa", "perico", "GHB-shot",
               "pingers", "Charlie", "molly"),
    "stamp": ("Tesla", "Red Bull", "Blue Punisher", "Philipp Plein", "Rolex", "Супермен",
              "Louis Vuitton", "Mr. Bean", "Heineken", "Donkey Kong"),
    "place": ("Patong", "Kuta", "Seminyak", "Magaluf", "Benidorm", "Torremolinos",
              "Ko Pha-ngan", "Kreuzberg", "De Wallen", "Gili Trawangan", "San Antonio",
              "Sant Josep", "Nuevo Portil", "Puerto Banús", "Vang Vieng", "Warschau-Praga"),
    "hospital": ("Hospital Quirónsalud Marbella", "Bangkok Hospital Phuket",
                 "Charité Campus Mitte", "BIMC Hospital Kuta", "Hospital Can Misses",
                 "OLVG Oost", "Vejthani Hospital", "Sant Joan de Déu"),
    "agency": ("Sundhedsstyrelsen", "THL", "Folkehelseinstituttet", "Terviseamet",
               "Trimbos-instituut", "Energy Control", "Bundeskriminalamt", "Guardia Civil",
               "Krajowe Centrum", "Drug Enforcement Administration"),
    "club": ("Real Betis", "Atlético Madrid", "Ajax", "Hertha BSC", "Celtic", "Legia Warszawa",
             "Brøndby", "Rosenborg", "Sevilla FC", "Union Berlin"),
    "festival": ("Primavera Sound", "Full Moon Party", "Sónar", "Roskilde", "Fusion",
                 "Mysteryland", "Open'er", "Glastonbury", "Øya", "Weekend Festival"),
    "hotel": ("Hotel Don Pepe", "Hotel Adlon", "Rosa Maria Apartments", "Villa Wayan",
              "Sir Adam", "Hotel Pestana", "Casa Carmen", "Bamboo Sanctuary"),
    "service": ("112", "1177", "114 14", "010-456 67 00", "+46 8 405 50 05", "020-84 44 48",
                "116 111"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti"),
    "weekday": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
                "måndag"),
}
DRUG_POOLS = ("brand", "street", "stamp")
POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES)
