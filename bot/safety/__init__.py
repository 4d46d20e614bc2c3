"""Safety: is this person in danger, and which crisis lines to show them.

- :mod:`~bot.safety.detector`: the crisis rules (``data/crisis_phrases.txt``);
- :mod:`~bot.safety.lines`: crisis lines per region (``data/crisis_lines.json``), FINDAHELPLINE;
- :mod:`~bot.safety.semantic_net`: the optional semantic second net (``data/crisis_examples.txt``);
- :mod:`~bot.safety.evaluation`: the one reader of labelled TSV sets, figures, threshold tuning
  (the sets are passed in as paths; this package never points at tests/);
- ``data/``: package data, read with importlib.resources.

May import: :mod:`bot.text`, :mod:`bot.models` and, for the net's encoder only,
:mod:`bot.matching.encoder` (one model in memory, shared with the matcher). Never
:mod:`bot.archive`, :mod:`bot.replies`, :mod:`bot.telegram`, :mod:`bot.devtools` or ``telegram``.
"""
