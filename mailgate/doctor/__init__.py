"""`vsn doctor`: checks of the configuration, database, storage, relay, mailbox and port."""
