"""``python -m flytekit.testing``: serve the mock server; see :mod:`flytekit.testing.mock_server`."""

import sys

from flytekit.testing.mock_server import main

sys.exit(main())
