"""Templated situations of the fifth corpus: (family, voice, lang, body). Drawn DRAWS times."""

TEMPLATES: list[tuple[str, str, str, str]] = []
