"""The `vsn` command."""
