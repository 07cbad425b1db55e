"""A name found by one of its parts, widened over the whole name.

The recognizers judge a name word by word, and a part that is also a word, a kin word or an
unlisted surname can stay outside the finding: `Bror [NAMN]`, `[NAMN] Sommar`, `VINTER,
[NAMN]`, `[NAMN] "Kniven" Ros`, `Turbo-[NAMN]`, `[NAMN] W`. Every member would read that
part. Run on the resolved findings (after resolve.py, before honorifics.py), so a part taken
in here is never looked for elsewhere in the text as a name of its own. A name never grows
over another finding, so each keeps its own type and number in the review.

    widen.py   which rules a name is offered, and the name grown by them
    after.py   the parts that can follow a finding
    before.py  the parts that can stand before it
    facts.py   what the lists say of the words beside it
"""

from mailgate.scan.wholename.widen import widened

__all__ = ["widened"]
