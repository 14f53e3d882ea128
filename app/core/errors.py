"""Errors a person may see. Each has a code and an English template; the UI and the CLI show
it translated (context "errors" in resources/translations), with the parameters filled in."""

from __future__ import annotations

from typing import Any

# code -> English template. Every template here must have an et and ru translation (a test checks).
MESSAGES: dict[str, str] = {
    "unknown_service": "There is no service \u201c{service}\u201d. Choose one of: {choices}.",
    "service_closed": "Service \u201c{service}\u201d is closed now. It opens {opens}.",
    "service_closed_today": "Service \u201c{service}\u201d is closed today.",
    "daily_limit": (
        "Service \u201c{service}\u201d has issued all {limit} tickets for today. "
        "Please come back on the next working day or ask at the reception desk."
    ),
    "unknown_counter": "There is no counter {counter}. Counters: {choices}.",
    "counter_not_for_service": "Counter {counter} does not serve \u201c{service}\u201d.",
    "unknown_ticket": "There is no ticket {ticket} today.",
    "no_current_ticket": "Counter {counter} has no ticket at the moment. Call the next one first.",
    "ticket_not_waiting": "Ticket {ticket} is {status}, so it cannot be {action}.",
    "ticket_state": "Ticket {ticket} is {status}; this action needs a ticket that is {expected}.",
    "counter_busy": (
        "Counter {counter} is still serving {ticket}. Finish, park or transfer it first."
    ),
    "queue_empty": "Nobody is waiting for the services of counter {counter}.",
    "permission_denied": "{actor} may not {action}. Ask an administrator for the right role.",
    "unknown_outcome": "Unknown outcome \u201c{outcome}\u201d. Use one of: {choices}.",
    "same_service": "Ticket {ticket} is already for \u201c{service}\u201d.",
    "no_office": (
        "This data folder has no office yet. Run \u201clett demo\u201d to set up a demo office."
    ),
    "database_locked": (
        "The database is busy in another program and did not free up in time. "
        "Nothing was changed; try again in a moment."
    ),
    "database_read_only": (
        "The database file {path} cannot be written (read-only). Nothing was changed. "
        "Check the folder's permissions or choose another data folder with LETT_HOME."
    ),
    "database_unavailable": (
        "The database {path} cannot be opened: {detail}. Nothing was changed."
    ),
    "database_too_new": (
        "The database was made by a newer version of Lett ({revision}). Update Lett to open it."
    ),
    "settings_broken": (
        "The settings file {path} cannot be read: {detail}. It was left as it is; "
        "fix it or move it away and Lett starts with default settings."
    ),
    "settings_invalid": "Setting \u201c{key}\u201d in {path} is not valid: {detail}.",
    "printer_paper_out": (
        "The ticket printer is out of paper, so no ticket was printed. "
        "Please ask at the reception desk for your number."
    ),
    "printer_cover_open": (
        "The ticket printer's cover is open, so no ticket was printed. "
        "Please ask at the reception desk for your number."
    ),
    "printer_offline": (
        "The ticket printer is not ready, so no ticket was printed. "
        "Please ask at the reception desk for your number."
    ),
    "printer_unreachable": (
        "The ticket printer cannot be reached, so no ticket was printed. "
        "Please ask at the reception desk for your number."
    ),
    "printer_failed": (
        "The ticket could not be printed. Please ask at the reception desk for your number."
    ),
    "printer_setting": "The ticket printer setting is wrong: {detail}",
    "bad_value": "{field}: {detail}",
    "config_empty": "{field} cannot be empty.",
    "config_too_long": "{field} may have at most {limit} characters.",
    "config_bad_characters": "{field} must be one line of text, without tabs.",
    "config_number": "{field} must be a whole number from {low} to {high}.",
    "config_yes_no": "{field} must be yes or no.",
    "config_choice": "{field} must be one of: {choices}.",
    "config_registry_code": (
        "\u201c{value}\u201d is not a registry code: an Estonian registry code has 8 digits."
    ),
    "config_letter": (
        "\u201c{value}\u201d cannot be a service letter: use one letter from A to Z."
    ),
    "config_duplicate_letter": (
        "The letter {letter} is already used by the service \u201c{service}\u201d. "
        "Choose another letter."
    ),
    "config_colour": "\u201c{value}\u201d is not a colour. Use the form #1f6feb.",
    "config_languages": "{field}: choose one or more of Estonian, Russian and English.",
    "config_hours_shape": "{field}: give each day's hours as ranges like 08:30-16:30.",
    "config_weekday": "{field}: \u201c{day}\u201d is not a day of the week (mon to sun).",
    "config_hours_time": (
        "{field} of {day}: \u201c{text}\u201d is not a time range like 08:30-16:30."
    ),
    "config_hours_backwards": (
        "{field} of {day}: \u201c{text}\u201d ends before it starts. "
        "Give the opening time first."
    ),
    "config_hours_overlap": "{field} of {day}: two ranges overlap. Join them into one.",
    "config_date": "{field}: \u201c{value}\u201d is not a date like 2026-12-24.",
    "config_pin": "{field} must be 4 to 12 digits.",
    "config_logo": "The logo must be a PNG or JPEG image of at most {limit} KB.",
    "config_duplicate_counter": "There is already a counter number {number}.",
    "config_no_services": "{field}: choose at least one service.",
    "stepped_out": (
        "The visitor of ticket {ticket} has stepped out and said they will be back by "
        "{until}. Call the next visitor and call {ticket} again later."
    ),
    "stepping_out_off": "This office does not keep a place for visitors who step out.",
    "page_ticket_not_waiting": "The ticket is no longer waiting in the queue.",
    "not_a_no_show": (
        "Ticket {ticket} is {status}, not a no-show, so it cannot be brought back."
    ),
    "bring_back_other_day": (
        "Ticket {ticket} was a no-show on {day}. Only today's no-shows can be brought back: "
        "issue the visitor a new ticket."
    ),
    "undo_changed": (
        "Ticket {ticket} has changed since it was called, so the call cannot be undone. "
        "Nothing was changed."
    ),
    "undo_too_late": (
        "The call of {ticket} was too long ago to undo. Nothing was changed; finish or "
        "transfer the ticket instead."
    ),
    "desk_print_paper_out": (
        "Ticket {ticket} is issued, but the ticket printer is out of paper, so it was not "
        "printed. Load paper and print it again, or tell the visitor the number."
    ),
    "desk_print_cover_open": (
        "Ticket {ticket} is issued, but the ticket printer's cover is open, so it was not "
        "printed. Close the cover and print it again, or tell the visitor the number."
    ),
    "desk_print_offline": (
        "Ticket {ticket} is issued, but the ticket printer is not ready, so it was not "
        "printed. Check the printer and print it again, or tell the visitor the number."
    ),
    "desk_print_unreachable": (
        "Ticket {ticket} is issued, but the ticket printer cannot be reached, so it was not "
        "printed. Check its cable and power and print it again, or tell the visitor the number."
    ),
    "desk_print_failed": (
        "Ticket {ticket} is issued, but printing it failed. Print it again, or tell the "
        "visitor the number."
    ),
    "desk_print_setting": (
        "Ticket {ticket} is issued, but the ticket printer setting of this PC is wrong "
        "({detail}), so it was not printed. Tell the visitor the number."
    ),
    "desk_print_no_printer": (
        "Ticket {ticket} is issued, but this PC has no ticket printer set. Tell the visitor "
        "the number, or set the printer in Configuration."
    ),
    "config_public_address": (
        "{field}: \u201c{value}\u201d is not an address like https://queue.example.ee."
    ),
    "config_clock_time": "{field}: \u201c{value}\u201d is not a time of day like 18:00.",
    "config_duplicate_purpose": "There is already a purpose of visit with the code {purpose}.",
    "config_specialist_in_use": (
        "The purpose of visit {purpose} leads to {specialist}. Remove or change that purpose "
        "first."
    ),
    "config_letter_retired": (
        "The letter {letter} belonged to the removed service \u201c{service}\u201d and stays "
        "with the tickets it numbered. Choose another letter, or add the service anew."
    ),
    "config_service_in_use": (
        "The service \u201c{service}\u201d still has {count} visitors waiting or at a counter. "
        "Serve or transfer them first."
    ),
    "config_unknown_setting": "{field}: there is no setting \u201c{key}\u201d.",
    "config_unknown_service": "There is no service with the letter {letter}.",
    "config_unknown_counter": "There is no counter number {number}.",
    "config_file_broken": (
        "The configuration file {path} cannot be read: {detail}. Nothing was changed."
    ),
    "config_file_invalid": (
        "The configuration file {path} is not valid, so nothing was changed: {detail}"
    ),
    "config_file_type": (
        "A configuration file ends in .toml or .json; \u201c{path}\u201d does not."
    ),
    "config_file_version": (
        "The file holds configuration format {version}; this version of Lett reads format "
        "{supported}. Export it again from a Lett of this version."
    ),
    "config_file_key": (
        "\u201c{key}\u201d is not part of an office configuration. Remove it or correct its "
        "name."
    ),
    "config_file_missing": "\u201c{key}\u201d is missing.",
    "config_file_table": "\u201c{key}\u201d must be a table of values.",
    "config_file_list": "\u201c{key}\u201d must be a list.",
    "config_text": "{field} must be text.",
    "data_folder_has_office": (
        "This data folder already has an office, \u201c{office}\u201d; the setup is for an "
        "empty data folder. Change the office in the configuration dialog instead."
    ),
    "setup_no_services": (
        "Add at least one service: without one the kiosk has no ticket to give."
    ),
    "printer_address_empty": (
        "{field}: type the ticket printer's address, e.g. tcp://192.168.1.50:9100."
    ),
    "printer_address_bad": (
        "{field}: \u201c{value}\u201d is not a printer address. Write it like "
        "tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=19200, "
        "file:///home/lett/tickets.bin or cups://TicketPrinter."
    ),
    "printer_uri": "{field}: {detail}",
    "not_connected": (
        "This PC is not connected to a server. Connect it with \u201clett connect URL CODE\u201d."
    ),
    "server_unreachable": (
        "The server {url} cannot be reached: {detail}. Nothing is lost: changes wait on this PC "
        "and are sent when the connection is back."
    ),
    "host_unreachable": (
        "The queue host {url} cannot be reached, so the queue cannot be changed from this PC "
        "now. What is shown is kept; try again when the connection is back."
    ),
    "host_bad_answer": (
        "The queue host {url} gave an answer this PC cannot read ({detail}). The action may "
        "have been done: check the queue. Lett on this PC and on the host should be the same "
        "version."
    ),
    "no_offline_numbers": (
        "This kiosk cannot issue a ticket for service {service} right now. "
        "Please ask at the reception desk for your number."
    ),
    "server_needed": (
        "This change is made at the server {url}, which cannot be reached now. Nothing was "
        "changed; try again when the connection is back."
    ),
    "staff_session_missing": (
        "This change is made at the server, by a person signed in there, and nobody is: the "
        "server could not be reached at sign-in, or no staff account was named (--user). "
        "Nothing was changed; sign in again while the connection works."
    ),
    "staff_session_invalid": (
        "Your sign-in at the server has ended (it expired, was closed, or the account was "
        "switched off). Nothing was changed; sign out and sign in again."
    ),
    "staff_session_device": (
        "Only desk and counter PCs sign staff in at the server; this device is neither."
    ),
    "unauthenticated": (
        "The server did not accept this PC ({detail}). Ask an administrator for a new "
        "enrollment code and run \u201clett connect\u201d again."
    ),
    "enrollment_invalid": (
        "The enrollment code is wrong, already used or expired. Ask an administrator for a new one."
    ),
    "unknown_office": "There is no office with the code \u201c{office}\u201d.",
    "unknown_device": "There is no device {device}.",
    "device_in_other_office": (
        "This PC ({device}) is enrolled in another office. An administrator must revoke it "
        "there first (\u201clett server revoke {device}\u201d)."
    ),
    "office_exists": "There is already an office with the code \u201c{office}\u201d.",
    "bad_office_code": (
        "\u201c{office}\u201d cannot be an office code. Use 1 to 32 characters of "
        "A\u2013Z, 0\u20139, \u201c-\u201d and \u201c_\u201d."
    ),
    "bad_server_url": (
        "\u201c{url}\u201d is not a server address. Use http://host:port or https://host:port."
    ),
    "client_too_old": (
        "Lett on this PC (data version {schema}) is too old for the server (data version "
        "{server}). Update Lett; nothing is lost, the changes wait on this PC."
    ),
    "client_too_new": (
        "The server runs an older Lett (data version {server}) than this PC ({schema}). "
        "Update the server; nothing is lost, the changes wait on this PC."
    ),
    "bad_request": "The server refused the request: {detail}",
    "request_too_large": "The request is too large ({size} bytes; at most {limit}).",
    "server_error": "The server could not do this ({detail}). Nothing was changed; try again.",
    "store_has_other_office": (
        "This data folder already holds its own office \u201c{office}\u201d. Connect from an "
        "empty data folder (LETT_HOME), or keep working without a server."
    ),
    "sync_not_allowed": "A {role} device may not change {table}.",
    "sync_other_office": "The change belongs to another office than this PC's.",
    "sync_bad_row": "The change to {table} is not valid: {detail}",
    "sync_clock_ahead": (
        "The change to {table} is stamped {minutes} min ahead of the server's clock: this "
        "PC's clock is wrong. Set its date and time right; the change is kept on this PC."
    ),
    "sync_foreign_reference": (
        "The change to {table} names a row of another office in {column}; it was not taken."
    ),
    "sync_missing_reference": (
        "The change to {table} names in {column} a row the server does not have; it was "
        "not taken."
    ),
    "sync_number_not_leased": (
        "Ticket {number} of {day} is not among the numbers the server leased to this PC; "
        "it was not taken."
    ),
    "sync_store_copied": (
        "This PC's data was restored from a copy or copied from another PC, so the server "
        "cannot tell its new changes from ones it already has. Nothing is lost: the changes "
        "not yet sent are kept on this PC. Connect it to the server again (lett connect with "
        "a new enrollment code) and they are sent."
    ),
    "sign_in_failed": "The user name or the password is wrong. Check both and try again.",
    "account_locked": (
        "Account \u201c{user}\u201d is locked after {attempts} wrong passwords. It opens "
        "again at {until}, or an administrator can reset its password now."
    ),
    "account_inactive": (
        "Account \u201c{user}\u201d is switched off. Ask an administrator to turn it on again."
    ),
    "no_accounts": (
        "This office has no staff accounts yet. An administrator of this PC creates the first "
        "one with \u201clett account add NAME --roles admin\u201d."
    ),
    "wrong_password": "The current password is wrong. Nothing was changed.",
    "password_too_short": "The new password must have at least {length} characters.",
    "password_unchanged": "The new password must be different from the current one.",
    "passwords_differ": "The two new passwords are not the same. Type them again.",
    "bad_user_name": "A user name has 1 to {length} characters and no spaces.",
    "unknown_role": "There is no staff role \u201c{role}\u201d. Roles: {choices}.",
    "no_roles": "An account needs at least one role.",
    "account_exists": "There is already an account \u201c{user}\u201d in this office.",
    "unknown_account": "There is no account \u201c{user}\u201d in this office.",
    "password_change_required": (
        "An administrator reset the password of \u201c{user}\u201d: choose your own first with "
        "\u201clett account passwd {user}\u201d."
    ),
    "last_admin": (
        "\u201c{user}\u201d is the office's last active administrator; without it nobody could "
        "manage accounts. Give another account the admin role first."
    ),
    "unknown_template": "There is no notice template \u201c{template}\u201d.",
    "unknown_field": "Template \u201c{template}\u201d has no field \u201c{name}\u201d.",
    "template_invalid": "Template \u201c{template}\u201d is not valid: {detail}.",
    "template_bad_field": (
        "Template \u201c{template}\u201d: \u201c{name}\u201d cannot be a field name. Use "
        "lower-case letters, digits and _, starting with a letter, and not a built-in name."
    ),
    "template_duplicate_field": (
        "Template \u201c{template}\u201d has the field \u201c{name}\u201d twice."
    ),
    "template_no_choices": (
        "Template \u201c{template}\u201d: the choice field \u201c{name}\u201d has no choices."
    ),
    "template_missing_text": (
        "Template \u201c{template}\u201d has no title or text in {language}. Write all three "
        "languages."
    ),
    "template_unknown_placeholder": (
        "The text in {language} uses the placeholder \u201c{placeholder}\u201d, which is neither "
        "a field of this template nor a built-in one. Add the field or correct the text."
    ),
    "template_missing_placeholder": (
        "The text in {language} does not use the field \u201c{name}\u201d. Put the field's name "
        "in curly brackets into the text, or remove the field."
    ),
    "template_bad_bracket": (
        "A curly bracket in the text in {language} is not closed or not opened: "
        "\u201c{detail}\u201d. Placeholders are written as a name in curly brackets."
    ),
    "template_file_broken": (
        "The template file {path} cannot be read: {detail}. It was left as it is."
    ),
    "template_built_in_kept": (
        "Version {version} of template \u201c{template}\u201d is built in and cannot be "
        "withdrawn. Save a corrected version instead: it takes the built-in one's place."
    ),
    "field_required": "{label}: fill this in.",
    "field_too_long": "{label}: at most {length} characters.",
    "field_bad_date": "{label}: \u201c{value}\u201d is not a date. Write it as dd.mm.yyyy.",
    "field_bad_personal_code": (
        "{label}: \u201c{value}\u201d is not a valid personal identification code (11 digits, "
        "the last one a check digit)."
    ),
    "field_bad_choice": "{label}: choose one of: {choices}.",
    "bad_email": "\u201c{address}\u201d is not an e-mail address.",
    "unknown_issuance": "There is no issued notice \u201c{issuance}\u201d.",
    "notice_file_missing": (
        "The PDF of notice {number} is not in this PC's data folder ({path}). Open it on the "
        "PC that issued it."
    ),
    "notice_file_changed": (
        "The PDF of notice {number} ({path}) is not the one issued: its checksum differs. "
        "Nothing was sent or printed; tell the administrator."
    ),
    "file_exists": "{path} already exists; nothing was overwritten. Choose another name.",
    "file_unwritable": "{path} cannot be written: {detail}. Nothing was lost.",
    "file_unknown": "There is no stored file \u201c{file}\u201d.",
    "file_not_here": (
        "The file {name} is not on this PC yet; it comes with the next sync. Try again after "
        "it, or open it on the PC where it was kept."
    ),
    "file_missing": (
        "The file {name} is missing from this PC's data folder ({path}). Tell the "
        "administrator."
    ),
    "file_changed": (
        "The file {name} ({path}) is not the one kept: its checksum differs. Nothing was sent "
        "or printed; tell the administrator."
    ),
    "file_role": (
        "A {role} device does not exchange the office's stored files; only desk and counter "
        "PCs do."
    ),
    "file_hash_mismatch": (
        "The file sent is not the file {sha256}: its content hashes to {actual}. Nothing was "
        "stored; it is sent again at the next sync."
    ),
    "file_not_recorded": (
        "No record of this office names the file {sha256}, so it was not stored. Its record "
        "goes first, with the next sync."
    ),
    "file_not_at_server": (
        "The server has no file {sha256} of this office yet. It is fetched once the PC that "
        "kept it has sent it."
    ),
    "notice_not_printed": (
        "Notice {number} is issued and kept, but it could not be printed, so it is recorded "
        "as not delivered. {detail} Then choose it in the issuance register and press "
        "\u201cPrint again\u201d."
    ),
    "print_no_cups": (
        "This PC cannot print: its printing system (CUPS) is not installed. Ask IT support to "
        "install it."
    ),
    "print_no_default": (
        "This PC has no default printer. Make a printer the default in the system's printer "
        "settings, or ask IT support to set this PC's document printer."
    ),
    "print_no_printer": (
        "The printer \u201c{printer}\u201d is not set up on this PC. Ask IT support to check "
        "this PC's printer setting."
    ),
    "print_not_accepting": (
        "The printer \u201c{printer}\u201d is not taking print jobs now. Check that it is on "
        "and ready."
    ),
    "print_cups_down": (
        "This PC's printing system (CUPS) is not running. Restart the PC or ask IT support."
    ),
    "print_forbidden": (
        "This PC may not print on \u201c{printer}\u201d. Ask IT support for access."
    ),
    "print_timeout": (
        "The printer \u201c{printer}\u201d did not take the document within {seconds} "
        "seconds. Check the printer."
    ),
    "print_refused": (
        "The printing system refused the document ({detail}). Check the printer or ask IT "
        "support."
    ),
    "mail_not_set_up": (
        "E-mail is not set up on this PC: set mail.host and mail.sender in {path}."
    ),
    "mail_failed": (
        "The e-mail to {address} could not be sent: {detail}. The notice is issued and kept; "
        "send it again from the issuance register."
    ),
    "container_not_asice": (
        "{path} is not an ASiC-E container (.asice): {detail}. Choose the container that "
        "DigiDoc4 saved."
    ),
    "container_other_document": (
        "The container {path} does not hold notice {number} as it was issued (no PDF in it "
        "has the same checksum). Sign the container exported for this notice."
    ),
    "container_not_signed": (
        "The container {path} has no signature (META-INF/signatures*.xml). Sign it in DigiDoc4 "
        "and choose the signed file."
    ),
    "already_signed": "Notice {number} already has its signed container.",
    "idcode_digits": (
        "The personal identification code \u201c{value}\u201d may hold only digits. "
        "For another country's document, type it in the document field."
    ),
    "idcode_length": (
        "A personal identification code has 11 digits; \u201c{value}\u201d has {length}."
    ),
    "idcode_century": (
        "A personal identification code starts with a digit from 1 to 8, not {digit}."
    ),
    "idcode_date": (
        "The personal identification code \u201c{value}\u201d does not hold a real date of birth."
    ),
    "idcode_future": (
        "The personal identification code \u201c{value}\u201d gives a date of birth in the "
        "future ({born})."
    ),
    "idcode_check": (
        "The check digit of the personal identification code \u201c{value}\u201d is wrong. "
        "Check the code for a typing error."
    ),
    "name_required": "The visitor's name is required.",
    "bad_phone": (
        "\u201c{phone}\u201d is not a phone number. Use digits, with + and the country code "
        "for a number abroad."
    ),
    "visitor_bad_email": "\u201c{email}\u201d is not an e-mail address.",
    "already_in": (
        "{name} is already in the building (arrived at {time}). Check them out first."
    ),
    "not_in": "{name} has already left the building.",
    "unknown_visit": "There is no such visit. It may have been removed after its retention period.",
    "unknown_badge": "This badge is not known. Check the visitor out by hand.",
    "unknown_purpose": (
        "There is no purpose of visit \u201c{purpose}\u201d. Choose one of: {choices}."
    ),
    "unknown_specialist": "There is no specialist \u201c{specialist}\u201d in the directory.",
    "unknown_expected": "There is no such expected visitor.",
    "expected_done": "{name} has already been checked in.",
    "purpose_no_route": (
        "The purpose of visit \u201c{purpose}\u201d leads to {route}, but no {route} is set "
        "for it. Ask an administrator to complete it."
    ),
    "host_mail_failed": (
        "The e-mail to {to} could not be sent ({detail}). The visit is registered; "
        "tell the host by phone."
    ),
    "no_mail_server": (
        "No e-mail server is set (mail.host), so the host was not told by e-mail. "
        "The visit is registered."
    ),
    "no_host_email": "The host {host} has no e-mail address in the directory.",
    "idcard_no_reader": (
        "No ID card reader was found. Connect the reader and try again, or type the "
        "visitor's details."
    ),
    "idcard_no_card": (
        "There is no card in the reader {reader}. Insert the ID card chip first, or type the "
        "visitor's details."
    ),
    "idcard_unknown_card": (
        "The card in the reader is not an Estonian ID card this PC can read. Type the "
        "visitor's details instead."
    ),
    "idcard_no_answer": (
        "The ID card reader does not answer. Take the card out, connect the reader again and "
        "try once more, or type the visitor's details."
    ),
    "idcard_failed": (
        "The ID card could not be read ({detail}). Take the card out, put it back and try "
        "again."
    ),
    "import_columns": (
        "The file's first line must name its columns, at least \u201cname\u201d and "
        "\u201cexpected_at\u201d. Columns Lett reads: {columns}. Nothing was imported."
    ),
    "import_time": (
        "Line {line} of the file: \u201c{value}\u201d is not a time like 2026-11-24 10:30. "
        "Nothing was imported."
    ),
    "import_event": (
        "The event at line {line} of the file has no visitor's name (SUMMARY) or no time "
        "(DTSTART). Nothing was imported."
    ),
    "import_format": (
        "The file is neither CSV with a line of column names nor an iCalendar (.ics) file. "
        "Nothing was imported."
    ),
    "import_row": "Line {line} of the file: {error} Nothing was imported.",
    "register_pattern_empty": (
        "The registration number pattern is empty. Write it with the tokens {{S}}, {{DA}} and "
        "{{DN}}, e.g. {{S}}/{{DA}}-{{3DN}}."
    ),
    "register_pattern_too_long": (
        "The registration number pattern \u201c{pattern}\u201d is too long: at most {limit} "
        "characters."
    ),
    "register_pattern_characters": (
        "The registration number pattern \u201c{pattern}\u201d must be one line, without tabs."
    ),
    "register_pattern_token": (
        "The registration number pattern \u201c{pattern}\u201d has the unknown token {token}. "
        "Use {tokens}, with an optional digit for zero padding, e.g. {{3DN}}."
    ),
    "register_pattern_repeated": (
        "The registration number pattern \u201c{pattern}\u201d has the token {token} twice. "
        "Use each token once."
    ),
    "register_pattern_no_number": (
        "The registration number pattern \u201c{pattern}\u201d has no running number. Add "
        "{{DN}} (or {{3DN}} for three digits), or two documents would get the same number."
    ),
    "register_pattern_bracket": (
        "The registration number pattern \u201c{pattern}\u201d has a curly bracket that does not "
        "close a token. Write tokens like {{S}}, {{DA}} and {{DN}}."
    ),
    "register_series_index": (
        "\u201c{index}\u201d cannot be a series index: write one word of at most {limit} "
        "characters, without spaces, slashes or curly brackets, e.g. 1-2."
    ),
    "register_term_unit": (
        "\u201c{unit}\u201d is not a unit of a deadline. Use one of: {choices}."
    ),
    "register_term_amount": "A deadline must be from 1 to {high}, not {amount}.",
    "register_not_extendable": "The deadline of this document type cannot be extended.",
    "register_choice": "\u201c{value}\u201d is not a valid choice. Use one of: {choices}.",
    "register_unknown_series": (
        "There is no series \u201c{series}\u201d in the document register. Series: {choices}."
    ),
    "register_unknown_entry": "There is no document {entry} in the register.",
    "intake_no_pages": "The document has no pages. Scan or import its pages first.",
    "number_sequence_unknown": (
        "There is no number sequence \u201c{sequence}\u201d in this office."
    ),
    "register_series_not_at_server": (
        "The series {series} was added on this PC and has not reached the server yet; the "
        "next sync sends it, within a few seconds. Nothing was registered; try again then."
    ),
    "no_offline_document_numbers": (
        "The server cannot be reached, and this PC has no numbers of series {series} for "
        "{year} left to give without it. Nothing was written; reconnect this PC to the "
        "server and try again."
    ),
    "register_text_long": (
        "The text \u201c{start}\u2026\u201d has {length} characters; at most {limit} fit. "
        "Shorten it; nothing was registered."
    ),
    "register_no_title": "Give the document a title; nothing was registered.",
    "register_pages": "The number of pages must be from 1 to {high}, not {pages}.",
    "register_access_basis": (
        "An access restriction needs its legal basis, e.g. AvTS \u00a7 35 lg 1 p 12. "
        "Give the basis or remove the restriction's dates."
    ),
    "register_access_dates": (
        "The access restriction ends ({end}) before it starts ({start}). Correct the dates."
    ),
    "register_search_long": (
        "The search has {length} characters; at most {limit} fit. Search for fewer words."
    ),
    "scan_file_empty": (
        "The file {name} is empty (0 bytes), so it holds no page. Nothing was taken from it; "
        "ask for the file again."
    ),
    "scan_file_unreadable": (
        "The file {name} cannot be read: {detail}. Nothing was taken from it."
    ),
    "scan_file_corrupt": (
        "The file {name} is damaged or incomplete and cannot be opened as a {kind} file. "
        "Nothing was taken from it; ask for the file again or scan the paper."
    ),
    "scan_file_format": (
        "The file {name} is not a PDF, TIFF, JPEG or PNG file, so it cannot be taken in. "
        "Save or export it as PDF and try again."
    ),
    "scan_file_password": (
        "The PDF {name} is protected by a password. Open it with the password, save a copy "
        "without protection and take that in."
    ),
    "scan_file_pixels": (
        "The file {name} holds an image of more than {limit} million pixels, too large to take "
        "in: it could exhaust this PC's memory. Nothing was taken from it."
    ),
    "scan_file_page_size": (
        "Page {page} of the PDF {name} measures {width} \u00d7 {height} cm; pages of at most "
        "{limit} cm a side are taken in. Nothing was taken from the file."
    ),
    "scan_file_pages": (
        "The file {name} has {count} pages; at most {limit} are taken in at once. Split it "
        "into smaller files."
    ),
    "scan_no_wia": (
        "Scanning needs Windows Image Acquisition (WIA), which cannot be reached on this PC. "
        "Check that the scanner's driver is installed, or use a network scanner's address."
    ),
    "scan_no_scanimage": (
        "Scanning needs the SANE program scanimage, which is not installed on this PC. Ask "
        "your IT support to install the package sane-utils."
    ),
    "scan_open_failed": (
        "The scanner {scanner} cannot be opened ({detail}). Check that it is switched on and "
        "connected, then scan again."
    ),
    "scan_jammed": (
        "The scanner {scanner} has a paper jam. Pages scanned before it: {count}, all kept. "
        "Clear the jam and scan the rest."
    ),
    "scan_cover_open": (
        "The scanner {scanner}'s cover is open. Pages scanned before: {count}, all kept. "
        "Close the cover and scan the rest."
    ),
    "scan_gone": (
        "The scanner {scanner} stopped answering. Pages scanned before: {count}, all kept. "
        "Check the scanner's cable (or network) and power, then scan the rest."
    ),
    "scan_busy": (
        "The scanner {scanner} is busy with another job. Wait until it is done and scan "
        "again. Pages scanned before: {count}, all kept."
    ),
    "scan_feeder_empty": (
        "The document feeder of the scanner {scanner} is empty. Put the pages in and scan "
        "again."
    ),
    "scan_device_failed": (
        "The scanner {scanner} stopped with an error: {detail}. Pages scanned before: "
        "{count}, all kept."
    ),
    "scan_settings_refused": (
        "The scanner {scanner} refused the scan settings ({detail}). Choose another "
        "resolution, colour mode or source."
    ),
    "scan_address": (
        "\u201c{address}\u201d is not a scanner's address. Type an IP address like "
        "192.168.1.20 or an address like http://192.168.1.20/eSCL."
    ),
    "scan_unreachable": (
        "The network scanner at {url} does not answer. Check that it is switched on and that "
        "the address is right."
    ),
    "scan_page_damaged": (
        "The scanner {scanner} sent a damaged page. Pages scanned before: {count}, all kept. "
        "Scan the rest again."
    ),
    "scan_no_page": (
        "The scanner {scanner} sent no page. Put the page on the glass and scan again."
    ),
    "scan_no_feeder": (
        "The scanner {scanner} has no document feeder. Put the page on the glass and scan "
        "without the feeder."
    ),
    "scan_no_flatbed": (
        "The scanner {scanner} has no glass to scan from. Put the pages in its document "
        "feeder and scan with the feeder."
    ),
    "scan_not_escl": (
        "{url} does not answer as a network (eSCL, AirScan) scanner: {detail}."
    ),
    "scan_page_unreadable": (
        "The page image {name} cannot be read ({detail}), so no PDF was made. The other pages "
        "are kept; scan this page again or delete it."
    ),
    "ocr_missing": (
        "Text recognition needs {program}, which is not installed on this PC. The document "
        "{name} is kept without searchable text; ask your IT support to install it."
    ),
    "ocr_failed": (
        "Text recognition of {name} did not succeed ({detail}). The document is kept without "
        "searchable text."
    ),
    "scan_watch_folder": (
        "The watch folder {folder} cannot be read ({detail}). Check that the network share is "
        "connected."
    ),
    "config_document_types": (
        "{field}: give a list of document types, each with a code and, for a deadline, its "
        "length and unit."
    ),
    "config_document_type_code": (
        "{field}: \u201c{value}\u201d is not a code. Use lower-case letters, digits and _, "
        "starting with a letter, at most 40 characters (e.g. complaint)."
    ),
    "config_duplicate_document_type": "{field}: the code {value} is there twice.",
    "config_extension_without_deadline": (
        "{field}: the document type {value} has no deadline, so it cannot have an extension."
    ),
    "config_extension_short": (
        "{field}: the extension of {value} must end later than its deadline."
    ),
    "register_not_pdf": (
        "This is not a PDF file ({size} bytes); nothing was kept. Scan the document again "
        "or choose its PDF."
    ),
    "register_no_pdf": (
        "Document {number} has no PDF kept with it yet, so it cannot be forwarded or sent. "
        "Scan it or add its PDF first; the document stays registered."
    ),
    "register_restricted_outside": (
        "Document {number} has an access restriction (AK, {basis}), so it may be forwarded "
        "only to the office's own addresses, not to {address}. Nothing was sent."
    ),
    "register_forward_failed": (
        "Document {number} could not be sent to {address}: {detail}. It was not forwarded; "
        "its status is unchanged. Try again, or forward it to a folder."
    ),
    "register_no_folder": (
        "The folder {path} does not exist or cannot be reached. Nothing was copied; the "
        "document was not forwarded."
    ),
    "register_answer_not_outgoing": (
        "Document {number} cannot be the answer: an answer is another document, an outgoing "
        "one."
    ),
    "register_nothing_chosen": "Choose at least one letter; nothing was marked.",
    "register_not_post": (
        "Document {number} is not an outgoing letter sent by post; nothing was marked posted."
    ),
    "config_target_code": (
        "\u201c{value}\u201d cannot name a level-2 target: use lower-case letters, digits, "
        "\u201c-\u201d and \u201c_\u201d, starting with a letter (e.g. it-support)."
    ),
    "config_target_missing": "The level-2 target {target} needs its {what}.",
    "config_target_site": (
        "The level-2 target {target}: \u201c{value}\u201d is not the address of a Jira site. "
        "Write it like https://office.atlassian.net."
    ),
    "config_target_project": (
        "The level-2 target {target}: \u201c{value}\u201d is not a Jira project key. Use its "
        "capital letters, e.g. IT."
    ),
    "config_target_ids": (
        "The level-2 target {target}: the service desk and the request type are given by "
        "their numbers, as Jira Service Management shows them (e.g. 10 and 25)."
    ),
    "config_duplicate_target": "There is already a level-2 target {target}.",
    "escalation_no_target": (
        "There is no level-2 target \u201c{target}\u201d. Targets: {choices}. An "
        "administrator adds them in the office's settings."
    ),
    "escalation_unknown": "There is no escalation {escalation}.",
    "config_two_it_targets": (
        "Only one level-2 target can take the reports of IT problems: {first} and {second} "
        "both do."
    ),
    "escalation_no_it_target": (
        "No level-2 target takes the reports of IT problems (targets: {choices}). An "
        "administrator marks one as IT support in the office's settings; nothing was sent."
    ),
    "escalation_no_targets": (
        "No level-2 target is configured, so the problem cannot be escalated. An "
        "administrator adds one in the settings (Level-2 targets); nothing was sent."
    ),
    "escalation_promised_past": (
        "The answer date promised to the client ({day}) has already passed. Choose today or "
        "a later day; nothing was sent."
    ),
    "escalation_no_client_email": (
        "The contact has no e-mail address of the client, so the answer cannot be e-mailed. "
        "Phone the client, or add the address to the contact first."
    ),
    "escalation_already_closed": "This escalation is already closed.",
    "escalation_no_contact": (
        "This escalation was not made from a contact, so there is no client to tell."
    ),
    "escalation_empty": "Give the escalation a summary; nothing was sent.",
    "jira_unreachable": (
        "Jira at {site} cannot be reached: {detail}. Nothing is lost: the escalation waits "
        "on this PC and is sent when the connection is back."
    ),
    "jira_no_token": (
        "No Jira token is saved on this PC for {user} at {site}. Save the account's API "
        "token (Jira Cloud) or personal access token (Jira Data Center) in the level-2 "
        "settings; the escalation waits until then."
    ),
    "jira_token_rejected": (
        "Jira at {site} did not accept the token of {user}: it has expired, was revoked or "
        "is wrong. Make a new token (Jira Cloud: Atlassian account, Security, API tokens; "
        "Jira Data Center: Profile, Personal access tokens) and save it in the level-2 "
        "settings. Nothing is lost: the escalation waits and is sent then."
    ),
    "jira_forbidden": (
        "Jira at {site} does not let {user} do this: {detail}. Ask the Jira administrator "
        "for the permission to create issues there. The escalation waits."
    ),
    "jira_not_found": (
        "Jira at {site} has no {what}. Check the level-2 target's project, issue type or "
        "request type in the office's settings."
    ),
    "jira_fields": (
        "Jira refused the escalation because of these fields: {fields}. Correct them (or "
        "the level-2 target) and send it again; nothing else was changed."
    ),
    "jira_busy": (
        "Jira at {site} is busy and asked Lett to wait {seconds} s more. Nothing is lost: "
        "the escalation waits on this PC and is sent later."
    ),
    "jira_bad_answer": (
        "Jira at {site} gave an answer Lett cannot read ({detail}). Check the site's address "
        "in the level-2 target."
    ),
    "escalation_mail_failed": (
        "The escalation could not be e-mailed to {address}: {detail}. Nothing is lost: it "
        "waits on this PC and is sent again later."
    ),
    "contact_channel": "\u201c{channel}\u201d is not a channel. Use one of: {choices}.",
    "contact_note_long": (
        "The note has {length} characters; a contact's note may have at most {limit}. "
        "Shorten it; nothing was saved."
    ),
    "contact_note_characters": "The note holds a character that cannot be saved. Remove it.",
    "contact_ends_before_start": (
        "The contact ends before it starts. Check the times; nothing was saved."
    ),
    "unknown_topic": (
        "There is no topic \u201c{topic}\u201d. Choose one of: {choices}."
    ),
    "unknown_contact": (
        "There is no such contact. It may have been removed after its retention period."
    ),
    "contact_topic_code": (
        "\u201c{value}\u201d cannot be a topic code: use up to 32 small letters, digits, - and _."
    ),
    "contact_topic_parent": (
        "A topic cannot be placed under itself or under one of its own subtopics."
    ),
    "contact_already_ended": "This contact has already ended.",
    "contact_link_unknown": (
        "Nothing with the number {number} was found to link. Check the number; a ticket or "
        "visit is found by today's ticket number."
    ),
    "contact_link_kind": "\u201c{kind}\u201d cannot be linked to a contact. Use one of: {choices}.",
    # The command line's words for a notice that did not go out: the command that sends it again.
    "notice_not_printed_cli": (
        "Notice {number} is issued and kept, but it could not be printed, so it is recorded "
        "as not delivered. {detail} Then print it again: lett notice print-again {number}"
    ),
    "notice_not_emailed_cli": (
        "The e-mail to {address} could not be sent: {detail}. Notice {number} is issued and "
        "kept, and recorded as not e-mailed. Send it again: lett notice email {number} {address}"
    ),
    "notice_printed_already": (
        "Notice {number} is not waiting to be printed again: it was not recorded as failed to "
        "print. For another paper, print a copy: lett notice reprint {number} --print"
    ),
    # Reports.
    "report_kind": "\u201c{kind}\u201d is not a report. Use one of: {choices}.",
    "report_grouping": (
        "This report cannot be grouped by \u201c{by}\u201d. Use one of: {choices}."
    ),
    "report_measure": (
        "This report has no measure \u201c{measure}\u201d. Use one of: {choices}."
    ),
    "report_dates": (
        "The report's first day ({first}) is after its last day ({last}). Swap the dates."
    ),
    "report_date": "\u201c{value}\u201d is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-23.",
    "report_too_long": (
        "A report covers at most {limit} days; {first}\u2013{last} is {days}. Choose a shorter "
        "range."
    ),
    "report_office": "There is no office \u201c{office}\u201d among those you may see.",
    "report_format": "\u201c{format}\u201d is not a report format. Use one of: {choices}.",
    # Goals and quality evaluations.
    "goal_measure": "\u201c{value}\u201d is not a measure of results. Use one of: {choices}.",
    "goal_period": "\u201c{value}\u201d is not a period. Use one of: {choices}.",
    "goal_target": (
        "\u201c{value}\u201d is not a target: give a number from 0 up "
        "(a service level at most 100)."
    ),
    "unknown_goal": "This goal no longer exists. Refresh the list.",
    "unknown_staff": "There is no staff member \u201c{staff}\u201d in this office.",
    "unknown_scorecard": "This evaluation form no longer exists or is no longer in use.",
    "scorecard_title_missing": "The evaluation form has no title. Write one.",
    "scorecard_section_missing": (
        "A question of the evaluation form has no section. Write the section's name."
    ),
    "scorecard_question_missing": (
        "A question of the evaluation form has no text. Write it or remove the question."
    ),
    "scorecard_text_bad": (
        "A text of the evaluation form is longer than {limit} characters or holds a "
        "character that cannot be saved."
    ),
    "scorecard_empty": "The evaluation form has no questions. Add at least one.",
    "scorecard_too_long": "The evaluation form has more than {limit} questions.",
    "scorecard_key_twice": "Two questions of the evaluation form have the key \u201c{key}\u201d.",
    "scorecard_weight": (
        "The weight of \u201c{question}\u201d must be a whole number from 1 to {limit}."
    ),
    "evaluation_unknown_question": "The form has no question \u201c{key}\u201d.",
    "evaluation_unanswered": "\u201c{question}\u201d has no answer. Answer every question.",
    "evaluation_answer": "\u201c{answer}\u201d is not an answer. Use one of: {choices}.",
    "evaluation_subject": "Choose one served ticket or one contact to evaluate.",
    "evaluation_work_unknown": (
        "This ticket or contact was not served by {staff} in this office."
    ),
    "evaluation_own_only": "You can score only your own work first.",
    "evaluation_already_done": (
        "The supervisor has already evaluated this work, so it can no longer be scored first."
    ),
    "evaluation_twice": "This work has already been evaluated on this side.",
    "evaluation_comment": (
        "The comment is longer than {limit} characters or holds a character that cannot be "
        "saved."
    ),
}


