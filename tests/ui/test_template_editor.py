"""The admin's template page: placeholders checked as they are typed, a live preview, and
saving a new version."""

from app.core.permissions import Actor, Role
from app.operations import notice_templates, notices
from app.operations.context import staff_actor
from app.ui.qt import Qt
from app.ui.template_editor import TemplatesPage

QT_WAIT_MS = 20_000


def open_page(qtbot, runner):
    page = TemplatesPage(runner)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    qtbot.waitUntil(lambda: page.list.count() == 7, timeout=QT_WAIT_MS)
    return page


def choose(page, template_id):
    ids = [t.id for t in page.templates]
    page.list.setCurrentRow(ids.index(template_id))


def has_preview(page):
    return page.preview.pixmap() is not None and not page.preview.pixmap().isNull()


def shows(page, template_id, lang, title):
    """Whether the preview is that of the template as it is now in the page."""
    return (page.previewed is not None and page.previewed[0].id == template_id
            and page.previewed[1] == lang and page.previewed[0].titles[lang] == title)


def test_an_unknown_or_missing_placeholder_is_refused_as_it_is_typed(qtbot, make_runner, shoot):
    page = open_page(qtbot, make_runner(staff_actor()))
    choose(page, "certificate")
    qtbot.waitUntil(lambda: has_preview(page), timeout=QT_WAIT_MS)
    body = page.bodies["ru"]
    body.setPlainText(body.toPlainText() + " {valid_untl}")
    page.check()
    assert page.problem.text() == (
        "The text in русский uses the placeholder \u201cvalid_untl\u201d, which is neither a "
        "field of this template nor a built-in one. Add the field or correct the text.")
    assert not page.save_button.isEnabled()
    shoot(page, "template-editor-refused")
    body.setPlainText(body.toPlainText().replace(" {valid_untl}", "").replace(
        "{purpose}", "purpose"))
    page.check()
    assert "does not use the field \u201cpurpose\u201d" in page.problem.text()
    body.setPlainText(body.toPlainText().replace("предъявления: purpose",
                                                 "предъявления: {purpose}"))
    assert page.check() is not None
    assert page.save_button.isEnabled()


def test_saving_writes_a_new_version_that_new_notices_use(qtbot, make_runner, staff, shoot):
    page = open_page(qtbot, make_runner(staff_actor()))
    choose(page, "notice")
    page.titles["en"].setText("NOTIFICATION")
    page.preview_lang.setCurrentIndex(page.preview_lang.findData("en"))
    assert page.check() is not None
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved as version 2" in page.problem.text(), timeout=QT_WAIT_MS)
    qtbot.waitUntil(lambda: any("(v2)" in page.list.item(i).text()
                                for i in range(page.list.count())), timeout=QT_WAIT_MS)
    assert notice_templates.get_template(staff, "notice").titles["en"] == "NOTIFICATION"
    assert "new notices use it at every PC" in page.problem.text()
    qtbot.waitUntil(lambda: shows(page, "notice", "en", "NOTIFICATION"), timeout=QT_WAIT_MS)
    from app.ui.qt_i18n import install_language

    install_language("et")
    qtbot.waitUntil(lambda: page.save_button.text() == "Salvesta uue versioonina",
                    timeout=QT_WAIT_MS)
    assert page.fields.cellWidget(1, 1).currentText() == "isikukood"
    shoot(page, "template-editor-et", readme=True)


def test_a_choice_field_is_edited_as_text_and_checked(qtbot, make_runner):
    page = open_page(qtbot, make_runner(staff_actor()))
    choose(page, "decision")
    row = [page.fields.item(r, 0).text() for r in range(page.fields.rowCount())].index("outcome")
    assert page.fields.item(row, 6).text().startswith(
        "granted: taotluse rahuldada | удовлетворить ходатайство | to grant the application")
    page.fields.item(row, 6).setText("granted: rahuldada")
    page.check()
    assert "write each choice as value: et | ru | en" in page.problem.text()


