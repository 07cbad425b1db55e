"""Runs of capitalised words that a drug's name opens or makes up, whatever stands before.

A pharmacy's or a poison centre's note writes a generic medicine with its maker or form after
it (`Oxikodon Evolan`, `Pregabalin Glenmark`, `Xanor Depot`): a run of two words whose first is
a listed medicine, no name of anyone's, and whose second is no given name, is the product,
though the maker be no list's firm and the run open a sentence. After a substance or street
name (substances.txt, which holds the Swedish brands too) the second word must be no surname
either (`Kristall Nilsson` may be someone's nickname); after a pill's stamp it is a person's
(`Tesla Andersson`, productsurnamed.py). A given name after the drug stays a dealer's
nickname (`Tramadol Tommy`).

A new substance named by its class's stem or letters (drugshape.py: `Protonitazepyne`,
`ETH-LAD`) is no one's name even after a person's cue: a lab report's `LC-MS/MS:` reads as
the title `Ms`, a lysergamide's code as a hyphened name. Only a naming cue (`kallad`, `alias`)
makes it someone's nickname.
"""

from __future__ import annotations

from mailgate.scan import lexicon
from mailgate.scan.cues import NAMING_CUES
from mailgate.scan.drugshape import drug_shaped
from mailgate.scan.recognizers.words import Tok


def a_medicine_and_its_maker(run: list[Tok]) -> bool:
    """`Oxikodon Evolan`, `Tramadol Actavis`, `Xanor Depot`; not `Molly Svensson` (a given
    name first) nor `Tramadol Tommy` (a given name after)."""
    if len(run) != 2:
        return False
    drug, maker = run
    if drug.info.first or drug.info.last or maker.info.first:
        return False
    folded = drug.text.casefold()
    return folded in lexicon.entries("medicines") or (
        not maker.info.last and folded in lexicon.entries("substances"))


def shaped_past_a_cue(run: list[Tok], before: list[str]) -> bool:
    """`LC-MS/MS: Protonitazepyne`, `two tabs of ETH-LAD`: a substance by its shape alone in
    its run, with no naming cue before it."""
    return len(run) == 1 and drug_shaped(run[0].text) and NAMING_CUES.isdisjoint(before[-2:])
