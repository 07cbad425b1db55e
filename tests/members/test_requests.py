"""Mail commands to vsn-request@, through the real flow: every person gets an answer."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import select

from digest.notices.first import notify
from mailgate.members.preferences import read_changes
from mailgate.members.requests import Verb, read_request
from mailgate.parse import parse
from store.db import session
from store.models import Application, Event, Member

from members.kit import ADMIN, DOMAIN, Kit, mail, parsed, text_of

REQUESTS = f"vsn-request@{DOMAIN}"
MEMBER = "medlem0@kommun0.example.se"
OUTSIDER = "utomstaende@example.org"

VERBS = [
    ("HJÄLP", "", Verb.HELP, ""),
    ("help", "", Verb.HELP, ""),
    ("SV: Anslut", "", Verb.JOIN, ""),
    ("", "avsluta\n\nMvh", Verb.LEAVE, ""),
    ("Inställningar gul av", "", Verb.SETTINGS, "gul av"),
    ("SETTINGS", "green on", Verb.SETTINGS, "green on"),
    ("Sök fentanyl Malmö", "", Verb.SEARCH, "fentanyl Malmö"),
    ("", "SEARCH nitazenes", Verb.SEARCH, "nitazenes"),
    ("Fråga om tabletter", "Hej, vad gäller?", Verb.UNKNOWN, ""),
    ("Ansökan om medlemskap", "", Verb.JOIN, "om medlemskap"),
    ("", "Avregistrering\nTack för tiden!", Verb.LEAVE, ""),
    ("Avanmälan", "", Verb.LEAVE, ""),
]


@pytest.mark.parametrize(("subject", "body", "verb", "args"), VERBS)
def test_read_request(subject: str, body: str, verb: Verb, args: str) -> None:
    msg = mail(MEMBER, REQUESTS, subject, body or "\n")
    request = read_request(parse(msg.as_bytes(), domain=DOMAIN))
    assert (request.verb, request.args) == (verb, args)


CHANGES = [
    (("GUL AV",), [("yellow", False)]),
    (("grön: på", "sammanfattning av"), [("green", True), ("digest", False)]),
    (("yellow off, green on, digest on",), [("yellow", False), ("green", True),
                                            ("digest", True)]),
    (("RÖD AV",), [("red", False)]),
    (("inget här",), []),
]


@pytest.mark.parametrize(("lines", "expected"), CHANGES)
def test_read_settings(lines: tuple[str, ...], expected: list[tuple[str, bool]]) -> None:
    assert read_changes(lines) == expected


def _answers(kit: Kit, rcpt: str) -> list[EmailMessage]:
    return [parsed(r) for r in kit.outbox(rcpt=rcpt)]


def _ask(kit: Kit, sender: str, subject: str, text: str = "\n",
         to: str = REQUESTS) -> EmailMessage:
    before = len(kit.outbox(rcpt=sender))
    kit.deliver(mail(sender, to, subject, text))
    found = _answers(kit, sender)
    assert len(found) == before + 1, "every command gets exactly one answer"
    answer = found[-1]
    assert answer["Auto-Submitted"] == "auto-replied"
    return answer


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    kit = Kit(tmp_path)
    kit.members(2)
    return kit


def test_help_and_unknown(kit: Kit) -> None:
    text = text_of(_ask(kit, OUTSIDER, "HJÄLP"))
    for word in ("ANSLUT", "AVSLUTA", "INSTÄLLNINGAR", "SÖK", "Du är inte medlem"):
        assert word in text
    unknown = text_of(_ask(kit, MEMBER, "Vad är detta?", "Hej!"))
    assert "kände inte igen" in unknown and "HJÄLP / HELP" in unknown


def test_auto_generated_mail_gets_no_answer(kit: Kit) -> None:
    kit.deliver(mail(OUTSIDER, REQUESTS, "HJÄLP", "\n", Auto_Submitted="auto-replied"))
    assert not kit.outbox(rcpt=OUTSIDER)


def test_settings_change_after_confirmation_and_red_stays_on(kit: Kit) -> None:
    confirm = _ask(kit, MEMBER, "INSTÄLLNINGAR", "GUL AV\nGRÖN PÅ\nRÖD AV\n")
    assert "bekräfta" in str(confirm["Subject"])
    assert str(confirm["Reply-To"]).startswith("vsn+settings-")
    with session(kit.engine) as s:   # nothing changes on the strength of From: alone
        assert s.exec(select(Member).where(Member.email == MEMBER)).one().immediate == {}
    text = text_of(_ask(kit, MEMBER, "SV: bekräfta", "ja", to=str(confirm["Reply-To"])))
    assert "GUL: AV" in text and "GRÖN: PÅ" in text and "RÖD: kan inte ändras" in text
    with session(kit.engine) as s:
        member = s.exec(select(Member).where(Member.email == MEMBER)).one()
        assert member.immediate == {"yellow": False, "green": True} and member.digest
    assert "bara för medlemmar" in text_of(_ask(kit, OUTSIDER, "SETTINGS DIGEST OFF"))


def test_search_finds_published_events_for_members_only(kit: Kit) -> None:
    kit.event("red", "Fentanyl i falska oxykodontabletter", text="Blå tabletter i Malmö.")
    kit.event("yellow", "Nitazener i heroin", text="Göteborg.")
    text = text_of(_ask(kit, MEMBER, "SÖK oxykodon malmo"))
    assert "Fentanyl i falska oxykodontabletter" in text and "Nitazener" not in text
    assert "Inga publicerade" in text_of(_ask(kit, MEMBER, "SÖK kokain"))
    refused = text_of(_ask(kit, OUTSIDER, "SÖK fentanyl"))
    assert "bara för medlemmar" in refused and "Fentanyl i falska" not in refused


def test_leave_needs_a_reply_from_the_member(kit: Kit) -> None:
    confirm = _ask(kit, MEMBER, "AVSLUTA")
    address = str(confirm["Reply-To"])
    assert address.startswith("vsn+leave-")
    forged = text_of(_ask(kit, OUTSIDER, "SV: bekräfta", "ja", to=address))
    assert "egen adress" in forged
    with session(kit.engine) as s:
        assert s.exec(select(Member).where(Member.email == MEMBER)).one().status == "active"
    assert "avslutat" in text_of(_ask(kit, MEMBER, "SV: bekräfta", "ja", to=address))
    with session(kit.engine) as s:
        assert s.exec(select(Member).where(Member.email == MEMBER)).one().status == "left"
    assert "inget medlemskap" in text_of(_ask(kit, MEMBER, "AVSLUTA"))


def test_list_unsubscribe_of_a_notice_leaves_at_once(kit: Kit) -> None:
    with session(kit.engine) as s:
        event = s.get(Event, kit.event("red"))
        assert event is not None
        notify(s, kit.ctx.identity, kit.ctx.bounce_address, event)
    notice = parsed(kit.outbox("notice", rcpt=MEMBER)[0])
    header = str(notice["List-Unsubscribe"])   # <https://…>, <mailto:…>: the mailto here
    unsubscribe = header.split("<mailto:")[1].split("?")[0]
    _ask(kit, MEMBER, "AVSLUTA", to=unsubscribe)
    with session(kit.engine) as s:
        assert s.exec(select(Member).where(Member.email == MEMBER)).one().status == "left"


APPLICATION = """Namn: Eva Exempel
Organisation: Exempelby kommun, socialtjänsten
Organisationstyp: kommun
Roll: Socialsekreterare
Region: Exempellän
Möter personer som använder narkotika: ja
Strategisk, analytisk eller utredande roll: nej
Behöver informationen i arbetet: ja
"""

# An analyst at an agency meets nobody who uses drugs: the analytic path makes them eligible.
ANALYST = """Namn: Ali Analys
Organisation: Polismyndigheten, region Syd, underrättelseenheten
Organisationstyp: myndighet
Roll: Analytiker
Region: Skåne
Möter personer som använder narkotika: nej
Strategisk, analytisk eller utredande roll: ja
Behöver informationen i arbetet: ja
"""


def test_join_is_decided_by_an_admin_reply(kit: Kit) -> None:
    applicant = "eva@exempelby.example.se"
    form = text_of(_ask(kit, applicant, "ANSLUT", "Namn: Eva\n"))
    assert ("saknades eller var oklart: Organisation, Organisationstyp, Roll, Region, "
            "Möter personer som använder narkotika, Strategisk, analytisk eller utredande roll, "
            "Behöver informationen i arbetet") in form
    received = text_of(_ask(kit, applicant, "ANSLUT", APPLICATION))
    assert "Tack för din ansökan" in received
    (application,) = _answers(kit, ADMIN)
    text = text_of(application)
    assert "Kriterier för medlemskap" in text and "Exempelby kommun" in text
    token_address = str(application["Reply-To"])
    assert token_address.startswith("vsn+join-")
    assert "Inte utfört" in str(_ask(kit, OUTSIDER, "SV: ansökan", "GODKÄNN",
                                     to=token_address)["Subject"])
    kit.deliver(mail(ADMIN, token_address, "SV: ansökan", "GODKÄNN\n"))
    with session(kit.engine) as s:
        member = s.exec(select(Member).where(Member.email == applicant)).one()
        assert member.status == "active" and member.organisation.startswith("Exempelby")
        assert s.exec(select(Application)).one().decided_by == ADMIN
    assert "Välkommen" in text_of(_answers(kit, applicant)[-1])
    late = text_of(_ask(kit, ADMIN, "SV: ansökan", "AVSLÅ: nej", to=token_address))
    assert "redan avgjord" in late


def test_the_admin_sees_which_criteria_the_applicant_says_they_meet(kit: Kit) -> None:
    analyst = "ali.analys@polisen.example.se"
    _ask(kit, analyst, "ANSLUT", ANALYST)
    text = text_of(_answers(kit, ADMIN)[-1])
    assert "strategisk, analytisk eller utredande roll" in text
    assert "Sökanden: myndighet" in text
    assert "uppfyller sökanden alla kriterier" in text
    with session(kit.engine) as s:
        app = s.exec(select(Application)).one()
        assert (app.meets_people, app.strategic_role, app.needs_information) == \
            (False, True, True)


def test_an_application_without_the_organisation_type_or_a_clear_answer_is_asked_again(
        kit: Kit) -> None:
    applicant = "anna@exempelby.example.se"
    unclear = APPLICATION.replace("Organisationstyp: kommun\n", "").replace(
        "Behöver informationen i arbetet: ja", "Behöver informationen i arbetet: kanske")
    form = text_of(_ask(kit, applicant, "ANSLUT", unclear))
    assert "saknades eller var oklart: Organisationstyp, Behöver informationen" in form
    assert not _answers(kit, ADMIN)
    with session(kit.engine) as s:
        assert not s.exec(select(Application)).first()


def test_join_rejected_with_a_reason(kit: Kit) -> None:
    applicant = "fia@apotek.example.se"
    _ask(kit, applicant, "JOIN", APPLICATION)
    token_address = str(_answers(kit, ADMIN)[-1]["Reply-To"])
    kit.deliver(mail(ADMIN, token_address, "SV: ansökan", "AVSLÅ: Apotek kan rapportera men "
                                                         "blir inte medlemmar.\n"))
    answer = text_of(_answers(kit, applicant)[-1])
    assert "inte beviljats" in answer and "Apotek kan rapportera" in answer
    with session(kit.engine) as s:
        assert not s.exec(select(Member).where(Member.email == applicant)).first()
