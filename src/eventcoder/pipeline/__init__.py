"""Batch coding shared by the command line, Dask and watch: documents in, records to the store."""

from eventcoder.pipeline.batch import Rejects, code_documents, ingest_documents

__all__ = ["Rejects", "code_documents", "ingest_documents"]
