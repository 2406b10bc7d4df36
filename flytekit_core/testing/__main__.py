"""``python -m flytekit_core.testing``: serve the mock server; see :mod:`flytekit_core.testing.mock_server`."""

import sys

from flytekit_core.testing.mock_server import main

sys.exit(main())
