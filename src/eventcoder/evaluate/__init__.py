"""Scoring against gold: the seed-style article scorecard and sentence-level P/R/F1."""
