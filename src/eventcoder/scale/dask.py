"""Code documents on Dask: local worker processes or an existing dask.distributed cluster.

`DaskCoder` has the part of `Coder`'s interface that batch coding uses (`settings`, `pipe`), so
`pipeline.ingest_documents` and `pipeline.code_documents` run unchanged on a cluster:

- documents go to the workers in batches of about `batch_words` words (at most `batch_docs`
  documents), so a batch of long documents is not the one every other worker waits for at the
  end; `in_flight` batches run at once, and a new one is sent as soon as any finishes, not when
  the next one in input order does; results waiting for an earlier batch are bounded too, so
  memory stays bounded on any input size;
- each worker process builds one Coder per Settings on first use and keeps it (`_coder`), so the
  model loads once per worker, not per batch;
- results come back to the one process that called `pipe`, in input order: that process is the
  only writer of the store, and the store is keyed by the document's text hash, so a document
  stored twice is stored once;
- a batch whose worker dies is run again on another worker by the scheduler (a batch is a pure
  function of its documents and the settings); the results of a batch are taken once, so a
  redone batch adds no duplicate.

The settings' files (extra actors, triggers) and the model must be installed on every worker.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any

from eventcoder.records import CodedDocument, Document
from eventcoder.settings import Settings

if TYPE_CHECKING:
    from distributed import Client, Future

    from eventcoder.coder import Coder

log = logging.getLogger(__name__)

BATCH_DOCS = 16  # at most this many documents per task
BATCH_WORDS = (
    1500  # about this many words per task: ~1 s of coding, large against ~5 ms of overhead
)

# ---- on the workers ------------------------------------------------------------------------------
_CODERS: dict[str, Coder] = {}  # one Coder per settings in each worker process, built once


def _coder(settings_json: str) -> Coder:
    """This process's Coder for these settings, loaded on first use and kept."""
    coder = _CODERS.get(settings_json)
    if coder is None:
        from eventcoder.coder import Coder

        coder = Coder(settings=Settings.model_validate_json(settings_json))
        coder.builder  # noqa: B018  (model, dictionary and lexicon, once)
        _CODERS[settings_json] = coder
    return coder


def code_batch(
    settings_json: str, docs: list[Document], batch_size: int | None, mentions: bool
) -> list[CodedDocument]:
    """The task run on a worker: one batch of documents coded by the worker's Coder."""
    coder = _coder(settings_json)
    return list(coder.pipe(docs, batch_size=batch_size, mentions=mentions))


