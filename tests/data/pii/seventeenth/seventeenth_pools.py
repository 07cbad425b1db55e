"""Names and hard negatives for the seventeenth corpus's templates.

`Names(rng, split)` serves «first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN»
(register style, `EFTERNAMN, Förnamn`), «street», «address» and «neg POOL» tokens through the
shared `../pool_names.py`. Names come in the scripts their bearers write them in: `sx` is
Swedish typed on a phone without å, ä, ö; `uk` and `ru` are Cyrillic, `ar` Arabic and `fa`
Persian script, `el` Greek, `ti` Ge'ez (Tigrinya), `th` Thai; `ua` and `arl` the same
languages in Latin letters. Every pool is halved: even entries for dev, odd entries for
holdout, so the two splits' templates draw different names and negatives.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pool_names import Pools, names_from

FIRST = {
    "se": ("Ingela", "Rasmus", "Marita", "Pontus", "Jessica", "Tobias", "Annika", "Fredrik"),
    "sx": ("Asa", "Goran", "Bjorn", "Marten", "Ake", "Soren", "Lotta", "Orjan"),
    "ua": ("Olena", "Taras", "Iryna", "Bohdan", "Nataliia", "Andrii", "Svitlana", "Dmytro"),
    "uk": ("Олена", "Тарас", "Ірина", "Богдан", "Наталія", "Андрій", "Світлана", "Дмитро"),
    "ru": ("Екатерина", "Сергей", "Ольга", "Алексей", "Татьяна", "Михаил", "Анастасия",
           "Владимир"),
    "ar": ("أحمد", "فاطمة", "محمود", "ريم", "خالد", "سلمى", "يوسف", "هدى"),
    "arl": ("Mahmoud", "Rana", "Bilal", "Ghada", "Samer", "Lina", "Tariq", "Dalia"),
    "fa": ("مریم", "رضا", "شیرین", "بهرام", "نگار", "کامران", "پریسا", "داریوش"),
    "el": ("Γιώργος", "Ελένη", "Νίκος", "Δήμητρα", "Κώστας", "Κατερίνα", "Σπύρος", "Σοφία"),
    "ti": ("ሰላም", "ዳዊት", "ሳባ", "ዮናስ", "ሉዋም", "ፍሊሞን", "ኤልሳ", "ሚካኤል"),
    "th": ("สมชาย", "มาลี", "ณัฐพล", "วันเพ็ญ", "ธนากร", "สุดารัตน์", "อรุณ", "พิมพ์ชนก"),
}
LAST = {
    "se": ("Sandberg", "Lundmark", "Hedlund", "Wallin", "Ekberg", "Fransson", "Berggren",
           "Holmgren"),
    "sx": ("Lofgren", "Ostlund", "Akesson", "Bjorklund", "Hagglund", "Soderstrom", "Nasstrom",
           "Oberg"),
    "ua": ("Shevchuk", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk", "Lysenko",
           "Honcharenko", "Savchuk"),
    "uk": ("Шевчук", "Бондаренко", "Ткаченко", "Кравчук", "Мельник", "Лисенко", "Гончаренко",
           "Савчук"),
    "ru": ("Смирнова", "Кузнецов", "Попова", "Соколов", "Морозова", "Волков", "Лебедева",
           "Новиков"),
    "ar": ("الحسن", "العبيدي", "حداد", "الخطيب", "نصر", "الشامي", "عيسى", "منصور"),
    "arl": ("Al-Obaidi", "Haddad", "el-Khatib", "Nasser", "Al-Shami", "Issa", "Mansour",
            "Abu Hamdan"),
    "fa": ("رضایی", "حسینی", "احمدی", "موسوی", "جعفری", "صادقی", "نوری", "طاهری"),
    "el": ("Παπαδόπουλος", "Οικονόμου", "Αντωνίου", "Γεωργίου", "Καραγιάννης", "Βλάχου",
           "Μιχαηλίδης", "Πετρίδου"),
    "ti": ("ተስፋይ", "ገብረሂወት", "ኪዳነ", "ሃይለ", "በርሀ", "ወልዱ", "ተኽለ", "ዮውሃንስ"),
    "th": ("ศรีสุข", "ทองดี", "แก้วมณี", "บุญมา", "จันทร์เพ็ญ", "สายทอง", "วงศ์ใหญ่", "พรหมมา"),
}
STREETS = ("Sodra Vagen", "Jarnvagsgatan", "Hogbergsgatan", "Angpannegatan", "Backavagen",
           "Ostra Promenaden", "Klostergatan", "Norrlandsgatan", "Tradgardsgatan", "Kopmangatan")
TOWNS = ("Goteborg", "Norrkoping", "Jonkoping", "Vasteras", "Malmo", "Orebro", "Gavle",
         "Sodertalje")
NEGATIVES = {
    "drug": ("ترامادول", "трамадол", "ยาบ้า", "كبتاغون", "شیشه", "метадон", "ጫት", "Λυρικά",
             "прегабалин", "ترياك", "ยาไอซ์", "ηρωίνη"),
    "medbrand": ("Lyrica", "Xanor", "Imovane", "Stesolid", "OxyNorm", "Citodon", "Ketogan",
                 "Rivotril", "Theralen", "Atarax"),
    "street": ("tjack", "spice", "zolpi", "yaba", "bubbles", "kat", "lean", "zipper"),
    "stamp": ("Punisher", "Blue Dolphin", "Tesla", "Rolex", "M 30", "K9", "Red Bull", "OC 80"),
    "place": ("Харків", "Одеса", "Θεσσαλονίκη", "Χανιά", "ኣስመራ", "حلب", "شیراز", "เชียงใหม่",
              "Angered", "Biskopsgarden", "Rosengard", "Hjallbo"),
    "org": ("Migrationsverket", "Rada Korset", "Radda Barnen", "Arbetsformedlingen",
            "Forsakringskassan", "Hela Manniskan", "Caritas", "Socialtjansten"),
    "holiday": ("Ramadan", "عيد الفطر", "Nowruz", "نوروز", "Великдень", "Πάσχα", "ጥምቀት",
                "Songkran", "Meskel", "Yalda"),
    "dish": ("souvlaki", "moussaka", "Tom Yam", "injera", "shawarma", "борщ", "ghormeh sabzi",
             "pad kra pao"),
    "weekday": ("mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag",
                "mandag"),
    "month": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti"),
    "public": ("112", "1177", "114 14", "010-456 67 00"),
}
DRUG_POOLS = ("drug", "medbrand", "street", "stamp")
POOLS = Pools(first=FIRST, last=LAST, streets=STREETS, towns=TOWNS, negatives=NEGATIVES)
Names = names_from(POOLS)
