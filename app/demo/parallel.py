"""Generate the demo stream in a child process while this one writes it (two cores busy).

Only for big demos and only where the platform can ``fork`` (Linux, macOS): a forked child
inherits the loaded program, so nothing is re-imported and no ``__main__`` guard is needed.
Elsewhere, and for small demos, the stream runs in this process — the rows are the same either
way (:mod:`app.demo.stream` is deterministic). At most two batches wait in the pipe, so memory
stays flat; closing the iterator (an error, a cancel) stops the child.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass

from app.demo.stream import Batch, DemoSpec, Ending, iter_batches

PARALLEL_FROM = 20_000  # employees; below this a second process costs more than it saves


@dataclass(frozen=True)
class _Failed:
    text: str


def can_fork() -> bool:
    """Fork only a single-threaded process (the CLI), never one running threads (the GUI)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def batches(spec: DemoSpec, *, parallel: bool | None = None) -> Iterator[Batch | Ending]:
    """The stream of ``spec``, from a child process when ``parallel`` (default: big demos on
    a platform that forks)."""
    if parallel is None:
        parallel = spec.employees >= PARALLEL_FROM and can_fork()
    if not parallel:
        return iter_batches(spec)
    return _from_child(spec)


def _produce(spec: DemoSpec, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    try:
        for item in iter_batches(spec):
            out.put(item)
    except BaseException:  # reported to the parent, which raises it
        out.put(_Failed(traceback.format_exc()))


def _from_child(spec: DemoSpec) -> Iterator[Batch | Ending]:
    mp = multiprocessing.get_context("fork")
    pipe: multiprocessing.Queue = mp.Queue(maxsize=2)  # type: ignore[type-arg]
    child = mp.Process(target=_produce, args=(spec, pipe), name="simpeg-demo", daemon=True)
    child.start()
    try:
        while True:
            try:
                item = pipe.get(timeout=1.0)
            except queue.Empty:
                if not child.is_alive():
                    raise RuntimeError(
                        f"demo generator process ended early (exit code {child.exitcode})"
                    ) from None
                continue
            if isinstance(item, _Failed):
                raise RuntimeError(f"demo generator process failed:\n{item.text}")
            yield item
            if isinstance(item, Ending):
                return
    finally:
        if child.is_alive():
            child.terminate()
        child.join(timeout=10)
        pipe.close()
        pipe.cancel_join_thread()
