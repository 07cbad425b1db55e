"""`python -m mailgate.cli` runs the `vsn` command."""

from mailgate.cli.main import main

raise SystemExit(main())
