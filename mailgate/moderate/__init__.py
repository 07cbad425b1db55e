"""A moderator's reply: who may act, the command in it, decisions, questions, corrections."""
