"""Coding at scale: many processes on one machine, or a Dask cluster (eventcoder.scale.dask)."""
