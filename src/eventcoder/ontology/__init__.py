"""PLOVER types, modes and contexts, and their CAMEO / QuadClass / Goldstein codes."""
