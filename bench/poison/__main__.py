"""`python -m bench.poison`: see run.py."""

import sys

from bench.poison.run import main

sys.exit(main())
