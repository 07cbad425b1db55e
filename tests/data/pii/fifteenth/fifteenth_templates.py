# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the fifteenth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`). Each situation is
text a machine has handled: OCR, speech-to-text, a chat export, a CSV paste, PDF-to-text, machine
translation, a ticket system's notification, a mail gone through the wrong character set.
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("fax-ocr", "social-services-archive-digitisation", "sv", """\
-- OCR-text (Abbyy), sida 1 av 2, inskannad från fax --
SOCIALTJANSTEN / INDIVID- OCH FAMILJEOMSORG
Ang: [[PERSON:«name se ocr»]] , pnr [[ID_NUMBER:«pnr ocrsp maybe»]]
Klienten uppger bruk av {{drug:«neg ocrdrug»}} samt "{{drug:«neg street»}}" . Provsvar fr. {{«neg org»}} visar {{drug:«neg nps»}}.
Kontaktperson: [[PERSON:«first se» «last se ocr»]], tfn [[PHONE:«phone ocr»]]
Dnr {{SN 2026/0418}}  Fax-id {{FX-0418-22}} ~~ sid 1/2 ~~
"""),
    ("roadside-voicemail", "roadside-assistance-voicemail", "sv", """\
[Röstbrevlåda – automatisk transkribering, säkerhet: låg]
hej det är [[PERSON:«name se lower»]] jag ringer från bärgningsbilen vi har hämtat en bil vid {{«neg place»}} och i handskfacket låg det en påse med {{drug:«neg street»}} och en ask {{drug:«neg brand»}} föraren heter [[PERSON:«name pl lower»]] han sa att ni kan nå honom på [[PHONE:«phone words»]] ärendet hos oss är {{BÄ 55 10 92}} ring mig tillbaka på samma nummer tack hej
"""),
    ("moving-chat", "moving-company-whatsapp-export", "sv", """\
[«neg weekday #d» 07:42] [[PERSON:«first ua #w»]] Flyttgänget: Hej chefen, hos kunden [[PERSON:«name se»]] på [[ADDRESS:«address»]] hittade vi i garderoben massa tabletter {{drug:«neg stamp»}} och en burk {{drug:«neg nps»}}
[«#d» 07:44] [[PERSON:«first se #o»]] (kontor): Rör inget. Ring kunden [[PHONE:«phone mobsp»]]
[«#d» 07:51] [[PERSON:«#w»]] Flyttgänget: ok. han säger "det är min brors", brodern heter [[PERSON:«name se»]]
[«#d» 08:03] [[PERSON:«#o»]] (kontor): Anmält till {{«neg org»}}, order {{FL-220914}}
"""),
    ("staffing-csv", "staffing-agency-shift-export", "sv", """\
Hej! Här är listan från systemet (klistrad från Excel), de två markerade nekade drogtest i tisdags:
namn;personnummer;telefon;kund;pass;provsvar
[[PERSON:«reg se»]];[[ID_NUMBER:«pnr 10- maybe»]];[[PHONE:«phone mobc»]];{{Lager Syd}};06-14;neg
[[PERSON:«reg ba»]];[[ID_NUMBER:«pnr under maybe»]];[[PHONE:«phone intl»]];{{Lager Syd}};14-22;POS {{drug:«neg nps»}}
[[PERSON:«reg gr»]];[[ID_NUMBER:«pnr 12- snr maybe»]];[[PHONE:«phone mob»]];{{Terminal 3}};22-06;POS {{drug:«neg brand»}}
Artikel {{40-1120-07}} (testkassett) är slut. /[[PERSON:«first se»]], bemanning
"""),
    ("drugtest-pdf", "workplace-drug-testing-pdf", "sv", """\
ANALYSRAPPORT – urinprov (konverterad från PDF)
Provgivare: [[PERSON:«name ir»]] Födelsedatum: [[DATE_OF_BIRTH:«dob iso»]] Provnr: {{U-26-
0048813}} Arbetsgivare: {{«neg place»}} Service AB
Resultat: positivt för bensodia-
zepiner ({{drug:«neg brand»}}) och {{drug:«neg nps»}}; negativt för amfeta-
min. Ansvarig läkare: Dr [[PERSON:«name se»]], leg. nr {{0412 887}}
Sida 1 (2) – utskriven {{«neg weekday»}} via {{«neg software»}}
"""),
    ("mt-letter", "sawmill-machine-translated-letter", "sv", """\
[Översatt från polska av Google Översätt]
Bästa arbetsledare [[PERSON:«first se»]],
Jag, [[PERSON:«name pl»]], skriver angående min kollega [[PERSON:«name pl»]] från skift B. Han tar {{drug:«neg brand»}} som inte är hans och sedan driver han trucken. I påsen har han också "{{drug:«neg street»}}". Jag vill inte att det blir olycka på sågverket som i {{«neg month»}}.
Mitt telefon är [[PHONE:«phone intl0»]]. Skriv inte mitt namn till honom tack.
"""),
    ("locker-ticket", "parcel-locker-support-ticket", "en", """\
[#{{PL-771204}}] New reply from customer — do not reply below this line
> Status: Escalated | Locker {{«neg place»}} #14 | Priority: High
Customer [[PERSON:«first sy #f» «last sy»]] ([[EMAIL:«#f».k at example dot com]]) writes: "the compartment smelled of chemicals and there was a bag of {{drug:«neg nps»}} pills stamped {{drug:«neg stamp»}} in it, not my parcel"
Agent note ([[PERSON:«first se»]]): sender on waybill is [[PERSON:«name ee»]], phone [[PHONE:«phone ukintl»]]. Forwarded to {{«neg org»}}.
"""),
    ("mojibake-webshop", "supplement-webshop-mojibake", "sv", """\
Ã„rende frÃ¥n kundtjÃ¤nst, order {{#558 204}}
Kunden [[PERSON:«first se» MÃ¥rtensson]] (kund-id {{100 448 213}}) klagar pÃ¥ att burken "Pre-Workout {{Thor}}" smakade konstigt. Labbet hittade {{drug:«neg nps»}}. Leveransadress: [[ADDRESS:«address»]]&nbsp;<br>
Tel: [[PHONE:«phone mob»]] &middot; E-post: [[EMAIL:«first se».mar@example.org]]
/&nbsp;[[PERSON:«name gr»]], kvalitet
"""),
]
