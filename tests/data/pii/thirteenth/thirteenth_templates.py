# ruff: noqa: E501  (the texts are prose, one paragraph a line, as they would be pasted)
"""Situations of the thirteenth corpus, each drawn DRAWS times with new names, numbers and negatives.

A template is (family, voice, lang, marked text); the marks are those of `../fresh/fresh_case.py`.
Families at even positions are dev, odd ones holdout (`../corpus_writer.py`).
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("parents-group", "parents-facebook-group-post", "sv", """\
VARNING till alla föräldrar i gruppen!!! 😡😡
Min son [[PERSON:«first se»]] (14) kom hem i {{«neg weekday»}}s och berättade att en kille som kallar sig "[[PERSON:«first lc»]]" sålt {{drug:«neg street»}} och tabletter med {{drug:«neg stamp»}}-tryck bakom {{«neg place»}}. Han har tydligen ett konto på {{«neg app»}} där han säljer {{drug:«neg brand»}} också.
Någon som vet vem det är?? Vi bor på [[ADDRESS:«address»]] om nån vill ses och prata. Ring mig [[PHONE:«phone mobsp»]] eller skriv här
/[[PERSON:«name se»]]
EDIT: ring {{«neg service»}} om nån mår dåligt, inte mig 🙏
"""),
    ("discord-raid", "gamer-discord-transcript", "mixed", """\
[22:41] [[PERSON:«first lc»04]]: yo ngn som vet va hände med [[PERSON:«first se»]]?? han bara dog mitt i raiden
[22:42] [[PERSON:xX_«last lc»_Xx]]: bro he said he took 2 {{drug:«neg brand»}} and some {{drug:«neg street»}} before we started
[22:42] [[PERSON:«first pl»]]: wtf thats not ok. does anyone have his number
[22:43] [[PERSON:xX_«last lc»_Xx]]: [[PHONE:«phone mobc»]] its on his steam profile lol
[22:44] [[PERSON:«first pl»]]: calling. if no answer im calling {{«neg service»}}
[22:51] [[PERSON:«first pl»]]: his mom [[PERSON:«name se»]] picked up, shes going over to [[ADDRESS:«address»]] now
"""),
    ("worried-sister", "worried-sister-sms", "sv", """\
hej det är [[PERSON:«first se»]], [[PERSON:«first se #bro»s]] syster. sorry att jag skriver så sent
[[PERSON:«#bro»]] har inte svarat sen {{«neg weekday»}} och hans kompis sa att han köpt {{drug:«neg street»}} av nån på {{«neg app»}}. vet du var han är??
hans nya nummer är [[PHONE:«phone mob»]] men den går direkt till röstbrevlåda. han bor typ på [[ADDRESS:«address»]] med sin katt {{«neg pet»}}
om du hör nått ring mig på [[PHONE:«phone intl»]] snälla
"""),
    ("dating-match", "dating-app-match-chat", "sv", """\
[[PERSON:«first ir»]], 29: hej! såg att du också gillar {{«neg game»}} 😄
[[PERSON:«first se»]], 31: haha ja! men asså ärligt, vill du ha lite {{drug:«neg street»}} till dejten? jag har {{drug:«neg brand»}} också om du är nervös
[[PERSON:«first ir»]], 29: eh nej tack. vad heter du på riktigt?
[[PERSON:«first se»]], 31: [[PERSON:«name se»]] haha, swisha [[PHONE:«phone mobc»]] så fixar jag
[[PERSON:«first ir»]], 29: rapporterar dig till {{«neg app»}} nu. byebye
"""),
    ("dictation-dad", "voice-to-text-father", "sv", """\
hej det är pappa skriver med rösten för jag har inte glasögonen punkt jag hittade en påse med {{drug:«neg street»}} i [[PERSON:«first lc»s]] jacka och två tabletter det står {{drug:«neg stamp»}} på dom vet du vad det är frågetecken ring mig på [[PHONE:«phone mobsp»]] eller mammas nummer [[PHONE:«phone mobpairs»]] hälsningar pappa [[PERSON:«first se»]] ps [[PERSON:«name lc»]] kompis till [[PERSON:«first lc #k»]] har också haft sånt säger [[PERSON:«#k»s]] lärare
"""),
    ("mentor-l2", "second-language-mother-to-mentor", "sv", """\
Hej mentor [[PERSON:«first se»]]
Jag är mamma till [[PERSON:«first so»]] i klass {{8B}}. Jag är mycket oroligt. min son säger kompis [[PERSON:«name so»]] har tablett {{drug:«neg brand»}} i skola och säljer för 50 kr. Jag förstår inte svenska bra, kan du ringa mig [[PHONE:«phone mob»]] på {{«neg weekday»}}. Mitt personnummer om du behöver [[ID_NUMBER:«pnr 12- maybe»]].
Tack så mycket
[[PERSON:«name so»]], [[ADDRESS:«address»]]
"""),
]