class LettError(Exception):
    """An error with a message for a person: what happened and what to do."""

    code = "error"

    def __init__(self, code: str, **params: Any) -> None:
        if code not in MESSAGES:
            raise KeyError(f"no message for error code {code!r}")
        self.code = code
        self.params = params
        super().__init__(self.english())

    @property
    def template(self) -> str:
        return MESSAGES[self.code]

    def english(self) -> str:
        text = self.template.format(**self.params)
        return text[:1].upper() + text[1:] if self.template.startswith("{field}") else text


class NotFound(LettError):
    """A service, counter or ticket that does not exist."""


class Refused(LettError):
    """The request is understood but the queue rules refuse it (closed, limit, wrong state)."""


class Invalid(LettError):
    """A value a person typed is not valid; `params["field"]` names the field (a code of
    the "config_fields" context, translated by name)."""


class PermissionDenied(LettError):
    """The acting person or device lacks the role for this action."""


class StoreError(LettError):
    """The local database cannot be used right now (locked, read-only, broken)."""


class PrintFailed(LettError):
    """A ticket that could not be printed: a kiosk's has been voided, a desk's stays issued
    (its message says so)."""


class SettingsError(LettError):
    """A settings file that cannot be read or holds a bad value."""


class ConnectionFailed(LettError):
    """The server or the queue host cannot be reached, or did not accept this PC."""


class Rejected(LettError):
    """The server refused a request or a change as invalid; nothing was stored."""


class InvalidInput(LettError):
    """Input a person typed that is not valid: the message says which and why."""


class IdCardError(LettError):
    """An ID card that cannot be read: no reader, no card, another kind of card."""


class IntakeError(LettError):
    """A file that cannot be taken into scan intake (empty, damaged, protected, too large or
    of another kind); nothing was taken from it and the other files go on."""


class ScanFailed(LettError):
    """A scanner that stopped mid-job (jam, open cover, gone, busy). `pages` holds the pages it
    scanned before, which are kept; the message's {count} says how many."""

    def __init__(self, code: str, pages: list[Any] | None = None, **params: Any) -> None:
        self.pages: list[Any] = list(pages or [])
        super().__init__(code, count=len(self.pages), **params)
