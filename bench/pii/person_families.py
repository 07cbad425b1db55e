"""Persons in the families PERSON still misses (capitals, initials, handles, other scripts,
unlisted given names, quoted nicknames, ledgers, lower case in chat, titles and roles, speech
to text), each beside negatives in the same frames (things, places, drugs, works): the share of
persons found and of negatives flagged, per family.

    python bench/pii/person_families.py [kept|tune|all] [-v]

`[[…]]` marks a target in a text; every case is written for this bench (synthetic names,
phone numbers from the fiction range). A third of the texts (`crc32(text) % 3 == 0`) is kept
out of tuning: `kept` scores only those, `tune` the rest, `all` (the default) prints both;
`-v` prints every person missed and every negative flagged.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from marks import kept_out  # noqa: E402

from mailgate.scan import publishable, scan, warm_up  # noqa: E402

MARK = re.compile(r"\[\[(.+?)\]\]")

# (family, text): every marked span is a person.
PERSONS: tuple[tuple[str, str], ...] = (
    ("capitals", "[[NELLIE]]. svara nu, mamma är jätteorolig"),
    ("capitals", "korridor 4 i chatten:\n[[ARVID]]!! var är du, vi står vid entrén"),
    ("capitals", "NAMN: [[HOLMBERG, TOVE]]\nÄrende: spruta i tvättstugan"),
    ("capitals", "Anmälare: [[RASMUS LINDGREN]], vaktmästare"),
    ("capitals", "[[DAMIR]]? hallå? du lovade ringa efter festen"),
    ("capitals", "KÖRSCHEMA V.49\nMÅN [[PETRA ÅSTRÖM]]\nTIS [[KALLE NYBERG]]"),
    ("capitals", "Till: [[SAMUELSSON, LINNEA]] (hyresgäst lgh 1203)"),
    ("capitals", "HON HETER [[MALIN]] OCH HAR TAGIT NÅGOT, RING 112"),
    ("capitals", "okej [[EBBE]] nu får du ge dig, sluta skicka bilder på pulver"),
    ("capitals", "[[JOHANNA]]. ring mig när du läser detta, det gäller din bror"),
    ("capitals", "[[VILMER]], vakna!!! vi måste gå nu"),
    ("initials", "Vi hittade två sprutor bakom containern vid förskolan i morse.\n/[[K]]"),
    ("initials", "Rummet luktade starkt av cannabis när vi kom in. /[[TS]]"),
    ("initials", "Provet skickades till labbet kl 14.\nHälsn. [[M.B.]]"),
    ("initials", "Rapporten skrevs av [[E. Sandqvist]] på nattskiftet."),
    ("initials", "Medverkande vid tillslaget: [[P. Ohlsson]] och [[R. Vikström]]."),
    ("initials", "Tack för hjälpen i kväll!\n– [[J.H.]]"),
    ("initials", "Ansvarig vakt [[H. GRANBERG]] noterade att dörren stod öppen."),
    ("initials", "jag vill inte att mitt namn står med, skriv bara att det var en förälder /[[L]]"),
    ("initials", "Påsen låg under bänken i omklädningsrummet.\n/tränare [[MK]]"),
    ("initials", "Protokollet justeras av [[G. Lindahl]] och [[S. Berglöf]]."),
    ("initials", "Pojken ([[T.R.]], 16 år) fördes till akuten med ambulans."),
    ("initials", "En man, [[PK]], 52 år, avled på platsen enligt polisen."),
    ("initials", "Kvitto för utlämnad nyckel – signatur: \"[[EL]]\""),
    ("initials", "Fakturan godkändes, attestant [[MJ]], men summan var fel."),
    ("initials", "Case 14 (a woman, [[R.N.]], 33 years) was discharged the same night."),
    ("handles", "Maintainers: @[[oskarv]], @[[linneah]]"),
    ("handles", "Svar från [[tove.sjogren]] i tråden: ta inte de gröna"),
    ("handles", "Kontot [[emil_h]] skrev i gruppen att han har Xanax till salu"),
    ("handles", "I loggen: inloggad som [[j.alderin]] kl 03:12"),
    ("handles", "användaren [[saralindh92]] la upp bilden på påsarna"),
    ("handles", "DM från @[[hannesb]]: har du kvar av det blå?"),
    ("handles", "Tråden startades av [[KlaraBerg]] på forumet i går kväll"),
    ("handles", "Reviewers: @[[mjolnir_dev]], @[[astridk]]"),
    ("scripts", "Mamman heter [[Фатима Алиева]] och ringer från Malmö"),
    ("scripts", "Brodern [[Γιάννης]] hittade tabletterna i hallen"),
    ("scripts", "Kontaktperson: [[Ольга Смирнова]], 070-174 06 55"),
    ("scripts", "Hej, [[Αλεξάνδρα]] svarar inte i telefon sedan i går"),
    ("scripts", "Tolken sa att pappan heter [[Дмитрий]] och är 52 år"),
    ("scripts", "Grannen [[Νίκος Παπαδόπουλος]] ringde vakten"),
    ("unlisted", "Min granne [[Hawar]] hittade honom i trapphuset"),
    ("unlisted", "Eleven [[Nuradin Warsame]] lämnade in påsen till kuratorn"),
    ("unlisted", "[[Tesfaldet]] ringde i natt och sa att kompisen inte vaknar"),
    ("unlisted", "Brukaren [[Zilan Demir]] fick naloxon vid busshållplatsen"),
    ("unlisted", "Hon heter [[Dzenana]] och jobbar i kassan på kvällarna"),
    ("unlisted", "Tolk: [[Hamdi Yusuf]], 070-174 06 58"),
    ("unlisted", "Pojken, [[Abdirizak]], 15 år, fördes till akuten"),
    ("unlisted", "Tack [[Semira Gebremedhin]] för att du hörde av dig!"),
    ("nicknames", "Han som säljer kallas \"[[Tjuren]]\" och står vid kiosken"),
    ("nicknames", "köp inte av \"[[Sotis]]\", det är utblandat"),
    ("nicknames", "Min bror, kallad \"[[Knappen]]\", har varit borta i två dagar"),
    ("nicknames", "Alla kallar honom [[Grävlingen]], han bor i husvagnen bakom macken"),
    ("nicknames", "Killen med smeknamnet \"[[Plåten]]\" langar vid skolan"),
    ("nicknames", "det var \"[[Bamsen]]\" som delade ut dom till alla"),
    ("nicknames", "Vi pratade med Oskar Lindén (\"[[Lodjuret]]\") efter mötet."),
    ("nicknames", "Tränaren Sara Holmberg (\"[[Myggan]]\") larmade vakterna."),
    ("nicknames", "spelaren \"[[Vortex]]\" (Emil Sandberg, 19) svimmade vid datorn"),
    ("nicknames", "Kassören Hasse (\"[[Plutten]]\" kallad) har nycklarna till förrådet."),
    ("nicknames", "Our regular, Dean Walsh (\"[[Sparky]]\"), was found behind the bar."),
    ("nicknames", "Grannen Per-Olof ( \"[[Pocket]]\" ) har sett bilen flera nätter."),
    ("nicknames", "Mopedkillen \"[[Turbon]]\" (Amir Haddad, 17) sålde piller vid kiosken."),
    ("nicknames", "Hon bor ihop med Lukas Öberg («[[Bulan]]») sedan i somras."),
    ("nicknames", "Skötaren Jenny Falk (\"[[Fjärilen]]\") skrev avvikelsen."),
    ("ledgers", "skuld:\n[[Vidar]] 300\n[[Halvar]] 150\n[[Irma]] 200"),
    ("ledgers", "Kassaboken: [[Sjöberg]] 450 kr, [[Lindgren]] 300 kr, [[Ekdahl]] 150 kr"),
    ("ledgers", "Pengar in (swish):\n[[Nadja]] 120\n[[Torbjörn]] 80"),
    ("ledgers", "– [[Dilan]] 2 st\n– [[Kasper]] 1 st\n– [[Mira]] 3 st"),
    ("ledgers", "lappen i plånboken: \"[[Ragnvald]] 500, [[Elof]] 250, [[Sixten]] 100\""),
    ("ledgers", "Betalat för bussen:\n[[Hellström]] 350 kr\n[[Bäckman]] 350 kr"),
    ("lower", "var med [[idun]] o [[sigrid]] på festen, dom tog typ allt"),
    ("lower", "fick det från [[vendela]] i går kväll"),
    ("lower", "[[jesper]] säger att han inte tog nåt"),
    ("lower", "hittade [[alvin]] o [[teodor]] i parken helt borta"),
    ("lower", "ps [[edvin lundqvist]] var också där"),
    ("lower", "jag sov hos [[majken]] efter"),
    ("lower", "ring [[sebastian]] om du ser honom"),
    ("lower", "guys [[oliver]] just collapsed what do we do"),
    ("lower", "jag o [[nellie]] gick hem vid 3"),
    ("lower", "tack [[hampus]] för skjutsen"),
    ("lower", "va med [[ingegerd]] hela kvällen hon mådde bra"),
    ("lower", "skicka till [[vincent]] också"),
    ("lower", "vem tog [[ronjas]] väska??"),
    ("lower", "från [[bertil]]:\nnån har lagt en påse i postlådan"),
    ("roles", "kuratorn [[Selma]] pratade med eleverna efteråt"),
    ("roles", "Skolsköterskan [[Yrsa]] fick syn på burken"),
    ("roles", "vaktmästare [[Göte]] låste in påsen"),
    ("roles", "Enhetschef [[Marit Sollenberg]] har informerats"),
    ("roles", "fritidsledaren [[Kenan]] ringde föräldrarna"),
    ("roles", "Pastor [[Elias Wåhlin]] hittade nålar på kyrkans toalett"),
    ("roles", "diakon [[Gunvor]] har hört talas om blå tabletter"),
    ("roles", "Trafikledare [[Runa Holm]] stoppade tåget"),
    ("roles", "kökschefen [[Dragana]] såg honom svimma bakom disken"),
    ("spoken", "röstmemo: hej det är [[bosse]] från fastighet jag ringer om trapphuset"),
    ("spoken", "(diktat) patienten [[göte almqvist]] kom in med andningsdepression"),
    ("spoken", "texten från telefonen: jag pratade med [[stina]] hon säger att det var fentanyl"),
    ("spoken", "röst till text: kunden [[lennart sjödin]] sa att burken var hans frus"),
    ("spoken", "transkribering: och sen kom [[ahmed]] och sa att han hade hittat sprutor"),
    ("spoken", "(autotext) ring tillbaka till [[gunilla]] hon är hemma efter fem"),
    ("streetnamed", "Lappen i fickan:\n[[Tina]] – Tina 3 st – 600\n[[Jonte]] – 2 g – 400"),
    ("streetnamed", "Skuldlistan: [[Ville]] 1 200 / [[Molly]] 800 / [[Sanna]] 450"),
    ("streetnamed", "Kontakter i telefonen: [[Gina]] 0701740633, [[Dennis]] 0701740634"),
    ("streetnamed", "Beställningar fredag:\n[[Lucy]] – Lucy x2 – 500"),
    ("streetnamed", "Kunder v.12\n[[Petter]] 600\n[[Kitty]] 350\n[[Olle]] 900"),
    ("streetnamed", "[[Molly]] 070-174 06 71 (skyldig 300)"),
    ("streetnamed", "anteckning: [[Charlie]] – 2 Charlie – betalt"),
    ("streetnamed", "[[Adam]] – Adam 5 st – 250 kr"),
    ("streetnamed", "Swish in: [[Elvira]] 250, [[Mandy]] 300, [[Rasmus]] 500"),
    ("streetnamed", "nummer på lappen: [[Kristina]] 0701740688, ring efter 18"),
    ("streetnamed", "Det var [[Molly]] som larmade ambulansen när han föll ihop."),
    ("streetnamed", "Jag såg [[Tina]] gå ut genom bakdörren vid ettiden."),
    ("streetnamed", "Kuratorn hade ett långt samtal med [[Gina]] i går."),
    ("streetnamed", "It was [[Lucy]] who found him on the bathroom floor."),
    ("streetnamed", "[[Charlie]] var den som ringde polisen till slut."),
    ("listmates", "Styrelsen: [[Omar Hassan]], [[Tilde Ferm]], [[Nadia Korhonen]]"),
    ("listmates", "På plats var [[Jonas Lindberg]], [[Sunny Bliss]] och [[Majken Holm]]."),
    ("listmates", "Domare: [[Karin Sjöberg]], [[Taavi Lumme]], [[Elin Nordin]]"),
    ("listmates", "Fikagruppen: [[Aino Kivi]], [[Rasmus Ek]], [[Zeynep Dal]]"),
    ("listmates", "Vittnen var [[Anders Bäck]], [[Liv Gran]] och [[Mirza Hodzic]]."),
    ("listmates", "Panelen bestod av [[Hanna Lund]], [[Kito Mbeki]] och [[Per Ström]]."),
    ("listmates", "Crew: [[Sara Lindahl]], [[Noor Fadel]], [[Timo Aalto]], [[Jens Bro]]"),
    ("listmates", "Bandet: [[Ola Sten]], [[Iben Vass]] och [[Kalle Dahl]]."),
    ("staffroles", "Kassapersonal: [[Lisen Åhman]]"),
    ("staffroles", "Vårdpersonal på plats: [[Idun Sæther]] och [[Kajsa Fält]]"),
    ("staffroles", "Guide [[Joy Vinge]] mötte gruppen vid bussen."),
    ("staffroles", "Purser: [[Berit Vall]]. Hytt 4112."),
    ("staffroles", "Streamern [[Aron Tjäder]] stängde chatten."),
    ("staffroles", "Kökspersonal: [[Tiina Rautio]], [[Hamid Rezai]]"),
    ("staffroles", "Värdinna [[Ebba Stål]] visade in gästerna."),
    ("staffroles", "Skribent: [[Minna Lehto]]"),
    ("streetnamed", "Sen kom [[Crystal]] och satte sig bredvid mig i soffan."),
    ("streetnamed", "vi letade efter [[Kitty]] hela natten, hon svarade inte"),
    ("streetnamed", "Skulder (kr):\n[[Harry]] 700\n[[Leila]] 1 100\n[[Emil]] 300"),
    ("speakers", "Skiftchatt natt\nAmira: någon har lämnat sprutor i förrådet"
                 "\n[[J-P]]: jag tar det, "
                 "ringer vakten\nAmira: tack"),
    ("speakers", "Gruppchatt (export)\nHelena: kan någon hämta nycklarna?"
                 "\n[[Farah M]]: jag är där om tio"
                 "\nHelena: bra"),
    ("speakers", "Sara: han har tagit något, andas tungt\n[[Birk Tjäder]]: ring 112 nu"
                 "\nSara: gjort"),
    ("speakers", "Jonas: vem sålde pillren?\n[[Grisen]]: inte jag, fråga Dani\nJonas: ok"),
    ("speakers", "mira: är du hemma?\n[[bosse_k]]: ja kom hit\nmira: fem min"),
    ("speakers", "Liam: did anyone see Kai after midnight?\n[[Dee-Dee]]: he left with the van guy"
                 "\nLiam: thanks"),
    ("speakers", "Hanna: vi har slut på naloxon i väskan\n[[MK]]: beställer i morgon"
                 "\nHanna: toppen"),
    ("speakers", "Erik: hallå, var är ni\n[[Sunny Kärr]]: vi kommer vid sju\nErik: ok"),
    ("speakers", "Teams, jourgruppen:\nMalin: patienten i rum 3 är orolig"
                 "\n[[Ingvar T]]: jag kommer upp"),
    ("speakers", "[[Nora]]: har någon sett Ali?\nPetra: han gick vid två\n[[Nora]]: tack"),
    ("signers", "Nyckeln lämnades till vaktbolaget 23.10.\nKvitterat av: [[TB]]"),
    ("signers", "Dörren var uppbruten, påsen låg på golvet.\nRapporterat av: [[JW]], skyddsvakt"),
    ("signers", "Leverans  Antal  Sign\nVästra lagret  4 kartonger  [[AE]]"
                "\nÖstra lagret  2 kartonger  [[PL]]"),
    ("signers", "Lead: [[KV]]\nCase: overdose at the hostel, room 12"),
    ("signers", "Paketet mottaget av: [[E-M]], receptionen"),
    ("signers", "Checked by: [[RH]] (night shift)"),
    ("signers", "Tid;Händelse;Signatur\n02:10;patienten orolig;[[AK]]\n03:40;sover;[[AK]]"),
    ("signers", "Datum | Åtgärd | Utfört av\n3/12 | sanerat trapphuset | [[GN]]"
                "\n4/12 | bytt lås | [[OS]]"),
    ("signers", "Sammanställt av: [[CJ]] på uppdrag av styrelsen"),
    ("casecaps", "Ärendelista v. 48\nK-26-1102 [[OKONKWO A]] – väntar svar"
                 "\nK-26-1107 [[BERGMARK T]] – klar"),
    ("casecaps", "Sal 4: [[FALKENBERG J]] – abstinens, CIWA 12"),
    ("casecaps", "Obduktionslista\n26-0411 [[KARLSTRÖM P]], inkom 02.10"
                 "\n26-0412 [[MWANGI S]], inkom 03.40"),
    ("casecaps", "Bokningar: rum 12 [[HOLLOWAY R]], rum 14 [[PETRAKIS D]]"),
    ("casecaps", "Ref 2231 – [[QUINLAN B]] – awaiting toxicology"),
    ("casecaps", "Journal 7781 [[ESKILDSEN H]]: inlagd för observation"),
    ("memorial", "RIP [[Hampus]] 💔 du var den snällaste i hela klassen"),
    ("memorial", "R.I.P. [[Deniz]] – alla från laget saknar dig"),
    ("memorial", "Vi tände ljus vid bron i kväll. Vila i frid [[Ilona]]."),
    ("memorial", "rest in peace [[Tobiah]], the lads will never forget you"),
    ("memorial", "Minnesstund på fritidsgården: RIP [[Kasimir Lundh]] (2007–2026)"),
    ("memorial", "sov gott [[Majvi]] ❤️ vi ses sen"),
    ("memorial", "Grupp: \"R.I.P [[Alvar]]\" – 214 medlemmar"),
    ("memorial", "RIP [[Jolo]]. Fattar fortfarande inte."),
    ("listrepeat", "Vi har pratat med Tove Ström och hennes bror. Kvar att ringa: "
                   "[[Ström]] (bror), Ali Farah."),
    ("listrepeat", "Bouppteckning för Jonas Rask klar i dag.\nStatus v. 49: [[Rask]] (klar), "
                   "Nyberg (väntar på bank)"),
    ("listrepeat", "Patienten Eva Frost skrevs ut i går. Uppföljning: [[Frost]] (telefon), "
                   "Kalle Ek (besök)"),
    ("listrepeat", "Ärendet gäller Oskar Sten, 34. Kontaktad: [[Sten]], via sms."),
    ("listrepeat", "Föräldramöte med Maria Lind i tisdags. Närvarande: [[Lind]], rektor, kurator."),
    ("listrepeat", "Dödsbo: Jonna Strid. Klara i veckan: [[Strid]]; Jama; Olsson."),
    ("wordnamed", "Kontaktperson enligt plånboken: [[Vilja Strand]], ej nåbar"),
    ("wordnamed", "Ansvarig i kväll: [[Dag Lind]], ring vid frågor"),
    ("wordnamed", "Protokollet skrevs av sekreteraren.\nJusterare: [[Viola Berg]]"),
    ("wordnamed", "Hans sambo [[Rocky Lönnqvist]] kom och hämtade honom vid tre."),
    ("wordnamed", "Hennes partner [[Sunny Åkerlind]] ringde oss vid midnatt."),
    ("wordnamed", "Min kollega [[Happy Ndlovu]] har sett samma piller på jobbet."),
    ("wordnamed", "Mammans pojkvän [[Lucky Jönsson]] var också där."),
    ("wordnamed", "Anmälare: [[Dag Ek]], vaktmästare på skolan"),
    ("wordnamed", "Our neighbour [[Sunny Okafor]] found him on the stairs."),
    ("filenames", "Bifogar [[tove_nyman]].docx med hennes berättelse."),
    ("filenames", "Ljudfil: intervju_[[hamid_k]].m4a (samtycke finns)"),
    ("filenames", "Se bilaga [[Greta_Lundin]]_CV.pdf"),
    ("filenames", "Sparade chatten som skärmdump_[[sofia]]_natt.png"),
    ("filenames", "Filen [[erik-holmgren]]-intyg.pdf saknar underskrift."),
    ("filenames", "Attached: statement_[[Declan_Moore]].pdf"),
    ("filenames", "Bilagor: protokoll.pdf, samtal_[[linnea_ek]].mp3"),
    ("memorial", "Minnessida: \"RIP [[Zorvan]]\"\nInlägg 1: ljus vid skolan i kväll"),
    ("signers", "03:10 Nycklar lämnade i receptionen. Kvittens: [[Brånnvik]]."),
    ("signers", "Paketet mottaget av: [[Lekander]], receptionen"),
    ("memorial", "Eleverna läste dikten \"Till [[Alva]]\" vid minnesstunden."),
    ("memorial", "Sist spelades sången Till [[Ebbe]], som hans syster skrev."),
    ("memorial", "His cousin read a poem, \"For [[Callum]]\", at the service."),
    ("memorial", "Brevet \"Till [[Hedvig]]\" lästes upp av prästen."),
    ("rolenick", "Förmannen sa att truckföraren \"[[Mackan]]\" delar ut piller på rasten."),
    ("rolenick", "Our flatmate \"[[Biscuit]]\" has been selling Xanax out of his room."),
    ("rolenick", "Grannen \"[[Stålmannen]]\" står och säljer på gården varje kväll."),
    ("rolenick", "Spelaren \"[[Vargen]]\" lämnade matchen efter att ha tagit något."),
    ("rolenick", "The caller \"[[Ziggy]]\" said the pills were pink and bitter."),
    ("rolenick", "Hon sa att kompisen \"[[Pysen]]\" hade tagit tre stycken."),
    ("rolenick", "Patienten \"[[Lillen]]\" vill inte uppge sitt riktiga namn."),
    ("rolenick", "Dörrvakten \"[[Tjuren]]\" såg när de bytte påsar i kön."),
    ("rolenick", "My teammate \"[[Nox]]\" passed out after the LAN party."),
    ("rolenick", "Lagledaren \"[[Bossen]]\" har hand om medicinlådan på resorna."),
    ("rolenick", "Chauffören \"[[Turbo]]\" körde ut paket på nätterna."),
    ("rolenick", "client \"[[Mio]]\" came in at 14:20 with an unknown powder"),
    ("rolenick", "Our neighbour \"[[Duke]]\" has visitors all night long."),
    ("rolenick", "Säljaren, \"[[Kobran]]\", fanns på Flashback också."),
    ("rolenick", "Skiftledaren \"[[Pelle P]]\" vet vem som lämnade sprutorna."),
    ("rolenick", "the dealer \"[[Frosty]]\" now uses a new number"),
    ("tradenick", "Jag köpte från \"[[Gubben]]\" vid Centralen."),
    ("tradenick", "He got the pills from \"[[Moose]]\" at the gym."),
    ("tradenick", "Hon fick tabletterna av \"[[Snickarn]]\" i fredags."),
    ("tradenick", "\"[[Pingvinen]]\" gav honom två tabletter på bussen."),
    ("tradenick", "\"[[Ringo]]\" gave her a bag of powder behind the bar."),
    ("tradenick", "Vi fick numret från \"[[Tanten]]\" på festen."),
    ("tradenick", "Killarna hade köpt från \"[[Kaninen]]\" på Snapchat."),
    ("tradenick", "I received them from \"[[Dot]]\" by post last week."),
    ("tradenick", "Han köpte två gram via Telegram från \"[[Doktorn]]\" i somras."),
    ("tradenick", "They got it from \"[[Shorty]]\" outside the club."),
    ("tradenick", "\"[[Farbror Blå]]\" erbjöd dem gratis prov i parken."),
    ("tradenick", "She said she got them off \"[[Wheels]]\" on Saturday."),
    ("vocative", "Sms till nattchefen 02:10\n[[Kristina]] sorry att jag stör, larmet går igen."),
    ("vocative", "[[Tina]], kan du hämta mig vid stationen? mobilen dör snart"),
    ("vocative", "[[Molly]]! var är du?? vi väntar vid entrén"),
    ("vocative", "[[Gina]] förlåt för i går, jag var inte mig själv"),
    ("vocative", "Meddelande kl 23:40:\n[[Lucy]], du måste svara, mamma är orolig"),
    ("vocative", "[[Charlie]], are you still at the party? text me back"),
    ("vocative", "[[Mandy]] sorry I missed your call, phone was dead"),
    ("vocative", "Röstmeddelande:\n[[Kristina]], ring mig när du hör det här"),
    ("vocative", "[[Henry]], your bag is still in my car"),
    ("vocative", "[[Tina]] tack för att du körde hem mig"),
    ("vocative", "Chatt 01:12\n[[Lucy]]! kom ut nu, taxin står här"),
    ("vocative", "[[Molly]], har du sett min jacka?"),
    ("pillsource", "She got pills from [[Mehmet]] on Friday and felt sick all night."),
    ("pillsource", "Han köpte piller av [[Ali]] på festen i lördags."),
    ("pillsource", "They bought the tablets from [[Darius]] on the train."),
    ("pillsource", "Tabletterna kom från [[Jovan]] på jobbet, sa hon."),
    ("pillsource", "I got two pills off [[Kacper]] on the night bus."),
    ("pillsource", "Kapslarna fick hon av [[Nadja]] på gymmet."),
    ("pillsource", "The capsules came from [[Oskar]] on campus."),
    ("pillsource", "Fick tabletter från [[Ebba]] på bussen hem."),
    ("calledself", "En man som kallade sig [[Doktor Glad]] delade ut piller."),
    ("calledself", "Säljaren har kallat sig [[Lillprinsen]] sedan i somras."),
    ("calledself", "A man calling himself [[Captain Sunshine]] handed out tabs."),
    ("calledself", "The seller called himself [[Shorty]] on the phone."),
    ("calledself", "Hon kallade sig [[Snöflingan]] i chatten."),
    ("calledself", "A woman calling herself [[Auntie Rose]] ran the stall."),
    ("titled", "Remissen besvarades av Prof. [[Wennerbrand]] samma dag."),
    ("titled", "Liebe Frau [[Törnqvist]], anbei die Unterlagen zum Fall."),
    ("titled", "Señora [[Ruiz]] llamó ayer por la tarde."),
    ("titled", "Rozmawiałam wczoraj z pani [[Nowak]] o synu."),
    ("titled", "Föreläsningen hölls av docent [[Lindqvist]] från KI."),
    ("titled", "The case was reviewed by Professor [[Okonkwo]] on Monday."),
    ("titled", "Merci, Monsieur [[Garnier]], pour votre message."),
    ("titled", "Accepted by Prof. [[Hjärnström]]'s team on call."),
    ("titled", "Grazie, signora [[Bellini]], per la chiamata."),
    ("titled", "Svar från professor [[Ekwall]] kommer i morgon."),
)

# (family, text): no marked span may be flagged.
NEGATIVES: tuple[tuple[str, str], ...] = (
    ("capitals", "[[KETAMIN]]! sluta nu, du vet vad som hände sist"),
    ("capitals", "[[GÖTEBORG]]!! vi är framme nu"),
    ("capitals", "[[TRAMADOL]]. han tog fem stycken"),
    ("capitals", "[[OBS]]. dörren ska vara låst efter 22"),
    ("capitals", "[[VARNING]]: [[FENTANYL]] I OMLOPP I [[BORLÄNGE]]"),
    ("capitals", "[[KRYSTALL]]. det var det dom sålde"),
    ("capitals", "[[SNÖ]]? nej tack"),
    ("initials", "Dosen var 5 mg/[[kg]] och gavs långsamt."),
    ("initials", "Plan [[B]] gäller om bussen inte kommer."),
    ("initials", "Brist på vitamin [[D]] är vanligt på vintern."),
    ("initials", "Hälsningar\n/[[HR]]"),
    ("initials", "Se bilaga [[A.1]] för hela listan."),
    ("initials", "Kontrollerad enligt [[ISO]] 9001 i maj."),
    ("initials", "Digital signatur: [[BankID]] krävs för att logga in."),
    ("initials", "[[SJ]], 25 år i trafiken, firar med fika."),
    ("initials", "Avtalet ([[ISO]], 2 år) förnyas i mars."),
    ("initials", "Attestant: [[HR]]-avdelningen, se bilaga."),
    ("handles", "följ @[[polisen_sthlm]] för uppdateringar"),
    ("handles", "Maintainers: @[[vsn-tech]]"),
    ("handles", "Kontot [[ravesweden_events]] postade om festivalen"),
    ("scripts", "Hon flög via [[Москва]] till Stockholm"),
    ("scripts", "Vi träffades i [[Αθήνα]] förra sommaren"),
    ("scripts", "Flaskan hade etiketten [[ميثادون]] på arabiska"),
    ("unlisted", "Vi åkte förbi [[Hagfors]] på vägen hem"),
    ("unlisted", "Provet innehöll [[bromazolam]] och koffein"),
    ("unlisted", "Eleverna på [[Vasaskolan]] fick information"),
    ("nicknames", "pillren kallas \"[[Tesla]]\" och är röda"),
    ("nicknames", "det säljs som \"[[Snö]]\" men är något annat"),
    ("nicknames", "låten \"[[Sommartider]]\" spelades hela kvällen"),
    ("nicknames", "\"[[Blåbär]]\" är en sort gräs som säljs i stan"),
    ("nicknames", "Ola Berg (\"[[Svenska Dagbladet]]\") skrev om saken i går."),
    ("nicknames", "Kim Ek (\"[[Tina]]\" i påsar) greps vid stationen."),
    ("nicknames", "Anna Lund (\"[[Ikea]]\") svarade på frågan."),
    ("nicknames", "Kvällens film: \"[[Nattskiftet]]\" (Maja Ek, 2019), sedan samtal."),
    ("ledgers", "[[Xanax]] 300\n[[Tramadol]] 150\n[[Lyrica]] 200"),
    ("ledgers", "Kvitto: [[Öl]] 45 kr, [[Cider]] 50 kr, [[Chips]] 25 kr"),
    ("ledgers", "– [[Kokain]] 2 g\n– [[Hasch]] 5 g"),
    ("ledgers", "Utgifter:\n[[Ica]] 300\n[[Taxi]] 250"),
    ("lower", "var med [[bussen]] o [[tåget]] hela vägen"),
    ("lower", "fick det från [[apoteket]] i går kväll"),
    ("lower", "tog [[tina]] hela helgen och sov inte"),
    ("lower", "hittade [[hasch]] o [[spice]] i hans rum"),
    ("lower", "vi åkte från [[malmö]] vid tolv"),
    ("lower", "blandade [[molly]] o [[ghb]] och däckade"),
    ("lower", "jag o [[storebror]] gick hem vid 3"),
    ("lower", "skicka till [[skolan]] också"),
    ("roles", "Rektorn på [[Vasaskolan]] har informerats"),
    ("roles", "Enhetschef för [[Socialtjänsten]] har fått rapporten"),
    ("roles", "diakon i [[Sofia församling]] sedan 2019"),
    ("roles", "kökschefen på [[Restaurang Havet]] såg honom svimma"),
    ("spoken", "röstmemo: hej det är [[fastighetsjouren]] jag ringer om trapphuset"),
    ("spoken", "(diktat) patienten kom in med [[andningsdepression]] efter [[oxikodon]]"),
    ("spoken", "texten från telefonen: jag pratade med [[apoteket]] dom säger att "
               "det var fentanyl"),
    ("spoken", "(autotext) vi läste [[röda rummet]] i skolan"),
    ("streetnamed", "Prislista:\n[[Molly]] 300\n[[Tina]] 450\n[[Keta]] 250"),
    ("streetnamed", "Lappen: Kalle – 2 g [[Molly]] – 400\nSara – 1 [[Tina]] – 350"),
    ("streetnamed", "[[Tina]] 2 g, [[Molly]] 5 st, hasch 10 g"),
    ("streetnamed", "Det var [[Molly]] som gjorde honom så paranoid."),
    ("streetnamed", "Jag såg [[Tina]] ligga på bordet i små påsar."),
    ("streetnamed", "Vi hade ett samtal om [[Molly]] och riskerna på festivaler."),
    ("streetnamed", "It was [[Charlie]] that kept him awake all weekend."),
    ("streetnamed", "Pris per gram: [[Crystal]] 400 / [[Tina]] 450 / [[Charlie]] 800"),
    ("streetnamed", "[[Tina]] – vad är [[Tina]]? 3 frågor och svar"),
    ("streetnamed", "Sen kom [[Tina]] in i bilden och allt gick utför."),
    ("streetnamed", "Beslag: [[Molly]] 12 st\n[[Gina]] 2 flaskor\n[[Adam]] 30 st"),
    ("listmates", "Vi åkte via [[Gamla Stan]], Anna Berg och [[Slussen]]."),
    ("listmates", "Sponsorer: [[Svenska Spel]], Omar Hassan, [[Röda Korset]]"),
    ("listmates", "Läsning: [[Röda Rummet]], [[Hemsöborna]] och Selma Lagerlöf"),
    ("listmates", "Besökte Karin Berg, [[Norra Station]] och [[Södra Teatern]]."),
    ("staffroles", "Personalrummet: [[Stora Salen]] på plan 2"),
    ("staffroles", "Guide till [[Gamla Stan]] finns i receptionen."),
    ("staffroles", "Kassapersonal: [[Region Skåne]] betalar lönen"),
    ("speakers", "Anna: vi ses i morgon\n[[Obs]]: dörren låses 22\nAnna: ok"),
    ("speakers", "Karin: listan för fredag\n[[Tid]]: 18.00\n[[Plats]]: Folkets hus"),
    ("speakers", "Malin: priserna nu\n[[Molly]]: 300\n[[Tina]]: 450"),
    ("speakers", "Emil: vad står det på lappen?\n[[PS]]: glöm inte nycklarna\nEmil: ok"),
    ("speakers", "Nils: har du kollat?\n[[IVA]]: patienten flyttad kl 4\nNils: tack"),
    ("speakers", "Lena: kan du ringa?\n[[Re]]: mötet i morgon\nLena: ok"),
    ("speakers", "Maja: vi hörs\n[[Fråga]]: finns det en lista?\n[[Svar]]: nej"),
    ("speakers", "Omar: hej\n[[Edit]]: rättade tiden\nOmar: ok"),
    ("speakers", "Jenny: vad tog han?\n[[Ketamin]]: troligen, enligt kompisen\nJenny: ok"),
    ("signers", "Rapporterat av: [[HR]], se bilaga"),
    ("signers", "Kvitterat av: [[BUP]] Södra"),
    ("signers", "Leverans  Antal  Enhet\nVästra lagret  4 kartonger  [[ST]]"
                "\nÖstra lagret  2 kartonger  [[KG]]"),
    ("signers", "Tid;Händelse;Avdelning\n02:10;patienten orolig;[[IVA]]\n03:40;sover;[[IVA]]"),
    ("signers", "Analys utförd av: [[NFC]] i Linköping"),
    ("signers", "Checked by: [[QA]] (night shift)"),
    ("signers", "Lead: [[THC]] found in all samples"),
    ("signers", "Datum | Åtgärd | Utfört av\n3/12 | sanerat trapphuset | [[IT]]"),
    ("casecaps", "K-26-1102 [[PLAN B]] – väntar svar"),
    ("casecaps", "Sal 4: [[VITAMIN D]] – brist, gavs tillskott"),
    ("casecaps", "26-0411 [[HUS C]], inkom 02.10"),
    ("casecaps", "Ref 2231 – [[SCHEDULE A]] – awaiting review"),
    ("casecaps", "rum 12 [[BLOCK E]], rum 14 [[TRAPPA B]]"),
    ("casecaps", "K-26-1107 [[FENTANYL X]] – analys klar"),
    ("casecaps", "Lot 2231 – [[FORMULA E]] – biljetter"),
    ("casecaps", "Journal 7781 [[BILAGA C]]: inlagd i akten"),
    ("memorial", "RIP [[Myspace]], du var bättre än allt som kom efter"),
    ("memorial", "R.I.P. [[Windows XP]] – supporten slutade i dag"),
    ("memorial", "Vila i frid [[Konsum]] på hörnet, nu blir det pizzeria"),
    ("memorial", "RIP [[Fentanyl]]-kampanjen, den fick ingen budget"),
    ("memorial", "sov gott [[Stockholm]] ❤️ vi ses i morgon"),
    ("memorial", "rest in peace [[Vine]], the best app ever"),
    ("listrepeat", "Vi har pratat med Tove Ström. Kvar att betala: [[Ström]] 450 kr, "
                   "hyra 6 000 kr."),
    ("listrepeat", "Boken om Jonna Strid kom ut i maj. Ämne: [[Strid]] och försoning"),
    ("listrepeat", "Mötet med Eva Frost flyttas. Prognos: [[Frost]] 4 grader i natt"),
    ("listrepeat", "Oskar Sten ringde. Fynd i trädgården: [[Sten]] 2 st, spruta 1 st"),
    ("wordnamed", "Adress: [[Dag Hammarskjölds]] väg 12, Uppsala"),
    ("wordnamed", "Tema: [[Viola Sonat]] nr 2 i kyrkan"),
    ("wordnamed", "Hennes partner [[Happy Socks]] sponsrar loppet i år."),
    ("wordnamed", "Fynd: [[Rosa Krona]], 12 st i en påse"),
    ("wordnamed", "Hans sambo köpte [[Actifed Compound]] på apoteket."),
    ("wordnamed", "Min kollega [[Primavera Sound]]-biljetten har jag kvar."),
    ("wordnamed", "Evenemang: [[Vilja Kraft]]-dagen på torget"),
    ("filenames", "Bifogar [[rapport_v48]].docx med fynden."),
    ("filenames", "Ljudfil: intervju_[[malmo_stad]].m4a"),
    ("filenames", "Se bilaga [[fentanyl_varning]].pdf"),
    ("filenames", "Skärmdump_[[natt_lager]].png"),
    ("filenames", "Attached: [[summary_final]].pdf"),
    ("filenames", "Filen [[maj-rapport]]-2026.pdf"),
    ("filenames", "Bilagor: [[rosa_tabletter]].jpg"),
    ("memorial", "Minnessida: \"RIP [[Myspace]]\"\nInlägg 1: bästa sidan på 2000-talet"),
    ("signers", "03:10 Nycklar lämnade i receptionen. Kvittens: [[Receptionen]]."),
    ("signers", "Ärendet registrerat av: [[Polisen]], region Syd"),
    ("signers", "Signerat av: [[Systemet]] automatiskt"),
    ("memorial", "Kören sjöng sången \"Till [[Sverige]]\" i kyrkan."),
    ("memorial", "Dikten Till [[Havet]] lästes vid graven."),
    ("memorial", "They played the song \"For [[Good]]\" at the end."),
    ("memorial", "Låten \"Till [[Molly]]\" handlar om droger, inte om en person."),
    ("rolenick", "Mottagaren \"[[Polisen]]\" har fått rapporten i dag."),
    ("rolenick", "Avsändaren \"[[Postnord]]\" syns tydligt på paketet."),
    ("rolenick", "Kunden \"[[Ica Maxi]]\" har betalat fakturan."),
    ("rolenick", "Patienten \"[[mår bra]]\" enligt journalen."),
    ("rolenick", "Spelaren \"[[Tesla]]\"-pillren låg i fickan."),
    ("rolenick", "Kompisen \"[[Ecstasy]]\" är inget smeknamn, det är drogen."),
    ("rolenick", "The seller \"[[Oxycontin]]\" listing was removed."),
    ("rolenick", "Grannen sa \"[[Hej]]\" och gick."),
    ("rolenick", "Our neighbour \"[[Region Stockholm]]\" owns the building."),
    ("rolenick", "Dörrvakten \"[[NATO]]\"-jackan var borta."),
    ("rolenick", "Tillverkaren \"[[Geneza]]\" står på varje ampull."),
    ("rolenick", "Arrangören \"[[Nattljus]]\" svarade inte på mejlet."),
    ("rolenick", "Leverantören \"[[Medilux]]\" skickade fel vara två gånger."),
    ("tradenick", "Han hade köpt från \"[[Geneza]]\" labs på nätet."),
    ("tradenick", "Jag köpte från \"[[Apoteket]]\" i går."),
    ("tradenick", "Hon fick tabletterna av \"[[Vårdcentralen]]\" i fredags."),
    ("tradenick", "\"[[Ecstasy]]\" gav honom hjärtklappning hela natten."),
    ("tradenick", "\"[[Tramadol]]\" gave her seizures twice."),
    ("tradenick", "I received them from \"[[Postnord]]\" by post last week."),
    ("tradenick", "Killarna hade köpt från \"[[Systembolaget]]\" innan."),
    ("tradenick", "He got the pills from \"[[Tesla]]\" batch number four."),
    ("tradenick", "Vi fick numret från \"[[Socialtjänsten]]\" på mötet."),
    ("vocative", "[[Tina]], det är farligt att blanda med alkohol."),
    ("vocative", "[[Molly]] 300\n[[Tina]] 450\n[[Keta]] 250"),
    ("vocative", "[[Kristina]]: ny analys visar högre halt i år."),
    ("vocative", "[[Tina]], du vet, är det som folk kallar metamfetamin."),
    ("vocative", "[[Charlie]]? never tried it, is it strong?"),
    ("vocative", "[[Molly]] har du väl aldrig testat?"),
    ("vocative", "[[Lucy]] in the Sky with Diamonds spelades i radion."),
    ("vocative", "[[Kristina]] från Duvemåla sätts upp i höst."),
    ("pillsource", "Pills with [[Superman]] on them were sold at the gate."),
    ("pillsource", "Pillren med [[Tesla]] på var rosa."),
    ("pillsource", "Tablets from [[Apoteket]] on Monday were fine."),
    ("pillsource", "Blå piller med [[Messi]] på båda sidor."),
    ("calledself", "Pillren kallade sig ingenting, de var bara vita."),
    ("calledself", "Gruppen kallade sig [[Tesla]]-gänget på Telegram."),
    ("calledself", "Appen kallar sig [[Telegram]] men är en kopia."),
    ("calledself", "Föreningen kallade sig [[Röda Korset]] i annonsen."),
    ("titled", "Professor [[Balthazar]] är en tecknad serie från Zagreb."),
    ("titled", "Monsieur [[Hulot]] är en film av Jacques Tati."),
    ("titled", "Hon läste om professor i [[Uppsala]] som titel."),
    ("titled", "Prof. [[Dr.]] med. är en tysk titel."),
    ("titled", "Señora [[Tramadol]] är inget namn, det är en skämtbild."),
    ("titled", "Docent i [[farmakologi]] sedan 2019."),
)



def unmarked(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without its marks, and the spans the marks held."""
    text, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        text.append(marked[pos:m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m.group(1))))
        text.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


