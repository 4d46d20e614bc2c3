"""Matching: a message -> the letters that answer it, best first, scored 0-100.

- :mod:`~bot.matching.matcher`: the lexical layer (FTS5 + rapidfuzz, typo repair) and the fusion;
- :mod:`~bot.matching.encoder`: the sentence encoder (numpy and sentence-transformers), loading;
- :mod:`~bot.matching.semantic`: the in-memory index of stored letter vectors (no SQL: it reads
  and writes them through :mod:`bot.archive.vectors`).

May import: :mod:`bot.archive`, :mod:`bot.models`, :mod:`bot.text`. Never :mod:`bot.safety`,
:mod:`bot.replies`, :mod:`bot.telegram`, :mod:`bot.devtools` or ``telegram``.
"""
