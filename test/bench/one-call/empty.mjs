// Nothing: how long node itself takes to start and exit, the floor under every cold start.