def tally(cases: tuple[tuple[str, str], ...], which: str, person: bool,
          verbose: bool) -> dict[str, list[int]]:
    """Per family: [hits, total]; a person is hit when found, a negative when flagged."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for family, marked in cases:
        text, spans = unmarked(marked)
        if which != "all" and kept_out(text) != (which == "kept"):
            continue
        found = [f for f in publishable(scan(text)) if not person or f.type == "PERSON"]
        for start, end in spans:
            hit = any(f.start < end and start < f.end for f in found)
            out[family][0] += hit
            out[family][1] += 1
            if verbose and hit != person:
                word = "MISSED " if person else "FLAGGED"
                print(f"  {word} {family}: {text[start:end]!r} in {text!r}")
    return out


def report(which: str, verbose: bool) -> None:
    for person, cases in ((True, PERSONS), (False, NEGATIVES)):
        per = tally(cases, which, person, verbose)
        hit = sum(v[0] for v in per.values())
        total = sum(v[1] for v in per.values())
        word = "persons found" if person else "negatives flagged"
        rows = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per.items()))
        print(f"{which:5} {word}: {hit}/{total} = {hit / max(1, total):.1%}  ({rows})")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    warm_up()
    for which in ([args[0]] if args else ["tune", "kept"]):
        report(which, verbose)


if __name__ == "__main__":
    main()
