"""Narratives step: who does what to whom, who says so, how actors are labelled, across the corpus.

Modules: `lexicon` (the validated PLOVER cue words), `syntax` (agents and patients from the parse
through linked mentions), `classes` (the ordered registry of classification rules), `statements`
and `framing` (per shard), `aggregate` and `relations` (corpus tables), `checks` (validation),
`scoring` and `evaluation` (gold sentences), `steps` (I/O edges), `cli` (subcommands).
"""
