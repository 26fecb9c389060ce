"""Turn policy bulletins into validated, traceable indicator tables."""
