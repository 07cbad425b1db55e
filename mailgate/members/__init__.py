"""Members by mail: requests, join, leave, preferences, the roster CSV, bounced member mail."""
