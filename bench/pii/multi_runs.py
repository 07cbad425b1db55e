"""Capitalised runs of two or more words: a person's name no list holds, or a thing's name
written in capitals, in the same frames.

    python bench/pii/multi_runs.py [-v]

Voices: a regional prevention coordinator's mail, a conference's programme pasted into a
mail, an English-speaking partner NGO's update, a psychiatric ward's weekly report, a
football association's youth desk, a library's event list, a municipality's procurement
note, a harm-reduction van's log. Families: `from` (after `från`, `from`), `with` (after
`med`, `with`), `at` (after `hos`, `at`), `per` (after `enligt`, `according to`), `list` (a
run in a list joined by `och`, `,`, `&`), `head` (a heading or a list item alone on its
line), `three` (three words or more), `english` (English title case in a Swedish text),
`coord` (a run joined to a found name by `,`, `och`, `&`), `det` (a run after an article, a
demonstrative or a possessive; a person after `en`, `a` or nothing). Persons are names no
list is likely to hold (foreign given names and surnames), a listed given name with an
unlisted surname, and three-word names; negatives are organisations, projects, programmes,
products, places, events, wards, teams, titles and works in the same frames.

A third (`crc32(text) % 3 == 0`, the text without its marks) is kept out of tuning; `-v`
prints every person missed and negative flagged. All names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    # after från / from
    ("from", "Fick ett mejl från [[Tesfaye Gebremariam]] i morse om mötet."),
    ("from", "Uppgifterna kommer från [[Oyelaran Adebisi]] på mottagningen."),
    ("from", "Hälsningar från [[Valdrin Kastrati]] och resten av teamet."),
    ("from", "A message from [[Siosaia Tupou]] came in overnight."),
    ("from", "Svar från [[Marta Quispe]] dröjer till nästa vecka."),
    ("from", "Remissen kom från [[Dauren Abenov]] i fredags."),
    ("from", "Jag fick samtalet från [[Ilse Vanderbeke]] strax efter lunch."),
    ("from", "Information från [[Ramin Tavakkoli]] om nattens ärende."),
    # after med / with
    ("with", "Samtal med [[Nkechi Obiora]] om boendet, hon vill flytta."),
    ("with", "Jag har pratat med [[Hamza Berrada]] och han kommer på torsdag."),
    ("with", "Met with [[Tavita Leiataua]] at the drop-in centre."),
    ("with", "Möte med [[Jovana Stanković]] på kontoret kl 10."),
    ("with", "Avstämning med [[Anders Vuorinen]] om rapporten."),
    ("with", "Hon bor ihop med [[Kwabena Asante]] sedan i våras."),
    ("with", "Uppföljning med [[Erik Malmqvistsson]] nästa vecka."),
    ("with", "Vi träffade honom tillsammans med [[Rustam Nazarov]] i parken."),
    # after hos / at
    ("at", "Han sov över hos [[Dragoslav Petković]] på lördagen."),
    ("at", "Tid bokad hos [[Yetunde Akinola]] kl 13.30."),
    ("at", "Hon är placerad hos [[Birgitta Haavisto]] i Gävle."),
    ("at", "Staying at [[Mosese Fifita]]'s place this week."),
    ("at", "Journalen finns hos [[Leyla Karimova]] på avdelningen."),
    ("at", "Pojken var hos [[Arben Gashi]] när polisen kom."),
    # after enligt / according to
    ("per", "Enligt [[Chinonso Eze]] var det lugnt under natten."),
    ("per", "Enligt [[Piotr Zieliński]] ska provsvaren komma i morgon."),
    ("per", "According to [[Aroha Ngata]] the van was late again."),
    ("per", "Enligt [[Sofia Haddouchi]] har han inte tagit något."),
    ("per", "Enligt [[Tomasz Wróblewski]] fanns det fler i lägenheten."),
    ("per", "Enligt uppgift från [[Nasrin Jafari]] har flickan kommit hem."),
    # in a list
    ("list", "Närvarande: [[Kofi Mensah]], Ulla Berg och Sven Ek."),
    ("list", "Närvarande: Ulla Berg, [[Kofi Mensah]] och Sven Ek."),
    ("list", "Deltagare var [[Ayodele Bankole]] och Karin Holm."),
    ("list", "Deltagare var Karin Holm och [[Ayodele Bankole]]."),
    ("list", "Team: [[Luis Carvajal]], Anna Lind & Per Sjö."),
    ("list", "Kontaktpersoner: [[Gulnara Seitkali]] och Ivo Rakić."),
    ("list", "Kontaktpersoner: Gulnara Seitkali och [[Ivo Rakić]]."),
    ("list", "Föräldrarna [[Faisal]] och Amina Haddad kom till mötet."),
    ("list", "Faisal och [[Amina]] Haddad kom till mötet."),
    # a heading or a list item alone on its line
    ("head", "Kontaktperson\n[[Zdravko Milošević]]\nSamordnare, Region Norr"),
    ("head", "Handläggare:\n[[Nomsa Dlamini]]\n010-123 45 67"),
    ("head", "- [[Paulo Tuilagi]], fältassistent\n- Eva Ström, sjuksköterska"),
    ("head", "Ansvarig: [[Mirela Popescu]]"),
    ("head", "Rapportör: [[Kemal Yıldırım]]\nDatum: 2026-11-03"),
    ("head", "Referent\n[[Hinewai Pomare]]"),
    # three-word names
    ("three", "Samtal med [[Maria José Ocampo]] om ansökan."),
    ("three", "Enligt [[Ana Lucía Ferreyra]] var han på plats."),
    ("three", "Svar från [[Nguyen Van Thanh]] kom i går."),
    ("three", "Met [[Juan Pablo Restrepo]] at the clinic."),
    # English text
    ("english", "Thanks to [[Caoimhe Brannigan]] for organising the outreach night."),
    ("english", "The report was written by [[Desmond Okonkwo]] and checked by staff."),
    ("english", "Please contact [[Ngaire Whitfield]] if the kit runs out."),
    ("english", "Reviewed by [[Tevita Havili]] on Monday."),
    # joined to a found name by och, a comma, &
    ("coord", "Hälsningar Ulla Berg, [[Nuno]] och Teresa från mottagningen."),
    ("coord", "Hälsningar Ulla Berg, Nuno och [[Teresa]] från mottagningen."),
    ("coord", "Kvällens pass: Sven Ek och [[Oskari]]."),
    ("coord", "Med vänlig hälsning / Lina Sjö & [[Vesna]]"),
    ("coord", "Jonas Ahl, [[Miro]], Tuva Berg och jag gick dit."),
    ("coord", "Ring Karin Holm eller [[Dilan]] om något händer."),
    ("coord", "Anna Lind och [[Pedro Quintana]] leder gruppen."),
    ("coord", "Kvällen leddes av Eva Ström och [[Joakim Tervonen]]."),
    # after an indefinite article or none: someone the writer does not know
    ("det", "Pengarna gick till en [[Wiremu Tane]] enligt banken."),
    ("det", "Bilen var köpt av en [[Ilir Berisha]] via annons."),
    ("det", "The cash was sent to a [[Jomo Kariuki]] last week."),
    ("det", "Nycklarna lämnades till [[Aylin Demirtaş]] i receptionen."),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # after från / from
    ("from", "Fick ett mejl från [[Trygga Nätter]] i morse om mötet."),
    ("from", "Uppgifterna kommer från [[Öppna Dörren]] på mottagningen."),
    ("from", "Hälsningar från [[Unga Vuxna Norr]] och resten av teamet."),
    ("from", "A message from [[Safer Nights Network]] came in overnight."),
    ("from", "Svar från [[Tullverket Syd]] dröjer till nästa vecka."),
    ("from", "Remissen kom från [[Beroendecentrum Öst]] i fredags."),
    ("from", "Jag fick samtalet från [[Grön Linje]] strax efter lunch."),
    ("from", "Information från [[Nattvandrarna Haga]] om nattens ärende."),
    ("from", "Rapporten kom från [[Projekt Ljusglimt]] i går."),
    # after med / with
    ("with", "Samtal med [[Nya Vägen]] om boendet, de vill flytta verksamheten."),
    ("with", "Jag har pratat med [[Kvinnojour Linnea]] och de kommer på torsdag."),
    ("with", "Met with [[Harbour Light Trust]] at the drop-in centre."),
    ("with", "Möte med [[Avdelning Lotus]] på kontoret kl 10."),
    ("with", "Avstämning med [[Team Fältarna]] om rapporten."),
    ("with", "Samarbete med [[Blå Bandet Ungdom]] sedan i våras."),
    ("with", "Uppföljning med [[Mottagning Sydväst]] nästa vecka."),
    ("with", "Vi jobbar tillsammans med [[Röda Korsets Ungdomsförbund]] i parken."),
    # after hos / at
    ("at", "Han sov över hos [[Stadsmissionen Akut]] på lördagen."),
    ("at", "Tid bokad hos [[Vårdcentral Tallbacken]] kl 13.30."),
    ("at", "Hon är placerad hos [[Gläntans Familjehem]] i Gävle."),
    ("at", "Staying at [[Bridge House]] this week."),
    ("at", "Journalen finns hos [[Psykiatrisk Akutmottagning]] på sjukhuset."),
    ("at", "Pojken var hos [[Fritidsgården Kometen]] när polisen kom."),
    # after enligt / according to
    ("per", "Enligt [[Folkhälsomyndighetens Drogvaneenkät]] var det lugnt under året."),
    ("per", "Enligt [[Läkemedelsboken Online]] ska dosen sänkas."),
    ("per", "According to [[Drug Checking Wales]] the pills were strong."),
    ("per", "Enligt [[Ungdomsbarometern Syd]] har fler provat."),
    ("per", "Enligt [[Nationella Riktlinjer]] ska provet tas direkt."),
    ("per", "Enligt [[Lokala Överenskommelsen]] ska polisen kallas."),
    # in a list
    ("list", "Närvarande: [[Trygga Nätter]], Ulla Berg och Sven Ek."),
    ("list", "Partner: [[Fryshuset Ung]], Maskrosbarn Väst och Länsstyrelsen."),
    ("list", "Partner: Fryshuset Ung, [[Maskrosbarn Väst]] och Länsstyrelsen."),
    ("list", "Deltagare var [[Röda Linjen]] och Karin Holm."),
    ("list", "Deltagare var Karin Holm och [[Fältgruppen Centrum]]."),
    ("list", "Team: [[Nattpatrull Norr]], Anna Lind & Per Sjö."),
    ("list", "Finansiärer: Allmänna Arvsfonden och [[Stiftelsen Ljusning]]."),
    ("list", "Utställare: [[Nordic Harm Reduction]], Anna Lind och Mind Shift."),
    ("list", "Utställare: Nordic Harm Reduction, Anna Lind och [[Mind Shift]]."),
    ("list", "Anna Lind och [[Kolibri]] höll i workshopen."),
    # a heading or a list item alone on its line
    ("head", "Program\n[[Morgonpass Beroende]]\n09.00 Kaffe och registrering"),
    ("head", "Handläggare:\n[[Enheten Unga Vuxna]]\n010-123 45 67"),
    ("head", "- [[Naloxon Kit]], två stycken\n- Eva Ström, sjuksköterska"),
    ("head", "Ansvarig: [[Kommunens Samordningsgrupp]]"),
    ("head", "Aktivitet: [[Öppen Verkstad]]\nDatum: 2026-11-03"),
    ("head", "Seminarium\n[[Cannabis Och Unga]]"),
    ("head", "Tema: [[Starka Opioider]]"),
    ("head", "Workshop\n[[Trygg Festival]]\nSal B"),
    # three capitalised words or more
    ("three", "Samtal med [[Svenska Brukarföreningen Stockholm]] om ansökan."),
    ("three", "Enligt [[Centrum För Våldsprevention]] var han på plats."),
    ("three", "Svar från [[Ung Och Trygg]] kom i går."),
    ("three", "Met [[Youth Outreach Collective]] at the clinic."),
    ("three", "Vi deltar i [[Stora Drogkonferensen Malmö]] i mars."),
    # English title case
    ("english", "Thanks to [[Night Time Economy]] for organising the outreach night."),
    ("english", "The report was written by [[Harm Reduction International]] and checked by staff."),
    ("english", "Please contact [[Outreach Van Two]] if the kit runs out."),
    ("english", "Reviewed by [[Clinical Governance Board]] on Monday."),
    ("english", "Vi läste [[Drug Policy Futures]] inför mötet."),
    ("english", "Boken [[Hidden Harms Today]] rekommenderas."),
    # a thing's run joined to a found name by a comma, och, &
    ("coord", "Handläggare Leila, [[Enhet Ungdom]]. Ärendet är avslutat."),
    ("coord", "Hälsningar Ulla Berg, [[Café Ljuspunkten]]"),
    ("coord", "Mvh Petra, [[Mottagning Brygga Öst]]"),
    ("coord", "Kvällens band var Sara Holm och [[Vinter Vals]]."),
    ("coord", "Sara Holm och [[Kapten Klarsynt]] spelade på festen."),
    ("coord", "Ansvarig Amir, [[Jour Linjen Väst]], tel 010-200 30 40."),
    ("coord", "Hälsningar Tomas, [[Stina Kafé]]"),
    ("coord", "Moderator: Karin Holm & [[Lugna Gatan]]"),
    # after an article, a demonstrative or a plural possessive
    ("det", "Vi bokade ett [[Selma Lagerlöf]]-rum på hotellet."),
    ("det", "They stayed on the [[Grace Darling]] overnight."),
    ("det", "Festen hölls på vårt [[Gustav Vasa]] i centrum."),
    ("det", "Denna [[Astrid Lindgren]]-skola har fått nya rutiner."),
    ("det", "Our [[Florence Nightingale]] ward is full tonight."),
    ("det", "Läkemedlet gavs på denna [[Maria Curie]] avdelning."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
