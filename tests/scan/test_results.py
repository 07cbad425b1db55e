"""Our result handling (results.py) gives what Presidio's AnalyzerEngine.analyze gives."""

from __future__ import annotations

from mailgate.scan import results
from mailgate.scan.engine import SCORE_THRESHOLD, engine
from scan.kit import sample_texts


def _presidios(text: str, language: str) -> list[results.Result]:
    return [(r.entity_type, r.start, r.end, r.score,
             str(r.recognition_metadata["recognizer_name"]))
            for r in engine().analyze(text=text, language=language)]


def test_our_recognizers_take_the_tuple_path() -> None:
    assert all(results.applies(engine(), language) for language in ("sv", "en"))


def test_results_are_presidios_in_its_order() -> None:
    compared = 0
    for text in sample_texts():
        for language in ("sv", "en"):
            ours = results.run(engine(), text, language, None, SCORE_THRESHOLD)
            assert ours == _presidios(text, language)
            compared += len(ours)
    assert compared > 10_000


def test_duplicates_and_contained_results_go_as_in_presidio() -> None:
    found: list[results.Result] = [
        ("PERSON", 0, 10, 0.8, "A"), ("PERSON", 0, 10, 0.8, "B"),  # equal: the first stays
        ("PERSON", 2, 6, 0.8, "A"),  # inside, not higher: dropped
        ("PERSON", 2, 6, 0.9, "A"),  # inside, higher: kept
        ("PHONE", 2, 6, 0.5, "C"),  # another type: kept
        ("PHONE", 3, 5, 0.0, "C"),  # score 0: dropped
    ]
    assert results.deduplicated(found) == [
        ("PERSON", 2, 6, 0.9, "A"), ("PERSON", 0, 10, 0.8, "A"), ("PHONE", 2, 6, 0.5, "C")]


def test_a_finding_made_directly_is_the_dataclass_made() -> None:
    import dataclasses

    import pytest

    from mailgate.scan.finding import Finding, made

    args = ("PERSON", 3, 12, 0.85, "PersonRecognizer", "Anna Berg")
    quick, plain = made(*args), Finding(*args)
    assert quick == plain and repr(quick) == repr(plain) and hash(quick) == hash(plain)
    assert dataclasses.astuple(quick) == args
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.score = 0.9  # type: ignore[misc]
