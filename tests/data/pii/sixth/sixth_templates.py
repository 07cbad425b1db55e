"""The sixth corpus's template situations: each is drawn DRAWS times (write_sixth.py) with new
names, numbers and negatives from that split's half of the pools (sixth_pools.py).

A template is (family, voice, lang, marked text); the marks are the fresh corpus's
(`../fresh/fresh_case.py`). Families at even positions are dev, at odd positions holdout.
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("frivard", "frivard", "sv", """\
Frivården {{«neg place»}}, anteckning

Klient: [[PERSON:«name bcs reg #a»]], [[ID_NUMBER:«pnr 10- maybe»]]
Tel: [[PHONE:«phone any»]]
Bor nu hos [[PERSON:«name sv #b»]], [[ADDRESS:«address lgh»]].

[[PERSON:«first «#a»»]] lämnade urinprov idag kl 09.40, positivt för {{drug:«neg benzo»}} enl. \
snabbtest. Uppger att han fått tabletterna av en bekant, vill inte säga vem. Kontakt med \
{{«neg org»}} om fortsatt plan. Nästa besök torsdag. Vid akut läge 112."""),
    ("boende", "migrationsverket-boende", "sv", """\
Från: [[PERSON:«name sv #s»]] <[[EMAIL:boende.natt@example.org]]>
Skickat: den 2 december 2026 22:14
Till: Sjuksköterskan
Ämne: Boende - oro för en av de boende

Hej, en av våra boende, [[PERSON:«name ti #a»]] (dossiernummer {{UM-«org flat»}}), hittades \
omtöcknad i rum 14. På nattduksbordet låg en blister {{drug:«neg opioid»}} som inte är hans. \
Hans rumskamrat [[PERSON:«first ar»]] säger att de köpts i {{«neg place»}}.
Kan någon ringa mig på [[PHONE:«phone mob»]]?

/[[PERSON:«first «#s»»]]
Boendepersonal"""),
    ("storningsjour", "storningsjour", "sv", """\
STÖRNINGSJOUR – RAPPORT
Adress: [[ADDRESS:«address lgh»]]
Anmälare: granne, [[PERSON:«name pl caps #g»]] tel [[PHONE:«phone mobsp»]]
Hyresgäst: [[PERSON:«name fi reg #h»]]
Händelse: stark lukt, folk in och ut hela natten, sprutor i trapphuset. \
Grannen säger att det säljs {{drug:«neg street»}} därifrån. Bil utanför [[PLATE:«plate»]].
Åtgärd: väktare på plats 02.10, ingen öppnade. Kopia till {{«neg org»}}."""),
    ("hemtjanst", "hemtjanst", "sv", """\
hej! vill bara flagga för att brukaren [[PERSON:«name af #a»]] på [[ADDRESS:«address»]] har \
haft besök av sitt barnbarn igen och efteråt saknades det {{drug:«neg opioid»}} ur dosetten. \
barnbarnet heter [[PERSON:«first af»]] tror jag, kör en bil med reg [[PLATE:«plate new»]]. \
vet inte vad vi ska göra, [[PERSON:«first «#a»»]] vill inte anmäla. ring mig [[PHONE:«phone any»]] \
mvh [[PERSON:«first sv»]], hemtjänsten {{«neg place»}}"""),
    ("ittick", "it-support", "en", """\
Ticket #{{INC«org flat»}} – reopened
Reporter: [[PERSON:«name ua #u»]] <[[EMAIL:it-helpdesk@example.net]]>
Workstation {{WS-4471}} at [[IP:«ip»]] flagged by the proxy: repeated visits to a shop selling \
{{drug:«neg stamp»}} pills and {{drug:«neg benzo»}}. Logged-in user: [[PERSON:«name ro #v»]]. \
Escalated to HR per policy; [[PERSON:«first «#u»»]] asked that the user's manager not be \
contacted before {{«neg event»}}."""),
    ("vaktare", "vaktare", "sv", """\
Incidentrapport väktare, objekt {{«neg place»}} centrum
Kl 23.47 omhändertogs en man som uppgav namnet [[PERSON:«name cl #a»]], \
född [[DATE_OF_BIRTH:«dob»]]. \
(Han rättade sig sen: pnr [[ID_NUMBER:«pnr 12- young maybe»]].)
Han hade {{drug:«neg street»}} i fickan och en lapp med numret [[PHONE:«phone any»]]. \
Polis kontaktad, överlämnad 00.15. Väktare: [[PERSON:«name so init»]]"""),
    ("farjtjanst", "fardtjanst", "sv", """\
Färdtjänstbeställning avvikelse
Kund: [[PERSON:«name th reg»]], kortnr {{FT-«org flat»}}
Hämtning: [[ADDRESS:«address»]]
Chauffören (bil {{4471}}, [[PLATE:«plate»]]) rapporterar att kunden somnade och tappade en \
burk {{drug:«neg benzo»}} i bilen. Anhörig [[PERSON:«name ng #n»]] nås på [[PHONE:«phone intl»]]. \
Kunden bad att [[PERSON:«first «#n»»]] inte ska få veta."""),
    ("ungdomsmottagning", "ungdomsmottagning", "sv", """\
Ungdomsmottagningen {{«neg place»}}, journalnotis (avidentifieras innan den skickas)
Besök: [[PERSON:«name ku lower #a»]], [[ID_NUMBER:«pnr 12 young maybe»]], kom med kompisen \
[[PERSON:«first ku»]]. Berättar om fester efter {{«neg event»}} där det delats ut \
{{drug:«neg stamp»}}-piller och {{drug:«neg opioid»}}. Mamma [[PERSON:«name ku #m»]] \
([[EMAIL:«last «#m»».familj@example.com]]) vet inget."""),
]
