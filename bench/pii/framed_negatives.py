"""Name-like things that are no person, each in the frames reports, minutes, forum posts,
lists and signatures write them: the share flagged per kind and per frame.

    python bench/pii/framed_negatives.py [--frames] [--show KIND]

The catalogue (framed_negatives.txt, `## kind` then one name a line) is scanned in every frame;
a name counts as flagged when a finding that would be masked overlaps it. A third of the names
(by a fixed hash, `crc32(name) % 3 == 0`) is kept out of tuning: its rate is printed apart, the
check that a rule fits the kind and not the names it was written from.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from marks import kept_out  # first: it puts the checkout on sys.path

from mailgate.scan import publishable, scan, warm_up

CATALOGUE = Path(__file__).with_name("framed_negatives.txt")
# {x} the name, {g} its genitive, {X} in capitals.
FRAMES = (
    "Rapport: {x} nämndes i förra veckans genomgång.",
    "Vi pratade om {x} på mötet i går.",
    "Rubrik: {x}",
    "Att göra:\n- {x}\n- Övrigt\n- Nästa möte",
    "Punkter att ta upp:\n1. {x}\n2. Budgeten",
    "Enligt {x} ska allt vara klart i maj.",
    'Hon skrev "{x}" i ämnesraden.',
    "| {x} | 2024-03-12 | klar |",
    "{x} är tillbaka på agendan.",
    "{g} betydelse diskuterades utförligt.",
    "VARNING: {X} PÅVERKAR LEVERANSEN",
    "Protokoll § 4: {x} – beslut att avvakta.",
    "Någon mer här som har koll på {x}? Tacksam för svar.",
    "Med vänliga hälsningar\nSupportteamet\n{x}",
    "Re: {x}",
    "Se bilagan om {x}.",
    "Jämfört med {x} är det här mycket bättre.",
    "Tack för tipset om {x}!",
    "Läste ni artikeln om {x} i morse?",
    "In the report, {x} was mentioned twice.",
    "Has anyone tried {x}? Thoughts welcome.",
    "Meeting notes: discussed {x}, no decision yet.",
    "Kategori: {x}; status: öppen; ansvarig: teamet",
    "Från och med måndag gäller {x} för hela avdelningen.",
    "Ämne: Fråga om {x}",
    "Bakgrund\n{x}\nVi behöver fatta beslut före fredag.",
    "Angående {x}: se tidigare mejl.",
    "Både {x} och budgeten fanns med på listan.",
    "Inför nästa vecka: kolla upp {x} och återkom.",
    "#{x} #trending #fredag",
)


def catalogue() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    kind = ""
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            kind = line[3:].strip()
            kinds[kind] = []
        elif line.strip() and not line.startswith("#"):
            kinds[kind].append(line.strip())
    return kinds



def framed(frame: str, name: str) -> tuple[str, str]:
    """The text, and the form of the name it holds."""
    genitive = name if name[-1] in "sxzSXZ" else name + "s"
    form = name.upper() if "{X}" in frame else genitive if "{g}" in frame else name
    return frame.replace("{x}", name).replace("{g}", genitive).replace("{X}", name.upper()), form


def flagged(text: str, form: str) -> list[str]:
    start = text.find(form)
    end = start + len(form)
    return [f.text for f in publishable(scan(text)) if f.start < end and start < f.end]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", action="store_true", help="the rate per frame too")
    parser.add_argument("--show", default="", help="list the flagged names of kinds holding this")
    args = parser.parse_args()
    warm_up()
    parts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    frames: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for kind, names in catalogue().items():
        for name in names:
            part = "kept out" if kept_out(name) else "tuned"
            for n, frame in enumerate(FRAMES):
                text, form = framed(frame, name)
                hits = flagged(text, form)
                for tally in (parts[part], kinds[kind], frames[n]):
                    tally[0] += bool(hits)
                    tally[1] += 1
                if hits and args.show and args.show in kind:
                    print(f"{kind} | {name} | {text!r} -> {hits}")
    for part, (hit, total) in parts.items():
        print(f"{part:9} flagged {hit}/{total} = {hit / total:.1%}")
    for kind, (hit, total) in sorted(kinds.items(), key=lambda kv: -kv[1][0] / kv[1][1]):
        print(f"{hit / total:7.1%} {hit:5}/{total:<5} {kind}")
    if args.frames:
        for n, (hit, total) in sorted(frames.items(), key=lambda kv: -kv[1][0]):
            print(f"{hit / total:7.1%} {hit:5}/{total:<5} {FRAMES[n]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
