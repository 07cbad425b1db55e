"""Situations of the fresh corpus, each drawn write_fresh.DRAWS times with new values.

(family, voice, lang, marked text). Marks as in fresh_case: [[TYPE:text]] identifiers,
{{text}} hard negatives, «kind args» generated values (names: «full a», «first a», «reg a»;
numbers: «pnr any maybe», «phone any»; negatives: «neg drug»). A backslash at a line's end
joins it to the next, so the source stays narrow and the text keeps its own line breaks.
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("appmod", "skadereduktionsapp-moderator", "sv", """\
Moderatorlogg {{«date iso»}} {{«time»}}
Tråd raderad i forumet ”Säkrare bruk”. Användaren [[PERSON:@«handle a»_«digits 2»]] \
postade en bild på ett paket {{«neg drug»}} med avsändarlappen synlig: \
[[PERSON:«full b»]], [[ADDRESS:«address»]]. Hen skrev också sitt nummer \
[[PHONE:«phone any»]] ”om någon vill köpa resten”. Kontot stängt enligt regel 4. \
Varningstexten om {{«neg drug»}} ligger kvar, liksom tråden om {{«neg stamp»}}-tabletter \
från {{«neg festival»}}. Inloggning från [[IP:«ip v4»]].
/mod-teamet"""),
    ("lossprev", "apotekskedja-svinn", "sv", """\
SVINNRAPPORT – butik {{«neg place»}}, {{«dnr reg»}}
Recept på {{«neg brand»}} 2 mg x 100 förfalskat, lämnat {{«date iso»}} kl {{«time dot»}}. \
Receptet var utställt på [[PERSON:«caps a»]] [[ID_NUMBER:«pnr any maybe»]], \
förskrivare angiven som ”dr [[PERSON:«last b»]]” som inte finns i HOSP. \
Kunden körde en bil med reg.nr [[PLATE:«plate any»]]. Personal: [[PERSON:«init c»]]. \
Polisanmält, ärende {{«case police»}}. Kostnad {{«amount»}}. Liknande försök på \
{{«neg org»}} i {{«neg place»}} förra veckan."""),
    ("fisocial", "finlandssvensk-socialarbetare", "sv", """\
Hej från Vasa!
Vi har en klient, [[PERSON:«full a fi»]], som flyttat till er sida och berättar att \
hen köpt {{«neg drug»}} via en Telegramkanal. Klientens svenska personbeteckning är \
[[ID_NUMBER:«pnr 12- maybe»]], hen bor nu hos sin mamma på [[ADDRESS:«address»]]. \
[[PERSON:«first a»]] ber att vi inte kontaktar pappan. Ring mig gärna på tjänstetelefonen \
[[PHONE:«phone intl»]], jag är på plats vardagar före {{«time dot»}}. Hen har också \
nämnt {{«neg brand»}}, som hen fått utskrivet i {{Helsingfors}}.
Med vänlig hälsning
[[PERSON:«full b fi»]], socialhandledare, {{A-klinikstiftelsen}}"""),
    ("nocolleague", "norsk-kollega", "no", """\
Hei!
Vi har fått inn en sak fra {{Oslo universitetssykehus}} som kanskje angår dere også. \
En svensk statsborger, [[PERSON:«full a»]] (personnummer [[ID_NUMBER:«pnr 10- maybe»]]), \
ble innlagt etter inntak av {{«neg drug»}} solgt som {{«neg street»}}. Pasienten oppga \
at han kjøpte det i [[PERSON:«gen b»]] leilighet i {{«neg place»}}. Bilen hans, \
[[PLATE:«plate any»]], står fortsatt på parkeringen ved {{Legevakten}}. Tablettene var merket \
{{«neg stamp»}}, \
prøve sendt til {{Folkehelseinstituttet}} {{«date dot»}}.
Hilsen [[PERSON:«full c no»]]
{{Rusmiddeletaten}}, [[EMAIL:«email «first c» «last c» @rusmiddeletaten.example»]]"""),
    ("prisonnurse", "anstaltssjukskoterska", "sv", """\
Avvikelse, anstalten {{«neg place»}} ({{«dnr dot»}})
Intagen [[PERSON:«reg a»]], [[ID_NUMBER:«pnr 12 maybe»]], hittades medvetandesänkt i \
cell 14 kl. {{«time dot»}}. I cellen fanns papper indränkt med något som luktade som \
{{«neg drug»}}. Besökare dagen innan: [[PERSON:«full b»]] (anhörig), tel [[PHONE:«phone any»]]. \
Narkotikatest skickat, labnr {{«lab prov»}}. {{drug:Nyxoid}} gavs, därefter {{«neg brand»}} \
enligt ordination {{2 x 10 mg}}. \
Sign. [[PERSON:«init c»]], leg. ssk, {{Kriminalvården}}"""),
    ("drugcheck", "drogkontroll-volontar", "sv", """\
