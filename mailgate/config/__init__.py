"""Settings read once from config.toml into typed objects; errors name the key and file."""
