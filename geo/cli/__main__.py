"""``python -m geo.cli``: the ``incidentmap`` command."""

import sys

from geo.cli import main

sys.exit(main())