Provsvar till deltagare {{«lab check»}}
Provet du lämnade under {{«neg festival»}} innehöll inte {{«neg drug»}} som du trodde, \
utan {{«neg drug»}} i hög dos. Tabletten var stämplad {{«neg stamp»}} och vägde {{312 mg}}. \
Du skrev att vi kan nå dig på [[PHONE:«phone mobsp»]] eller \
[[EMAIL:«email «first a» @example.org»]] (formuläret kom från [[IP:«ip v4»]]). Vi sparar inte \
ditt namn, men du har själv \
skrivit ”[[PERSON:«full a»]]” i kommentarsfältet – vi har strukit det ur journalen.
Volontär [[PERSON:«first b»]] / {{Svenska Brukarföreningen}}"""),
    ("clubsecurity", "nattklubb-sakerhetschef", "sv", """\
Incidentrapport natten till {{«date iso»}}
Kl {{«time»}} hittade ordningsvakt [[PERSON:«full a»]] en gäst avsvimmad på toaletten. \
Kompisen, som kallade sig ”[[PERSON:«lower b»]]”, erkände att de delat {{«neg street»}} \
köpt utanför {{«neg square»}}. Gästens leg: [[PERSON:«caps c»]], [[ID_NUMBER:«pnr any maybe»]]. \
Ambulans larmad via {{112}}, kom {{«time»}}. Entré {{«amount»}}. Kamerabild sparad; bil \
[[PLATE:«plate any»]] hämtade säljaren.
Säkerhetschef [[PERSON:«full d»]], [[PHONE:«phone land»]]"""),
    ("crisisline", "stodlinje-volontar", "sv", """\
Samtalsanteckning, stödlinjen, pass {{«date iso»}}
Ringande presenterade sig som [[PERSON:«first a»]], förälder till [[PERSON:«full b»]] \
(f. [[DATE_OF_BIRTH:«date birth»]]). Sonen har tagit {{«neg brand»}} och {{«neg drug»}} \
och svarar inte. Föräldern ringde från [[PHONE:«phone any»]], chatten före samtalet loggade \
[[IP:«ip v6»]]. Hänvisad till \
{{Giftinformationscentralen}} och {{112}}, och till {{«neg org»}} för anhörigstöd. Sonen bor på \
[[ADDRESS:«address»]]. \
Volontär: [[PERSON:«init c»]]"""),
    ("poisoncall", "giftinformation-samtal", "sv", """\
SAMTALSSAMMANFATTNING {{«case gic»}}
Inringare: vårdpersonal, akuten {{«neg place»}}. Patient: [[PERSON:«reg a»]], \
[[ID_NUMBER:«pnr 10 maybe»]]. Intag ca {{«time»}}: okänd mängd {{«neg drug»}}, \
uppges såld som {{«neg street»}}. Kliniskt: mios, saturation 84 %. {{drug:Naloxon}} {{0,4 mg}} \
x 2. \
Tidigare förskrivet: {{«neg brand»}}. \
Kontaktperson på avdelningen: [[PERSON:«full b»]], [[PHONE:«phone landc»]]. \
Rådgivare: [[PERSON:«first c»]]"""),
    ("coroner", "rattsmedicinsk-assistent", "sv", """\
Till: VSN-samordnaren
Ärende {{«lab rmv»}}. Avliden: [[PERSON:«full a»]], [[ID_NUMBER:«pnr 12- maybe»]], \
folkbokförd [[ADDRESS:«address»]]. Fyndplats: {{«neg square»}}. \
Toxikologi: {{«neg drug»}} {{12 ng/g}}, {{«neg brand»}} i terapeutisk nivå. Obduktion \
{{«date iso»}}, remiss från polisen i {{«neg place»}} ({{«case police»}}). \
Anhörig som underrättats: [[PERSON:«full b»]], [[PHONE:«phone any»]].
/[[PERSON:«full c»]], obduktionsassistent, {{Rättsmedicinalverket}}"""),
    ("studentunion", "studentkar", "sv", """\
