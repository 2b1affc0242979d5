"""Verified crisis resources by country: the only contacts MindHaven ever shows."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from mindhaven.api.access import anyone
from mindhaven.api.deps import get_app_settings
from mindhaven.api.schemas import ResourceOut, ResourcesOut
from mindhaven.config import Settings
from mindhaven.crisis.directory import get_directory

router = APIRouter(prefix="/api/resources", tags=["crisis resources"])


def resources_for(country: str | None) -> ResourcesOut:
    directory = get_directory()
    entry = directory.for_country(country)
    return ResourcesOut(
        country=entry.code,
        country_name=entry.name,
        emergency=entry.emergency,
        resources=[
            ResourceOut(name=r.name, description=r.description, kind=r.kind, phone=r.phone, text=r.text,
                        url=r.url, hours=r.hours)
            for r in directory.resources_for(entry.code)
        ],
    )


@router.get("", response_model=ResourcesOut, dependencies=[Depends(anyone)])
def list_resources(
    country: str | None = Query(None, max_length=8, description="ISO 3166 code, e.g. GB"),
    settings: Settings = Depends(get_app_settings),
) -> ResourcesOut:
    return resources_for(country or settings.default_country)
