"""Drug, medicine and product names our lists do not hold, and people named like them.

    python bench/pii/drug_names_unseen.py [kept|tune|all] [-v]

The drug side is written in voices and frames that bench/pii/drug_named_stress.py lacks
(outreach logs, festival checking, pharmacy and care notes, forums, seizures, parents, gyms;
Swedish, English, Norwegian and Danish), with names chosen beyond our word lists: Nordic
medicine brands, clippings that are also given names (`Rita` for Ritalin, `Lyra` for Lyrica),
research-chemical codes, multi-word product and strain names, pill stamps, names in quotes and
capitals, misspellings and Swedish inflections (`Tinan`, `Alopamen`, `Xanorna`). The person side
puts people with the same or similar names into the same kinds of texts.

A third of the cases (`crc32(text) % 3 == 0`) is kept out of tuning: `kept` (the default) scores
only those; `tune` the others; `-v` prints every drug case flagged and every person case missed.
A drug case is wrong when any PERSON finding overlaps its name (a half-masked product name
ruins the warning too); a person case is right when a PERSON finding covers the name.
"""

from __future__ import annotations

import sys

from marks import kept_out  # first: it puts the checkout on sys.path

from mailgate.scan import scan, warm_up

# (text, the drug or product name in it)
DRUG: list[tuple[str, str]] = [
    # outreach and low-threshold logs
    ("Uppsökarlogg fredag: två killar vid Centralen hade Alopam som de köpt av en norrman.",
     "Alopam"),
    ("Natten till lördag: Somadril säljs styckvis utanför 7-Eleven, 40 kr tabletten.",
     "Somadril"),
    ("Flera i målgruppen pratar om Paralgin forte som kommer från Norge, mest i Haparanda.",
     "Paralgin forte"),
    ("Han visade en karta Nycodol och undrade om det gick att kombinera med metadon.",
     "Nycodol"),
    ("Kvinnan hade fått Dolol av en bekant i Köpenhamn och tog fyra på en gång.", "Dolol"),
    ("Brukarna kallar Ritalin för Rita här, och Rita kostar 50 kr styck just nu.", "Rita"),
    ("Lyrica heter Lyra på gatan i Malmö, och Lyra blandas med alkohol på helgerna.", "Lyra"),
    ("Ungdomarna på fältet nämner Vival, ett norskt diazepam, som lätt att få tag på.", "Vival"),
    ("Två av killarna hade köpt Codalgin på en resa och delade ut dem på festen.", "Codalgin"),
    ("Sprutbytet fick frågor om Contalgin, som en del byter mot Subutex.", "Contalgin"),
    ("En deltagare berättade att Mandrax har dykt upp igen, pressat med okänt innehåll.",
     "Mandrax"),
    ("Vi såg flera påsar märkta \"Scooby Snax\" vid skateparken, troligen syntetiska "
     "cannabinoider.", "Scooby Snax"),
    ("Rökblandningen \"Bliss Blend\" har gett kramper hos två unga i veckan.", "Bliss Blend"),
    ("Killarna rökte Kush Kandy och en av dem svimmade vid busshållplatsen.", "Kush Kandy"),
    ("Tjejerna på fritidsgården pratade om tinan som går runt i stan.", "tinan"),
    ("Mollyn i helgen var starkare än vanligt, två fick åka in.", "Mollyn"),
    ("Xanorna som säljs i Rinkeby är falska, de innehåller bromazolam.", "Xanorna"),
    ("Alopamen han tog var blå och ovala, inte vita som de riktiga.", "Alopamen"),
    ("Somadrilen tog slut på en timme, sa de som stod vid kiosken.", "Somadrilen"),
    ("Vivalen från Oslo har samma prägling som förra året.", "Vivalen"),
    # festival and drug checking
    ("Drug checking på festivalen: tabletten \"Pink Panther\" innehöll 240 mg MDMA.",
     "Pink Panther"),
    ("Varning: \"Blue Dolphin\" med delfinstämpel har testats positivt för PMMA.",
     "Blue Dolphin"),
    ("Testet visade att \"Donkey Kong\" var överdoserad, över 250 mg per tablett.",
     "Donkey Kong"),
    ("Festivalens testtält: Green Hulk-pillren innehöll koffein och ingen MDMA alls.",
     "Green Hulk"),
    ("Sally säljs som MDA på festivalen, ta hellre en halv om du ändå ska testa.", "Sally"),
    ("Pulvret som kallades Bernice var 30 procent kokain och resten lidokain.", "Bernice"),
    ("Ravers warned each other that \"Yellow Minion\" pills were stronger than usual.",
     "Yellow Minion"),
    ("The checking service found that \"Red Bull\" tabs contained pentylone, not MDMA.",
     "Red Bull"),
    ("What people sold as Moxy at the party turned out to be 4-HO-MET.", "Moxy"),
    ("The crystals labelled Hex-en were tested and found to be N-ethylhexedrone.", "Hex-en"),
    ("Someone passed round Metocin and two people were sick for hours.", "Metocin"),
    ("Two tabs of 1cP-LSD and one of AL-LAD were handed in for testing.", "AL-LAD"),
    ("Varning för Bromo-Dragonfly som säljs som LSD på lappar.", "Bromo-Dragonfly"),
    ("Pillret med stämpeln Gold Bar innehöll 3-MMC och koffein.", "Gold Bar"),
    # pharmacy, care and school
    ("Patienten uppger intag av Somadril och alkohol, vaken men slö vid ankomst.", "Somadril"),
    ("Anhörig uppger att pat. tagit okänt antal Alopam under natten.", "Alopam"),
    ("Pat har köpt Rikodeine på nätet och använder dagligen sedan två månader.", "Rikodeine"),
    ("Inkommer efter intag av Panadeine och Solpadeine, paracetamolhalt tas.", "Solpadeine"),
    ("Skolsköterskan hittade Actiq-klubbor i en elevs skåp och ringde föräldrarna.", "Actiq"),
    ("Eleven berättade att Conny, alltså Concerta, säljs i korridoren för 30 kr.", "Conny"),
    ("Kuratorn fick höra att Dexie går runt på gymnasiet inför proven.", "Dexie"),
    ("Apoteket har fått flera falska recept på ALOPAM och VIVAL denna månad.", "ALOPAM"),
    ("SOMADRIL har inte sålts i Sverige sedan 2008 men finns kvar på nätet.", "SOMADRIL"),
    ("Mamman skrev att sonen köpt Xanaks på Telegram och att hon hittat kartor i rummet.",
     "Xanaks"),
    ("Han har fått Subotex utskrivet i Finland men säljer hälften vidare.", "Subotex"),
    ("Min dotter tog Stessolid från mormors skåp och somnade i badkaret.", "Stessolid"),
    ("Jag hittade Ritalinn och en rulle sedlar i hans jacka.", "Ritalinn"),
    ("Pojken hade Lyricka och en påse med gräs när polisen stoppade honom.", "Lyricka"),
    # forums and chats
    ("anyone tried Rita before an exam? asking for a friend lol", "Rita"),
    ("Vallie and a few beers knocked me out cold last night", "Vallie"),
    ("Bob Hope is what my uncle still calls hash, old London slang.", "Bob Hope"),
    ("got some Billy for the weekend, the stuff from last week was rubbish", "Billy"),
    ("Roxanne was proper cut this time, more laxative than anything", "Roxanne"),
    ("Pablo is expensive round here, 90 a gram and barely any good", "Pablo"),
    ("nån som kört Mimosa? luktar citrus och ger en jäkla huvudvärk", "Mimosa"),
    ("Lemon Cherry Gelato kostar 150 spänn grammet i Göteborg nu", "Lemon Cherry Gelato"),
    ("Permanent Marker är det starkaste jag rökt, fast den luktar lösningsmedel",
     "Permanent Marker"),
    ("Ghost Train Haze gav mig panikångest, aldrig mer", "Ghost Train Haze"),
    ("köpte Sherbanger från en snubbe på Snap, helt okej", "Sherbanger"),
    ("Quaaludes finns knappt längre, det som säljs som Ludes är metakvalon-kopior", "Ludes"),
    ("har nån testat O-PCE? låter som ett sämre 3-HO-PCP", "O-PCE"),
    ("2F-DCK kickar långsamt så ta inte om för tidigt", "2F-DCK"),
    ("U-47700 säljs fortfarande under namnet Pinky på vissa sajter", "Pinky"),
    ("Moggies went round the squats in the eighties, now it's all Xans", "Moggies"),
    ("Vicky is what the Americans on the forum call Vicodin", "Vicky"),
    ("Betty is their word for crack in that neighbourhood, apparently", "Betty"),
    ("Kenny got passed round after the rave, it was cut with something", "Kenny"),
    # police, customs and seizures
    ("Tullen i Helsingborg beslagtog 4 000 tabletter Somadril i en lastbil från Polen.",
     "Somadril"),
    ("Beslaget: 300 gram kokain, 120 tabletter Alopam och en våg.", "Alopam"),
    ("I bagageutrymmet låg 2 kg cannabis av sorten Gelato 41 och 500 gram hasch.",
     "Gelato 41"),
    ("Polisen hittade \"Pandora Gold\" i påsar som liknade godis.", "Pandora Gold"),
    ("Tullen stoppade ett paket med \"Annihilation\" från Storbritannien.", "Annihilation"),
    ("Försändelsen innehöll Mojo, en rökblandning med syntetiska cannabinoider.", "Mojo"),
    ("Customs found 900 Paralgin tablets hidden in coffee packs.", "Paralgin"),
    ("Officers seized N-Bomb blotters stamped with a yellow star.", "N-Bomb"),
    ("Police in Bergen seized Pinky powder marked as plant food.", "Pinky"),
    # Norwegian and Danish
    ("Rusetaten melder at Vival og Rivotril selges billig ved Oslo S.", "Vival"),
    ("Vi har sett mye Paralgin forte blant ungdom på Grünerløkka i høst.", "Paralgin forte"),
    ("Brugerne i Vesterbro fortæller at Alopam igen er let at få fat i.", "Alopam"),
    ("Gadenavnet Rita bruges om Ritalin blandt unge i Aarhus.", "Rita"),
    ("Dolol og alkohol er en farlig blanding, siger lægen på Rigshospitalet.", "Dolol"),
    # gyms, doping and aesthetics
    ("På gymmet säljs \"Shredz Max\" som fettförbrännare, men den innehåller DMAA.",
     "Shredz Max"),
    ("Han hade tagit Anabolic Storm i sex veckor när levervärdena steg.", "Anabolic Storm"),
    ("Produkten \"Nordic Shred\" visade sig innehålla sibutramin.", "Nordic Shred"),
    ("Flera kunder köpte Oxy Elite Pro trots att den dragits in.", "Oxy Elite Pro"),
    ("Pre-workouten Craze innehöll en amfetaminanalog enligt analysen.", "Craze"),
    ("Tjejen använde Tanning Nasal, en nässpray med melanotan, i tre månader.",
     "Tanning Nasal"),
]

