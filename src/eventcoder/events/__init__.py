"""Triggers, roles, modality, dates and places: from an annotated Doc to Event records."""
