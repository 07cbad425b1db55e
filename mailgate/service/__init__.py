"""The running service: wiring, workers, leases, timed jobs, retention, operator alerts."""