Hej VSN,
Efter nollningsfesten {{«date dot»}} mådde flera dåligt. Festen hölls i kåren på \
{{«neg square»}}. Vi vet att en student från klassen i sjuksköterskeprogrammet termin 3, \
[[PERSON:«full a»]] ([[EMAIL:«email «first a» «last a» @uni.example»]]), sålde \
{{«neg street»}} på festen för {{«amount»}} per påse. Vi har pratat med {{«neg org»}}. \
Instagram: [[PERSON:@«handle a».«digits 3»]].
Hälsningar, [[PERSON:«full c»]], ordförande, studentkåren (org.nr {{«org»}})"""),
    ("infection", "smittskyddslakare", "sv", """\
Smittskyddsenheten, {{«neg place»}} – anmälan enligt {{SmL}}
Fall 1: [[PERSON:«reg a»]], [[ID_NUMBER:«snr 12- maybe»]], hepatit C, delar sprutor med \
[[PERSON:«full b»]] i lägenheten på [[ADDRESS:«address»]]. Injicerar {{«neg drug»}}. \
Fall 2 anonymt enligt rutin. Provtagning {{«date iso»}}, labnr {{«lab short»}}. Utbrottet \
sammanfaller med \
{{«neg festival»}}; {{Folkhälsomyndigheten}} informerad. \
Kontakt: [[PERSON:«full c»]], [[EMAIL:«email «first c» «last c» @region-norr.example»]]"""),
    ("taxi", "taxichauffor", "sv", """\
hej jag kör taxi i {{«neg place»}}, i natt hämtade jag en kille vid {{«neg square»}} \
som var helt borta. han sa han tagit {{«neg street»}} och hette [[PERSON:«lower a»]]. \
han betalade med swish från [[PHONE:«phone mobflat»]] och namnet som kom upp var \
[[PERSON:«full a»]]. körde honom till [[ADDRESS:«address short»]]. taxi nr \
[[PLATE:«plate any»]] om ni behöver. resan kostade {{«amount»}}, klockan var typ {{«time»}}"""),
    ("uk", "brittisk-kollega", "en", """\
Hi all,
Quick heads-up from the {{Welsh Emerging Drugs & Identification of Novel Substances}} team. \
We've had three admissions linked to {{«neg drug»}} sold as {{«neg brand»}}. \
One patient, [[PERSON:«full a en»]], said he ordered from a Swedish vendor; the parcel \
came from [[ADDRESS:«address»]] with sender [[PERSON:«full b»]]. Vendor's Wickr was \
[[PERSON:@«handle b»«digits 2»]]. Our lab ref is {{«lab nfc»}}; tablets stamped {{«neg \
stamp»}}, {{«date us»}}.
Cheers, [[PERSON:«full c en»]] – mob [[PHONE:«phone uk»]]"""),
    ("excel", "excel-utdrag", "sv", """\
Klistrar in från vårt Excelark (enhet {{«neg place»}}, vecka {{48}}):
Datum«tab»Namn«tab»Personnr«tab»Substans«tab»Telefon
{{«date iso»}}«tab»[[PERSON:«full a»]]«tab»[[ID_NUMBER:«pnr any maybe»]]«tab»\
{{«neg drug»}}«tab»[[PHONE:«phone any»]]
{{«date iso»}}«tab»[[PERSON:«reg b»]]«tab»[[ID_NUMBER:«pnr any maybe»]]«tab»\
{{«neg brand»}}«tab»
{{«date iso»}}«tab»[[PERSON:«full c»]]«tab»[[ID_NUMBER:«snr any maybe»]]«tab»\
{{«neg drug»}}«tab»[[PHONE:«phone any»]]"""),
    ("caseexport", "arendesystem-export", "sv", """\
=== EXPORT ÄRENDESYSTEM v4.2 ===
ÄRENDE: {{«case ar»}}  SKAPAT: {{«date iso»}} {{«time»}}  ENHET: {{«neg org»}}  ORGNR: {{«org \
flat»}}
KLIENT_NAMN: [[PERSON:«caps a»]]
KLIENT_PNR: [[ID_NUMBER:«pnr 12 maybe»]]
KLIENT_ADR: [[ADDRESS:«address»]]
KONTAKT_TEL: [[PHONE:«phone any»]]
HANDLÄGGARE: [[PERSON:«reg b»]]
FRITEXT: Klienten uppger att {{«neg drug»}} köpts via {{Telegram}}. Bankkonto för \
försörjningsstöd [[IBAN:«iban SE»]]. Beslut enl {{SoL}} 4 kap 1 §. Belopp {{«amount»}}. Remiss \
till {{«neg org»}}, {{«dnr soc»}}.
=== SLUT ==="""),
]
