"""Members as operators manage them: CSV import and export, add, remove, come back."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from mailgate.members.roster import add_member, export_csv, import_csv, list_members, remove_member
from store.db import session
from store.models import Bounce, Member

from members.kit import Kit

CSV = """email,name,organisation,org_type,role,region
Anna Andersson <ANNA@Kommun-A.example.se>,Anna A,Kommun A,Kommun,Socialsekreterare,Skåne
bo@region-b.example.se,Bo B,Region B,region,Sjuksköterska,Västra Götaland
anna@kommun-a.example.se,Dubblett,Kommun A,kommun,,Skåne
inte-en-adress,X,Y,kommun,,
cia@polis.example.se,Cia C,Polisen,förening,,Stockholm
"""


def test_import_normalises_refuses_duplicates_and_names_bad_lines(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    with session(kit.engine) as s:
        result = import_csv(s, CSV)
    assert result.added == 2
    assert result.duplicates == ("anna@kommun-a.example.se",)
    assert result.errors == ("line 5: not an email address",
                             "line 6: org_type must be one of kommun, region, myndighet")
    with session(kit.engine) as s:
        again = import_csv(s, "email\nbo@REGION-B.example.se\n")
        emails = [m.email for m in list_members(s)]
    assert again.added == 0 and again.duplicates == ("bo@region-b.example.se",)
    assert emails == ["anna@kommun-a.example.se", "bo@region-b.example.se"]


def test_import_needs_an_email_column(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    with session(kit.engine) as s:
        result = import_csv(s, "name,region\nA,B\n")
    assert result.added == 0 and "email" in result.errors[0]


def test_export_round_trips(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    with session(kit.engine) as s:
        import_csv(s, CSV)
        text = export_csv(s)
    assert text.splitlines()[0] == "email,name,organisation,org_type,role,region,status"
    assert "anna@kommun-a.example.se,Anna A,Kommun A,kommun,Socialsekreterare,Skåne,active" \
        in text
    other = Kit(tmp_path / "other")
    with session(other.engine) as s:
        assert import_csv(s, text).added == 2


def test_add_remove_and_come_back(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    with session(kit.engine) as s:
        problem, member = add_member(s, {"email": "Dag@Tull.example.se", "org_type": "myndighet"})
        assert problem == "" and member is not None
        assert add_member(s, {"email": "dag@tull.example.se"}) == ("already a member", None)
        assert remove_member(s, "dag@tull.example.se")
        assert not remove_member(s, "dag@tull.example.se")
    with session(kit.engine) as s:
        gone = s.exec(select(Member)).one()
        assert gone.status == "left" and gone.left_at is not None
        assert gone.id is not None
        gone.status = "suspended"
        s.add(Bounce(member_id=gone.id, hard=True))
        s.add(gone)
    with session(kit.engine) as s:
        problem, back = add_member(s, {"email": "dag@tull.example.se", "region": "Norrbotten"})
        assert problem == "" and back is not None
    with session(kit.engine) as s:
        member = s.exec(select(Member)).one()
        assert member.status == "active" and member.region == "Norrbotten"
        assert not s.exec(select(Bounce)).all()   # the old bounces no longer count
