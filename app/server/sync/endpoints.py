"""Sync endpoints: push and pull."""

from fastapi import APIRouter

router = APIRouter(prefix="/sync", tags=["sync"])
