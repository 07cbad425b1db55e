"""A Chinese or Korean name written in its own script inside a Latin-script text: `Student
王伟 anmälde stölden`, `Passagerare 김민준 betalade`.

The name lists hold Latin letters only, and transliterate.py reads no Han or Hangul. A text
written in Latin letters quotes a word of Chinese or Korean seldom, and then most often a
name: a lone word of two or three Han characters opening with a common family name, or of
three Hangul syllables opening with one (Korean names are family name and two syllables),
set apart by blanks or punctuation from the Latin words round it. A text with more than a
few such characters is itself Chinese or Korean, where a word opening with such a
character is as often no name (`王国`, `한국어`): it is left alone. Cities and words that
open with a family name's character are listed apart.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_ALONE

# The most common family names, simplified and traditional where they differ.
_HAN_FAMILY: Final = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    "邓鄧曹彭曾萧蕭肖田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金"
    "廖贾賈夏韦韋邹鄒孟熊秦邱尹薛段雷侯陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴戴莫孔汤湯")
_HANGUL_FAMILY: Final = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄"
    "채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용")
# Words and places opening with a family name's character: 黄金 gold, 金融 finance, 高速
# highway, 郑州 Zhengzhou; 서울시 Seoul (a place's last syllable: city, province, district),
# 한국어/한국인 (a language's or a people's).
_HAN_WORDS: Final = frozenset({"黄金", "金融", "高速", "高中", "郑州", "王国", "周末", "周日",
                               "马上", "林业", "方法", "金额", "程序", "任何", "李子"})
_HANGUL_TAILS: Final = ("시", "도", "구", "군", "어", "인", "국")
# A lone CJK word among Latin ones: blanks, brackets, quotes or punctuation on both sides.
_CJK_WORD: Final = re.compile(
    r"(?<![\w\u3000-\u9fff\uac00-\ud7a3])([\u4e00-\u9fff]{2,3}|[\uac00-\ud7a3]{3})"
    r"(?![\w\u3000-\u9fff\uac00-\ud7a3])")
_CJK_CHAR: Final = re.compile(r"[\u3000-\u9fff\uac00-\ud7a3]")
_MOST_CJK: Final = 12  # characters of Han or Hangul in a Latin-script text quoting names


def cjk_names(text: str) -> list[Hit]:
    """The lone Chinese or Korean names in a text written in Latin letters."""
    if _CJK_CHAR.search(text) is None:
        return []
    if len(_CJK_CHAR.findall(text)) > _MOST_CJK:
        return []  # a Chinese or Korean text: its words open with any character
    return [Hit(m.start(), m.end(), SCORE_ALONE) for m in _CJK_WORD.finditer(text)
            if _a_name(m.group(1))]


def _a_name(word: str) -> bool:
    if "\uac00" <= word[0] <= "\ud7a3":
        return word[0] in _HANGUL_FAMILY and not word.endswith(_HANGUL_TAILS)
    return word[0] in _HAN_FAMILY and word not in _HAN_WORDS