# (text, the person's name in it)
PERSON: list[tuple[str, str]] = [
    ("Rita ringde till mottagningen i morse och bad om en ny tid.", "Rita"),
    ("Jag pratade med Rita efter mötet, hon har varit drogfri i ett år.", "Rita"),
    ("Rita Lindblom, 34 år, kom in med bröstsmärtor efter kokain.", "Rita Lindblom"),
    ("Lyra berättade att hennes bror tagit Alopam och inte vaknade.", "Lyra"),
    ("Skolsköterskan har träffat Lyra två gånger i veckan sedan oktober.", "Lyra"),
    ("Sally called the helpline because her friend had taken MDA.", "Sally"),
    ("I met Sally Harper at the festival tent; she volunteers with drug checking.",
     "Sally Harper"),
    ("Bob sa att han slutat med Somadril men suget finns kvar.", "Bob"),
    ("Bob Ekvall, 52, fick naloxon av ambulanspersonalen.", "Bob Ekvall"),
    ("Billy och hans mamma kom till akuten strax efter midnatt.", "Billy"),
    ("Billy told the nurse he had mixed Vival with beer.", "Billy"),
    ("Roxanne skrev på forumet att hon sett falska Xanor i Malmö.", "Roxanne"),
    ("Roxanne Eklund arbetar som fältassistent i Borlänge.", "Roxanne Eklund"),
    ("Bernice har varit kontaktperson för familjen sedan i våras.", "Bernice"),
    ("Pablo erbjöd mig Alopam på toaletten men jag sa nej.", "Pablo"),
    ("Pablo Ortega, 19, hittades medvetslös i trappuppgången.", "Pablo Ortega"),
    ("Valerie lämnade in pillren till testtältet för analys.", "Valerie"),
    ("Vicky and her sister left the party before anything happened.", "Vicky"),
    ("According to Betty, someone put something in her drink.", "Betty"),
    ("Kenny fyller 18 nästa vecka och vill börja på Komvux.", "Kenny"),
    ("Conny Dahlqvist på socialtjänsten har ansvar för ärendet.", "Conny Dahlqvist"),
    ("Jag och Conny har varit vänner sedan lågstadiet.", "Conny"),
    ("Dexie skrev i chatten att hon mådde dåligt efter festen.", "Dexie"),
    ("Tina som jobbar på fältet ringde och berättade om Somadrilen.", "Tina"),
    ("Molly, 17 år, hade fått tabletter av en äldre kille.", "Molly"),
    ("Tack Stella för att du tog hand om honom i natt.", "Stella"),
    ("Bella sa att \"Pink Panther\" var det som gjorde henne sjuk.", "Bella"),
    ("Elvis Nordin, 23, uppger att han köpt Rita av en klasskamrat.", "Elvis Nordin"),
    ("Hälsa Mimmi och säg att vi saknar henne på gruppen.", "Mimmi"),
    ("Kenneth och Lyra var de som larmade vakterna.", "Lyra"),
    ("Min kompis Pablo tog en halv och mådde illa hela natten.", "Pablo"),
    ("Grannen såg Betty gå hem ensam vid tretiden.", "Betty"),
    ("Rektorn har pratat med Billy och hans pappa om det som hände.", "Billy"),
    ("Rita och jag har bott ihop i tre år.", "Rita"),
    ("We have not heard from Roxanne since Friday and are worried.", "Roxanne"),
    ("Please pass this on to Bernice and the rest of the outreach team.", "Bernice"),
    ("Bob told me he got the Paralgin from his cousin in Tromsø.", "Bob"),
    ("Hej Valerie! Tack för igår, hör av dig om du behöver prata.", "Valerie"),
    ("Ring Vicky Strand på mottagningen om du har frågor.", "Vicky Strand"),
    ("Kristall-Kenny sålde tydligen till yngre elever enligt Sally.", "Sally"),
    ("Mamma till Lyra: hon har inte kommit hem sedan i lördags.", "Lyra"),
    ("Stella, 16, fick åka ambulans efter att ha druckit GHB.", "Stella"),
    ("Kuratorn har bokat ett samtal med Dexie på fredag.", "Dexie"),
    ("Conny erbjöd mig Rita på bussen men jag vågade inte.", "Conny"),
    ("Sally och Bob kom till testtältet tillsammans vid midnatt.", "Bob"),
]



def part(text: str, which: str) -> bool:
    return which == "all" or (which == "kept") == kept_out(text)


def flagged(text: str, name: str, covering: bool) -> bool:
    s = text.index(name)
    e = s + len(name)
    for f in scan(text):
        if f.type != "PERSON":
            continue
        if covering and f.start <= s and f.end >= e:
            return True
        if not covering and f.start < e and s < f.end:
            return True
    return False


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    which = args[0] if args else "kept"
    verbose = "-v" in sys.argv
    warm_up()
    for side, cases in (("drug", DRUG), ("person", PERSON)):
        n = hit = 0
        for text, name in cases:
            if not part(text, which):
                continue
            got = flagged(text, name, covering=side == "person")
            n += 1
            hit += got
            if verbose and got == (side == "drug"):
                print(f"  {side} {'FLAGGED' if got else 'MISSED'} {name!r}: {text}")
        word = "drug flagged" if side == "drug" else "person found"
        print(f"{which} {side}: {word} {hit}/{n} = {hit / max(1, n):.1%}")


if __name__ == "__main__":
    main()
