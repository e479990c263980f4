"""Structured logging: JSON lines in deployed environments, console output in development.

The service's own events go from structlog straight to standard output, which costs
a third of a trip through the standard library's logging. Records of the standard
library's loggers (uvicorn, gunicorn, SQLAlchemy) pass through the same processors, so
every line of the running service has the same shape and carries the request id bound
by the request context middleware. Alembic's command line keeps the plain format set in
alembic.ini.
"""

import logging
import re
import sys
import threading
from typing import Final, TextIO

import structlog
from structlog.tracebacks import ExceptionDictTransformer
from structlog.typing import Processor

# Marks the handler installed here, so a second call replaces it instead of adding one.
_HANDLER_NAME: Final = "structlog"
# Servers install their own handlers; clearing them makes their records use ours.
_SERVER_LOGGERS: Final = ("uvicorn", "uvicorn.error", "gunicorn", "gunicorn.error")
# The request context middleware writes one access event per request instead.
_ACCESS_LOGGERS: Final = ("uvicorn.access", "gunicorn.access")
_QUERY_STRING: Final = re.compile(r"\?\S*")
# HTTP clients that log every request's full URL at INFO, query string included, where
# sign-in parameters can appear. Their warnings still show.
_CLIENT_LOGGERS: Final = ("httpx2",)


class StdoutHandler(logging.StreamHandler[TextIO]):
    """A handler that writes to whatever `sys.stdout` is when a record is emitted.

    Binding the stream once would keep writing to a replaced one, such as the closed
    buffer of a test that captured output.
    """

    def __init__(self) -> None:
        super().__init__(sys.stdout)

    @property
    def stream(self) -> TextIO:
        """The current standard output."""
        return sys.stdout

    @stream.setter
    def stream(self, _: TextIO) -> None:
        """Ignore assignments: the stream is always the current standard output."""


class StdoutLogger:
    """Writes each rendered structlog event as one line to the current standard output.

    Named, so that `add_logger_name` can name the module that logged.
    """

    # One lock for every instance: lines of several threads never interleave.
    _lock: Final = threading.Lock()

    def __init__(self, name: str | None = None) -> None:
        self.name = name

    def msg(self, message: str) -> None:
        """Write one line and flush it."""
        with self._lock:
            stdout = sys.stdout
            stdout.write(message + "\n")
            stdout.flush()

    debug = info = warning = error = critical = exception = msg


def _stdout_logger(name: str | None = None, *_: object) -> StdoutLogger:
    return StdoutLogger(name)


class QueryStringFilter(logging.Filter):
    """Remove query strings from the paths in a server's log lines.

    Uvicorn logs each WebSocket handshake with its full path, and a query string may
    carry a token.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's string arguments; never drop the record."""
        if isinstance(record.args, tuple):
            record.args = tuple(
                _QUERY_STRING.sub("", argument) if isinstance(argument, str) else argument
                for argument in record.args
            )
        return True


def configure_logging(*, level: str, json_output: bool) -> None:
    """Send structlog events and standard library records to stdout in one format."""
    shared_processors: list[Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.StackInfoRenderer(),
    ]
    final_processors: list[Processor]
    if json_output:
        final_processors = [
            # Local variables of traceback frames can hold passwords and tokens.
            structlog.processors.ExceptionRenderer(ExceptionDictTransformer(show_locals=False)),
            structlog.processors.JSONRenderer(),
        ]
    else:
        final_processors = [structlog.dev.ConsoleRenderer(colors=sys.stdout.isatty())]
    # Updated in place: loggers already in use keep a reference to this list, and so
    # does structlog.testing.capture_logs.
    processors: list[Processor] = structlog.get_config()["processors"]
    processors[:] = [*shared_processors, *final_processors]
    structlog.configure(
        processors=processors,
        logger_factory=_stdout_logger,
        wrapper_class=structlog.make_filtering_bound_logger(level),
        cache_logger_on_first_use=True,
    )

    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared_processors,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, *final_processors],
    )

    handler = StdoutHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(formatter)

    root = logging.getLogger()
    for existing in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)

    for name in _SERVER_LOGGERS:
        server_logger = logging.getLogger(name)
        server_logger.handlers.clear()
        server_logger.propagate = True
        if not any(isinstance(f, QueryStringFilter) for f in server_logger.filters):
            server_logger.addFilter(QueryStringFilter())
    for name in _ACCESS_LOGGERS:
        logging.getLogger(name).disabled = True
    for name in _CLIENT_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
