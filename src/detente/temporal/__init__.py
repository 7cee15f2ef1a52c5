"""Temporal expression tagging and normalisation (TIMEX3-style values) for :mod:`detente.times`.

- :mod:`.lexicon`: word lists from ``data/time/lexicon.yaml``;
- :mod:`.patterns`: the regular expressions built from them;
- :mod:`.rules`: the registry of normalisers, one per pattern (anchor date + tense + referents ->
  value), in :mod:`.rules_dates`, :mod:`.rules_relative` and :mod:`.rules_durations`, sharing
  :mod:`.context`;
- :mod:`.calendar`: date arithmetic (weekday, month, quarter and season resolution);
- :mod:`.tense`: the governing predicate and its tense from the spaCy parse;
- :mod:`.tagger`: candidate generation and longest-match selection.
"""

from detente.temporal.tagger import Tagged, tag

__all__ = ["Tagged", "tag"]
