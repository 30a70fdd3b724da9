from __future__ import annotations

from ..errors import NotBuiltError
from ._app import app, handle_errors


@app.command()
@handle_errors
def doctor() -> None:
    """Show which engines, models, language pairs and glossaries are available, and why not."""
    raise NotBuiltError("doctor is not built yet (issue: engines)")
