"""assertLogs / assertNoLogs (CPython 3.11's Lib/unittest/_log.py).

They capture the records of one logger while the with block runs, so they
need the logging module; where there is none (gclab has no logging module
yet) entering the block raises NotImplementedError saying so.
"""

from .case import _BaseTestCaseContext

__unittest = True


class _LoggingWatcher(object):
    def __init__(self, records, output):
        self.records = records
        self.output = output


def _logging():
    try:
        import logging
    except ImportError:
        raise NotImplementedError("assertLogs/assertNoLogs need the logging module, "
                                  "which gclab does not provide") from None
    return logging


class _AssertLogsContext(_BaseTestCaseContext):
    """A context manager for assertLogs() and assertNoLogs()"""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        _BaseTestCaseContext.__init__(self, test_case)
        self.logger_name = logger_name
        self.level_arg = level
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        logging = _logging()
        if self.level_arg:
            self.level = logging._nameToLevel.get(self.level_arg, self.level_arg)
        else:
            self.level = logging.INFO
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        watcher = _LoggingWatcher([], [])
        formatter = logging.Formatter(self.LOGGING_FORMAT)

        class _CapturingHandler(logging.Handler):
            def flush(self):
                pass

            def emit(self, record):
                watcher.records.append(record)
                watcher.output.append(self.format(record))

        handler = _CapturingHandler()
        handler.setLevel(self.level)
        handler.setFormatter(formatter)
        self.watcher = watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return watcher

    def __exit__(self, exc_type, exc_value, tb):
        logging = _logging()
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)
        if exc_type is not None:
            # let unexpected exceptions pass through
            return False
        if self.no_logs:
            if len(self.watcher.records) > 0:
                self._raiseFailure("Unexpected logs found: {!r}".format(self.watcher.output))
        elif len(self.watcher.records) == 0:
            self._raiseFailure("no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), self.logger.name))
        return None
