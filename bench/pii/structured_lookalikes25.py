"""Structured look-alikes beside true identifiers in the same frames (struct25): numbers that
are no one's phone or account, plate-shaped codes, addresses that are no one's home.

    python bench/pii/structured_lookalikes25.py [-v]

Voices: a festival's harm-reduction tent log, a customs seizure note, a poison centre's
call-back list, a prison health unit's handover, a lab's sample-shipping mail, a bike
workshop's order sheet, a ferry crew's English incident note, a Finland-Swedish school
nurse, a youth club's group chat, a needle-exchange van's rota. Families: `service` (a
number printed for the public: 1177, 112, 114 14, a helpline, a switchboard), `code` (a
case, order, batch, lot, article, invoice or tracking number, times, ranges, measures,
postal codes), `bank` (an account-shaped number that is a reference, an OCR, a card's last
digits), `plate` (a model, a flight, a form, a pill stamp, a product code), `address` (an
institution's, a public place's, a street named without a number, a direction). Targets
stand in the same frames: a person's mobile, a person's account, a car's plate, a home.

A target counts as found when a masked finding other than PERSON overlaps it; a negative as
flagged when any masked finding overlaps it. A third (`crc32(text) % 3 == 0`) is kept out
of tuning; `-v` prints every miss and flag. Phones are from fiction ranges (PTS 070-174 06
xx, 08-465 004 xx, 031-390 06 xx, 040-628 04 xx); all names, plates, accounts and streets
are made up.
"""

from __future__ import annotations

import sys

from marks import run_families


def structured_found(text: str, start: int, end: int) -> bool:
    from mailgate.scan import publishable, scan

    return any(f.type != "PERSON" and f.start < end and start < f.end
               for f in publishable(scan(text)))


