"""Kin: one table of the words for a person's family and the people close to them, and which
rules read each.

The rules read kin differently, so each row names its uses, and the recognisers read the
subsets below, built once from the table (frozensets):
- LOWER_CASE: a kin word in lower case opens a relation, not a title: `hans mamma Mia Berg`,
  `min onkel Vanja` are people; `Mamma Mia!` and `Onkel Vanja` on a programme are works
  (phrases.py, matched as written);
- SAVED_AS: a kin word written as a name right before a phone number is the contact's name
  (`If found call Mum +44 7700 900…`, kin.py);
- GENITIVE: a person's kin and partners after a genitive (`Ljubicas mamma`); not friends,
  children or a family (`Föreningens vänner`, `Skolans barn`, `Kungens familj`), which groups
  and institutions have too (kingenitive.py, everyday.py);
- BRACKETED: kin and the people close to one, as a note writes them in brackets after a name
  (`Veilmar (min son, 24)`); not roles (`Journalsystemet (handläggare)`: a system's users)
  (vouched.py);
- STATED: kin, neighbours and colleagues stated of someone (`Tina är min syster`); friends
  left out: a user calls a drug a friend too (`Molly är min bästa vän`) (streetfolk.py);
- COMPANY: the people a person has, never a drug (`Tinas mamma`, `Mollys pojkvän`, `Gina's
  sister`), friends and family too (drugnamed.py, streettalk.py);
- KIN_OF: kin before `till` or `of` and the one it is kin of (`dotter till Harry`, `son of
  Molly`): a name there even if a drug's or a word's (kinof.py); not `far`, `man` (`far till
  Kiruna`, a verb; `man till Tina`, one).
"""

from __future__ import annotations

from typing import Final

LOWER_CASE: Final = "lower case"
SAVED_AS: Final = "saved as"
GENITIVE: Final = "genitive"
BRACKETED: Final = "bracketed"
STATED: Final = "stated"
COMPANY: Final = "company"
KIN_OF: Final = "kin of"

_ALL: Final = (LOWER_CASE, SAVED_AS, GENITIVE, BRACKETED, STATED, COMPANY, KIN_OF)

# Each row: words, then the uses they serve.
KIN_TABLE: Final[tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = (
    # parents
    (("mamma", "pappa"), _ALL),
    (("mor", "far"), (LOWER_CASE, SAVED_AS, BRACKETED, STATED, COMPANY)),
    (("mum", "mom", "dad"), (SAVED_AS, GENITIVE, BRACKETED, STATED, COMPANY)),
    (("mother", "father"), (GENITIVE, BRACKETED, STATED, COMPANY, KIN_OF)),
    (("mamman", "pappan", "morsa", "farsa", "föräldrar", "parents"), (GENITIVE, COMPANY)),
    (("morsan", "farsan"), (SAVED_AS, GENITIVE, BRACKETED, COMPANY)),
    (("mommy", "mummy", "daddy", "mamsen", "äiti", "isä", "nana"), (SAVED_AS,)),
    # grandparents
    (("mormor", "morfar", "farmor", "farfar"), (LOWER_CASE, SAVED_AS, GENITIVE, BRACKETED,
                                                COMPANY)),
    (("grandma", "grandpa"), (SAVED_AS, BRACKETED)),
    # siblings and cousins
    (("bror", "syster", "kusin"), (LOWER_CASE, GENITIVE, BRACKETED, STATED, COMPANY, KIN_OF)),
    (("brother", "sister", "cousin"), (GENITIVE, BRACKETED, STATED, COMPANY, KIN_OF)),
    (("brorsan", "syrran"), (SAVED_AS, GENITIVE, BRACKETED, COMPANY)),
    (("brorsa", "syrra"), (GENITIVE, COMPANY)),
    (("brodern", "systern"), (BRACKETED,)),
    (("bröder", "brothers", "systrar", "sisters", "kusiner", "cousins", "syskon"), (STATED,)),
    # uncles and aunts, nieces and nephews
    (("moster", "faster", "morbror", "farbror"), (LOWER_CASE, GENITIVE, BRACKETED, STATED)),
    (("aunt", "uncle"), (LOWER_CASE, BRACKETED, STATED)),
    (("onkel", "tant"), (LOWER_CASE,)),
    (("morbrodern", "farbrodern"), (BRACKETED,)),
    (("syskonbarn", "brorsdotter", "systerdotter", "brorson", "systerson", "niece", "nephew"),
     (STATED,)),
    # partners
    (("pojkvän", "flickvän", "sambo", "boyfriend", "girlfriend", "husband", "wife"),
     (GENITIVE, BRACKETED, STATED, COMPANY, KIN_OF)),
    (("fru",), (BRACKETED, STATED, COMPANY, KIN_OF)),
    (("make",), (BRACKETED, COMPANY, KIN_OF)),
    (("hustru",), (BRACKETED, KIN_OF)),
    (("maken", "partner"), (BRACKETED,)),
    (("kille", "tjej", "man"), (COMPANY,)),
    # children and grandchildren
    (("son", "dotter"), (BRACKETED, STATED, COMPANY, KIN_OF)),
    (("daughter", "barnbarn"), (BRACKETED, STATED, KIN_OF)),
    (("sonen", "dottern"), (BRACKETED,)),
    (("söner", "sons", "döttrar", "grandchild"), (STATED,)),
    (("barn", "barnen", "kids", "children"), (COMPANY,)),
    # steps and in-laws
    (("styvpappa", "styvmamma", "stepdad", "stepmum", "stepmom"), (GENITIVE, BRACKETED)),
    (("halvbror", "halvsyster", "bonuspappa", "bonusmamma", "svåger", "svägerska", "svärmor",
      "svärfar"), (GENITIVE,)),
    # family, friends, neighbours, colleagues, classmates
    (("familj", "family"), (COMPANY,)),
    (("vän", "kompis", "friend"), (BRACKETED, COMPANY)),
    (("vänner", "väninna", "kompisar", "friends"), (COMPANY,)),
    (("granne", "neighbour", "neighbor", "kollega", "colleague"), (BRACKETED, STATED)),
    (("grannar", "neighbours", "neighbors", "kollegan", "kollegor", "colleagues", "elev",
      "elever"), (STATED,)),
)


def _serving(use: str) -> frozenset[str]:
    return frozenset(word for words, uses in KIN_TABLE if use in uses for word in words)


KIN_IN_LOWER_CASE: Final = _serving(LOWER_CASE)
KIN_SAVED_AS: Final = _serving(SAVED_AS)
GENITIVE_KIN: Final = _serving(GENITIVE)
BRACKETED_KIN: Final = _serving(BRACKETED)
STATED_KIN: Final = _serving(STATED)
KIN_AND_COMPANY: Final = _serving(COMPANY)
KIN_OF_SOMEONE: Final = _serving(KIN_OF)
