"""Narratives step: who does what to whom, who says so, how actors are labelled, across the corpus.

Modules: `lexicon` (the validated PLOVER cue words), `roles` (the actors a noun phrase names,
through linked mentions) and `arguments` (agents and patients of an action), `predicates` (the
action as the rules see it) and `classes` (the ordered registry of classification rules),
`statements` and `framing` (per shard), `aggregate` and `relations` (corpus tables), `checks`
(validation), `scoring` and `evaluation` (gold sentences), `steps` (I/O edges), `cli`
(subcommands). Generic parse helpers come from `narrative_pipeline.syntax`.
"""