NEGATIVES: tuple[tuple[str, str], ...] = (
    # numbers printed for the public
    ("service", "Tältet: vid akut fara ring [[112]], annars sjukvårdsrådgivningen 1177."),
    ("service", "Tipsa gästerna om Stödlinjen, [[020-81 91 00]], dygnet runt."),
    ("service", "Vid förgiftning: Giftinformationscentralen [[010-456 67 00]] (icke akut)."),
    ("service", "Polisen nås på [[114 14]] om det inte är akut."),
    ("service", "Kontakta vårdcentralens växel [[031-390 06 00]] för ny tid."),
    ("service", "Callers were told to ring the switchboard on [[08-465 004 00]] after nine."),
    ("service", "Infoskylt vid entrén: Självmordslinjen [[90101]], chatt öppen till 22."),
    ("service", "Anstaltens växel [[040-628 04 00]] kopplar vidare till sjukvården."),
    # codes, references, times and measures
    ("code", "Beslaget registrerades under ärendenummer [[5000-K123456-26]] hos Tullverket."),
    ("code", "Proverna skickades med kolli-id [[JJD 0002 2491 8870]] till labbet i Umeå."),
    ("code", "Batch [[2410-77312]] av naloxonspray är återkallad enligt leverantören."),
    ("code", "Order [[4471 2290 118]] levererad, kedjan och bromsarna ligger i lådan."),
    ("code", "Öppettider fredag [[18.00-02.30]], lördag 16.00-03.00, i tältet vid scen B."),
    ("code", "Fakturanummer [[71 004 229 8]] förfaller den 30:e, betala via bankgiro."),
    ("code", "Sample tube lot [[LOT 0421 7783 90]] must be stored below 8 degrees."),
    ("code", "Postnummer [[416 64]] gäller för hela området runt festivalen."),
    ("code", "Artikelnummer [[700 1442 06]] är testremsor för fentanyl, 10 st per påse."),
    ("code", "Ferry log: engine hours [[0412 3391]], no incidents reported on deck 5."),
    # account-shaped numbers that are no account
    ("bank", "Betala till konto enligt avin, OCR [[7410 3382 1106 5]], senast fredag."),
    ("bank", "Kortet som slutar på [[4821]] spärrades, kontot är öppet igen."),
    ("bank", "Bankgiro [[5050-1055]] tillhör föreningen, ange namn på deltagaren."),
    ("bank", "Kvitto från kontoret: transaktions-id [[882 910 447 21]], belopp 250 kr."),
    ("bank", "Kontoutdraget visade referens [[2026-118 4471]] för hyran i november."),
    # plate-shaped codes
    ("plate", "Pillret var märkt [[ABC 123]] på ena sidan och tom på den andra."),
    ("plate", "Flight [[SAS 128]] was delayed, so the crew arrived after midnight."),
    ("plate", "Fyll i blankett [[SKV 4820]] och skicka den till Skatteverket."),
    ("plate", "Tabletterna hade präglingen [[GRY 45]], vi skickade en till analys."),
    ("plate", "Cykeln är en [[CRX 300]] från 2019, ramen är spräckt."),
    ("plate", "Ventilen [[DNA 200]] byttes ut i maskinrummet efter larmet."),
    ("plate", "Reservdel [[KTM 690]] är beställd till mopeden, väntar på leverans."),
    # addresses that are no one's home
    ("address", "Tältet står vid [[Stora scenen]], mellan matgatan och toaletterna."),
    ("address", "Provet lämnas på Sahlgrenska, [[Blå stråket 5]], plan 3."),
    ("address", "Ses vid [[Gustav Adolfs torg]] kl 20, bussen går därifrån."),
    ("address", "Bussen stannar på [[Drottninggatan]] utanför biblioteket."),
    ("address", "Mottagningen flyttar till [[Järntorget 3]], Stadsmissionens lokaler."),
    ("address", "Gå norrut längs [[Kungsgatan]] och ta vänster vid apoteket."),
    ("address", "Anstalten ligger på [[Fängelsevägen 1]], besök bokas via växeln."),
    # more codes shaped as plates, bank numbers that are ids, premises in prose
    ("plate", "Vi flög hem med flyg [[KLM 1147]] via Amsterdam, väskan kom inte med."),
    ("plate", "Passengers from flight [[NAX 421]] were screened at the gate by customs."),
    ("plate", "The pills were stamped [[RTX 200]] and looked pressed at home."),
    ("plate", "Tabletten var präglad [[MKX 30]] och ljusblå, se bild."),
    ("plate", "Ansökan görs på blanketten [[FKX 5041]] från Försäkringskassan."),
    ("plate", "Please fill in form [[HRB 110]] before the visit."),
    ("bank", "Kontot på forumet stängdes, användar-id [[771204482211903]] loggat."),
    ("bank", "Swishkontot användes, meddelande [[4471 2290 118]] stod på betalningen."),
    ("bank", "Her account on the app was banned, user id [[5512094418823]]."),
    ("address", "Häktet ligger på [[Kronobergsgatan 9]], besökstid bokas dagen innan."),
    ("address", "The clinic is at [[Sjöbrinken 4]], open for drop-in on Tuesdays."),
    ("address", "Tingsrätten finns numera på [[Rättsgatan 12]] i stan."),
    ("address", "Our office has moved to [[Hamnkajen 3]], same phone number."),
    ("address", "Skolan ligger vid [[Tallbacken 8]], bakom idrottshallen."),
    # a third batch, written before any tuning on it: a needle-exchange van, a court clerk,
    # a ferry's purser, a school nurse in Vasa, a youth club's chat
    ("service", "Bytesbilen: tipsa om Sprututbytets nummer [[040-628 04 30]] (dagtid)."),
    ("service", "Vid frågor om dom, ring tingsrättens kansli [[08-465 004 10]]."),
    ("service", "Kuratorns telefontid: skolans växel [[031-390 06 00]], tisdagar 9-10."),
    ("service", "Purser's note: guests were referred to the ship's reception, [[040-628 04 40]]."),
    ("service", "ok men ring 1177 eller [[113 13]] om det e kris"),
    ("code", "Tid: [[08.15-09.45]] i grupprummet, därefter lunch."),
    ("code", "Mål nr [[T 4471-26]] avgörs i december."),
    ("code", "Sprutorna var [[0,4 x 19]] mm, kanylerna orange."),
    ("code", "Vikt [[1 482 g]], varav 400 g i påsen med texten Haze."),
    ("code", "Paketet hade spårning [[00370 7340 1022 9811]] och gick via Malmö."),
    ("code", "Dom meddelad [[2026-11-30]] kl 10.00 i sal 4."),
    ("code", "Ticket no [[4471 0092 3317]] for the 07:30 crossing was used twice."),
    ("bank", "Kassan registrerade köp nr [[0041 2290 1183]] på kortet."),
    ("bank", "Kontoret i Vasa har FO-nummer [[2841193-5]] enligt registret."),
    ("bank", "Swish-betalningen hade referens [[7741 2290 003]] på kvittot."),
    ("plate", "Modellen heter [[TX 300]] och är en elsparkcykel."),
    ("plate", "Sprutorna kom i kartong [[BDK 310]], 100 st."),
    ("plate", "Färjan MS Gotland angjorde kajplats [[KNB 12]] i Visby."),
    ("plate", "Kursen [[FAR 101]] ges i vår på distans."),
    ("plate", "The router model [[RTX 412]] kept dropping the connection."),
    ("address", "Bytesbilen står vid [[Torggatan]] på torsdagar, bakom biblioteket."),
    ("address", "Tingsrättens kansli, [[Rättsgatan 12]], tar emot handlingar."),
    ("address", "Skolhälsovården finns på [[Skolgatan 3]], ingång B."),
    ("address", "The ship's office is at [[Hamnkajen 1]] next to the terminal."),
    ("address", "ses vid [[Kungstorget]] kl 18 ok"),
    ("address", "Gå förbi [[Stortorget 1]] och sväng höger mot hamnen."),
    ("address", "Bytesbussen står på [[Centralstationen, spår 1]] varje tisdag."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    # a person's own number in the same frames
    ("service", "Tältet: vid akut fara ring 112, annars ring mig på [[070-174 06 17]]."),
    ("service", "Tipsa gästerna om Stödlinjen; Jonna nås på [[070-174 06 21]] efter tio."),
    ("service", "Vid förgiftning ringde pappan från sin mobil [[070-174 06 33]]."),
    ("service", "Klienten nås på [[031-390 06 47]] hemma, inte via växeln."),
    ("service", "Callers were told to ring Mira on her mobile [[070-174 06 58]] after nine."),
    ("service", "Intagnes anhörig, Sofie Lind, tel [[040-628 04 72]]."),
    # a person's number after a code's frame
    ("code", "Beslaget registrerades, mottagaren Dan Ek har nummer [[070-174 06 64]]."),
    ("code", "Proverna hämtas av Timo, ring [[08-465 004 39]] när de är packade."),
    ("code", "Order levererad, kunden Pia vill bli kontaktad på [[070-174 06 81]]."),
    ("code", "Sample courier: Ayla, mobile [[070-174 06 92]], arrives at 10."),
    # a person's account
    ("bank", "Betala ersättningen till hans konto [[8327-9, 294 326 090-7]] senast fredag."),
    ("bank", "Kontonummer för utbetalning: [[5489 197 894 332-7]] (Swedbank)."),
    ("bank", "Hennes lön går till konto [[6789 123 456 789]] i Handelsbanken."),
    ("bank", "Kvitto: swishat från klientens nummer, sedan till konto [[3300 1234 567]]."),
    # a car's plate
    ("plate", "Bilen med reg.nr [[ABC 123]] stod parkerad utanför tältet hela natten."),
    ("plate", "Han körde en grå Volvo, [[KLP 48X]], när han lämnade anstalten."),
    ("plate", "Van [[DNA 20B]] var parked on deck 3 without a driver."),
    ("plate", "Registreringsnummer [[GRY 451]], en röd Golf, blockerade utfarten."),
    # a home
    ("address", "Provet hämtas hemma hos honom på [[Blåbärsvägen 5]], plan 3."),
    ("address", "Ses hemma hos Ella, [[Kungsgatan 14]], kl 20."),
    ("address", "Klienten bor på [[Drottninggatan 22 B]] sedan i våras."),
    ("address", "Hon har flyttat till sin mamma på [[Järnvägsgatan 3]]."),
    # true targets beside the same frames
    ("plate", "Efter flyget hämtade han bilen [[KLM 114]] på parkeringen."),
    ("plate", "Hans bil, reg [[RTX 209]], stod märkt med en lapp på rutan."),
    ("plate", "The blue van [[NAX 42A]] picked them up after the flight."),
    ("bank", "Kontonummer [[8105-9, 605 855 940-6]], meddelande: hyra."),
    ("bank", "Pengarna sattes in på hennes konto [[9150, 224 767 831-6]] i går."),
    ("address", "Han bor på [[Kronobergsgatan 19]], nära häktet."),
    ("address", "She lives at [[Sjöbrinken 14]], near the clinic."),
    ("address", "Efter skolan går hon hem till [[Tallbacken 18]]."),
    # the third batch's targets in the same frames
    ("service", "Bytesbilen: klienten Sam nås på [[070-174 06 44]] dagtid."),
    ("service", "Vid frågor om dom, ring hans advokat på mobilen [[070-174 06 71]]."),
    ("code", "Tid: 08.15, ring mamman på [[070-174 06 38]] före mötet."),
    ("code", "Paketet skickades till Ali, tel [[08-465 004 57]], via Malmö."),
    ("bank", "Ersättningen sätts in på hans konto [[8327-9 294 326 090-7]]."),
    ("plate", "Elsparkcykeln låg bakom bilen [[TXR 300]] på parkeringen."),
    ("plate", "Färjan lastade hans husbil [[BDK 31F]] sist."),
    ("address", "Klienten bor på [[Torggatan 7]], bakom biblioteket."),
    ("address", "Ses hemma hos mig på [[Kungstorget 4]] kl 18."),
    ("address", "He lives at [[Fängelsevägen 12]], second floor, with his brother."),
)

if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS, structured_found))
