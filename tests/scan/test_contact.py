"""EMAIL (also obfuscated), URL with user ids, social handles, IP addresses."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    "address",
    [
        "anna.svensson@kommun.se", "Anna.Svensson@Kommun.SE", "erik_92@gmail.com",
        "namn[at]kommun.se", "namn (at) kommun.se", "namn[at]kommun[dot]se",
        "namn snabel-a kommun.se", "namn at polisen.se", "dealer99(at)protonmail.com",
        "kristina.johansson-berg@vasteras.se", "erik [dot] lund [at] example [dot] org",
        "anna (punkt) berg (at) kommun (punkt) se",
        "anna punkt berg snabel-a example punkt com", "anna.berg@example .se",
        "anna @ example . com",
    ],
)
def test_email_addresses_are_found(address: str) -> None:
    assert found(f"Mejla {address} snarast.", "EMAIL") == [address]


def test_plain_at_in_english_is_not_an_email() -> None:
    assert found("We met at home.We saw him at school.today", "EMAIL") == []


def test_a_sentence_after_a_bare_domain_is_no_top_level_domain() -> None:
    assert found("Skriv till anna@example. Se till att svara.", "EMAIL") == []


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/erik.svensson.92", "instagram.com/tjejen_99",
        "https://www.snapchat.com/add/kalle.33", "t.me/shop_sthlm", "https://www.tiktok.com/@nova",
        "https://forum.example.se/profile?id=12345", "https://example.com/user/anna",
    ],
)
def test_links_naming_a_user_are_found(url: str) -> None:
    assert found(f"Han syns på {url} ibland.", "URL") == [url]


@pytest.mark.parametrize(
    "url",
    ["https://www.folkhalsomyndigheten.se/narkotika", "www.polisen.se", "https://1177.se/"],
)
def test_links_to_agencies_are_not_personal(url: str) -> None:
    assert found(f"Läs mer på {url} om ämnet.", "URL") == []


def test_handles_are_names() -> None:
    assert found("Säljaren har insta @nova_pink99 och snap @kalle.k", "PERSON") == [
        "@nova_pink99", "@kalle.k"]
    assert found("Möte @ 14.00 i @stora salen", "PERSON") == []


@pytest.mark.parametrize("ip", ["83.254.12.9", "10.0.0.1", "2001:db8::8a2e:370:7334"])
def test_ip_addresses(ip: str) -> None:
    assert found(f"Annonsen lades upp från {ip} enligt operatören.", "IP") == [ip]


def test_an_ipv6_address_before_a_logs_colon_is_found_without_it() -> None:
    text = "22:15 hsvahn from 2001:db8:3d5f::c3f: updated e-mail; kl 14:30:00: möte"
    assert found(text, "IP") == ["2001:db8:3d5f::c3f"]


def test_versions_and_dates_are_not_ip_addresses() -> None:
    assert found("Version 1.2.3 släpptes 15.03.2024, beslag 999.1.1.1.", "IP") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Mejla anna(a)region.se i dag.", "EMAIL", "anna(a)region.se"),
        ("Mejla anna.berg＠region.se i dag.", "EMAIL", "anna.berg＠region.se"),
        ("Loggen: IP 192.168.001.010 kl 14.", "IP", "192.168.001.010"),
        ("Inloggning från 8.8.8.8 i natt.", "IP", "8.8.8.8"),
    ],
)
def test_addresses_as_people_and_logs_write_them(text: str, kind: str, value: str) -> None:
    assert found(text, kind) == [value]


@pytest.mark.parametrize(
    "text", ["Se avsnitt 3.1.2.4 i rapporten.", "Version 1.002.003.004 av appen."])
def test_section_and_version_numbers_are_no_ip_addresses(text: str) -> None:
    assert found(text, "IP") == []


@pytest.mark.parametrize(("text", "address"), [
    ("Mejla anna.berg@\nexample.com om du vet mer.", "anna.berg@\nexample.com"),
    ("Mejla anna.berg@example,com (stavfel i förra mejlet)", "anna.berg@example,com"),
])
def test_an_address_wrapped_after_its_at_or_typed_with_a_comma(text: str, address: str) -> None:
    assert address in found(text, "EMAIL")


def test_a_word_ending_in_an_at_before_a_new_line_is_no_address() -> None:
    assert found("Skriv till kalle@\nHej igen, vi ses.", "EMAIL") == []
