"""Synthetic texts for the poison benchmark: lines dense with invented names, phone numbers
and personnummer (checksums computed, never a real person's), and plain prose.

The same seed gives the same text, so runs compare.
"""

from __future__ import annotations

import random

FIRST = ("Anna", "Erik", "Lars", "Karin", "Maria", "Johan", "Sara", "Mohammed", "Elin",
         "Ahmed", "Ingrid", "Nils", "Fatima", "Oskar", "Linnea", "Dragana", "Per", "Amir",
         "Sofia", "Henrik", "Leila", "Gustav", "Tesfalem", "Birgitta", "Mehmet", "Ulla")
LAST = ("Svensson", "Karlsson", "Andersson", "Nilsson", "Yilmaz", "Lindqvist", "Hjalmarsson",
        "Berg", "Quraishi", "Ghebreslassie", "Johansson", "Ekström", "Kovačević", "Lund",
        "Holm", "Persson", "Öberg", "Al-Hassan", "Sandberg", "Wikström")
VERBS = ("ringde", "träffade", "sålde tabletter till", "har kontakt med", "bor med",
         "köpte av", "är bror till", "nämnde")
FILLER = ("Klienten uppger att hon mår bättre.", "Tabletterna var blå och märkta M30.",
          "Kontakta socialtjänsten i Malmö vid frågor.", "Inget beslag gjordes.",
          "Ärendet följs upp nästa vecka.")


def luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def personnummer(rng: random.Random) -> str:
    yymmdd = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = f"{rng.randint(0, 999):03d}"
    return f"{yymmdd}-{serial}{luhn_digit(yymmdd + serial)}"


def phone(rng: random.Random) -> str:
    return f"070-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def dense_line(rng: random.Random) -> str:
    return (f"{name(rng)} ({personnummer(rng)}), tel {phone(rng)}, {rng.choice(VERBS)} "
            f"{name(rng)} {personnummer(rng)} på {phone(rng)}.")


def dense_text(size: int, seed: int = 13) -> str:
    """About `size` characters of lines dense with personal data, a blank line now and then."""
    rng = random.Random(seed)
    lines: list[str] = []
    total = 0
    while total < size:
        line = dense_line(rng) if rng.random() < 0.9 else rng.choice(FILLER)
        if rng.random() < 0.05:
            line += "\n"
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)[:size]


def plain_text(size: int, seed: int = 13) -> str:
    """About `size` characters of ordinary report prose with a name now and then."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = rng.choice(FILLER) if rng.random() < 0.97 else f"Hälsningar {name(rng)}."
        parts.append(sentence + ("\n" if rng.random() < 0.2 else " "))
        total += len(parts[-1])
    return "".join(parts)[:size]
