"""Cue words: the policy of the scanner, as tables.

A cue is matched against the lower-cased words just before a candidate, by prefix or suffix,
so `pnr:`, `personnumret` and `mobilnr` all count. Swedish first, English after.
"""

from __future__ import annotations

# Words that make a number a personnummer even when its checksum fails.
ID_CUES = frozenset({
    "pnr", "p-nr", "personnum", "personnr", "pers.nr", "persnr", "pers.nummer",
    "samordningsn", "samordningsnr", "födelsenummer", "id-nummer", "id-nr", "idnr",
    "ssn", "personal", "identity", "person",
})

# Words that make a number something else: case, diary, lab, organisation, invoice numbers.
ID_NEGATIVE_CUES = frozenset({
    "dnr", "d.nr", "diarie", "diarienummer", "ärende", "ärendenr", "ärendenummer", "mål",
    "målnummer", "lab", "labnr", "provnr", "provnummer", "remiss", "remissnr", "beslag",
    "beslagsnr", "k-nr", "anmälan", "anmälningsnr", "org", "org.nr", "orgnr", "organisationsn",
    "faktura", "fakturanr", "order", "ordernr", "kundnr", "kundnummer", "ocr", "referens",
    "ref", "bg", "pg", "bankgiro", "plusgiro", "case", "reference", "invoice", "batch", "lot",
})

PHONE_CUES = frozenset({
    "tel", "telefon", "mobil", "mob", "nr", "nummer", "ring", "sms", "växel", "vxl", "direkt",
    "phone", "call", "cell", "fax",
})

# Words before a capitalised or lower-case word that make it a person's name.
PERSON_CUES = frozenset({
    "klient", "klienten", "patient", "patienten", "pat", "brukare", "brukaren", "kund",
    "kunden", "ungdom", "ungdomen", "pojken", "flickan", "killen", "tjejen", "mannen",
    "kvinnan", "sonen", "dottern", "mamma", "mamman", "pappa", "pappan", "mor", "modern",
    "far", "fadern", "bror", "brodern", "brorsan", "syster", "systern", "syrran", "morfar",
    "farfar", "mormor", "farmor", "farbror", "morbror", "moster", "faster", "kusin",
    "kusinen", "sambo", "sambon", "flickvän", "flickvännen", "pojkvän", "pojkvännen",
    "partner", "maken", "make", "hustru", "hustrun", "fru", "frun", "vän", "vännen",
    "kompis", "kompisen", "kamrat", "kamraten", "granne", "grannen", "heter", "hette",
    "kallas", "kallad", "kallade", "alias", "namn", "namnet", "handläggare", "handläggaren",
    "socialsekreterare", "socialsekreteraren", "sjuksköterska", "sjuksköterskan",
    "ssk", "läkare", "läkaren", "dr", "doktor", "kurator", "kuratorn", "polis", "polisen",
    "inspektör", "kommissarie", "kontaktperson", "kontaktpersonen", "kontakt",
    "hälsningar", "hälsning", "mvh", "vänliga", "med", "från", "till", "hej", "hejsan",
    "tack", "träffade", "träffat", "mötte", "mött", "pratade", "pratat", "ringde",
    "misstänkt", "misstänkte", "anhörig", "anhörige", "förälder", "vårdnadshavare",
    "gode", "förvaltare", "ombud", "tolk", "tolken", "elev", "eleven",
    "client", "patient", "mr", "mrs", "ms", "miss", "named", "called", "regards", "dear",
})
