"""Notices to members: the urgency tiers, first notices, update notices after a correction."""
