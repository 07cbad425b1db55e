"""Situations of the fourth corpus drawn several times (write_fourth.DRAWS), each with new
names, numbers and negatives: (family, voice, lang, marked text). Marks: ../fresh/README.md."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("ambulance-handover", "ambulans-overrapportering", "sv", """\
Överrapport amb {{3041}} till akuten kl 02.14
Pat: [[PERSON:«person any #a»]], [[ID_NUMBER:«pnr any maybe»]]. Hittad medvetandesänkt i trapphus \
[[ADDRESS:«address»]]. Kamrat på plats uppgav intag av «neg drug» och «neg brand» under kvällen.
AF 8, sat 86 %, gav naloxon 0,4 mg x2 med effekt. [[PERSON:«first «#a»»]] vaknade, orolig, ville gå.
Anhörig (sambo) nås på [[PHONE:«phone any»]].
Rapport lämnad till ssk på {{Akutmottagningen}}."""),
    ("tullverket-seizure", "tullverket-beslag", "sv", """\
BESLAGSSAMMANFATTNING {{TV2026-04417}}
Avsändare enl. fraktsedel: [[PERSON:«person any #a»]], [[ADDRESS:«address full»]].
Mottagare: [[PERSON:«caps «person any #b»»]] c/o [[PERSON:«person any»]], \
[[ADDRESS:«address»]]. Tel på paketet [[PHONE:«phone any»]].
Innehåll: ca 200 tabletter märkta «neg stamp», misstänkt «neg drug». Prov skickat till \
{{Nationellt forensiskt centrum}}. [[PERSON:«register «#b»»]] förekommer i tidigare beslag.
Handläggare: {{Tullverket}}, brottsbekämpningen"""),
    ("tox-lab-result", "toxlab-svar", "en", """\
Subject: Result ready – sample {{LAB-26-04417}}
Dear colleague, the urine sample for [[PERSON:«person any #a»]] (ID [[ID_NUMBER:«pnr 12- maybe»]]) \
was positive for «neg drug» and norfentanyl; «neg brand» was not detected.
Reference batch {{QC-B7731}}, calibrator lot {{K-2026-118}}.
Please contact the requesting physician, Dr [[PERSON:«person any»]], before discussing with \
[[PERSON:«first «#a»»]]. Invoice to {{Karolinska Universitetslaboratoriet}}, org. no. {{«org»}}.
Questions: [[EMAIL:toxlab.svar@lab.example.org]]"""),
    ("shelter-night", "harbarge-natt", "sv", """\
Nattrapport {{Härbärget}} natt mot lördag
Inskrivna 31. [[PERSON:«person any #a»]] (säger sig heta [[PERSON:«first «#a»»]] bara, men pnr \
[[ID_NUMBER:«pnr 10- maybe»]] enligt legitimation) kom 01.30 kraftigt påverkad, troligen «neg \
drug». \
Delade ut naloxon. En kompis kallad ”[[PERSON:Snusen]]” lämnade nr [[PHONE:«phone any»]] om \
något händer.
Post kan skickas c/o [[PERSON:«person any»]], [[ADDRESS:«address full»]].
/nattpersonalen, {{Stadsmissionen}}"""),
    ("gym-doping", "gym-dopingkontroll", "sv", """\
Dopingkontroll på gymmet i «neg place», utförd av {{100% Ren Hårdträning}}.
Kontrollerad: [[PERSON:«person any #a»]], \
pnr [[ID_NUMBER:«pnr 12 maybe»]]. Medlemskort kopplat till [[EMAIL:«mail «#a»»]].
[[PERSON:«gen «#a»»]] träningskompis [[PERSON:«person any»]] erbjöd {{drug:nandrolon}} och «neg \
drug» i omklädningsrummet.
Bil utanför: [[PLATE:«plate»]]. Ärende {{RF-2026-0311}}."""),
    ("chemsex-clinic", "chemsex-mottagning", "en", """\
Clinic note, sexual health, {{Venhälsan}}
Pt [[PERSON:«person any #a»]], [[ID_NUMBER:«snr 12- maybe»]], reports chemsex weekends with \
«neg drug» and «neg drug» bought on Grindr from a seller using the handle \
[[PERSON:partyboy_sthlm]]. [[PERSON:«first «#a»»]] says the seller also sells «neg brand».
Partner [[PERSON:«person any»]] also attends. Call back on [[PHONE:«phone any»]].
PEP given, follow-up at {{Sesam}} in two weeks."""),
    ("taxi-incident", "taxibolag-incident", "sv", """\
Incidentrapport, {{Taxi Kurir}}
Förare [[PERSON:«person any #a»]] (förar-ID {{F-2291}}) körde bil [[PLATE:«plate»]] från \
«neg place» till [[ADDRESS:«address full»]]. Kunden, som presenterade sig som \
[[PERSON:«person any #b»]], betalade med kort i namnet [[PERSON:«caps «#b»»]] och lämnade \
en påse med vita tabletter märkta «neg stamp». [[PERSON:«first «#a»»]] ringde {{112}}.
Kundens nummer i appen: [[PHONE:«phone any»]]. IP vid bokning: [[IP:«ip v4»]]."""),
    ("interpreter-booking", "tolkservice", "sv", """\
Tolkbokning {{TB-77412}} – avbokad
Tolk: [[PERSON:«person any #a»]] ([[PHONE:«phone any»]]), språk somaliska.
Klient: [[PERSON:«person so #b»]], pnr [[ID_NUMBER:«pnr 12- maybe»]], hos beroendeenheten.
Tolken meddelar att [[PERSON:«first «#b»»]] verkade påverkad av «neg drug» vid förra tillfället \
och att \
hon känner familjen privat; jäv. Ny tolk från {{Språkservice}}.
Faktura till {{Region Gävleborg}}, kontakt [[EMAIL:tolk.bokning@region.example]]"""),
    ("festival-tent", "festival-sjuktalt", "en", """\
Medical tent log, «neg event», Saturday
23:40 [[PERSON:«person any #a»]] (wristband {{W-88213}}) brought in by friends, hyperthermic, \
took half a «neg stamp» pill sold as "{{drug:ecstasy}}". Friend [[PERSON:«person any»]] gave the \
number [[PHONE:«phone any»]]. [[PERSON:«first «#a»»]] transferred by ambulance 00:15.
Info passed to the drug-checking team and {{Länsstyrelsen}}."""),
    ("funeral-transport", "begravningsbyra-transport", "sv", """\
Transportorder rättsmedicin, {{Fonus}}
Den avlidne: [[PERSON:«register «person any #a»»]], [[ID_NUMBER:«pnr 12- maybe»]].
Hämtning från [[ADDRESS:«address full»]]. Polisens diarienummer {{5000-K118204-26}}.
Närmast anhörig [[PERSON:«person any»]], [[PHONE:«phone any»]]. På platsen fanns \
blister «neg brand» och «neg drug». Obduktion vid {{Rättsmedicinalverket}} i {{Solna}}.
Kontakt byrån: [[EMAIL:transport@fonus.example]]"""),
]
