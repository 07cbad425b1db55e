"""Street names of drugs that are also given names (Tina, Molly, Jack, Henry, Emma, ...), each
in drug frames and in person frames, Swedish and English: the share of drug sentences where the
name is flagged as a person, and the share of person sentences where it is found.

    python bench/pii/drug_named_stress.py [kept|tune|all] [-v]

A third of the frames (`crc32(frame) % 3 == 0`) is kept out of tuning: `kept` (the default)
scores only those, the check that a rule fits the family and not the sentences it was written
from; `-v` prints every drug sentence flagged and every person sentence missed.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from mailgate.scan import scan, warm_up  # noqa: E402

NAMES = ["Tina", "Molly", "Jack", "Henry", "Gina", "Emma", "Charlie", "Kat", "Mandy", "Lucy",
         "Crystal", "Harry", "Adam", "Kitty", "Eve", "Percy", "Kristina"]

DRUG = [
    "Han rökte {N} hela helgen och sov inte alls.",
    "Jag köpte två gram {N} för 600 kr vid tunnelbanan.",
    "Hon tog en halv {N} innan klubben och mådde illa efteråt.",
    "Vi hittade {N} i hans jackficka, ungefär 3 g.",
    "Priset på {N} har sjunkit till 200 kr per gram i Göteborg.",
    "Blanda aldrig {N} med alkohol eller GHB.",
    "Efter två dygn på {N} började han se skuggor i hörnen.",
    "Killen i trappan sålde {N} och kokain till högstadieelever.",
    "Beslaget bestod av 40 gram {N}, lite hasch och några tabletter.",
    "Hon har injicerat {N} sedan i våras och har sår på armarna.",
    "Jag var hög på {N} när polisen knackade på.",
    "Abstinensen efter {N} är värst på tredje dagen.",
    "Han vägde upp {N} på en digitalvåg i köket.",
    "Det såldes {N} i små påsar vid stationen i lördags.",
    "Många testar {N} för första gången på festival.",
    "Hur länge syns {N} i ett urinprov?",
    "Jag har slutat med {N} men suget kommer på kvällarna.",
    "Det var mer {N} än vanligt i omlopp efter nyår.",
    "He smoked {N} every night for a month.",
    "She bought half a gram of {N} for 40 pounds.",
    "Never mix {N} with alcohol or benzos.",
    "Two days on {N} and he still had not slept.",
    "Police seized 50 grams of {N} and some cannabis from the flat.",
    "I was high on {N} when it happened.",
    "The comedown from {N} lasted almost a week.",
    "They were snorting {N} in the toilets at the club.",
    "How much {N} is too much for a first timer?",
    "Some dealers cut {N} with caffeine to stretch it.",
]

PERSON = [
    "{N} ringde i morse och bad om en ny tid.",
    "Jag träffade {N} på mötet i tisdags och hon verkade lugn.",
    "Personalen pratade länge med {N} efter frukosten.",
    "Enligt {N} hade någon hällt något i drinken.",
    "{N} fyller 19 nästa vecka och vill börja plugga.",
    "Kuratorn har bokat ett samtal med {N} på fredag.",
    "Det var {N} som hittade honom medvetslös i trappan.",
    "{N}, 24 år, vårdades på IVA över natten.",
    "Jag och {N} har varit tillsammans i tre år.",
    "{N} erbjöd mig kokain på toaletten, jag sa nej.",
    "Vi har inte hört något från {N} sedan i söndags och är oroliga.",
    "Grannen såg {N} gå hem ensam vid tretiden.",
    "Skicka gärna vidare det här till {N} och hennes syster.",
    "{N} var den som larmade vakterna när killen föll ihop.",
    "{N} called the helpline at 2 am, crying.",
    "I met {N} at the shelter last week; she seemed fine.",
    "According to {N}, someone spiked her drink.",
    "The nurse spoke to {N} for an hour before she went home.",
    "It was {N} who called the ambulance.",
    "{N} and her boyfriend left the party before midnight.",
    "Thanks to {N}, the boy got help in time.",
    "{N} took too much MDMA and collapsed by the stage.",
    "Please pass this on to {N} and the rest of the team.",
    "We have not heard from {N} since Sunday and are worried.",
    "{N} is 17 and lives with her grandmother in Lund.",
    "I asked {N} whether she had taken anything.",
]


def part(frame: str, which: str) -> bool:
    kept = zlib.crc32(frame.encode()) % 3 == 0
    return which == "all" or (which == "kept") == kept


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    which = args[0] if args else "kept"
    verbose = "-v" in sys.argv
    warm_up()
    for side, frames in (("drug", DRUG), ("person", PERSON)):
        n = hit = 0
        per_name: dict[str, int] = {}  # the sentences gone wrong, per name
        for frame in frames:
            if not part(frame, which):
                continue
            for name in NAMES:
                text = frame.replace("{N}", name)
                s = text.index(name)
                flagged = any(f.type == "PERSON" and f.start <= s and f.end >= s + len(name)
                              for f in scan(text))
                n += 1
                hit += flagged
                bad = flagged if side == "drug" else not flagged
                if bad:
                    per_name[name] = per_name.get(name, 0) + 1
                    if verbose:
                        print(f"  {side} {'FLAGGED' if flagged else 'MISSED'}: {text}")
        word = "drug flagged" if side == "drug" else "person found"
        print(f"{which} {side}: {word} {hit}/{n} = {hit / max(1, n):.1%}  bad by name: {per_name}")


if __name__ == "__main__":
    main()
