"""PERSON's old Swedish given names: names of grandparents' and great-grandparents' time
(`Agda`, `Edla`, `Thyra`, `Jöns`, `Brynolf`) and old spellings (`Pehr`, `Gustafva`,
`Wendela`), each beside look-alikes in the same frames that must stay unflagged.

    python bench/pii/person_oldnames.py [-v]

Voices: a home-care worker's visit log, a genealogy forum post about a relative's overdose,
an elderly care home's medication deviation report, a grandchild's SMS pasted into a
report, a parish deacon's note, an estate inventory's cover letter. Families: `alone` (an old
given name after a verb or a kin word: `besökte Agda`, `farmor Edla`), `full` (an old given
name and a surname, also a surname that is a place or a word: `Agda Lund`, `Thyra Berg`),
`start` (an old given name opening a sentence: `Torborg ringde`), `lower` (in lower case in a
chat: `hämta alfhild`), `genitive` (`Helfrids dotter`), `signed` (a signature: `/Gustava`),
`soldier` (a soldier's surname that is a word: `Adam Krona`, `Frau Törn`, `Sixten Uggla`),
`handle` (a double given name's user name: `ulla-britt.ek`).
Negatives stand in the same frames: a court, church, ship, street, place or firm with an old
name (`Göta hovrätt`, `Dorotea`, `Engelbrekts kyrka`), old words in lower case, a soldier
name's word as a thing (`Lax med potatis`, `en krona`, `Glad påsk`), hyphened words joined
by dots (`self-service.se`, `follow-up.docx`).

A person counts as found when a PERSON finding covers the name; a negative as flagged when a
finding that would be masked overlaps it. A third (`crc32(text) % 3 == 0`) is kept out of
tuning; `-v` prints every person missed and negative flagged. All names are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

PERSONS: tuple[tuple[str, str], ...] = (
    # an old given name after a verb or a kin word
    ("alone", "Besökte [[Agda]] kl 10, hon hade inte tagit morgondosen."),
    ("alone", "Jag pratade med [[Edla]] om tabletterna i dosetten."),
    ("alone", "Farmor [[Alfhild]] hittade burken i badrumsskåpet."),
    ("alone", "Ringde [[Torborg]] två gånger utan svar."),
    ("alone", "Hämtade ut medicinen åt [[Helfrid]] på apoteket."),
    ("alone", "Min mormor [[Gustava]] fick fel dos av nattpersonalen."),
    ("alone", "Diakonen träffade [[Brynolf]] i församlingshemmet."),
    ("alone", "Vi har tagit hand om [[Emerentia]] sedan i våras."),
    ("alone", "Morfar [[Jöns]] sparade alla sina gamla sömntabletter."),
    ("alone", "Anhörig: dottern till [[Wendela]], ring efter tre."),
    # an old given name and a surname
    ("full", "Jag pratade med [[Agda Lund]] i telefon i går."),
    ("full", "Avvikelse gäller [[Thyra Berg]], rum 14."),
    ("full", "Min farfars far [[Pehr Johansson]] dog 1931 av morfin."),
    ("full", "Dödsboet efter [[Edla Holm]] har hittat tabletter i en låda."),
    ("full", "Boende: [[Torun Sjöberg]], född 1931."),
    ("full", "Kontaktperson [[Alfhild Strand]] nås på kvällstid."),
    ("full", "Släktforskning: [[Jöns Persson]] och hans hustru flyttade till Ystad."),
    ("full", "Hemtjänsten hos [[Gustafva Eriksson]] rapporterade yrsel."),
    ("full", "[[Brynolf Sundin]] bor kvar i huset på landet."),
    ("full", "Vittne: [[Kettil Ek]], granne."),
    # an old given name opening a sentence
    ("start", "[[Torborg]] ringde i morse och lät förvirrad."),
    ("start", "[[Thyra]] har inte ätit sedan i fredags."),
    ("start", "[[Edla]] säger att hon tog två tabletter extra."),
    ("start", "[[Alfhild]] vill inte längre ha hemtjänst."),
    ("start", "[[Jöns]] var på gott humör i dag."),
    ("start", "[[Emerentia]] föll i trappan i natt."),
    # in lower case in a chat
    ("lower", "mamma: kan du hämta [[alfhild]] på dagverksamheten"),
    ("lower", "har du pratat med [[agda]] om pillren?"),
    ("lower", "morfar [[brynolf]] har slut på sina värktabletter"),
    ("lower", "ok jag ringer [[torborg]] ikväll"),
    # a genitive
    ("genitive", "[[Helfrids]] dotter hittade henne på köksgolvet."),
    ("genitive", "Vi ringde [[Agdas]] son men han svarade inte."),
    ("genitive", "[[Thyras]] läkare har ändrat dosen."),
    ("genitive", "Jag hämtade [[Brynolfs]] recept på vårdcentralen."),
    # a signature
    ("signed", "Tack för hjälpen!\n/[[Gustava]]"),
    ("signed", "Hälsningar\n[[Torun Lindgren]]\ndiakon"),
    ("signed", "Mvh [[Edla]]"),
    ("signed", "Vänligen,\n[[Pehr Ahlström]]"),
    # a soldier's surname that is a word (Törn, Lax, Krona, Hurtig, Uggla)
    ("soldier", "Liebe Frau [[Törn]], anbei die Liste der Teilnehmer."),
    ("soldier", "Gänget: Linus, [[Adam Krona]] och två till."),
    ("soldier", "Anhörig: [[Greta Hurtig]], dotter, 070-serien."),
    ("soldier", "Dödsboet efter [[Sixten Uggla]] hittade morfin i skafferiet."),
    ("soldier", "Min farfar [[Algot Tapper]] var soldat i Västmanland."),
    ("soldier", "Kontakta [[Henrik Stolt]] på avdelning 7."),
    ("soldier", "Mötet leddes av [[Karin Trana]] från kommunen."),
    ("soldier", "Hälsningar\n[[Erik Spjut]]"),
    ("soldier", "Jag ringde [[Ulla Hök]] men hon svarade inte."),
    ("soldier", "Boende: [[Gunnar Rapp]], rum 9."),
    ("soldier", "Enligt kurator [[Lustig]] ska eleven få stöd."),
    ("soldier", "Patienten [[Tove Sparv]] skrevs ut i går."),
    # a user name of a double given name and a surname joined by dots
    ("handle", "Deltagarlistan visar [[ulla-britt.ek]] och två gäster."),
    ("handle", "08:14 [[karl-johan.berg]] 203.0.113.75 OK"),
    ("handle", "Kontot [[anna-karin.nystrom]] är låst sedan i fredags."),
    ("handle", "Från: [[jan-erik.lind]] (intern chatt)"),
    ("handle", "The meeting was booked by [[per-olof.sjoberg]] last week."),
    ("handle", "Behörighet saknas för [[eva-lotta.wiklund]] i journalen."),
    ("handle", "Ändrad av [[lars-göran.holm]] 2026-11-02 kl 10:31"),
    ("handle", "skicka till [[ann-sofie.dahl]] på teams"),
    ("handle", "Signed in: [[karl-erik.strom]] och två till"),
    ("handle", "Ärendet tilldelat [[lena-maria.sandberg]] (handläggare)."),
    ("handle", "Utskriven av [[maj-britt.olsson]] på natten."),
    ("handle", "cc: [[sven-erik.nordin]], rektor"),
    ("handle", "kolla med [[britt-marie.lund]] om nycklarna"),
    ("handle", "Senast inloggad: [[carl-johan.ahl]]"),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    # a court, a church, a ship, a firm or a place after a verb
    ("alone", "Jag pratade med [[Göta]] hovrätt om överklagandet."),
    ("alone", "Besökte [[Dorotea]] hälsocentral kl 10."),
    ("alone", "Ringde [[Svea]] hovrätt två gånger utan svar."),
    ("alone", "Farmor bodde i [[Dorotea]] hela livet."),
    ("alone", "Hämtade ut medicinen på [[Engelbrekts]] apotek."),
    # an old name of a thing beside a word that is also a surname
    ("full", "Avvikelse gäller [[Göta]] kanal, sluss 14."),
    ("full", "Dödsboet har sålt huset vid [[Svea]] livgarde."),
    ("full", "Hemtjänsten i [[Dorotea]] kommun rapporterade personalbrist."),
    # a sentence opened by a thing
    ("start", "[[Engelbrekts]] kyrka ringde i morse om begravningen."),
    ("start", "[[Göta]] älv har stigit sedan i fredags."),
    ("start", "[[Svea]] hovrätt säger att domen står fast."),
    # old words in lower case in a chat
    ("lower", "mamma: han drog [[lotten]] med vinsten"),
    ("lower", "det var bara [[agnar]] kvar i säcken"),
    ("lower", "med [[hulda]] händer tog hon hand om oss"),
    ("lower", "ok jag ringer [[tjänsten]] ikväll"),
    # a thing's genitive
    ("genitive", "[[Göta]] hovrätts dom kom i går."),
    ("genitive", "[[Doroteas]] vårdcentral har ändrat öppettiderna."),
    # a signature of a body
    ("signed", "Tack för hjälpen!\n/[[Svea]] hovrätt"),
    ("signed", "Mvh [[Dorotea]] kommun"),
    # the same words as things in those frames
    ("soldier", "Liebe Frau Berg, anbei die Liste der [[Teilnehmer]]."),
    ("soldier", "Gänget åt [[Lax]] med potatis efter träningen."),
    ("soldier", "Det kostar en [[krona]] per sms."),
    ("soldier", "[[Glad]] påsk önskar vi på mottagningen!"),
    ("soldier", "[[Tapper]] kämpade hon vidare, skriver sjuksköterskan."),
    ("soldier", "Han var [[Stolt]] över att ha klarat en vecka utan."),
    ("soldier", "Hälsningar från [[Uggla]] förskola"),
    ("soldier", "Vi såg en [[Trana]] vid sjön under promenaden."),
    ("soldier", "Jag ringde [[Hurtig]] hemtjänst men ingen svarade."),
    ("soldier", "Boende på [[Tallbacken]], rum 9."),
    ("soldier", "[[Lustig]] historia, men inget för protokollet."),
    ("soldier", "Han köpte en [[Krona]] Pilsner på krogen."),
    # hyphened words joined by dots: hosts, files, menu paths
    ("handle", "Deltagarlistan finns på [[self-service.se]] och i mappen."),
    ("handle", "08:14 [[anti-doping.se]] 203.0.113.75 OK"),
    ("handle", "Kontot [[follow-up.docx]] är låst sedan i fredags."),
    ("handle", "Från: [[long-term.plan]] (intern chatt)"),
    ("handle", "The meeting was booked via [[check-in.desk]] last week."),
    ("handle", "Behörighet saknas för [[drop-in.mottagning]] i journalen."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
