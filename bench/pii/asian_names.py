"""People with given and family names from South, Central, South-East and East Asia, beside
the words of those places that are no one's name: the share of persons found and of
look-alikes flagged, per family.

    python bench/pii/asian_names.py [-v]

Written in voices the person benches lack (a Tamil temple committee's minutes, a Nepali
restaurant's staff rota, a badminton club's group chat, an SFI teacher's attendance notes, a
dental clinic's reminder list, a Filipino nurses' carpool thread, a Korean church's newsletter,
a Mongolian wrestling club, a Karen family's case notes from the municipality, a Japanese
exchange office's e-mail, a Hong Kong family's wedding invitation, an engineering team's
stand-up notes, a Thai massage salon's booking book). Families: `south` (Sinhala, Tamil,
Nepali, Hindi, Punjabi, Gujarati, Marathi, Bengali, Urdu names), `central` (Dari and Tajik,
Uzbek, Kazakh, Uyghur, Mongolian, Tibetan), `southeast` (Thai, Filipino, Indonesian, Malay,
Burmese, Karen, Khmer), `east` (Korean in both romanisations, Japanese, Cantonese and
Hokkien), `pet` (pet forms and short given names alone). Negatives (`things`): the places,
dishes, feasts and words of the same lands, which must stay unflagged.

A person counts as found when a PERSON finding covers the name; a look-alike as flagged when
a finding that would be masked overlaps it. A third of the sentences (`crc32(text) % 3 ==
0`, the text without its marks) is kept out of tuning; `-v` prints every person missed and
every look-alike flagged. All people are made up.
"""

from __future__ import annotations

import sys

from marks import run_families

NEGATIVES: tuple[tuple[str, str], ...] = (
    ("things", "Vi åt [[momo]] och dal bhat på restaurangen vid stationen."),
    ("things", "Templet firar [[Thaipusam]] i februari, alla är välkomna."),
    ("things", "Flyget till [[Colombo]] mellanlandar i Doha."),
    ("things", "Hon har bott i [[Kathmandu]] i tre år och pratar nepali."),
    ("things", "Maten på festen: [[biryani]], raita och gulab jamun."),
    ("things", "Vi ses på [[Diwali]]-firandet i föreningslokalen på lördag."),
    ("things", "Kursen i [[tagalog]] börjar i september på folkhögskolan."),
    ("things", "Beställ [[adobo]] och pancit till fikat, det räcker för tio."),
    ("things", "Resan går vidare från [[Cebu]] till Bohol med färja."),
    ("things", "Jag lagar [[rendang]] med kokosmjölk, det tar fyra timmar."),
    ("things", "Konferensen hålls i [[Yogyakarta]] i år, anmälan senast fredag."),
    ("things", "Vi firar [[Songkran]] med vattenkrig i parken."),
    ("things", "Paketet skickades från [[Yangon]] men fastnade i tullen."),
    ("things", "Han köpte [[kimchi]] och gochujang i den asiatiska butiken."),
    ("things", "Tåget från [[Osaka]] till Kyoto tar en kvart."),
    ("things", "Vi åt [[ramen]] och gyoza efter träningen."),
    ("things", "Dim sum på [[Chinatown]] är bäst på söndagar."),
    ("things", "Han pluggar [[Tashkent]]s historia till tentan."),
    ("things", "Brottningen i [[Ulaanbaatar]] sänds på nätet i juli."),
    ("things", "Nyårsfesten [[Losar]] firas med smörlampor och kapse."),
    ("things", "Vi beställde [[pad thai]] och tom yum till kontoret."),
    ("things", "Sätt på lite [[K-pop]] så dansar barnen."),
    ("things", "Jag har köpt en [[sari]] och en kurta till bröllopet."),
    ("things", "Han spelar [[tabla]] i ett band i Göteborg."),
    ("things", "Flyget till [[Almaty]] är inställt på grund av snö."),
    ("things", "Hon lär sig [[hangul]] på kvällarna, appen är gratis."),
    ("things", "Vi firade [[Vesak]] med lyktor utanför templet."),
    ("things", "Köp [[paneer]] och garam masala på vägen hem."),
    ("things", "Barnen vill ha [[bao]] och bubble tea efter simningen."),
    ("things", "Resan till [[Phnom Penh]] blev inställd, flyget var överbokat."),
)

