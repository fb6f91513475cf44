"""Ralph's LRS server, as `ralph runserver -b fs` starts it, with one fix: Ralph 5.1's file-system
backend writes its statements file with the "create" operation, so every POST after the first fails
("already exists and overwrite is not allowed"). Here it appends, as its own docs say the backend
stores statements. Everything else (the xAPI routes, validation, duplicates, auth, CORS) is Ralph's.

Usage: python tests/e2e/ralph_server.py <port>   (settings from RALPH_* variables, see ralph.sh)
"""

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402  (after the fix: the app makes its backend on import)

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
