"""Safety: is this person in danger, and which crisis lines to show them.

- :mod:`~bot.safety.detector`: the crisis rules (``data/crisis_phrases.txt``);
- :mod:`~bot.safety.lines`: crisis lines per region (``data/crisis_lines.json``), FINDAHELPLINE;
- :mod:`~bot.safety.classifier`: the trained three-tier networks over sentence vectors
  (``data/crisis_classifier.json``, ``data/crisis_classifier_use.json``);
- :mod:`~bot.safety.wording`: the trained three-tier model over character n-grams
  (``data/crisis_wording.json``), mixed with the networks or alone without vectors;
- :mod:`~bot.safety.triage`: ``high`` / ``possible`` / ``none`` from the rules and the models;
- :mod:`~bot.safety.evaluation`: the one reader of labelled TSV sets, figures per tier and
  language (the sets are passed in as paths; this package never points at tests/);
- ``data/``: package data, read with importlib.resources.

May import: :mod:`bot.text`, :mod:`bot.models` and :mod:`bot.matching` (a message is read and
embedded once, :mod:`bot.matching.message`, and shared with the matcher). Never
:mod:`bot.archive`, :mod:`bot.replies`, :mod:`bot.telegram`, :mod:`bot.devtools` or ``telegram``.
"""