def test_only_an_admin_sees_the_versions(qtbot, make_runner):
    page = TemplatesPage(make_runner(Actor("desk", frozenset({Role.DESK}))))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "may not" in page.problem.text(), timeout=QT_WAIT_MS)
    assert page.list.count() == 0


def test_a_new_template_is_saved_as_its_first_version(qtbot, make_runner, staff):
    page = open_page(qtbot, make_runner(staff_actor()))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.check() is None  # no id, no titles, no texts yet
    page.template_id.setText("visit_confirmation")
    for lang, title, body in (
            ("et", "KÜLASTUSE KINNITUS", "{recipient_name} külastas {office_name} {date}."),
            ("ru", "ПОДТВЕРЖДЕНИЕ ПОСЕЩЕНИЯ", "{recipient_name} посетил(а) {office_name} {date}."),
            ("en", "CONFIRMATION OF A VISIT", "{recipient_name} visited {office_name} on {date}.")):
        page.titles[lang].setText(title)
        page.bodies[lang].setPlainText(body)
    assert page.check() is not None
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.count() == 8, timeout=QT_WAIT_MS)
    made = notices.issue_notice(staff, "visit_confirmation", "ru",
                                {"recipient_name": "Анна Жукова"})
    assert (made.template_id, made.template_version) == ("visit_confirmation", 1)


def test_a_saved_version_is_withdrawn_and_restored_from_its_list(qtbot, make_runner, staff):
    from dataclasses import replace

    t = notice_templates.get_template(staff, "certificate")
    notice_templates.save_template(staff, replace(t, titles={**t.titles, "en": "ATTESTATION"}))
    page = open_page(qtbot, make_runner(staff_actor()))
    choose(page, "certificate")
    assert [page.versions.item(i).text() for i in range(page.versions.count())] == [
        "v2, root, 23.11.2026 10:00  (in use)", "v1, built in"]
    page.versions.setCurrentRow(1)
    assert not page.withdraw_button.isEnabled()  # a built-in version stays
    assert page.titles["en"].text() == "CERTIFICATE"
    page.versions.setCurrentRow(0)
    assert page.withdraw_button.text() == "Withdraw this version"
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.versions.item(0) is not None
                    and page.versions.item(0).text().endswith("(withdrawn)"),
                    timeout=QT_WAIT_MS)
    assert page.problem.text() == (
        "Version 2 is withdrawn: it is no longer offered for new notices.")
    assert page.versions.item(1).text() == "v1, built in  (in use)"
    assert notice_templates.get_template(staff, "certificate").version == 1
    assert page.withdraw_button.text() == "Restore this version"
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.versions.item(0).text().endswith("(in use)"),
                    timeout=QT_WAIT_MS)
    assert page.problem.text() == "Version 2 is offered again."
    assert notice_templates.get_template(staff, "certificate").titles["en"] == "ATTESTATION"


def test_versions_once_saved_as_files_on_this_pc_are_taken_in_when_the_page_opens(
        qtbot, make_runner, staff):
    from dataclasses import replace

    import tomli_w

    from app.documents.templates import template_data

    folder = notices.home_of(staff) / "templates"
    folder.mkdir()
    t = notice_templates.get_template(staff, "notice")
    (folder / "notice.v2.toml").write_text(tomli_w.dumps(template_data(replace(
        t, version=2, titles={**t.titles, "en": "FROM A FILE"}))), "utf-8")
    page = open_page(qtbot, make_runner(staff_actor()))
    qtbot.waitUntil(lambda: page.problem.text() == (
        "Template versions saved on this PC before are now the office's: notice v2."),
                    timeout=QT_WAIT_MS)
    qtbot.waitUntil(lambda: any("(v2)" in page.list.item(i).text()
                                for i in range(page.list.count())), timeout=QT_WAIT_MS)
    assert notice_templates.get_template(staff, "notice").titles["en"] == "FROM A FILE"
    assert not folder.exists()
