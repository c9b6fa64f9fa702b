"""A stand-in gazetteer for resolver tests: the places given, looked up by folded name."""

from __future__ import annotations

from gazetteer.normalize import fold
from gazetteer.place import Place


class StubGazetteer:
    """Candidates by folded name, in the order given (the gazetteer's ranking)."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places

    def candidates_folded(self, folded: str, limit: int = 20) -> tuple[Place, ...]:
        return tuple(p for p in self.places
                     if folded in {fold(p.name), *map(fold, p.alternate_names)})[:limit]

    def names(self) -> frozenset[str]:
        """Every folded name and alternate name, as the recognizer's name index."""
        return frozenset(fold(name) for p in self.places for name in (p.name, *p.alternate_names))

    def demonym(self, word: str) -> None:
        return None
