"""`loket meet`: the realisatie of the servicenormen, computed from the systems where the work
happens (the zaaksysteem, the telephone system) instead of typed."""
