"""Templates of the unseen corpus, one function per voice and situation.

Each returns (voice, lang, marked text); identifiers are wrapped by the Case helpers (E) and hard
negatives by Case.neg / N, so every offset is computed by unseen_case.parse.
"""

from __future__ import annotations

from collections.abc import Callable

from unseen_case import Case, E, N
from unseen_pools import SLANG

Template = Callable[[Case], tuple[str, str, str]]


def needle_nurse(c: Case) -> tuple[str, str, str]:
    p, s = c.person(), c.person(female=True)
    return "sprututbyte", "sv", (
        f"Hej VSN!\nPå {c.neg('agency')} i {c.neg('muni')} har vi sedan {c.neg('weekday')} haft "
        f"tre "
        f"besökare med andningspåverkan efter något som såldes som {c.neg('street')}. En av dem, "
        f"{p.full} ({c.pnr(who=p)}), fick {c.neg('brand')} av en kompis och vaknade efter två "
        f"doser. "
        f"{p.first} tror att det var {c.neg('substance')} i. Vi skickar rester till analys.\n"
        f"{p.He} vill bli kontaktad på {c.phone()} om det kommer svar.\n\n"
        f"Hälsningar\n{s.full}\nSjuksköterska, {c.neg('region')}")


def needle_nurse_short(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "sprututbyte", "sv", (
        f"kort rapport fr sprutbytet: {p.lower} (pnr {c.pnr(valid=False, who=p)}) säger att "
        f"{c.neg('street')} "
        f"i {c.neg('muni')} är blandat med {c.neg('substance')} nu. {p.first_gen} kompis låg "
        f"medvetslös "
        f"vid {c.neg('place')} {c.neg('weekday')}. naloxon gavs x2. ring mig {c.phone()}")


def police_register(c: Case) -> tuple[str, str, str]:
    a, b, h = c.person(), c.person(), c.person()
    return "polisanalytiker", "sv", (
        f"PM {c.dnr()}\nAvser: beslag {c.neg('weekday')} i {c.neg('muni')}\n\n"
        f"MISSTÄNKT: {a.register} {c.pnr(who=a)}\n"
        f"MEDMISSTÄNKT: {b.register}, f. {c.dob(b)}\n"
        f"Beslag: 120 tabletter med prägling {c.neg('stamp')}, misstänkt {c.neg('substance')}. "
        f"Fordon {c.neg('car')} reg {c.plate()}.\n"
        f"{a.last_caps} uppgav vid förhör att tabletterna köpts som {c.neg('brand')}. "
        f"{b.last_caps} nekar. Prov skickat till {N('NFC')} ({c.dnr()}).\n"
        f"Handläggare: {h.caps}, {N('Polismyndigheten')}")


def police_analyst_summary(c: Case) -> tuple[str, str, str]:
    a, b = c.person(), c.person()
    return "polisanalytiker", "sv", (
        f"Sammanställning {c.dnr()}. Under {c.neg('month')} har {N('Narkotikasektionen')} gjort "
        f"fem "
        f"beslag av {c.neg('substance')} i {c.neg('muni')}. I två fall ({c.dnr()} och {c.dnr()}) "
        f"fanns även {c.neg('substance')}. Personen {a.register} "
        f"({c.pnr(shape='yyyymmdd-nnnc', who=a)}) "
        f"förekommer i båda. {a.last_caps} har tidigare kört {c.neg('car')} {c.plate()} som ägs av "
        f"{b.full}. Inga fler uppgifter om {b.last} i nuläget.")


def customs(c: Case) -> tuple[str, str, str]:
    p, q = c.person(), c.person()
    return "tull", "sv", (
        f"{N('Tullverket')} stoppade {c.neg('weekday')} en försändelse från Kanada med 200 g vitt "
        f"pulver deklarerat som ”vitaminer”. Snabbtest positivt för {c.neg('substance')}. "
        f"Mottagare enligt fraktsedel: {p.full}, c/o {q.full}, {c.address()}. Telefon på "
        f"fraktsedeln: {c.phone()}. {c.dnr()}. {p.last_gen} namn finns också på ett paket i "
        f"{c.neg('month')} med {c.neg('brand')}.")


def customs_en(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "tull", "en", (
        f"FYI from {N('Tullverket')}: parcel from Poland stopped {c.neg('weekday_en')}, 50 blister "
        f"packs labelled {c.neg('brand')}, lab says {c.neg('substance')} and no "
        f"{c.neg('substance')}. "
        f"Consignee: {p.caps}, {c.address()}, email {c.email(p)}, phone {c.phone('foreign')}. "
        f"Ref {c.dnr()}. Sender company org no. {c.org()}.")


def forensic_lab(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "forensiskt labb", "sv", (
        f"Analysbesked {c.dnr()} från {c.neg('agency')}.\nÄrende: {c.dnr()}\n"
        f"Material: 14 tabletter, blå, prägling {c.neg('stamp')}.\n"
        f"Resultat: {c.neg('substance')} påvisat, ingen {c.neg('substance')}. "
        f"Beslaget gjordes hos {p.register}, {c.pnr(shape='yymmdd-nnnc', who=p)}.\n"
        f"Jämför tidigare {c.dnr()} (samma prägling, {c.neg('month')}).")


def forensic_rmv(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "rättsmedicin", "sv", (
        f"Från {N('RMV')}: i {c.neg('month')} har vi fyra dödsfall med {c.neg('substance')} i "
        f"{c.neg('region')}. Ett av dem ({c.dnr()}) gäller {p.full}, född {c.dob(p)}, som enligt "
        f"anhöriga tog {c.neg('brand')} köpt på nätet. Lab-id {c.dnr()}.")


def laro(c: Case) -> tuple[str, str, str]:
    p, nick, d = c.person(female=True), c.rng.choice(c.pool["nick"]), c.person()
    return "LARO-mottagning", "sv", (
        f"Från {N('LARO-mottagningen')} i {c.neg('muni')}: vår patient {p.full} "
        f"({c.pnr(who=p)}) står på {c.neg('brand')}. {p.He} berättar att hennes pojkvän, kallad "
        f"”{_nick(nick)}”, säljer {c.neg('brand')} och {c.neg('street')} "
        f"i trapphuset på {c.address(with_town=False)}. {p.first} är rädd. "
        f"Ansvarig läkare {d.full}, {c.phone('landline')}.")


def _nick(nick: str) -> str:
    return E("PERSON", nick)


def laro_en(c: Case) -> tuple[str, str, str]:
    p, d = c.person(), c.person()
    return "LARO-mottagning", "en", (
        f"Hi, OST clinic in {c.neg('muni')} here. Patient {p.full} (personal ID {c.pnr(who=p)}) "
        f"missed {c.neg('brand')} dosing and says the street {c.neg('substance')} now contains "
        f"{c.neg('substance')}. {p.first} agreed that we pass this on.\nDr {d.full}\n{c.phone()}")


def counsellor(c: Case) -> tuple[str, str, str]:
    p, m, k = c.person(young=True), c.person(female=True), c.person()
    return "skolkurator", "sv", (
        f"Hej, jag är skolkurator på en högstadieskola i {c.neg('muni')}. En elev i åk 9, "
        f"{p.full} (f. {c.dob(p)}), har berättat att det säljs {c.neg('stamp')}-piller med "
        f"{c.neg('substance')} på Snapchat inför {c.neg('event')}. {p.first_gen} mamma "
        f"{m.full} ringde mig {c.neg('weekday')} från {c.phone()}. Hon har kontaktat "
        f"{c.neg('agency')}.\n/{k.full}, kurator, {N('Elevhälsan')}")


def counsellor_worried(c: Case) -> tuple[str, str, str]:
    p, q = c.person(), c.person(young=True)
    return "skolkurator", "sv", (
        f"Oroanmälan skickad till {N('Socialtjänsten')} ({c.dnr()}). Eleven {q.full} "
        f"i klass 8B har visat {c.neg('brand')}-kartor i skolan. Pappan {p.full} nås på "
        f"{c.phone()} eller {c.email(p)}. Bor {c.address()}. {q.first} säger att kompisar köpt "
        f"{c.neg('brand')} via Telegram.")


def outreach(c: Case) -> tuple[str, str, str]:
    p, w, nick = c.person(female=False), c.person(), c.rng.choice(c.pool["nick"])
    return "uppsökare", "sv", (
        f"Vi i {c.neg('agency')} mötte {c.neg('weekday')} en man vid {c.neg('place')} som alla "
        f"kallar {_nick(nick)} men som heter egentligen {p.full}. {p.He} visade en påse "
        f"{c.neg('street')} som enligt honom innehöll {c.neg('substance')}. {p.last} har ingen "
        f"adress men post går till c/o {w.full}, {c.address()}.")


def outreach_en(c: Case) -> tuple[str, str, str]:
    p, me = c.person(), c.person()
    return "uppsökare", "en", (
        f"Outreach note, {c.neg('place')}, {c.neg('weekday_en')}: met {p.full} again, alias "
        f"{_nick(c.rng.choice(c.pool['nick']))}. Says {c.neg('stamp')} pills sold as "
        f"{c.neg('brand')} are hitting hard. {p.first_en_gen} phone {c.phone()}.\n-- \n{me.full}\n"
        f"Outreach worker, {N('Stadsmissionen')}\n{c.email(me, work=True)}")


def er_doctor(c: Case) -> tuple[str, str, str]:
    a, b, d = c.person(), c.person(), c.person()
    return "akutläkare", "sv", (
        f"Akuten {c.neg('muni')}: två pat senaste dygnet, båda efter {c.neg('substance')}.\n"
        f"1) {a.full} {c.pnr(who=a)} – GCS 6, svarade på {N('Naloxon')}.\n"
        f"2) {b.full} {c.pnr(coordination=True, who=b)} – krävde upprepade doser, tox visar "
        f"{c.neg('substance')}.\n{b.first} uppger köp via Telegram, pris 300 kr/st, "
        f"prägling {c.neg('stamp')}.\n/{d.full}, överläkare, {c.neg('region')}")


def er_doctor_en(c: Case) -> tuple[str, str, str]:
    a, d = c.person(), c.person()
    return "akutläkare", "en", (
        f"ED {c.neg('muni')}, {c.neg('weekday_en')} night. {a.full}, DOB {c.dob(a)}, "
        f"found at {c.neg('place')} after {c.neg('event')}. Took what was sold as "
        f"{c.neg('brand')}; urine positive for {c.neg('substance')}. Mother reachable at "
        f"{c.phone()}. {a.last_en_gen} friend brought the blister.\n{d.full}, MD")


def pharmacist(c: Case) -> tuple[str, str, str]:
    p, doc, me = c.person(), c.person(), c.person()
    return "apotekare", "sv", (
        f"Förfalskat recept på {c.neg('brand')} lämnades in på apoteket i {c.neg('muni')} "
        f"{c.neg('weekday')}. Receptet var utfärdat på {p.full}, "
        f"{c.pnr(shape='yyyymmddnnnc', who=p)}, "
        f"förskrivare ”dr {doc.full}”. Kunden körde {c.neg('car')} {c.plate()}. Polisanmält, "
        f"{c.dnr()}.\n{me.full}, leg. apotekare")


def pharmacist_online(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "apotekare", "sv", (
        f"Läkemedelsverket har tipsat om en sajt som säljer {c.neg('brand')} och "
        f"{c.neg('substance')} utan recept. Betalning till {c.iban()} eller konto {c.account()}. "
        f"Domänen registrerad av {p.full}, {c.email(p)}, från IP {c.ip()}. Bolagets org.nr "
        f"{c.org()}.")


def youth_chat(c: Case) -> tuple[str, str, str]:
    a, b, y = c.person(young=True), c.person(young=True), c.person()
    return "fritidsledare", "sv", (
        f"Vidarebefordrar chatt som en tjej visade mig på fritidsgården:\n\n"
        f"[21:04] {a.lower}: har du {c.neg('street')} kvar\n"
        f"[21:05] {b.lower}: ja men det e {c.neg('stamp')} nu, starkare\n"
        f"[21:05] {a.lower}: {b.lower} seriöst kolla med "
        f"{_nick(c.rng.choice(c.pool['nick']).lower())} "
        f"först\n[21:07] {b.lower}: swisha {c.phone()}\n\n"
        f"Jag har pratat med {c.neg('agency')}.\n/{y.full}, fritidsledare, {c.neg('muni')}")


def youth_worker(c: Case) -> tuple[str, str, str]:
    p = c.person(female=False)
    return "fritidsledare", "sv", (
        f"Ungdomar i {c.neg('muni')} pratar om {c.neg('brand')} och {c.neg('substance')} inför "
        f"{c.neg('event')}. En kille, {p.full} "
        f"({c.pnr(shape='yymmddnnnc', who=p)}), säljer enligt flera via Snapchat. {p.first} har "
        f"{c.neg('car')} med reg {c.plate()}. Vi har larmat {c.neg('agency')}.")


def hurried(c: Case) -> tuple[str, str, str]:
    p = c.person(female=False)
    return "socialsekreterare", "sv", (
        f"hej snabbt innan mötet: killen heter egentligen {p.full} kallad "
        f"{_nick(c.rng.choice(c.pool['nick']))}, {c.pnr(valid=False, who=p)}, bor "
        f"{c.address()}, tel "
        f"{c.phone()}. han sa att {c.neg('brand')} på stan är {c.neg('substance')}. mer "
        f"{c.neg('weekday')}")


def outlook_forward(c: Case) -> tuple[str, str, str]:
    s, p, r = c.person(), c.person(), c.person()
    return "socialsekreterare", "sv", (
        f"Från: {s.full} <{c.email(s, work=True)}>\nSkickat: {c.neg('weekday')} den 3 "
        f"{c.neg('month')} 2026 09:12\nTill: {r.full}\nÄmne: VB: {c.neg('substance')} i "
        f"{c.neg('muni')}\n\nHej! Vår klient {p.full} ({c.pnr(who=p)}) har fått tag på "
        f"{c.neg('brand')} som visade sig vara {c.neg('substance')}. {p.first_gen} syster bor på "
        f"{c.address()}.\n\nMed vänlig hälsning\n{s.full}\nSocialsekreterare | "
        f"{c.neg('agency')}\nMobil: {c.phone()} | Växel: {c.phone('landline')}")


def social_en(c: Case) -> tuple[str, str, str]:
    p, s = c.person(), c.person()
    return "socialsekreterare", "en", (
        f"Hello, writing from social services in {c.neg('muni')}. A client, {p.full} "
        f"({c.pnr(shape='yyyymmdd-nnnc', who=p)}), reports {c.neg('substance')} sold as "
        f"{c.neg('brand')} near {c.neg('place')}. Please contact me.\n\nKind regards,\n{s.full}\n"
        f"Social worker\nTel {c.phone('landline')}\n{c.email(s, work=True)}")


def bank_fraud(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "polisanalytiker", "sv", (
        f"Betalningar för {c.neg('substance')} och {c.neg('brand')} har gått till {p.full}: "
        f"IBAN {c.iban(c.rng.choice(['SE', 'FI', 'DE', 'PL']))}, även konto {c.account()}. "
        f"Swish {c.phone()}. Inloggning från IP {c.ip()}. {p.last} ägde tidigare företaget med "
        f"org.nr {c.org()}. Se {c.dnr()}.")


def festival_medic(c: Case) -> tuple[str, str, str]:
    p, m = c.person(), c.person()
    return "festivalsjukvård", "sv", (
        f"Sjukvårdstältet på {c.neg('event')}: 11 besök på natten till {c.neg('weekday')}, flera "
        f"efter {c.neg('stamp')}-piller (misstänkt {c.neg('substance')}). En patient, "
        f"{p.full}, född {c.dob(p)}, fördes till {c.neg('agency')}. Kompisen "
        f"{m.full} ({c.phone()}) har resten av pillren.")


def family_member(c: Case) -> tuple[str, str, str]:
    p = c.person(female=False)
    return "anhörig", "sv", (
        f"Min son {p.full} dog i {c.neg('month')} efter att ha tagit {c.neg('brand')} som var "
        f"{c.neg('substance')}. Han var född {c.dob(p)}. Jag vill att andra föräldrar varnas. "
        f"Ni når mig på {c.phone()} eller {c.email(c.person())}.")


def prison(c: Case) -> tuple[str, str, str]:
    p, q = c.person(), c.person()
    return "kriminalvård", "sv", (
        f"{N('Kriminalvården')}, anstalt i {c.neg('muni')}: papper indränkt i "
        f"{c.neg('substance')} beslagtogs i brev till intagen {p.register} ({c.pnr(who=p)}). "
        f"Avsändare {q.full}, {c.address()}. {q.last_gen} tidigare brev innehöll {c.neg('brand')}.")


def sis_home(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "SiS-hem", "sv", (
        f"{N('SiS')}: en ungdom ({p.first}, {c.pnr(shape='yymmdd-nnnc', who=p)}) kom tillbaka från "
        f"permission med {c.neg('street')} och {c.neg('brand')}. {p.first_gen} kontakt i "
        f"{c.neg('muni')} har nummer {c.phone()}. {c.dnr()}.")


def ngo_user_union(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "brukarförening", "sv", (
        f"{N('Svenska Brukarföreningen')} varnar: {c.neg('substance')} i {c.neg('street')} i "
        f"{c.neg('muni')}, testat med remsor. Medlemmen {p.full} delade ut {c.neg('brand')} "
        f"och vill att folk hör av sig på {c.phone()} eller {c.profile(p)}.")


def ambulance(c: Case) -> tuple[str, str, str]:
    p = c.person(female=True)
    return "ambulans", "sv", (
        f"Ambulansen hämtade {c.neg('weekday')} en kvinna i {c.neg('car')} ({c.plate()}) vid "
        f"{c.neg('place')}. Id-kort: {p.caps}, {c.pnr(shape='yyyymmdd nnnc', who=p)}. Hon hade "
        f"{c.neg('brand')}"
        f" och {c.neg('street')} i väskan. Anhörig ringde från {c.phone('landline')}.")


def poison_centre(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "giftinformation", "sv", (
        f"{N('Giftinformationscentralen')} fick {c.neg('weekday')} samtal om ett barn som svalt "
        f"en tablett {c.neg('brand')}. Förälder {p.full}, {c.phone()}, {c.address()}. "
        f"Inga symtom. Ring {N('112')} vid försämring, sjukvårdsråd {N('1177')}.")


def dentist(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "tandläkare", "sv", (
        f"Tandvården i {c.neg('region')}: patient {p.full}, {c.pnr(coordination=True, who=p)}, "
        f"begärde {c.neg('brand')} och visade blister med {c.neg('brand')}. Mobil {c.phone()}.")


def landlord(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "bostadsbolag", "sv", (
        f"Bovärd här. Sprutor och förpackningar av {c.neg('brand')} hittades i tvättstugan på "
        f"{c.address()}. Hyresgästen {p.full} ({c.pnr(shape='yymmdd+nnnc', who=p)}) säger att "
        f"det är "
        f"barnbarnets. Bil {c.plate()} står på gården sedan {c.neg('month')}.")


def researcher_en(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "forskare", "en", (
        f"Wastewater data from {c.neg('muni')} show {c.neg('substance')} rising since "
        f"{c.neg('month_en')}. Contact for the sampling site: {p.full}, {c.email(p, work=True)}, "
        f"{c.phone('landline')}. Our project is registered under {c.dnr()}.")


def taxi_driver(c: Case) -> tuple[str, str, str]:
    p = c.person()
    return "tipsare", "sv", (
        f"tips: någon säljer {c.neg('brand')} och {c.neg('street')} från en {c.neg('car')} "
        f"{c.plate()} vid {c.neg('place')}. föraren heter {_nick(p.full_.lower())}"
        f" tror jag, nummer {c.phone()}. jag vill vara anonym")


def _slang(c: Case) -> tuple[str, str]:
    return _slang_pair(c.rng.choice(c.pool["slang"]))


def _slang_pair(name: str) -> tuple[str, str]:
    return N(name), N(SLANG[name])


def slang_warning(c: Case) -> tuple[str, str, str]:
    me = c.person()
    first, second = c.rng.sample(c.pool["slang"], 2)
    (alias, what), (alias2, what2) = _slang_pair(first), _slang_pair(second)
    return "uppsökare", "sv", (
        f"Varning från {c.neg('named_org')} i {c.neg('muni')}: det som säljs som ”{alias}” vid "
        f"{c.neg('named_place')} är inte {what} utan {c.neg('substance')}. Även {alias2} "
        f"({what2}) har varit starkare än vanligt sedan {c.neg('named_event')}. "
        f"{' och '.join(c.negs('name_brand', 2))} säljs lösa för 50 kr.\n"
        f"/{me.full}, {c.phone()}")


def named_places(c: Case) -> tuple[str, str, str]:
    p, me = c.person(), c.person()
    here, there, park = c.negs("named_place", 3)
    return "polisanalytiker", "sv", (
        f"Läget {c.neg('incident')}: langning av {c.neg('name_brand')} vid {here} "
        f"och {there}, mest kvällstid inför {c.neg('named_event')}. "
        f"{c.neg('named_org')} har sett fler unga med {c.neg('substance')}. En säljare, "
        f"{p.full}, har sin bil {c.plate()} parkerad på {park}. "
        f"{p.last} är känd sedan tidigare.\n{me.register}, {N('Polismyndigheten')}")


def capitalised_list(c: Case) -> tuple[str, str, str]:
    me = c.person()
    subs = c.rng.sample(c.pool["substance"], 3)
    rows = "\n".join(f"{N(s[0].upper() + s[1:])}: {c.rng.randint(1, 40)} fynd" for s in subs)
    return "forensiskt labb", "sv", (
        f"Veckorapport, analyser {c.neg('incident')}:\n{rows}\n"
        f"{c.neg('name_brand')}-förfalskningar: {c.rng.randint(1, 9)}\n"
        f"Kontakt: {me.full}, {c.email(me, work=True)}, {c.phone('landline')}")


def slang_en(c: Case) -> tuple[str, str, str]:
    p = c.person()
    (alias, what) = _slang(c)
    return "akutläkare", "en", (
        f"Three patients at {c.neg('named_org')} after {c.neg('named_event')} said they took "
        f"“{alias}”, but tox showed {c.neg('substance')}, not {what}. One, {p.full} "
        f"(DOB {c.dob(p)}), also had {c.neg('name_brand')}. {p.first_en_gen} partner is on "
        f"{c.phone()}.")


TEMPLATES: list[Template] = [
    needle_nurse, police_register, customs, forensic_lab, laro, counsellor, outreach, er_doctor,
    pharmacist, youth_chat, hurried, outlook_forward, bank_fraud, festival_medic, prison,
    needle_nurse_short, police_analyst_summary, customs_en, forensic_rmv, laro_en,
    counsellor_worried, outreach_en, er_doctor_en, pharmacist_online, youth_worker, social_en,
    family_member, sis_home, ngo_user_union, ambulance, poison_centre, dentist, landlord,
    researcher_en, taxi_driver, slang_warning, named_places, capitalised_list, slang_en,
]


TAILS_SV = [
    lambda c: (f"\nObs: {c.neg('region')} har i {c.neg('month')} också sett {c.neg('substance')} i "
               f"förfalskade {c.neg('brand')} och i {c.neg('street')}."),
    lambda c: (f"\nJämför {c.dnr()}. {c.neg('agency')} varnar också för {c.neg('substance')} "
               f"inför {c.neg('event')}."),
    lambda c: (f"\nPS. Prägling {' och '.join(c.negs('stamp', 2))} har setts i {c.neg('muni')}"
               f" sedan {c.neg('weekday')}; {c.neg('substance')} enligt snabbtest."),
    lambda c: f"\n(Vidarebefordrat till {c.neg('agency')}, {c.neg('agency')} och {c.dnr()}.)",
    lambda c: (f"\nHändelsen inträffade {c.neg('incident')} nära {c.neg('named_place')}; "
               f"{c.neg('named_org')} är informerade."),
]
TAILS_EN = [
    lambda c: (f"\nNote: {c.neg('substance')} was also found in fake {c.neg('brand')} in "
               f"{c.neg('muni')} in {c.neg('month_en')}."),
    lambda c: f"\nCc {c.neg('agency')}; see also {c.dnr()}, {c.neg('stamp')} pills.",
]


def tail(c: Case, lang: str) -> str:
    """A sentence of hard negatives only, appended to some texts as real reports ramble on."""
    return c.rng.choice(TAILS_EN if lang == "en" else TAILS_SV)(c)
