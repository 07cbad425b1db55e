"""Delivery: couriers on reused pipelined connections, lanes, sent journal, transports, bounces."""
