"""Death notices, funerals and memorials: the things named after persons in this world beside
the persons it names, written in the same frames: the share of negatives flagged and of
persons found, per family.

    python bench/pii/memorial_families.py [-v]

Negatives: churches, chapels and parish halls named after saints or people (`Sofia kyrka`),
memorial funds, foundations and prizes, hymns, songs and works played at funerals
(`Gabriellas sång`), funeral and gravestone firms named after their founders, organisations'
Swish and bankgiro numbers for memorial gifts, and case references with a letter prefix glued
to a date-shaped number (`PS-20261114-2217`). Persons: mourners listed under a notice
(`Mamma Ann-Mari`), names in capitals in registers, maiden names (`f. Lindqvist`), genitives
(`Andreas'`) and the dead named by given name only. Each sentence holds one target (`[[...]]`);
a negative counts as flagged when a finding that would be masked overlaps it, a person as
found when findings that would be masked cover nine tenths of its letters. A third of the
sentences (`crc32(text) % 3 == 0`) is kept out of tuning and printed apart. `-v` prints every
negative flagged and every person missed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "pii"))

from evaluate import masked_whole  # noqa: E402
from marks import run_families  # noqa: E402

from mailgate.scan import publishable, scan  # noqa: E402

# (family, sentence with its target in [[ ]]); all names and numbers are made up.
NEGATIVES: tuple[tuple[str, str], ...] = (
    # churches, chapels, parish halls and cemeteries named after saints or people
    ("church", "Akten hålls i [[Sofia kyrka]] fredagen den 4 december klockan 13."),
    ("church", "Minnesstunden blir i [[Katarina församlingshem]] direkt efter akten."),
    ("church", "Urnan sätts ned i minneslunden vid [[Sankt Mikaels kapell]] i vår."),
    ("church", "Vi har bokat [[Gustav Vasa kyrka]] för begravningen den 12 januari."),
    ("church", "Begravningsgudstjänsten hålls i [[Hedvig Eleonora kyrka]], Stockholm."),
    ("church", "Samling efteråt i [[Adolf Fredriks församlingssal]] med kaffe och smörgås."),
    ("church", "The service will be held at [[St Columba's Church]] on Friday at 11."),
    ("church", "Jordfästningen sker i [[S:t Olofs kapell]] på Norra kyrkogården."),
    ("church", "Kistan står i [[Heliga Birgittas kapell]] fram till onsdag."),
    ("church", "Ceremonin blir i [[Maria Magdalena kyrka]], vi ses vid västra porten."),
    ("church", "Efter akten i [[Engelbrektskyrkan]] bjuder familjen på kaffe."),
    ("church", "Gravsättning på [[Sankt Lars kyrkogård]] i Linköping, i stillhet."),
    ("church", "Kantorn i [[Sankta Clara kyrka]] spelar gärna på minnesstunden."),
    ("church", "Vi har fått tid i [[Karl Johans kyrka]] tisdagen den 8 december."),
    ("church", "Begravningen äger rum i [[Oscar Fredriks kyrka]] i Göteborg."),
    ("church", "Ljuständning i [[Ansgarskapellet]] varje söndag för dem vi mist."),
    ("church", "Efter akten går vi över till [[Johannes församlingshem]] för minnesstund."),
    ("church", "Jordfästning i [[Sankt Petri kyrka]], Malmö, med minnesstund i kyrkans krypta."),
    ("church", "Hon vilar nu på [[Sankt Görans kyrkogård]] bredvid sin man."),
    ("church", "Minnesgudstjänst i [[Birgittakyrkan]] för alla som dött av överdos i år."),
    ("church", "The committal is at [[St Margaret's Chapel]], family flowers only."),
    # memorial funds, foundations and prizes named after persons
    ("fund", "Tänk gärna på [[Lisa Holms minnesfond]] i stället för blommor."),
    ("fund", "Gåvor till [[Stiftelsen Axel Nordins minne]] tas tacksamt emot."),
    ("fund", "Istället för blommor, skänk en gåva till [[Jonas Ekmans fond]] mot narkotika."),
    ("fund", "Pengarna från insamlingen går till [[Emil Vikströms minnesfond]]."),
    ("fund", "Donations in his memory to the [[Callum Reid Memorial Fund]], please."),
    ("fund", "Årets stipendium ur [[Maja Lundgrens stipendiefond]] går till en ung musiker."),
    ("fund", "Minnesgåvor till [[Stiftelsen Ida Bergs minne]] går till lägerverksamhet."),
    ("fund", "Han fick [[Stig Dagermanpriset]] året innan han dog."),
    ("fund", "Välgörenhetsloppet till förmån för [[Noah Petterssons minnesfond]] går i maj."),
    ("fund", "Vi har fått bidrag från [[Karin och Olle Svenssons stiftelse]] till sorgegruppen."),
    # hymns, songs and works played or read at funerals
    ("song", "Solisten sjunger [[Gabriellas sång]] efter minnesorden."),
    ("song", "Vi har valt [[Ave Maria]] som inledning och Den blomstertid nu kommer sist."),
    ("song", "Orgeln spelar [[Idas sommarvisa]] när kistan bärs ut."),
    ("song", "Hennes bror läste ur [[Bröderna Lejonhjärta]] vid kistan."),
    ("song", "Musiken vid avskedet blir [[Annie's Song]] på gitarr."),
    ("song", "The piper will play [[Amazing Grace]] at the graveside."),
    ("song", "Familjen önskar att [[Marias vaggvisa]] spelas före välsignelsen."),
    ("song", "Psalm 297, [[Härlig är jorden]], sjungs stående."),
    ("song", "Efter minnesorden spelas [[Jolene]] i en lugn version, hans favoritlåt."),
    ("song", "Kören framför [[Sankta Lucia]] eftersom hon dog i december."),
    ("song", "Sonen spelar [[Emmas vals]] på dragspel vid minnesstunden."),
    ("song", "Vi avslutar med [[Visa vid vindens ängar]] som hon sjöng för barnen."),
    # funeral and gravestone firms named after their founders
    ("firm", "Kontakta [[Fonus]] i Västerås om tider för visning."),
    ("firm", "Hämtningen sköts av [[Lindqvists Begravningsbyrå]] i morgon bitti."),
    ("firm", "Vi har anlitat [[Stilla Begravningar]] för akten och minnesstunden."),
    ("firm", "Stenen beställs från [[Nilssons Stenhuggeri]] i Hallsberg."),
    ("firm", "Transporten ordnas av [[Begravningsbyrån Axelsson & Son]] i Borås."),
    ("firm", "Fakturan från [[Erikssons Begravningsbyrå]] ska gå till dödsboet."),
    ("firm", "Gravstenen graveras av [[Granit & Minne AB]], leverans i maj."),
    ("firm", "Hon jobbar som begravningsrådgivare på [[Hansson Begravning]] i Kalmar."),
    ("firm", "Blommorna beställs via [[Blomsterhandeln Liljan]] före torsdag."),
    ("firm", "The arrangements are by [[William Purves Funeral Directors]], Edinburgh."),
    ("firm", "Kistan levereras av [[Ekbergs Begravningsservice]] till kapellet."),
    ("firm", "Vi samarbetar med [[Johanssons Stenhuggeri AB]] om enkla gravvårdar."),
    # organisations' Swish and bankgiro numbers for memorial gifts
    ("number", "Minnesgåvor kan swishas till [[123 456 78 90]] (Stiftelsen Ljuset)."),
    ("number", "Swish [[1239003476]], märk gåvan med hennes namn."),
    ("number", "Ge en gåva till Hjärt-Lungfonden, bankgiro [[902-0090]], eller via Swish."),
    ("number", "Minnesgåvor till Föräldraföreningen mot narkotika, Swish [[123-517 46 02]]."),
    ("number", "Insamlingens plusgiro är [[90 17 38-4]] och pengarna går till sorgegruppen."),
    ("number", "Ange swishnummer [[123 605 22 91]] och skriv 'minnesgåva Tove'."),
    ("number", "Bg [[5432-1876]] tar emot minnesgåvor till begravningsfonden."),
    # case and report references with a letter prefix glued to a date-shaped number
    ("ref", "Ärendet har nummer [[PS-20261114-2217]] hos polisen."),
    ("ref", "Ange referens [[BF-20261203-0412]] vid betalning av fakturan."),
    ("ref", "Obduktionsprotokoll [[RMV-20261021-5530]] skickas till polisen."),
    ("ref", "Vår beställning [[GS-20261109-7741]] gäller gravsten och gravering."),
    ("ref", "Please quote [[PF-20261118-0093]] in all correspondence."),
    ("ref", "Transportordern [[TR20261130-118]] är klar för hämtning."),
    ("ref", "Dödsboanmälan registrerad som [[DB-20261102-3306]]."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    # mourners listed under a notice
    ("mourner", "Vår älskade\nTove\nhar lämnat oss.\nMamma [[Ann-Mari]]\nPappa Rickard"),
    ("mourner", "Saknad och älskad.\nMamma Ann-Mari\nPappa [[Rickard]]\nSyskonen Frida och Lukas"),
    ("mourner", "Djupt sörjd.\nMamma Karin\nSyskonen [[Frida]] och Lukas med familjer"),
    ("mourner", "I ljust minne bevaras han av\nMAMMA [[LOTTA]]\nPAPPA ERIK\nsamt släkt och vänner"),
    ("mourner", "Sörjd och saknad av\nHustrun [[Gunilla]]\nBarnen Per och Stina"),
    ("mourner", "Älskad och saknad\nMormor [[Birgit]]\nMorbror Kent med familj"),
    ("mourner", "Min älskade son\nhar somnat in.\nMamma [[Yvonne]]\nSyster Malin"),
    ("mourner", "Tack för allt.\nMorfar Göran\nMormor [[Ulla]]\nKusinerna Alva och Ville"),
    ("mourner", "Sörjd av\nBarnen Maja och [[Anton]]\nsamt vänner"),
    ("mourner", "Deeply missed by\nMum [[Fiona]]\nDad Stuart\nand his sister Kirsty"),
    # names in capitals in registers and on headstones
    ("caps", "Gravsten beställd: [[ROLF SANDVIK]] 1961 – 2026, guldbokstäver."),
    ("caps", "Avliden: [[DOCHERTY M]], inskriven i registret 14.11.2026."),
    ("caps", "Inskription på stenen:\n[[KERSTIN ALMQVIST]]\n*1948 †2026"),
    ("caps", "Register: [[JONSSON, PETRA]], gravplats 14, kvarter C."),
    ("caps", "Name of deceased: [[ANDERSON, CRAIG]]. Date of death: 3 November 2026."),
    ("caps", "Kvitterat av [[HOLM T]], bårhuset, kl 07.40."),
    ("caps", "Text på plattan: [[ELIAS NORDSTRÖM]] – FÖR ALLTID SAKNAD"),
    # maiden names
    ("maiden", "Vår kära Margareta Sjöberg, f. [[Lindqvist]], har somnat in."),
    ("maiden", "Elsa Holm, född [[Nilsson]], sörjes av barn och barnbarn."),
    ("maiden", "Inger Wall f. [[Åberg]] avled stilla den 2 november."),
    ("maiden", "Anna Lund (född [[Karlsson]]) har lämnat oss i sitt 84:e år."),
    ("maiden", "Mary Campbell, née [[Fraser]], passed away peacefully at home."),
    ("maiden", "Ulla Fors, F. [[Björk]], 1939–2026"),
    # genitives
    ("genitive", "Vi tänder ett ljus för [[Andreas']] skull i kväll."),
    ("genitive", "[[Tobias']] mamma vill att låten spelas i kyrkan."),
    ("genitive", "Alla minns [[Jonas']] skratt, skrev en vän i minnesgruppen."),
    ("genitive", "Vi pratade om [[Elias']] sista månader i samtalsgruppen."),
    # the dead named by given name only in memorial posts
    ("given", "Ett år sedan du lämnade oss, [[Tove]]. Vi saknar dig varje dag."),
    ("given", "Vila i frid [[Robin]] ❤️ du var den snällaste vi kände."),
    ("given", "Idag hade [[Melvin]] fyllt 25. Vi tänder ett ljus vid graven."),
    ("given", "RIP [[Hampus]], för tidigt, alldeles för tidigt."),
    ("given", "Saknar dig så mycket [[Nelly]] 🕊️ vi ses på andra sidan."),
    ("given", "Till minne av [[Viggo]], som dog av en överdos i somras."),
    ("given", "Sov gott lilla [[Ellie]], mamma och pappa älskar dig."),
    # a poem's title to someone names them, as the corpora's gold has it (`Till Liam`)
    ("given", "Vi tänkte läsa dikten Till [[Ingrid]] av hans morfar vid graven."),
    ("given", "Miss you every day, [[Jamie]]. The lads are lighting a candle tonight."),
)


def _found(text: str, start: int, end: int) -> bool:
    return masked_whole(text, start, end, publishable(scan(text)))



if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS, _found))
