"""Actor dictionary, matching, dated resolution and in-document aliases."""
