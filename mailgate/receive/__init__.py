"""Intake: the SMTP gateway, its acceptor processes, the durable spool, IMAP, our addresses."""
