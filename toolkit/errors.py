"""One exception tree for the whole toolkit.

Every error a user can cause or fix derives from :class:`ToolkitError`; its message is one line that
says what went wrong *and what to do next*. The CLI maps ``exit_code`` to the process exit status
(2 = bad usage or bad input, 1 = a processing failure) and prints the message without a traceback.
"""

from __future__ import annotations


class ToolkitError(Exception):
    """Base class of every error raised on purpose by the toolkit."""

    exit_code: int = 1


class InputError(ToolkitError):
    """The input cannot be used: missing, empty, binary, undecodable or malformed."""

    exit_code = 2


class UsageError(ToolkitError):
    """A call or option combination that makes no sense (unknown length, bad language code...)."""

    exit_code = 2


class EngineError(ToolkitError):
    """A translation engine failed, or is not installed."""


class EngineNotAvailableError(EngineError):
    """The requested engine (or its Python/Debian packages) is not installed."""


class ModelNotFoundError(EngineError):
    """No model is installed for a language pair; the message names the install command."""


class IntegrityError(ToolkitError):
    """A downloaded or given file is not the one asked for: its SHA-256 differs, or it was cut short."""


class PairNotAvailableError(ModelNotFoundError):
    """The chosen engine (or every engine) has no model for the language pair asked for: a usage
    mistake; the message lists the pairs that are available."""

    exit_code = 2


class GlossaryError(ToolkitError):
    """A glossary file is invalid or contradicts itself."""

    exit_code = 2


class TemplateError(ToolkitError):
    """A brief template is missing, invalid, or failed to render."""

    exit_code = 2


class BatchError(ToolkitError):
    """A batch run cannot start or continue (locked output folder, bad input folder...)."""
