"""The office's configuration and staff accounts, changed at the server by a signed-in person.

A connected PC cannot change these by sync (its device token does not say who acts), so its
admin makes the change here, in a staff session: each endpoint runs the same operation a PC
working alone runs (app.operations.config, app.operations.accounts) with the context of the
session's person in the device's office. The operation's permission check holds the person's
roles against the action (a desk person is refused with 403 permission_denied), every change is
recorded with their name, and the change reaches the office's PCs by sync.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Response, Security
from fastapi.security import HTTPBearer

from app.operations import accounts as acc
from app.operations import config
from app.operations import notice_templates as templates
from app.operations.context import Context
from app.server.admin.schemas import (
    PRINTABLE,
    AccountIn,
    AccountOut,
    ActiveIn,
    ConfigIn,
    ConfigOut,
    CounterIn,
    CounterSaveIn,
    Number,
    OfficeChangeIn,
    OfficeOut,
    OfficePageIn,
    ResetIn,
    RolesIn,
    ServiceIn,
    ServiceSaveIn,
    SettingsIn,
    TemplateActiveIn,
    TemplateIn,
    TemplateVersionOut,
)
from app.server.staff import service
from app.server.staff.endpoints import ERRORS, Staff, admin, staff

_bearer = HTTPBearer(auto_error=False, description="The device token given at enrollment")

router = APIRouter(prefix="/admin", tags=["admin"], responses=ERRORS,
                   dependencies=[Security(_bearer)])

Admin = Annotated[Context, Depends(admin)]
UserName = Annotated[str, Path(max_length=200, pattern=PRINTABLE)]
Letter = Annotated[str, Path(max_length=8, pattern=PRINTABLE)]
TemplateKey = Annotated[str, Path(max_length=40, pattern=PRINTABLE)]
TemplateNumber = Annotated[int, Path(ge=1, le=2**31 - 1)]
CounterNumber = Annotated[Number, Path()]


# -- configuration ---------------------------------------------------------------------------


@router.patch("/office", response_model=OfficeOut)
def update_office(body: OfficeChangeIn, ctx: Admin) -> OfficeOut:
    """Change the office's name, address, registry code, logo, highest priority or no-show
    count; the fields left out stay."""
    return OfficeOut.of(config.update_office(ctx, **body.changes()))


@router.patch("/office-page", response_model=ConfigOut)
def save_office(body: OfficePageIn, ctx: Admin) -> ConfigOut:
    """The office page of the admin dialog: office fields and office-wide settings, checked
    together and changed in one unit of work. The whole configuration as it is now."""
    return ConfigOut.of(config.save_office(ctx, body.office.changes(), body.settings))


@router.patch("/settings", response_model=dict[str, Any])
def update_settings(body: SettingsIn, ctx: Admin) -> dict[str, Any]:
    """Change office-wide settings; every value is checked before any is changed. The
    settings as they are now."""
    return config.update_settings(ctx, body.values)


@router.post("/services", response_model=ServiceIn)
def save_service(body: ServiceSaveIn, ctx: Admin) -> ServiceIn:
    """Add a service, or change the one whose letter was `original_code`."""
    return ServiceIn.of(config.save_service(ctx, body.service.spec(), body.original_code))


@router.delete("/services/{code}", status_code=204, response_class=Response)
def remove_service(code: Letter, ctx: Admin) -> Response:
    """Remove a service (refused while visitors wait for it)."""
    config.remove_service(ctx, code)
    return Response(status_code=204)


@router.post("/counters", response_model=CounterIn)
def save_counter(body: CounterSaveIn, ctx: Admin) -> CounterIn:
    """Add a counter, or change the one numbered `original_number`."""
    return CounterIn.of(config.save_counter(ctx, body.counter.spec(), body.original_number))


@router.delete("/counters/{number}", status_code=204, response_class=Response)
def remove_counter(number: CounterNumber, ctx: Admin) -> Response:
    """Remove a counter (refused while it has a visitor called to it)."""
    config.remove_counter(ctx, number)
    return Response(status_code=204)


@router.put("/config", status_code=204, response_class=Response)
def apply_config(body: ConfigIn, ctx: Admin) -> Response:
    """Make the office's configuration the given one, in one unit of work (an import)."""
    config.apply_config(ctx, body.config(ctx.office_id, ctx.timezone.key))
    return Response(status_code=204)


# -- notice templates ------------------------------------------------------------------------


@router.post("/notice-templates", response_model=TemplateVersionOut, status_code=201)
def save_template(body: TemplateIn, ctx: Admin) -> TemplateVersionOut:
    """Keep a template as the next version of its key; new notices use it at every PC of the
    office. A template whose texts name an unknown placeholder, or leave out a field, is
    refused with the placeholder and the language named."""
    from app.documents.templates import template_from_text

    template = template_from_text(body.source, "template")
    return TemplateVersionOut.of(templates.save_template(ctx, template))


@router.put("/notice-templates/{key}/versions/{version}/active",
            response_model=TemplateVersionOut)
def set_template_active(key: TemplateKey, version: TemplateNumber, body: TemplateActiveIn,
                        ctx: Admin) -> TemplateVersionOut:
    """Withdraw a saved version of a template (the one before it is offered again) or
    restore it."""
    return TemplateVersionOut.of(templates.set_template_active(ctx, key, version, body.active))


# -- accounts ---------------------------------------------------------------------------------


@router.post("/accounts", response_model=AccountOut, status_code=201)
def create_account(body: AccountIn, ctx: Admin) -> AccountOut:
    """A new staff account of the office."""
    return AccountOut.of(acc.create_account(ctx, body.user_name, body.display_name,
                                            ",".join(body.roles), body.password,
                                            body.must_change_password))


@router.put("/accounts/{user_name}/roles", response_model=AccountOut)
def set_roles(user_name: UserName, body: RolesIn, ctx: Admin) -> AccountOut:
    return AccountOut.of(acc.set_roles(ctx, user_name, ",".join(body.roles)))


@router.put("/accounts/{user_name}/active", response_model=AccountOut)
def set_active(user_name: UserName, body: ActiveIn, ctx: Admin) -> AccountOut:
    """Switch an account off (its sessions end with it) or on again."""
    return AccountOut.of(acc.set_active(ctx, user_name, body.active))


@router.post("/accounts/{user_name}/password", response_model=AccountOut)
def reset_password(user_name: UserName, body: ResetIn,
                   person: Annotated[Staff, Depends(staff)]) -> AccountOut:
    """Give an account a new password, to be changed at its next sign-in. The account's
    other sessions at the server end."""
    service.require_own_password(person.session)
    account = acc.reset_password(person.ctx, user_name, body.new_password)
    service.end_sessions(person.ctx.db, account_id=account.id, keep=person.session.token_hash)
    return AccountOut.of(account)
