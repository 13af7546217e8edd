"""Store commands (ingest, dyad, actors, export): registered on the main group on import."""
