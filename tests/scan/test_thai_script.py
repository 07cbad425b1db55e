"""Names in Thai script, as gym owners, cooks and relatives write them: Thai has no capitals
and no spaces between words, only between phrases, so a listed name standing alone is what
marks one (data/thai_script_names.txt), also after a kin word or title glued to it (พี่ elder
sibling, หนู the writer herself, คุณ)."""

from __future__ import annotations

import pytest

from mailgate.scan import scan
from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("ประเสริฐ คะ ห้ามใช้ ยาบ้า ก่อนชก นะคะ ถ้าเจอ สุนีย์ อีก โทร 070-174 06 61 ขอบคุณค่ะ ลัดดา",
     ["ประเสริฐ", "สุนีย์", "ลัดดา"]),
    ("คุณวิชัย คะ วันนี้ อาหาร หมดแล้ว ส่วน สุภาวดี ไม่มาทำงาน หนูแพร", ["คุณวิชัย", "สุภาวดี",
                                                                     "หนูแพร"]),
    ("Tränaren ringde: ธนพล แสงทอง har slutat komma.", ["ธนพล แสงทอง"]),
])
def test_names_in_thai_script_are_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    # Thai phrases with no name: a drug (ยาบ้า, ยาไอซ์), a shop, thanks, a meal
    "ห้ามใช้ ยาบ้า และ ยาไอซ์ ก่อนชก นะคะ ขอบคุณค่ะ",
    "วันนี้ ร้านอาหาร ปิด แล้ว โทร 070-174 06 62",
    "พี่ คะ ข้าวผัด หมดแล้ว",
])
def test_thai_phrases_without_a_name_have_none(text: str) -> None:
    assert not [f for f in scan(text) if f.type == "PERSON"]
