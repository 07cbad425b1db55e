"""Helpers for the scanner's tests: synthetic personnummer and finding look-ups."""

from __future__ import annotations

from mailgate.scan import Finding, scan


def luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def pnr(yymmdd: str, serial: str = "123", sep: str = "-", century: str = "",
        valid: bool = True) -> str:
    """A synthetic personnummer: checksum computed, or deliberately off by one."""
    check = luhn_digit(yymmdd + serial)
    if not valid:
        check = str((int(check) + 1) % 10)
    return f"{century}{yymmdd}{sep}{serial}{check}"


def found(text: str, kind: str) -> list[str]:
    """The texts of the findings of `kind` in `text`."""
    return [f.text for f in scan(text) if f.type == kind]


def flagged(text: str) -> list[Finding]:
    """Every finding that would be masked."""
    return [f for f in scan(text) if f.type != "QUASI"]


def henkilotunnus(ddmmyy: str, serial: str = "123", sign: str = "-", valid: bool = True) -> str:
    """A synthetic Finnish henkilötunnus: check character mod 31, or a wrong one."""
    checks = "0123456789ABCDEFHJKLMNPRSTUVWXY"
    index = int(ddmmyy + serial) % 31
    return f"{ddmmyy}{sign}{serial}{checks[index if valid else (index + 1) % 31]}"


def _weighted(weights: tuple[int, ...], digits: list[int]) -> int:
    return sum(w * d for w, d in zip(weights, digits, strict=True))


def _mod11(weights: tuple[int, ...], digits: list[int]) -> int:
    check = 11 - _weighted(weights, digits) % 11
    return 0 if check == 11 else check


def fodselsnummer(ddmmyy: str, serial: str = "123") -> str:
    """A synthetic Norwegian fødselsnummer (two mod-11 check digits); another serial is
    tried when a check digit would be 10."""
    for n in range(int(serial), int(serial) + 50):
        digits = [int(c) for c in f"{ddmmyy}{n % 1000:03d}"]
        k1 = _mod11((3, 7, 6, 1, 8, 9, 4, 5, 2), digits)
        k2 = _mod11((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), [*digits, k1])
        if k1 < 10 and k2 < 10:
            return "".join(map(str, digits)) + f"{k1}{k2}"
    raise ValueError(ddmmyy)


def pesel(yymmdd: str, serial: str = "1234", valid: bool = True) -> str:
    """A synthetic Polish PESEL (born in the 1900s: the month as written)."""
    digits = [int(c) for c in yymmdd + serial]
    check = (10 - _weighted((1, 3, 7, 9, 1, 3, 7, 9, 1, 3), digits) % 10) % 10
    return f"{yymmdd}{serial}{check if valid else (check + 1) % 10}"


# Texts the speed-ups are compared on: the three dev corpora (never a holdout), the same
# joined 40 at a time, and lines dense with names and numbers as the poison bench writes them.
DEV_CORPORA = ("corpus.jsonl", "unseen/dev.jsonl", "fresh/dev.jsonl", "fourth/dev.jsonl",
               "fifth/dev.jsonl")


def dev_texts() -> list[str]:
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data" / "pii"
    return [json.loads(line)["text"] for name in DEV_CORPORA
            for line in (data / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def dense_lines(count: int, seed: int = 1) -> str:
    """Lines like the poison bench's: a name, a personnummer and a phone number every few
    words (checksums computed, invented people)."""
    import random

    rng = random.Random(seed)
    first = ("Anna", "Erik", "Mohammed", "Dragana", "Tesfalem", "Per", "Maria")
    last = ("Svensson", "Yilmaz", "Al-Hassan", "Kovačević", "Berg", "Öberg", "Lund")
    lines = []
    for _ in range(count):
        who = [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(2)]
        ids = [pnr(f"{rng.randint(40, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                   f"{rng.randint(0, 999):03d}") for _ in range(2)]
        tel = [f"070-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
               for _ in range(2)]
        lines.append(f"{who[0]} ({ids[0]}), tel {tel[0]}, ringde {who[1]} {ids[1]} på {tel[1]}.")
    return "\n".join(lines)


def sample_texts() -> list[str]:
    texts = dev_texts()
    return texts + ["\n\n".join(texts[i : i + 40]) for i in range(0, len(texts), 40)] + [
        dense_lines(400, seed) for seed in (1, 2)]
