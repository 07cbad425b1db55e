"""The corpora `run.py` scores, and the figures issue 12 asks of each of them.

`team` is the corpus the scanner was tuned on. `dev` and `holdout` were written separately, by
someone who had not read the recognisers (tests/data/pii/unseen/README.md): dev may be looked at
while tuning, holdout never — `run.py` prints its figures but not its missed texts.
`fresh-dev` and `fresh-holdout` are a third corpus in other voices, written the same way by
another helper (tests/data/pii/fresh/README.md), split and guarded alike; `fourth-dev` and
`fourth-holdout` a fourth, in yet other voices (tests/data/pii/fourth/README.md); `fifth-dev` and
`fifth-holdout` a fifth, rich in hard negatives that look like names
(tests/data/pii/fifth/README.md); `sixth-dev` and `sixth-holdout` a sixth, in voices of
probation, asylum housing, home care, security guards and other places the others did not go
(tests/data/pii/sixth/README.md); `seventh-dev` and `seventh-holdout` a seventh, drug warnings
as the network writes and forwards them (tests/data/pii/seventh/README.md); `eighth-dev` and
`eighth-holdout` an eighth, from trades and places outside health care and policing that meet
drugs in passing (tests/data/pii/eighth/README.md); `ninth-dev` and `ninth-holdout` a ninth, in
yet other trades, courts, archives, seasonal work and Nordic neighbours
(tests/data/pii/ninth/README.md); `tenth-dev` and `tenth-holdout` a tenth, from alarm
centrals, maternity wards, service trades, faith and diaspora communities, sports clubs and shops
the other nine do not visit (tests/data/pii/tenth/README.md); `eleventh-dev` and
`eleventh-holdout` an eleventh, from night shifts on roads and in ports, trades and crafts,
hobby, music and sports clubs, apps and platforms and support lines the other ten do not visit
(tests/data/pii/eleventh/README.md); `twelfth-dev` and `twelfth-holdout` a twelfth, the paperwork
and formats through which reports reach the network from the public sector, academia, housing,
transport, media and technology (tests/data/pii/twelfth/README.md); `thirteenth-dev` and
`thirteenth-holdout` a thirteenth, private people and informal writers as they really type —
relatives, neighbours, friends, teenagers, gamers, dating-app users, forum and group-chat
posters, dictation and second-language Swedish (tests/data/pii/thirteenth/README.md);
`fourteenth-dev` and `fourteenth-holdout` a fourteenth, the network's international and
multilingual edge — foreign partner agencies and NGOs, tourists' families, insurers, consulates,
crews, students, expats, posted workers and migrants' relatives, with names, numbers and
addresses in foreign formats (tests/data/pii/fourteenth/README.md); `fifteenth-dev` and
`fifteenth-holdout` a fifteenth, text that passed through machines before it reached the network
— OCR'd faxes and forms, speech-to-text, chat and CSV exports, PDF-to-text, machine translation,
mojibake and ticket systems (tests/data/pii/fifteenth/README.md); `sixteenth-dev` and
`sixteenth-holdout` a sixteenth, Sweden beyond the big cities and the majority names — Sápmi,
Tornedalen, Norrland's inland, Bergslagen, Gotland, the west-coast fishing villages, small
industrial towns and the suburbs' associations (tests/data/pii/sixteenth/README.md);
`seventeenth-dev` and `seventeenth-holdout` a seventeenth, hurried phone writing and text partly
in other scripts — shift workers typing without å, ä, ö, and interpreters, volunteers, diaspora
relatives and partner organisations writing Cyrillic, Arabic, Persian, Greek, Ge'ez and Thai
(tests/data/pii/seventeenth/README.md); `eighteenth-dev` and `eighteenth-holdout` an eighteenth,
the network's own mail traffic besides first reports — replies quoting a warning, corrections,
applications with referees, members' questions, training-day registrations, minutes,
journalists' and researchers' requests, auto-replies, bounces and forwarded chains with Outlook
headers, signatures and disclaimers (tests/data/pii/eighteenth/README.md); `nineteenth-dev` and
`nineteenth-holdout` a nineteenth, people who use drugs and the peer and harm-reduction scene in
their own words, and those who answer them — users' unions, drug-checking senders, festival care
tents, night-life staff, sex workers' and chemsex peer groups, forums, recovery groups, needle
exchange visitors, investigators quoting price lists and parents learning slang, dense in street
names that are given names beside persons of the same names (tests/data/pii/nineteenth/README.md);
`twentieth-dev` and `twentieth-holdout` a twentieth, clinical, laboratory and care writing around
overdoses and poisonings — air and sea ambulances, sobering-up units, paediatric and intensive
care, liaison psychiatry, dialysis, burns, radiology, pathology, microbiology and clinical
chemistry, dose-dispensing, online and compounding pharmacies, dental hygienists and jaw
surgeons, animal hospitals and pet insurers, medical review officers and aeromedical examiners,
plasma centres, biobanks and organ donation, in clinical shorthand dense with codes, lab values,
eponyms and medicine names (tests/data/pii/twentieth/README.md); `twentyfirst-dev` and
`twentyfirst-holdout` a twenty-first, people outside the network who write to it once, in a
hurry, about something they saw — a bus and tram driver, a bridge operator, a glazier, a house
inspector, a wedding officiant, a polling-station worker, a Polish building worker, a Kurdish
greengrocer, a Finland-Swedish neighbour, a Norwegian shopper, a Danish commuter, an American
grandfather — in long run-on sentences with call-back numbers, names that are words and drug
names half known (tests/data/pii/twentyfirst/README.md); `twentysecond-dev` and
`twentysecond-holdout` a twenty-second, culture, media and public talk about drugs — a local
weekly's crime reporter, a radio phone-in's producer and listeners, a radio-drama producer, an
audiobook producer, a theatre's dramaturg, stage manager and box office, a museum's curator and
registrar, a publisher's editor, a literary agent, a memoir's translator, a film location
manager, a TV drama's researcher, a game studio's narrative designer, a record label's artist
manager, a comedian's booker, a live-stream's chat moderator — dense in works, characters, bands,
venues, prizes and stage names beside real persons (tests/data/pii/twentysecond/README.md);
`twentythird-dev` and `twentythird-holdout` a twenty-third, events, leisure and the places people
go out — a municipality's events coordinator, a festival's medical lead, a nightclub's duty
manager, a student nation's kurator, a carnival's safety chief, an arena's safety officer, a
hotel's guest relations, a cruise ferry's purser, a ski patrol, an amusement park's first aid, a
banquet manager, a concert promoter's advance — dense in events, venues, stages, stage names,
rides, ships, hotels and drinks named after persons beside real guests and staff
(tests/data/pii/twentythird/README.md); `twentyfourth-dev` and `twentyfourth-holdout` a
twenty-fourth, bodies, looks and performance — a 24/7 gym's duty manager, personal and group
trainers, a Bosnian-Swedish powerlifting coach, a bodybuilding federation's anti-doping officer,
a doping lab, a sports physician, a cycling team's soigneur, aesthetic clinics' injectors,
tanning studios, weight-loss groups, a pharmacy's customer service on pens bought abroad, a
postal terminal's customs X-ray, a model agency's booker, a pole studio, a zurkhaneh club —
dense in steroid, peptide, GLP-1, filler and toxin brands, underground labs, gym chains,
federations, competitions and exercises named after persons beside real members and athletes
(tests/data/pii/twentyfourth/README.md); `twentyfifth-dev` and `twentyfifth-holdout` a
twenty-fifth, money, goods and the traces they leave — a betting operator's AML officer, a
payment app's support, a supermarket's gift-card desk, bookkeepers and accounts-payable clerks,
an electronics buy-back counter, a bureau de change, a card acquirer's risk team, a bankruptcy
trustee's associate, a luxury consignment authenticator, a cash centre, a pay-later invoice
firm's fraud team, a tax-free refund desk, a safe-deposit vault, a donation platform, a skin
trading site, a bank's estates desk, a quick-loan credit desk, sneaker resellers, prepaid voucher
fraud, a packaging web shop, relatives with power of attorney, a leasing firm's repossession
agent, a bullion dealer, a top-up shop, a card shop and a mail-forwarding service — dense in
account, Swish, card, order, voucher and OCR numbers, brands and firms named after persons beside
account holders, payers and handles (tests/data/pii/twentyfifth/README.md); `twentysixth-dev` and
`twentysixth-holdout` a twenty-sixth, death and what follows — a forensic-medicine department's
case secretary, a regional drug-death review group, a funeral reception caterer, a priest planning
a funeral, a parish funeral office, a stonemason, a police death investigator, a Scottish
fatalities unit, a bereaved parents' group, an estate-inventory lawyer, a survivors' pension desk,
a municipal estate officer, a children's grief group, a memorial page's moderators, a paper's
death-notice desk, a body-donation programme, a body-transport dispatcher, a diaspora burial
fund, a school's crisis team, a death-in-custody investigator, a housing company's tenancy officer
and a funeral live-stream technician — dense in the dead and their mourners, maiden names and
called names, case, grave and donor numbers, churches, chapels, cemeteries, funds and songs named
after persons beside the persons themselves (tests/data/pii/twentysixth/README.md);
`twentyseventh-dev` and `twentyseventh-holdout` a twenty-seventh, work and workplaces — an
occupational health service's nurse and doctor, an HR business partner, a union's ombudsman, a
recruitment consultant, a train operator's driver manager, an airport's security screening
supervisor, an employment lawyer, a security-vetting officer, a construction site's safety
officer, a nuclear plant's fitness-for-duty coordinator, a restaurant group's kitchen manager, a
hotel's housekeeping manager, a dental practice manager, a hospital's medicine-safety
pharmacist, an IT consultancy's team lead, a municipal rehab coordinator, an employee assistance
programme's counsellor, a workplace investigator, temp workers, a labour inspector and a
warehouse's night shift lead — dense in staff lists, rosters, initials and signatures, handles,
employee, badge, ID06 and case numbers, test kits, machines, systems and firms named after
persons beside employees, managers and witnesses (tests/data/pii/twentyseventh/README.md);
`twentyeighth-dev` and `twentyeighth-holdout` a twenty-eighth, young people, school and family — a
school doctor, a special-needs teacher, a head teacher's incident reports and the police
liaison's reports, SSPF minutes, a social services youth investigator (BBIC), a Maria youth
clinic's therapist, night walkers, a summer-job coordinator, a scout leader, parents' class
chats, a guardian (god man) of unaccompanied minors, a secure youth home's staff, a youth-service
supervisor, a folk high school's boarding warden, a school caretaker, a school-bus driver, a
school librarian, pupils' own classroom comments and chats, a driving school's moped instructor
and a school's IT administrator — dense in children's given names that are also words,
nicknames, handles and school accounts, guardians beside children, children's personnummer,
mopeds' plates, schools named after persons, apps, games, vapes, snus and energy drinks, and drug
street names that are given names (tests/data/pii/twentyeighth/README.md);
`twentyninth-dev` and `twentyninth-holdout` a twenty-ninth, housing, neighbours and homelessness —
a housing company's safety hosts, a municipal housing agency, a move-out inspector, a Housing
First case manager, emergency accommodation staff, a day centre for homeless people, a city
mission's winter church, social services' housing unit (bostadssocialt kontrakt), a rent
tribunal, a damp and mould surveyor, a senior housing host, a cottage area's road association
with all-year residents, tenants' fault reports, a condominium board's minutes and chat, an
access-system administrator, a fire safety inspector, an environmental health inspector,
homeless people's own messages, lodgers and subletting disputes and a home-modification
officer — dense in tenants' lists, names on doors, letterboxes and tag logs, c/o addresses,
contract holders beside lodgers, names in capitals in tribunal decisions, tenants' personnummer,
plates in the garage, and property designations, housing companies, buildings named after
persons, flat, object and case numbers, door codes, medicines and street drugs met in flats
(tests/data/pii/twentyninth/README.md); `thirtieth-dev` and `thirtieth-holdout` a thirtieth,
vehicles, roads and travel — a car rental desk and its damage inspector, a motorhome rental firm,
a parking company's customer service, a municipality's vehicle-removal officer, traffic police
reports on drugged driving, an alcolock programme's provider, a long-distance coach driver, a
heritage railway's volunteers, an airport's valet parking, a road ferry's deckhands, a city-bike
operator, a motor insurer's claims handler, a congestion-tax and bridge-toll desk, the police's
heavy-vehicle inspectors, a professional drivers' course leader, private car buyers and sellers,
a traffic-victims' association, hitchhikers and a road-works crew — dense in drivers beside
owners, renters and passengers, names in capitals, initials and handles, plates of many countries
and shapes, personnummer, car models, firms, ships, locomotives and carriages named after
persons, roads, rest areas, petrol stations, flights, VINs, booking and case numbers, medicines
and street drugs met on the road (tests/data/pii/thirtieth/README.md); `thirtyfirst-dev` and
`thirtyfirst-holdout` a thirty-first, emergencies, rescue, security and defence — a fire
investigator, rescue divers and firefighters' peer support, a security company's alarm centre,
door staff (ordningsvakter), a shopping centre's and a hospital's guards, airport screeners, a
platoon commander, a barracks duty officer and a supply NCO, a municipality's civil-defence
coordinator, custody officers, a track-safety lookout, an open-water swim's safety crew, a
snowmobile rescue group, a crisis-support team (POSOM), a football club's supporter liaison,
missing-person search volunteers and a bomb squad — dense in ranks and titles before surnames,
names in capitals and register style, initials in logs, handles, personnummer, plates and IPs in
a control room's log, and the spelling alphabet's names, call signs, rescue boats named after
donors, named exercises, regiments, barracks and fire stations, search and detection dogs,
grid references, incident and order numbers, antidotes and adrenaline pens and street drugs met
on duty (tests/data/pii/thirtyfirst/README.md); `thirtysecond-dev` and `thirtysecond-holdout` a
thirty-second, old age, home care, pharmacies and medicines at home — a municipal nurse's
medication delegation, the medically responsible nurse (MAS), a nursing home's night nurse, an
occupational therapist on home visits, a pharmacy's return counter and its home-delivery couriers,
a home medicine dispenser's support desk, citizens' side-effect reports to the Medical Products
Agency, a geriatric day centre, a dementia unit's relatives' council, a library's computer-help
volunteers, Red Cross visitors, the old people's advocate (äldreombud), a foot-care worker, a
meal-delivery driver, a visiting hairdresser, a safety-alarm (trygghetslarm) centre, a needs
assessor, a retired police officer's memoir and a seniors' boule club — dense in residents by given
name and room, relatives by kin words, staff by initials in signed notes, handles, personnummer,
old landlines, plates of care cars and IPs in alarm and pharmacy logs, and in medicine brands and
substances, nursing homes named after persons, care units named after flowers and birds, pets with
people's names, alarm and pharmacy systems, and order and prescription numbers
(tests/data/pii/thirtysecond/README.md); `thirtythird-dev` and `thirtythird-holdout` a
thirty-third, money — gambling, debt, fraud and the crime economy: a gambling helpline, a loan
shark's messages, a housing company's rent-arrears officer, the student-finance authority's case
officers, a casino's responsible-gaming host, a trotting track's tote staff, a football
federation's match-fixing investigator, an investing forum's moderators, the gambling
authority's inspectors, the social-insurance agency's benefit-fraud control, a tax auditor, a
parish's emergency fund, an estate agent's anti-money-laundering checks, romance-scam victim
support, a web shop's return-fraud desk, a betting tipster's channel, a boat broker, a
workplace betting syndicate, a whistle-blower channel and a recovering gambler's blog — dense in
account holders in statements and register style, handles of betting and forum users,
personnummer, IBANs, bank accounts, Swish phones and IPs, and in betting firms, games, slot
machines, horses with people's names, banks, coins, clubs, firms named after persons, payment
references, masked cards and amounts (tests/data/pii/thirtythird/README.md); `thirtyfourth-dev` and
`thirtyfourth-holdout` a thirty-fourth, science, laboratories and research — a mass-spectrometry
core facility, a reference-materials supplier's order desk, a university's lab-safety officer, a
synchrotron beamline's users, a psychology participant pool, a Nordic toxicologists' mailing list,
a research-misconduct board, a PhD student's field notes, a cohort study's participant helpdesk, a
pharmacology course forum, preprint moderators, an instrument service engineer, a veterinary
research unit, a citizen-science litter app, a PhD defence's organiser, an EU project's
coordinator, a botanical research greenhouse, a science museum's outreach, a science-fair jury
and a patent attorney — dense in author lists, sign-offs and initials, lab-system handles,
pseudonyms beside real names, personnummer and samordningsnummer, IPs of instruments and logins,
IBANs and bank accounts in project paperwork, and in substances, precursors and reagents,
eponymous reactions and methods, instruments, rooms and prizes named after scientists, cell
lines, software and sample, lot, ethics and grant numbers (tests/data/pii/thirtyfourth/README.md).
"""