PERSONS: tuple[tuple[str, str], ...] = (
    # South Asia
    ("south", "Protokoll, templets styrelse: ordförande [[Tharshan Sivakumar]] öppnade mötet."),
    ("south", "Kassören [[Nirosha Balachandran]] redovisade intäkterna från Pongal."),
    ("south", "Sekreterare: [[Kumudini Jayawardena]], justerare: Ruwan Perera."),
    ("south", "Schema vecka 12: [[Bikash Gurung]] kväll, Sabina Tamang lunch."),
    ("south", "Kocken [[Dil Bahadur Thapa]] är ledig på torsdag."),
    ("south", "Ring [[Sushila Adhikari]] om hon kan ta passet på fredag."),
    ("south", "Närvaro SFI 3B: [[Gurjeet Kaur Sandhu]] saknades måndag och tisdag."),
    ("south", "Eleven [[Mehwish Qureshi]] har lämnat in sin uppsats."),
    ("south", "Påminnelse: [[Farhan Chaudhry]] har tandläkartid kl 14.30."),
    ("south", "Tandhygienisten ringde [[Dhruv Patel]] om avbokningen."),
    ("south", "Stand-up: [[Aniket Deshpande]] jobbar vidare med inloggningen."),
    ("south", "Review av [[Sayantani Mukherjee]] klar, två kommentarer kvar."),
    ("south", "[[Chathurika Wickramasinghe]] tar över på avdelning 4 från måndag."),
    ("south", "Hälsa [[Pradeep Gunawardena]] att nycklarna ligger i brevlådan."),
    ("south", "Hyresgästen [[Tahir Mahmood Butt]] har anmält fukt i badrummet."),
    ("south", "Ansökan från [[Ayesha Siddiqui]] kom in i går."),
    ("south", "Vi hälsar [[Keshav Pokharel]] välkommen till laget!"),
    ("south", "Föreläsare: [[Vaishnavi Ramanathan]], doktorand i kemi."),
    ("south", "[[Jaswinder Gill]] och hans fru bjuder på langar efter gudstjänsten."),
    ("south", "Mötet med [[Rupali Kulkarni]] är flyttat till onsdag."),
    # Central Asia and Tibet
    ("central", "Brottningsklubben: tränare [[Batbayar Ganbold]] leder passet."),
    ("central", "Anmälda: [[Oyunchimeg Tsend]], Bolormaa Dorj och två till."),
    ("central", "Tolken [[Gulnara Abdrakhmanova]] kommer kl 10."),
    ("central", "Eleven [[Shukhrat Karimov]] har bytt grupp."),
    ("central", "[[Dilnoza Yusupova]] ringde om sin bostadsansökan."),
    ("central", "Handläggare: [[Aigerim Nurlanovna]], telefontid tisdagar."),
    ("central", "Mötet leddes av [[Mukhtar Tursunov]] från föreningen."),
    ("central", "Ansökan från [[Mihrigul Tohti]] behandlas i maj."),
    ("central", "Hälsa [[Abdurehim Memet]] att boken har kommit."),
    ("central", "[[Tenzin Dolma]] tar hand om barnen på lördag."),
    ("central", "Föreningens ordförande [[Lobsang Tsering]] skrev under."),
    ("central", "Eleven [[Farzana Rahimi]] vill läsa vidare på komvux."),
    ("central", "[[Shahpoor Amiri]] har fått körkort, grattis!"),
    ("central", "Läkaren [[Zarina Nazarova]] tar emot på vårdcentralen."),
    ("central", "Kontakt: [[Erlan Bekov]], tränare för juniorerna."),
    # South-East Asia
    ("southeast", "Samåkning i morgon: [[Maricel Dizon]] kör, Jennylyn Aquino hämtas 6.40."),
    ("southeast", "Tack [[Rowena Bautista]] för kakan i fikarummet!"),
    ("southeast", "Sjuksköterskan [[Marites Villanueva]] går på nattpass."),
    ("southeast", "Bokning: [[Siriwan Chaiyaphum]] kl 15, 60 min oljemassage."),
    ("southeast", "[[Kanokwan Srisuk]] har semester i april, boka inte in henne."),
    ("southeast", "Hälsa [[Wanchai Boonmee]] att bilen är klar."),
    ("southeast", "Handläggaren träffade [[Saw Eh Htoo]] och hans mamma i går."),
    ("southeast", "[[Naw Paw Wah]] behöver tolk på karen till mötet."),
    ("southeast", "Föräldramöte: [[Thida Aung]] kommer med sin dotter."),
    ("southeast", "Tolken [[Sopheap Chea]] kan bara på förmiddagen."),
    ("southeast", "[[Dara Sok]] har anmält sig till kursen."),
    ("southeast", "Praktikanten [[Dewi Lestari]] börjar på måndag."),
    ("southeast", "Vi tackar [[Bambang Susanto]] för presentationen."),
    ("southeast", "Ring [[Nurul Aisyah]] om schemat för nästa vecka."),
    ("southeast", "Möte med [[Wan Azlan]] om leveransen från Penang."),
    ("southeast", "Tränaren [[Jocelyn Macaraeg]] har bokat hallen."),
    ("southeast", "Ordförande [[Ferdinand Dimaculangan]] hälsar alla välkomna."),
    ("southeast", "[[Kyaw Zin Oo]] har bytt telefonnummer."),
    # East Asia
    ("east", "Församlingsbladet: pastor [[Kim Young-soo]] predikar på söndag."),
    ("east", "Kören leds av [[Choi Eun-ji]] från och med hösten."),
    ("east", "Tack till [[Pak Chol-su]] för hjälpen med flytten."),
    ("east", "[[Jeong Min-seo]] och Hwang ansvarar för fikat."),
    ("east", "Utbyteskontoret: [[Takahashi Yui]] kommer den 3 september."),
    ("east", "Kontaktperson: [[Haruto Yamaguchi]], institutionen för fysik."),
    ("east", "[[Sakura Inoue]] har fått sitt uppehållstillstånd."),
    ("east", "Bröllopsinbjudan: [[Chan Ka Wai]] och Wong Mei Ling gifter sig i juni."),
    ("east", "Ring [[Lau Wing Kei]] om lokalen till festen."),
    ("east", "[[Tan Boon Huat]] har skickat fakturan."),
    ("east", "Möte med [[Lim Swee Hock]] från Singaporekontoret."),
    ("east", "Eleven [[Kwok Siu Ming]] saknades i dag."),
    ("east", "Ring [[Ryu Seung-ho]] om bilen, han vill sälja den."),
    ("east", "[[Nakamura Daisuke]] tar över projektet i januari."),
    ("east", "Anmäld till kursen: [[Ko Hyun-woo]]."),
    # pet forms and given names alone
    ("pet", "Hej [[Jhun]], kan du ta mitt pass på lördag?"),
    ("pet", "[[Bongbong]] ska också med på grillningen."),
    ("pet", "Tack [[Nimal]] för skjutsen!"),
    ("pet", "[[Chaminda]] kommer lite senare i kväll."),
    ("pet", "Fråga [[Pemba]] om han har nyckeln."),
    ("pet", "[[Oyuna]] har lämnat in blanketten."),
    ("pet", "Grattis [[Jiho]] på födelsedagen!"),
    ("pet", "[[Ploy]] och Kanokporn hälsar."),
    ("pet", "Snälla [[Ratna]], ring mig när du kan."),
    ("pet", "Hej [[Yuki]], glöm inte pappren till mötet."),
    ("pet", "[[Maricar]] tar med lumpia till festen."),
    ("pet", "Säg till [[Thiru]] att bussen går tio över."),
)


if __name__ == "__main__":
    sys.exit(run_families(NEGATIVES, PERSONS))
