"""The case builder of the unseen corpus: markup in, text with computed offsets out.

Templates never type an offset. They wrap each identifier in E(type, value) and each hard
negative in N(value); `parse` strips the marks and records where every wrapped string ended up.
Hand-written cases use the readable form [[TYPE|value]] and {{value}}.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import unseen_ids as ids
import unseen_pools as pools

_E0, _E1, _E2, _N0, _N1 = "\x01", "\x02", "\x03", "\x04", "\x05"
TYPES = ("PERSON", "ID_NUMBER", "PHONE", "EMAIL", "URL", "IP", "IBAN", "BANK_ACCOUNT", "PLATE",
         "ADDRESS", "DATE_OF_BIRTH")


def E(kind: str, value: str) -> str:
    assert kind in TYPES, kind
    return f"{_E0}{kind}{_E1}{value}{_E2}"


def N(value: str) -> str:
    return f"{_N0}{value}{_N1}"


def readable(markup: str) -> str:
    """[[TYPE|value]] and {{value}} of hand-written cases to the template marks."""
    markup = re.sub(r"\[\[([A-Z_]+)\|(.+?)\]\]", lambda m: E(m[1], m[2]), markup)
    return re.sub(r"\{\{(.+?)\}\}", lambda m: N(m[1]), markup)


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[str]]:
    out: list[str] = []
    entities: list[dict[str, Any]] = []
    negatives: list[str] = []
    pos, i = 0, 0
    while i < len(marked):
        ch = marked[i]
        if ch == _E0:
            j, k = marked.index(_E1, i), marked.index(_E2, i)
            value = marked[j + 1:k]
            entities.append({"type": marked[i + 1:j], "start": pos, "end": pos + len(value)})
            out.append(value)
            pos, i = pos + len(value), k + 1
        elif ch == _N0:
            k = marked.index(_N1, i)
            negatives.append(marked[i + 1:k])
            out.append(marked[i + 1:k])
            pos, i = pos + k - i - 1, k + 1
        else:
            out.append(ch)
            pos, i = pos + 1, i + 1
    return "".join(out), entities, sorted(set(negatives))


def _genitive(name: str) -> str:
    return name if name[-1] in "sxzSXZ" else name + "s"


@dataclass(frozen=True)
class Person:
    first_: str
    last_: str
    full_: str
    female: bool
    born: dt.date

    @property
    def full(self) -> str:
        return E("PERSON", self.full_)

    @property
    def first(self) -> str:
        return E("PERSON", self.first_)

    @property
    def last(self) -> str:
        return E("PERSON", self.last_)

    @property
    def first_gen(self) -> str:
        return E("PERSON", _genitive(self.first_))

    @property
    def last_gen(self) -> str:
        return E("PERSON", _genitive(self.last_))

    @property
    def first_en_gen(self) -> str:
        return E("PERSON", self.first_) + "'s"

    @property
    def last_en_gen(self) -> str:
        return E("PERSON", self.last_) + "'s"

    @property
    def caps(self) -> str:
        return E("PERSON", self.full_.upper())

    @property
    def last_caps(self) -> str:
        return E("PERSON", self.last_.upper())

    @property
    def register(self) -> str:
        rest = self.full_.replace(self.last_, "").split()
        return E("PERSON", f"{self.last_.upper()}, {' '.join(rest)}")

    @property
    def lower(self) -> str:
        return E("PERSON", self.first_.lower())

    @property
    def he(self) -> str:
        return "hon" if self.female else "han"

    @property
    def He(self) -> str:
        return "Hon" if self.female else "Han"

    @property
    def his(self) -> str:
        return "hennes" if self.female else "hans"


@dataclass
class Case:
    """Draws names, identifiers and hard negatives for one text from one split's pools."""

    rng: random.Random
    pool: dict[str, list[str]]
    names: dict[str, tuple[list[str], list[str], list[str]]]
    used: set[str] = field(default_factory=set)

    def person(self, origin: str | None = None, female: bool | None = None,
               young: bool = False) -> Person:
        """A new person; young ones are of school age, names never repeat within a text."""
        p = self._person(origin, female, young)
        if {p.first_, p.last_} & self.used:
            return self.person(origin, female, young)
        self.used |= {p.first_, p.last_}
        return p

    def _person(self, origin: str | None, female: bool | None, young: bool) -> Person:
        origin = origin or self.rng.choice([*self.names, "vietnamese"])
        female = self.rng.random() < 0.5 if female is None else female
        born = ids.birth_date(self.rng, 2008, 2012) if young else ids.birth_date(self.rng)
        if origin == "vietnamese":
            fam = self.rng.choice(pools.VIET_FAMILY)
            mid = self.rng.choice(pools.VIET_MIDDLE_F if female else pools.VIET_MIDDLE_M)
            given = self.rng.choice(pools.VIET_GIVEN_F if female else pools.VIET_GIVEN_M)
            return Person(given, fam, f"{fam} {mid} {given}", female, born)
        males, females, lasts = self.names[origin]
        first = self.rng.choice(females if female else males)
        last = self.rng.choice(lasts)
        if origin == "polish" and female and last.endswith(("ski", "cki")):
            last = last[:-1] + "a"
        if origin == "somali" and self.rng.random() < 0.6:
            grandfather = self.rng.choice([n for n in lasts if n != last])
            return Person(first, last, f"{first} {last} {grandfather}", female, born)
        return Person(first, last, f"{first} {last}", female, born)

    def neg(self, pool: str) -> str:
        return N(self.rng.choice(self.pool[pool]))

    def negs(self, pool: str, k: int) -> list[str]:
        return [N(v) for v in self.rng.sample(self.pool[pool], k)]

    def pnr(self, shape: str | None = None, valid: bool | None = None,
            coordination: bool | None = None, who: Person | None = None) -> str:
        born = who.born if who else None
        shape = shape or self.rng.choice(ids.PNR_SHAPES)
        valid = self.rng.random() < 0.6 if valid is None else valid
        coordination = self.rng.random() < 0.2 if coordination is None else coordination
        return E("ID_NUMBER", ids.personnummer(self.rng, shape, valid, coordination, born))

    def phone(self, kind: str = "mobile") -> str:
        make = {"mobile": ids.mobile, "landline": ids.landline, "foreign": ids.foreign_phone}
        return E("PHONE", make[kind](self.rng))

    def email(self, p: Person, work: bool = False) -> str:
        first, last = _ascii(p.first_), _ascii(p.last_)
        if work:
            return E("EMAIL", f"{first}.{last}@{self.rng.choice(pools.WORK_DOMAINS)}")
        local = self.rng.choice([f"{first}.{last}", f"{first}{p.born:%y}", f"{first}_{last[:3]}",
                                 f"{last}{self.rng.randint(1, 99)}", f"{first[0]}{last}"])
        return E("EMAIL", f"{local}@{self.rng.choice(pools.EMAIL_DOMAINS)}")

    def address(self, with_town: bool = True) -> str:
        street = f"{self.rng.choice(pools.STREETS)} {self.rng.randint(1, 88)}"
        street += self.rng.choice(["", "", "A", "B", " lgh 1102", ", 3 tr"])
        if not with_town:
            return E("ADDRESS", street)
        code, town = self.rng.choice(pools.POSTTOWNS)
        return E("ADDRESS", f"{street}, {code} {town}")

    def dob(self, p: Person) -> str:
        return E("DATE_OF_BIRTH", ids.birth_text(self.rng, p.born))

    def plate(self) -> str:
        return E("PLATE", ids.plate(self.rng))

    def ip(self) -> str:
        return E("IP", ids.ip(self.rng))

    def iban(self, country: str = "SE") -> str:
        return E("IBAN", ids.iban(self.rng, country))

    def account(self) -> str:
        return E("BANK_ACCOUNT", ids.bank_account(self.rng))

    def dnr(self) -> str:
        return N(ids.diary_number(self.rng))

    def org(self) -> str:
        return N(ids.org_number(self.rng))

    def profile(self, p: Person) -> str:
        site = self.rng.choice(["https://www.facebook.com/", "https://instagram.com/",
                                "https://www.tiktok.com/@", "https://vk.com/"])
        return E("URL", f"{site}{_ascii(p.first_)}.{_ascii(p.last_)}{self.rng.randint(1, 99)}")


def _ascii(name: str) -> str:
    name = name.lower().translate(str.maketrans("łđı", "ldi"))
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain)