from __future__ import annotations

from pathlib import Path

from evaluate import CORPUS, Score

UNSEEN = CORPUS.parent / "unseen"
FRESH = CORPUS.parent / "fresh"
FOURTH = CORPUS.parent / "fourth"
FIFTH = CORPUS.parent / "fifth"
SIXTH = CORPUS.parent / "sixth"
SEVENTH = CORPUS.parent / "seventh"
EIGHTH = CORPUS.parent / "eighth"
NINTH = CORPUS.parent / "ninth"
TENTH = CORPUS.parent / "tenth"
ELEVENTH = CORPUS.parent / "eleventh"
TWELFTH = CORPUS.parent / "twelfth"
THIRTEENTH = CORPUS.parent / "thirteenth"
FOURTEENTH = CORPUS.parent / "fourteenth"
FIFTEENTH = CORPUS.parent / "fifteenth"
SIXTEENTH = CORPUS.parent / "sixteenth"
SEVENTEENTH = CORPUS.parent / "seventeenth"
EIGHTEENTH = CORPUS.parent / "eighteenth"
NINETEENTH = CORPUS.parent / "nineteenth"
TWENTIETH = CORPUS.parent / "twentieth"
TWENTYFIRST = CORPUS.parent / "twentyfirst"
TWENTYSECOND = CORPUS.parent / "twentysecond"
TWENTYTHIRD = CORPUS.parent / "twentythird"
TWENTYFOURTH = CORPUS.parent / "twentyfourth"
TWENTYFIFTH = CORPUS.parent / "twentyfifth"
TWENTYSIXTH = CORPUS.parent / "twentysixth"
TWENTYSEVENTH = CORPUS.parent / "twentyseventh"
TWENTYEIGHTH = CORPUS.parent / "twentyeighth"
TWENTYNINTH = CORPUS.parent / "twentyninth"
THIRTIETH = CORPUS.parent / "thirtieth"
THIRTYFIRST = CORPUS.parent / "thirtyfirst"
THIRTYSECOND = CORPUS.parent / "thirtysecond"
THIRTYTHIRD = CORPUS.parent / "thirtythird"
THIRTYFOURTH = CORPUS.parent / "thirtyfourth"
CORPORA = {"team": CORPUS, "dev": UNSEEN / "dev.jsonl", "holdout": UNSEEN / "holdout.jsonl",
           "fresh-dev": FRESH / "dev.jsonl", "fresh-holdout": FRESH / "holdout.jsonl",
           "fourth-dev": FOURTH / "dev.jsonl", "fourth-holdout": FOURTH / "holdout.jsonl",
           "fifth-dev": FIFTH / "dev.jsonl", "fifth-holdout": FIFTH / "holdout.jsonl",
           "sixth-dev": SIXTH / "dev.jsonl", "sixth-holdout": SIXTH / "holdout.jsonl",
           "seventh-dev": SEVENTH / "dev.jsonl", "seventh-holdout": SEVENTH / "holdout.jsonl",
           "eighth-dev": EIGHTH / "dev.jsonl", "eighth-holdout": EIGHTH / "holdout.jsonl",
           "ninth-dev": NINTH / "dev.jsonl", "ninth-holdout": NINTH / "holdout.jsonl",
           "tenth-dev": TENTH / "dev.jsonl", "tenth-holdout": TENTH / "holdout.jsonl",
           "eleventh-dev": ELEVENTH / "dev.jsonl",
           "eleventh-holdout": ELEVENTH / "holdout.jsonl",
           "twelfth-dev": TWELFTH / "dev.jsonl",
           "twelfth-holdout": TWELFTH / "holdout.jsonl",
           "thirteenth-dev": THIRTEENTH / "dev.jsonl",
           "thirteenth-holdout": THIRTEENTH / "holdout.jsonl",
           "fourteenth-dev": FOURTEENTH / "dev.jsonl",
           "fourteenth-holdout": FOURTEENTH / "holdout.jsonl",
           "fifteenth-dev": FIFTEENTH / "dev.jsonl",
           "fifteenth-holdout": FIFTEENTH / "holdout.jsonl",
           "sixteenth-dev": SIXTEENTH / "dev.jsonl",
           "sixteenth-holdout": SIXTEENTH / "holdout.jsonl",
           "seventeenth-dev": SEVENTEENTH / "dev.jsonl",
           "seventeenth-holdout": SEVENTEENTH / "holdout.jsonl",
           "eighteenth-dev": EIGHTEENTH / "dev.jsonl",
           "eighteenth-holdout": EIGHTEENTH / "holdout.jsonl",
           "nineteenth-dev": NINETEENTH / "dev.jsonl",
           "nineteenth-holdout": NINETEENTH / "holdout.jsonl",
           "twentieth-dev": TWENTIETH / "dev.jsonl",
           "twentieth-holdout": TWENTIETH / "holdout.jsonl",
           "twentyfirst-dev": TWENTYFIRST / "dev.jsonl",
           "twentyfirst-holdout": TWENTYFIRST / "holdout.jsonl",
           "twentysecond-dev": TWENTYSECOND / "dev.jsonl",
           "twentysecond-holdout": TWENTYSECOND / "holdout.jsonl",
           "twentythird-dev": TWENTYTHIRD / "dev.jsonl",
           "twentythird-holdout": TWENTYTHIRD / "holdout.jsonl",
           "twentyfourth-dev": TWENTYFOURTH / "dev.jsonl",
           "twentyfourth-holdout": TWENTYFOURTH / "holdout.jsonl",
           "twentyfifth-dev": TWENTYFIFTH / "dev.jsonl",
           "twentyfifth-holdout": TWENTYFIFTH / "holdout.jsonl",
           "twentysixth-dev": TWENTYSIXTH / "dev.jsonl",
           "twentysixth-holdout": TWENTYSIXTH / "holdout.jsonl",
           "twentyseventh-dev": TWENTYSEVENTH / "dev.jsonl",
           "twentyseventh-holdout": TWENTYSEVENTH / "holdout.jsonl",
           "twentyeighth-dev": TWENTYEIGHTH / "dev.jsonl",
           "twentyeighth-holdout": TWENTYEIGHTH / "holdout.jsonl",
           "twentyninth-dev": TWENTYNINTH / "dev.jsonl",
           "twentyninth-holdout": TWENTYNINTH / "holdout.jsonl",
           "thirtieth-dev": THIRTIETH / "dev.jsonl",
           "thirtieth-holdout": THIRTIETH / "holdout.jsonl",
           "thirtyfirst-dev": THIRTYFIRST / "dev.jsonl",
           "thirtyfirst-holdout": THIRTYFIRST / "holdout.jsonl",
           "thirtysecond-dev": THIRTYSECOND / "dev.jsonl",
           "thirtysecond-holdout": THIRTYSECOND / "holdout.jsonl",
           "thirtythird-dev": THIRTYTHIRD / "dev.jsonl",
           "thirtythird-holdout": THIRTYTHIRD / "holdout.jsonl",
           "thirtyfourth-dev": THIRTYFOURTH / "dev.jsonl",
           "thirtyfourth-holdout": THIRTYFOURTH / "holdout.jsonl"}
