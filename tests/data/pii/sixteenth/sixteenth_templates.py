# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the sixteenth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("sameby-office", "sameby-office-secretary", "sv", """\
Från samebyns kansli, {{«neg weekday»}}
Hej! Vid rengärdet vid {{«neg place»}} hittade [[PERSON:«name sa»]] i går en plastpåse med tabletter ({{drug:«neg medbrand»}}) och ett kort med "{{drug:«neg street»}}" skrivet på. Renen {{«neg animal»}} hade tuggat på påsen men mår bra.
Vi har meddelat {{«neg org»}}. Renmärke {{nr 1127}} i registret, skoter {{«neg brand»}} stod parkerad vid {{«neg lake»}}. Kontaktperson i byn är [[PERSON:«name se»]], [[PHONE:«phone north»]].
Giitu, [[PERSON:«first sa»]] på kansliet
"""),
    ("mine-health", "mine-occupational-health-nurse", "sv", """\
Företagshälsan – journalanteckning (utdrag till VSN, avidentifierat i övrigt)
Provtagning efter tillbud i gruvan vid {{«neg place»}}. Medarbetaren [[PERSON:«reg se»]], [[ID_NUMBER:«pnr 12- maybe»]], positiv för {{drug:«neg nps»}}; uppger att han fått "{{drug:«neg stamp»}}"-tabletter av en arbetskamrat. Receptbelagt: {{drug:«neg medbrand»}}.
Närmaste chef [[PERSON:«name tf»]] informerad {{«neg weekday»}}. Skyddsombud [[PERSON:«name bs»]] nås på [[PHONE:«phone mob»]]. Ärende {{FHV-2026-0412}}, uppföljning i {{«neg month»}}.
"""),
    ("village-shop", "village-shop-pharmacy-agent", "sv", """\
Hej Apoteket!
Som apoteksombud här i {{«neg place»}} vill jag rapportera: en kund, [[PERSON:«name se»]] på [[ADDRESS:«address»]], hämtade ut {{drug:«neg medbrand»}} åt sin granne [[PERSON:«name tf»]] men fullmakten såg konstig ut. Dagen efter låg en påse "{{drug:«neg street»}}" på trappan bakom butiken.
Jag har sparat kvittot ({{kvitto 44871}}). Ring mig på [[PHONE:«phone mobsp»]] – butiken stänger 18 varje dag utom {{«neg weekday»}}.
Hälsningar [[PERSON:«first se»]], Lanthandeln
"""),
    ("fish-plant", "fish-plant-foreman", "mixed", """\
Avvikelse fiskberedningen, skift 2
Arbetaren [[PERSON:«name pl»]] (bemanningsföretaget) hittades i kylrummet, yr och svettig. Kolleger säger "{{drug:«neg stamp»}}" – piller. [[PERSON:«first pl»]] mówi, że to było {{drug:«neg nps»}}. Ambulans via {{«neg service»}}.
Skiftledare [[PERSON:«name se»]] ([[PHONE:«phone intl»]]) skriver rapport till {{«neg org»}}. Lot {{LOT 26-118-SILL}} kasseras. Personnummer på anställningsbeviset: [[ID_NUMBER:«pnr 10- snr maybe»]].
"""),
    ("radio", "meankieli-radio-producer", "mixed", """\
Terve! Lyssnarmejl till programmet, {{«neg weekday»}}:
"Mie olen [[PERSON:«name tf»]] från {{«neg place»}}. Min brorson [[PERSON:«first tf»]] tog {{drug:«neg medbrand»}} och {{drug:«neg street»}} på {{«neg event»}} och hamnade på akuten. Kan ni varna i sändningen?" Avsändare [[EMAIL:«first tf»@post.example.net]].
Vi läser upp varningen utan namn. Producent: [[PERSON:«name se»]], [[PHONE:«phone mob»]].
"""),
    ("futsal", "futsal-club-treasurer", "sv", """\
Till styrelsen, från kassören
Efter träningen i hallen ({{«neg weekday»}} kväll) hittade vaktmästaren [[PERSON:«name so»]] tabletter märkta {{drug:«neg stamp»}} i omklädningsrummet. En förälder, [[PERSON:«name ku»]], tror att det är {{drug:«neg nps»}}.
Medlemsavgiften till bankgiro {{5544-0192}} ska inte blandas ihop med det här. Vi kontaktar {{«neg org»}}. Ledaren [[PERSON:«first sq»]] ringer [[PERSON:«first so»s]] mamma på [[PHONE:«phone mob»]].
"""),
    ("sheep-farm", "gotland-sheep-farmer", "sv", """\
Hej, det är [[PERSON:«name se»]] på gården vid {{«neg place»}}.
I fårhuset låg i morse folie, en tom karta {{drug:«neg medbrand»}} och tabletter med {{drug:«neg stamp»}}-tryck. Tackan {{«neg animal»}} hade nosat på dem. Ungdomar från {{«neg event»}} brukar campa här. Grannen [[PERSON:«name pl»]] såg en bil [[PLATE:«plate»]].
Fastigheten heter {{Gotland Fole Lunds 1:14}}. Nå mig på [[PHONE:«phone mobc»]].
"""),
    ("youth-camp", "assyrian-youth-camp-leader", "mixed", """\
Lägerrapport, dag 3 – {{«neg event»}}
Deltagaren [[PERSON:«name as»]] (f. [[DATE_OF_BIRTH:«dob iso»]]) hade "{{drug:«neg street»}}" och {{drug:«neg medbrand»}} i väskan. Ledarna [[PERSON:«first as»]] och [[PERSON:«name se»]] pratade med honom. Parents informed in English and Surayt; dad [[PERSON:«name as»]], [[PHONE:«phone mob»]].
Rapport till {{«neg org»}}. Bussen går från [[ADDRESS:«address»]] på {{«neg weekday»}}.
"""),
]
