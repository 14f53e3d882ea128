"""`lett server`: the central server and office queue host (FastAPI on uvicorn)."""