def warm(settings_json: str) -> int:
    """Load the Coder in this worker now (run on every worker before the first batch)."""
    _coder(settings_json)
    return os.getpid()


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    Linux: the high-water mark of this process image (VmHWM). Not ru_maxrss: the kernel carries
    ru_maxrss over exec, so a worker started from a large process (a client holding a loaded
    Coder) would report its parent's size. Elsewhere ru_maxrss (KB on Linux, bytes on macOS).
    """
    import resource
    import sys

    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


# ---- on the client -----------------------------------------------------------------------------
def local_client(workers: int, memory_limit: str | None = None) -> Client:
    """A Client of a new LocalCluster: `workers` processes of one thread each, quiet logs."""
    from distributed import Client, LocalCluster

    _quiet()
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # any free port: never "8787 is in use"
        silence_logs=logging.ERROR,
        memory_limit=memory_limit or 0,
    )
    return Client(cluster, set_as_default=False)


def _quiet(level: int = logging.ERROR) -> None:
    """Dask's own INFO lines (workers starting, connections) are not the user's business."""
    for name in ("distributed", "distributed.worker", "distributed.nanny", "distributed.core"):
        logging.getLogger(name).setLevel(level)


def connect(scheduler: str) -> Client:
    """A Client of an existing cluster (`tcp://HOST:PORT` of its dask-scheduler)."""
    from distributed import Client

    return Client(scheduler, set_as_default=False)


class DaskCoder(AbstractContextManager["DaskCoder"]):
    """A Coder whose `pipe` runs on Dask workers; results come back in input order.

    Give it a Client (yours: it is not closed) or use `DaskCoder.start(settings, workers=N)` /
    `DaskCoder.start(settings, scheduler="tcp://...")`, which make one and close it on exit.
    """

    def __init__(
        self,
        client: Client,
        settings: Settings | None = None,
        *,
        batch_docs: int = BATCH_DOCS,
        batch_words: int = BATCH_WORDS,
        in_flight: int | None = None,
        owns_client: bool = False,
    ) -> None:
        self.client = client
        self.settings = settings or Settings()
        self.batch_docs = max(1, batch_docs)
        self.batch_words = max(1, batch_words)
        self.in_flight = in_flight
        self._owns = owns_client
        self._warm = False

    @classmethod
    def start(
        cls,
        settings: Settings | None = None,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        batch_docs: int = BATCH_DOCS,
        batch_words: int = BATCH_WORDS,
    ) -> DaskCoder:
        """A DaskCoder on `workers` local processes, or on the cluster at `scheduler`.

        The trigger files are read here first (from the cache: fast), so a bad file is reported
        before any worker starts; the workers read them again.
        """
        from eventcoder.events.lexicon import load_lexicon

        load_lexicon((settings or Settings()).triggers)
        client = connect(scheduler) if scheduler else local_client(workers or 2)
        return cls(
            client, settings, batch_docs=batch_docs, batch_words=batch_words, owns_client=True
        )

    def close(self) -> None:
        if self._owns:
            _quiet(logging.CRITICAL)  # closing workers log heartbeats that found no scheduler
            cluster = self.client.cluster
            self.client.close()
            if cluster is not None:
                cluster.close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def key(self) -> str:
        return self.settings.model_dump_json()

    def warm_up(self) -> dict[str, int]:
        """Load the model on every worker now, all at once (worker address -> process id)."""
        pids: dict[str, int] = self.client.run(warm, self.key)
        self._warm = True
        return pids

    def worker_rss_mb(self) -> dict[str, float]:
        """Peak resident memory of each worker process, in MB."""
        return dict(self.client.run(peak_rss_mb))

    def batches(self, docs: Iterable[Document | str]) -> Iterator[list[Document]]:
        """`docs` in input order, cut into batches of about `batch_words` words."""
        batch: list[Document] = []
        words = 0
        for i, d in enumerate(docs):
            doc = d if isinstance(d, Document) else Document(id=f"doc{i + 1}", text=d)
            batch.append(doc)
            words += doc.text.count(" ") + 1
            if words >= self.batch_words or len(batch) >= self.batch_docs:
                yield batch
                batch, words = [], 0
        if batch:
            yield batch

    def pipe(
        self,
        docs: Iterable[Document | str],
        batch_size: int | None = None,
        mentions: bool = False,
    ) -> Iterator[CodedDocument]:
        """Code `docs` on the cluster, yielding CodedDocuments in input order (like Coder.pipe).

        `running` batches are out at once (twice the cluster's threads: one running, one
        queued on each); a finished batch is replaced at once. Finished batches wait for the
        ones before them in input order, at most `4 * running` of them, so a slow batch holds up
        the writer, not the workers, and memory stays bounded.
        """
        from distributed import as_completed

        if not self._warm:
            self.warm_up()
        key = self.key
        running = self.in_flight or 2 * max(1, sum(self.client.nthreads().values()))
        most = 4 * running  # batches out or finished but not yet yielded
        run = uuid.uuid4().hex[:12]
        batches = self.batches(docs)
        order: deque[str] = deque()  # batch keys in submission (input) order
        done: as_completed | None = None  # made with the first futures (it needs their client)
        pending: dict[str, Future] = {}  # submitted, not finished
        finished: dict[str, list[CodedDocument]] = {}
        count = 0

        def submit() -> bool:
            nonlocal count
            batch = next(batches, None)
            if batch is None:
                return False
            name = f"eventcoder-batch-{run}-{count}"
            fut = self.client.submit(
                code_batch,
                key,
                batch,
                batch_size,
                mentions,
                key=name,
                pure=False,
                retries=2,
            )
            count += 1
            order.append(name)
            pending[name] = fut
            if done is not None:
                done.add(fut)
            return True

        more = True

        def top_up() -> None:
            nonlocal more
            while more and len(pending) < running and len(order) < most:
                more = submit()

        top_up()
        if not order:
            return
        done = as_completed(list(pending.values()), loop=self.client.loop)
        try:
            while order:
                head = order[0]
                while head not in finished:
                    fut = next(done)
                    name = str(fut.key)  # the name submit() gave it
                    finished[name] = fut.result()  # a task's error is raised here
                    del pending[name]
                    fut.release()
                    top_up()
                order.popleft()
                top_up()
                yield from finished.pop(head)
        finally:
            for fut in pending.values():
                fut.cancel()


def settings_of(**options: Any) -> Settings:
    """Settings as the Coder constructor would make them (model, actors, triggers, ...)."""
    from eventcoder.coder import Coder

    return Coder(**options).settings
