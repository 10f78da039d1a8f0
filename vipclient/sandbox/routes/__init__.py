"""The sandbox's routers; each module exposes ``router: APIRouter`` mounted under /api/v1."""