# corpora whose missed texts are not printed, so nobody tunes on them
NEVER_SHOWN = {"holdout", "fresh-holdout", "fourth-holdout", "fifth-holdout", "sixth-holdout",
               "seventh-holdout", "eighth-holdout", "ninth-holdout", "tenth-holdout",
               "eleventh-holdout", "twelfth-holdout", "thirteenth-holdout",
               "fourteenth-holdout", "fifteenth-holdout", "sixteenth-holdout",
               "seventeenth-holdout", "eighteenth-holdout", "nineteenth-holdout",
               "twentieth-holdout", "twentyfirst-holdout", "twentysecond-holdout",
               "twentythird-holdout", "twentyfourth-holdout", "twentyfifth-holdout",
               "twentysixth-holdout", "twentyseventh-holdout", "twentyeighth-holdout",
               "twentyninth-holdout", "thirtieth-holdout",
               "thirtyfirst-holdout", "thirtysecond-holdout", "thirtythird-holdout",
               "thirtyfourth-holdout"}
STRUCTURED = ("ID_NUMBER", "PHONE", "EMAIL", "IBAN", "IP", "PLATE")


def resolve(name: str) -> tuple[str, Path]:
    """A corpus by its name (a key of CORPORA) or by the path of a JSONL file."""
    if name in CORPORA:
        return name, CORPORA[name]
    path = Path(name)
    return path.stem, path


