# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the eleventh corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("service-station", "motorway-service-station", "sv", """\
AVVIKELSE – {{Rastplats Getå}} {{E4}} norrgående, {{«neg weekday»}} nattpass
Städaren [[PERSON:«name se»]] hittade i herrtoaletten folieark, ett sugrör och en påse märkt "{{drug:«neg street»}}". Bredvid låg en tom kartong {{drug:«neg brand»}}.
En lastbilschaufför, [[PERSON:«name lt»]] ([[PLATE:«plate»]]), sa att han sett en man dela ut piller med {{drug:«neg stamp»}}-tryck vid dieselpumparna. Ring honom på [[PHONE:«phone mob»]] om polisen vill ha vittnesuppgift.
Anmält till {{«neg org»}}, ärende {{K-2026-118734}}. Nattansvarig: [[PERSON:«first se»]]
"""),
    ("cargo-ops", "cargo-airline-ground-ops", "en", """\
Ground Ops Irregularity Report – flight {{NX 4410}} {{LLA}}–{{LEJ}}, {{«neg weekday»}}
During loading, handler [[PERSON:«name fi»]] noticed a torn parcel (AWB {{176-44810392}}) leaking white powder. Customs ({{«neg org»}}) field-tested it: presumptive {{drug:«neg nps»}}. Consignor on the label: [[PERSON:«name ng»]], [[ADDRESS:«address»]], tel [[PHONE:«phone intl»]].
A second box held blister packs of {{drug:«neg brand»}} and pills stamped {{drug:«neg stamp»}}.
Shift lead: [[PERSON:«name se»]] ([[EMAIL:groundops.lla@cargo.example.com]]). Next review in {{«neg month»}}.
"""),
    ("hvb-night", "hvb-night-staff", "sv", """\
Nattrapport HVB {{Granbacken}} – {{«neg weekday»}} 22.00–07.00
Ungdomen [[PERSON:«first iq»]] ([[ID_NUMBER:«pnr 10- young maybe»]]) kom tillbaka 23.40 efter permission, vidgade pupiller, pratade om "{{drug:«neg street»}}". Vid visitation hittades två tabletter {{drug:«neg stamp»}}.
Ringde jourhavande socialsekreterare [[PERSON:«name se»]] och vårdnadshavare [[PERSON:«name iq»]] på [[PHONE:«phone mob»]]. Kontakt med {{«neg org»}} enligt rutin. Behandlaren {{«neg service»}} ej aktuellt.
/[[PERSON:«first se»]], nattpersonal
"""),
    ("marketplace", "marketplace-moderator", "en", """\
Trust & Safety ticket {{TS-88213}} – listing removed
Listing "{{Vintage Vespa-hjälm}}" in category {{Fordonstillbehör}} was a cover for selling {{drug:«neg brand»}} and "{{drug:«neg street»}}". Seller account: [[PERSON:«name tr»]], [[EMAIL:«first tr».«last tr»@mail.example.net]], logged in from [[IP:«ip»]].
Buyer messages mention {{drug:«neg nps»}} and shipping to {{«neg place»}}. Payout IBAN [[IBAN:«iban SE»]] frozen.
Escalated to {{«neg org»}} by [[PERSON:«first se»]] (T&S Stockholm).
"""),
    ("dog-sitting", "dog-sitting-app-support", "sv", """\
Hej [[PERSON:«first se»]]!
Tack för din rapport via appen. Vår hundvakt [[PERSON:«name th»]] skriver att hunden {{Sixten}} åt något i hallen hos kunden [[PERSON:«name se»]] på [[ADDRESS:«address»]] – det visade sig vara en tablett {{drug:«neg brand»}} och rester av "{{drug:«neg street»}}". Veterinären i {{«neg place»}} gav kol.
Ärendet har nummer {{HV-30417}}. Ring oss gärna på [[PHONE:«phone land»]] om du har frågor.
Med vänliga hälsningar, Kundtjänst {{Tassvakten}}
"""),
    ("orchestra", "orchestra-musicians", "mixed", """\
Till orkesterstyrelsen / to the board
Inför {{«neg event»}} har flera musiker frågat om {{drug:«neg brand»}} mot scenskräck. [[PERSON:«name cl»]] (viola) told me she got betablockers from a colleague, and [[PERSON:«first se»]] in the brass section says someone offered "{{drug:«neg street»}}" after the {{Sibelius 2}} concert in {{«neg place»}}.
Vi föreslår att {{«neg org»}} bjuds in. Contact: [[PERSON:«name hr»]], [[EMAIL:musikerklubben@orkester.example.org]], [[PHONE:«phone mob»]].
"""),
    ("ice-cream-van", "ice-cream-van", "sv", """\
Turrapport {{Glassbilen}} – {{«neg weekday»}}, tur {{Öst 4}}
Vid hållplatsen på [[ADDRESS:«address»]] frågade en kille om vi "hade {{drug:«neg street»}}" i stället för {{Daim}}-strut. Kompisen kallade honom [[PERSON:«first tr»]]. En förälder, [[PERSON:«name se»]] ([[PHONE:«phone mob»]]), såg honom visa upp tabletter med {{drug:«neg stamp»}}-tryck.
Föraren [[PERSON:«name fi»]] har meddelat {{«neg org»}}. Glasbilen [[PLATE:«plate»]] står i {{«neg place»}} över natten.
"""),
    ("mens-crisis", "mens-crisis-centre", "sv", """\
Samtalsanteckning {{Mansjouren}} – jourtelefon
Mannen presenterade sig som [[PERSON:«name er»]], född [[DATE_OF_BIRTH:«dob sv»]]. Berättar att han tar {{drug:«neg brand»}} utan recept och ibland "{{drug:«neg street»}}" för att sova sedan separationen från [[PERSON:«first er»]].
Hänvisad till {{«neg service»}} och beroendemottagningen i {{«neg place»}}. Vill bli uppringd på [[PHONE:«phone mob»]].
Jourhavande: [[PERSON:«first se»]]
"""),
]
