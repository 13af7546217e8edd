"""Build the spaCy pipeline from Settings and declare every Doc/Span extension in one place."""
