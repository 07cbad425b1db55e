# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the thirty-fourth corpus, each drawn DRAWS times with new names, numbers and
negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("ms-core-booking", "ms-core", "sv", """\
Bokningsexport {{«neg instrument»}} – vecka 49 ({{«neg room»}})
{{«neg weekday»}} 08–12 | [[PERSON:«name se #a»]] (grupp [[PERSON:«first se»]]) | {{«neg sample»}}, screening för {{drug:«neg substance»}} i serum | inloggad från [[IP:«ip»]]
{{«neg weekday»}} 13–17 | [[PERSON:«name cn #b»]] | kalibrering vid {{«neg unit»}}, {{«neg lot»}} | metod i {{«neg software»}}
Avvikelse: [[PERSON:«#b»]] lämnade spruta med {{drug:«neg precursor»}}-standard i autosamplern. Kvitterat av [[PERSON:«#a»]] och [[PERSON:«name fi»]]. Frågor till plattformen: [[EMAIL:ms-core@example.org]], [[PHONE:«phone land»]].
/[[PERSON:«first se»]]
"""),
    ("refmat-order", "refmat-orders", "en", """\
Order confirmation – certified reference material
Customer: [[PERSON:«name de #c»]], Institute of Forensic Chemistry, [[ADDRESS:«address»]]
Items: {{drug:«neg substance»}} 1.0 mg/mL in methanol ({{«neg lot»}}); {{drug:«neg precursor»}} neat, 10 mg. Import permit checked by [[PERSON:«name se»]] on {{«neg dayen»}}.
Delivery by courier van [[PLATE:«plate»]], driver [[PERSON:«name es»]], signature required from [[PERSON:«#c»]] or deputy [[PERSON:«name in»]] ([[PHONE:«phone intl»]]).
Invoice to [[EMAIL:invoices@example.com]], payment [[IBAN:«iban DE»]]. Web order placed from [[IP:«ip v6»]].
"""),
    ("lab-safety-incident", "lab-safety", "sv", """\
Tillbudsrapport – {{«neg room»}}, {{«neg weekday»}}
Rapportör: [[PERSON:«name se #r»]] ([[PERSON:«first se»]] närvarande). Vid inventering saknades 25 g {{drug:«neg precursor»}} och en flaska {{drug:«neg substance»}} ({{«neg lot»}}). Senast uttaget av [[PERSON:«reg se»]] enligt {{«neg software»}}-loggen, inloggning från [[IP:«ip»]]. Passerkortsloggen visar även [[PERSON:«name gr #g»]] kl 22.40. [[PERSON:«#g»]] nås på [[PHONE:«phone mob»]].
Åtgärd: kodlås bytt, anmälan till prefekt [[PERSON:«name se»]]. Sign. [[PERSON:«#r»]]
"""),
    ("cohort-consent", "cohort-helpdesk", "sv", """\
Ärende kohortstudien ({{«neg ethics»}}) – ändrat samtycke
Deltagare: [[PERSON:«name se #d»]], pnr [[ID_NUMBER:«pnr 12- maybe»]]
Adress: [[ADDRESS:«address»]]. Tel [[PHONE:«phone mob»]], e-post [[EMAIL:deltagare.k4471@example.net]]
[[PERSON:«#d»]] drar tillbaka samtycket till analys av {{drug:«neg substance»}}-metaboliter i {{«neg sample»}} men får ha kvar enkäten. Ombud: [[PERSON:«name fi»]], född [[DATE_OF_BIRTH:«dob sv adult»]]. Handläggare [[PERSON:«name se #h»]]; inloggning i {{«neg software»}} från [[IP:«ip»]].
/[[PERSON:«#h»]]
"""),
    ("eu-project-claim", "eu-coordinator", "en", """\
Cost claim, work package 3 ({{«neg grant»}}) – period 2
Partner lead: [[PERSON:«name es #e»]] ([[EMAIL:wp3.lead@example.org]]); finance contact [[PERSON:«name gr»]], [[PHONE:«phone ukintl»]].
Personnel: [[PERSON:«name in»]] 4.5 PM (LC-MS of {{drug:«neg substance»}} in {{«neg cell»}} cells), [[PERSON:«name cn»]] 2 PM. Consumables: {{«neg reagent»}}, {{«neg lot»}}.
Pay to [[IBAN:«iban SE»]]; Swedish partner account [[BANK_ACCOUNT:«account»]]. Approved {{«neg dayen»}} by [[PERSON:«#e»]].
"""),
    ("litter-app-export", "citizen-science", "sv", """\
Export Fyndkartan – rapporter {{«neg weekday»}} (moderator [[PERSON:«name se #m»]])
#4412 | [[PERSON:«name fi»]] | 3 lustgaspatroner och en kanyl vid {{«neg room»}}-entrén | app 2.3 från [[IP:«ip»]]
#4413 | [[PERSON:«name se #s»]] | påse märkt "{{drug:«neg substance»}}" i rabatten | [[IP:«ip»]] | kontakt [[PHONE:«phone mobsp»]]
#4415 | [[PERSON:«name de»]] | foliebitar, doft av {{drug:«neg precursor»}}? | [[IP:«ip v6»]]
Notering: [[PERSON:«#s»]] vill ha återkoppling på [[EMAIL:fyndkartan.rapport@example.org]]. Fynd lämnade till kommunen, bil [[PLATE:«plate»]]. /[[PERSON:«#m»]]
"""),
    ("patent-office-action", "patent-attorney", "en", """\
Re: office action on the application whose claim 2 uses {{«neg method»}} – our ref. P-4471-EP
Dear [[PERSON:«name de #p»]],
the examiner cites a 2019 paper by [[PERSON:«last cn»]] et al. showing the same step with {{drug:«neg precursor»}}. The inventors, [[PERSON:«name se #i»]] and [[PERSON:«name in»]], say their purification gives no {{drug:«neg substance»}} by-product at {{«neg unit»}}. Please ask [[PERSON:«#i»]] ([[PHONE:«phone intl»]], [[EMAIL:inventor.desk@example.com]]) to sign the declaration by {{«neg dayen»}}.
Kind regards, [[PERSON:«name se»]], European Patent Attorney
"""),
    ("disputation-practicalities", "disputation-organiser", "sv", """\
Disputation i {{«neg room»}}, {{«neg weekday»}} kl 13.15
Respondent: [[PERSON:«name se #x»]] ("Analys av {{drug:«neg substance»}} i {{«neg cell»}}-celler"). Opponent: [[PERSON:«name de #o»]]. Betygsnämnd: [[PERSON:«name gr»]], [[PERSON:«name fi»]], [[PERSON:«name se»]].
Resa och arvode för [[PERSON:«#o»]]: född [[DATE_OF_BIRTH:«dob iso adult»]], ersättning till [[IBAN:«iban DE»]]. Hämtas på Arlanda av [[PERSON:«first se»]] i bil [[PLATE:«plate»]], mobil [[PHONE:«phone mob»]].
Frågor: [[EMAIL:disputation.kemi@example.org]]
"""),
]