def structured_recall(score: Score) -> float:
    hits = sum(score.found[k] for k in STRUCTURED)
    return hits / max(1, sum(score.total[k] for k in STRUCTURED))


def drug_names() -> set[str]:
    """Substances, street names, medicine brands and pill stamps, lower-cased."""
    folders = (UNSEEN, FRESH, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH, TENTH, ELEVENTH,
               TWELFTH, THIRTEENTH, FOURTEENTH, FIFTEENTH, SIXTEENTH, SEVENTEENTH, EIGHTEENTH,
               NINETEENTH, TWENTIETH, TWENTYFIRST, TWENTYSECOND, TWENTYTHIRD, TWENTYFOURTH,
               TWENTYFIFTH, TWENTYSIXTH, TWENTYSEVENTH, TWENTYEIGHTH, TWENTYNINTH, THIRTIETH,
               THIRTYFIRST, THIRTYSECOND, THIRTYTHIRD, THIRTYFOURTH)
    lines = [line for folder in folders
             for line in (folder / "drug_names.txt").read_text(encoding="utf-8").splitlines()]
    return {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}


def drug_alarms(score: Score) -> list[str]:
    """The flagged hard negatives that name a substance or medicine: masking one ruins a warning."""
    names = drug_names()
    return sorted({neg for _, neg in score.false_alarms if neg.lower() in names})
