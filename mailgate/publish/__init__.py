"""Publishing: an approved report becomes an event, an approved comment an event comment."""
