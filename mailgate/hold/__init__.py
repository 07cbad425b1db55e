"""A report held for review: intake, findings, the review mail, urgency, timers."""
