"""The ticket's page in a real browser (Debian's chromium, headless, driven by selenium) on a
phone's screen, 360 x 740: a call reaches it within a second, its three languages, the
expired and the wrong key, stepping out, the "tell me when" alert, a reissued ticket, and the
page finding its way back after the server was away. Screenshots of each are saved for a
person to look at (printed at the end of the module)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import update

from app.operations import config as cfg
from app.operations import queue as q
from app.operations.context import open_context, staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.store import open_server_store
from app.store.models import Ticket

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="needs Debian's chromium and chromium-driver (packaging/debian-deps.sh installs them)",
)

WIDTH, HEIGHT = 360, 740


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The server on a fixed port, so it can go away and come back at the same address."""

    def __init__(self, db, port: int) -> None:
        self.db = db
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.server: uvicorn.Server | None = None
        self.thread: threading.Thread | None = None

    def start(self) -> Server:
        config = uvicorn.Config(create_app(self.db), host="127.0.0.1", port=self.port,
                                log_level="warning", timeout_graceful_shutdown=1)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            assert time.monotonic() < deadline and self.thread.is_alive(), "no server"
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        assert self.server is not None and self.thread is not None
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    """Where the screenshots go: LETT_TICKET_PAGE_SHOTS, to keep them, or a temporary folder."""
    kept = os.environ.get("LETT_TICKET_PAGE_SHOTS")
    folder = Path(kept) if kept else tmp_path_factory.mktemp("ticket-page-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    print(f"\nticket page screenshots: {folder}")


@pytest.fixture(scope="module")
def browser():
    """One headless chromium for the whole module, with a phone's screen."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", f"--window-size={WIDTH},{HEIGHT}", "--lang=et"):
        options.add_argument(argument)
    # The language a phone set to Estonian asks for, for pages that know no ticket.
    options.add_experimental_option("prefs", {"intl.accept_languages": "et,en"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True})
    yield driver
    driver.quit()


@pytest.fixture
def office(tmp_path, browser):
    db = open_server_store(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    create_demo_office(db, staff_actor())
    ctx = open_context(db, staff_actor())
    server = Server(db, _free_port()).start()
    yield ctx, server
    # The next test starts on a blank page, with nothing of this one's remembered.
    browser.get("about:blank")
    browser.delete_all_cookies()
    server.stop()
    db.dispose()


def open_page(browser, server, ticket, query: str = "") -> None:
    browser.get(f"{server.url}/t/{ticket.page_token}{query}")
    browser.execute_script("localStorage.clear();")


def text(browser, element_id: str) -> str:
    return browser.find_element("id", element_id).text


def visible(browser, element_id: str) -> bool:
    return browser.find_element("id", element_id).is_displayed()


def wait_until(condition, timeout: float = 5.0, step: float = 0.01) -> float:
    """Seconds until `condition()` held; fails after `timeout`."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < timeout, "the page did not change in time"
        time.sleep(step)
    return time.monotonic() - start


def live(browser) -> bool:
    return browser.execute_script(
        "return document.getElementById('conn').className === 'conn' && "
        "document.getElementById('conn').textContent !== '';")


def shoot(browser, shots, name: str) -> None:
    path = shots / f"{name}.png"
    assert browser.save_screenshot(str(path))
    from PIL import Image

    with Image.open(path) as picture:
        assert picture.size == (WIDTH, HEIGHT)


def test_a_call_at_a_counter_changes_the_open_page_within_a_second(browser, office, shots):
    ctx, server = office
    q.issue_ticket(ctx, "A", lang="en")
    ticket = q.issue_ticket(ctx, "A", lang="en")
    open_page(browser, server, ticket)
    assert text(browser, "number") == ticket.number
    assert text(browser, "service") == "Pensions"
    assert text(browser, "line1") == "People ahead of you: 1"
    assert text(browser, "line2") == (
        f"Estimated wait: {ticket.wait_low_min}\u2013{ticket.wait_high_min} min")
    wait_until(lambda: live(browser))
    shoot(browser, shots, "waiting-en")
    browser.execute_script(
        "window.buzz = []; navigator.vibrate = function (p) { buzz.push(p); return true; };")
    q.call_next(ctx, 1)
    wait_until(lambda: text(browser, "line1") == "You are next.")
    took = {}
    start = time.monotonic()
    q.call_next(ctx, 1)
    took["call"] = wait_until(lambda: visible(browser, "called"))
    assert took["call"] < 1.0, took
    assert time.monotonic() - start < 1.5
    assert text(browser, "go") == "Go to counter 1"
    assert text(browser, "called-title") == "It is your turn"
    assert browser.title == "Go to counter 1"
    assert browser.execute_script("return buzz.length") == 1
    shoot(browser, shots, "called-en")
    q.finish(ctx, 1)
    wait_until(lambda: text(browser, "line1") == "Thank you for your visit.")
    assert not visible(browser, "called") and not visible(browser, "tools")
    shoot(browser, shots, "done-en")


def test_the_page_speaks_the_kiosks_language_and_switches_between_three(browser, office, shots):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "B", lang="ru")
    open_page(browser, server, ticket)
    assert browser.find_element("tag name", "html").get_attribute("lang") == "ru"
    assert text(browser, "number-label") == "Ваш номер"
    assert text(browser, "service") == ticket.service_name("ru")
    assert text(browser, "line1") == "Вы следующий."
    wait_until(lambda: live(browser))
    shoot(browser, shots, "language-ru")
    for lang, label, said in (("et", "Teie number", "Teie olete järgmine."),
                              ("en", "Your number", "You are next.")):
        browser.find_element("css selector", f"nav button[data-lang={lang}]").click()
        assert browser.find_element("tag name", "html").get_attribute("lang") == lang
        assert text(browser, "number-label") == label
        assert text(browser, "line1") == said
        assert text(browser, "service") == ticket.service_name(lang)
        pressed = browser.find_element("css selector", f"nav button[data-lang={lang}]")
        assert pressed.get_attribute("aria-pressed") == "true"
        shoot(browser, shots, f"language-{lang}")
    # The choice is the visitor's: the link keeps it when the page is opened again.
    assert browser.current_url.endswith("?lang=en")
    browser.refresh()
    assert text(browser, "number-label") == "Your number"


def test_an_expired_and_a_wrong_key_say_so_and_nothing_else(browser, office, shots):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "A", lang="et")
    with ctx.db.write() as s:
        s.execute(update(Ticket).where(Ticket.id == ticket.id)
                  .values(day=date.today() - timedelta(days=2)))
    open_page(browser, server, ticket)
    assert text(browser, "line1") == ("Selle järjekorrapileti aeg on läbi. Kui vajate veel "
                                      "teenindust, võtke palun uus järjekorrapilet.")
    assert not visible(browser, "number") and not visible(browser, "tools")
    assert ticket.number not in browser.page_source
    shoot(browser, shots, "expired-et")
    browser.get(f"{server.url}/t/{'q' * 22}?lang=ru")
    assert text(browser, "line1") == ("По этому адресу талона нет. Проверьте ссылку или "
                                      "отсканируйте код на талоне ещё раз.")
    assert not visible(browser, "number")
    shoot(browser, shots, "unknown-ru")


def test_stepping_out_shows_until_when_the_place_is_kept(browser, office, shots):
    ctx, server = office
    cfg.update_settings(ctx, {"ticket_page.away_minutes": 5})
    ticket = q.issue_ticket(ctx, "C", lang="en")
    open_page(browser, server, ticket)
    away = browser.find_element("id", "away")
    assert away.text == "I have stepped out, back in 5 minutes"
    away.click()
    wait_until(lambda: visible(browser, "away-msg"))
    (waiting,) = q.waiting_tickets(ctx)
    assert waiting.away_until is not None
    kept = browser.execute_script(
        "var d = new Date(arguments[0]); return ('0' + d.getHours()).slice(-2) + ':' + "
        "('0' + d.getMinutes()).slice(-2);", waiting.away_until.isoformat())
    assert text(browser, "away-msg") == f"You stepped out. Your place is kept until {kept}."
    assert not visible(browser, "away") and visible(browser, "back")
    shoot(browser, shots, "stepped-out-en")
    browser.find_element("id", "back").click()
    wait_until(lambda: visible(browser, "away"))
    assert q.waiting_tickets(ctx)[0].away_until is None


def test_tell_me_when_n_are_ahead(browser, office, shots):
    ctx, server = office
    for _ in range(3):
        q.issue_ticket(ctx, "A")
    ticket = q.issue_ticket(ctx, "A", lang="en")
    open_page(browser, server, ticket)
    assert text(browser, "line1") == "People ahead of you: 3"
    wait_until(lambda: live(browser))
    browser.execute_script(
        "window.buzz = []; navigator.vibrate = function (p) { buzz.push(p); return true; };")
    field = browser.find_element("id", "alert-n")
    label = browser.find_element("css selector", "label[for=alert-n]")
    assert label.text == "Tell me when this many people are ahead of me"
    field.send_keys("1")
    browser.find_element("id", "alert-set").click()
    assert text(browser, "alert-msg") == ("You will be told when 1 are ahead of you, while this "
                                         "page is open.")
    q.call_next(ctx, 1)
    wait_until(lambda: text(browser, "line1") == "People ahead of you: 2")
    assert browser.execute_script("return buzz.length") == 0
    q.call_next(ctx, 1)
    wait_until(lambda: text(browser, "line1") == "People ahead of you: 1")
    assert text(browser, "alert-msg") == "Your turn is near. People ahead of you: 1"
    assert browser.execute_script("return buzz.length") == 1
    shoot(browser, shots, "alert-en")


def test_a_reissued_ticket_shows_its_new_number(browser, office, shots):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "A", lang="en")
    open_page(browser, server, ticket)
    wait_until(lambda: live(browser))
    q.cancel(ctx, ticket.number, reissue_service="B")
    wait_until(lambda: text(browser, "number").startswith("B"))
    new_number = text(browser, "number")
    assert text(browser, "note") == f"Your ticket was replaced. Your new number is {new_number}."
    assert text(browser, "service") == "Benefits"
    new = next(t for t in q.waiting_tickets(ctx) if t.number == new_number)
    assert browser.current_url.startswith(f"{server.url}/t/{new.page_token}")
    shoot(browser, shots, "reissued-en")


def test_the_page_comes_back_by_itself_after_the_server_was_away(browser, office, shots):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "A", lang="en")
    open_page(browser, server, ticket)
    wait_until(lambda: live(browser))
    server.stop()
    wait_until(lambda: text(browser, "conn") == "Connection lost. Reconnecting\u2026")
    shoot(browser, shots, "offline-en")
    q.call_next(ctx, 1)
    server.start()
    wait_until(lambda: visible(browser, "called"), timeout=15)
    assert text(browser, "go") == "Go to counter 1"
    assert text(browser, "conn") == "Updated live."


def test_text_is_readable_labelled_and_fits_the_phone(browser, office):
    ctx, server = office
    cfg.update_settings(ctx, {"ticket_page.away_minutes": 5})
    ticket = q.issue_ticket(ctx, "A", lang="et")
    open_page(browser, server, ticket)
    wait_until(lambda: live(browser))
    # Nothing wider than the phone: no sideways scrolling.
    assert browser.execute_script("return document.documentElement.scrollWidth") <= WIDTH
    # Every visible text against its background: WCAG AA (4.5:1) at least.
    worst = browser.execute_script(CONTRAST)
    assert worst["ratio"] >= 4.5, worst
    # Every control has a name a screen reader reads out.
    unnamed = browser.execute_script(
        "return Array.from(document.querySelectorAll('button, input')).filter(function (e) {"
        " if (!e.offsetParent) return false;"
        " var name = e.getAttribute('aria-label') || e.textContent.trim() ||"
        "  (e.id && document.querySelector('label[for=' + e.id + ']') || {}).textContent;"
        " return !name; }).map(function (e) { return e.outerHTML; });")
    assert unnamed == []
    assert browser.find_element("id", "status").get_attribute("aria-live") == "polite"
    assert browser.find_element("id", "called").get_attribute("role") == "alert"


CONTRAST = """
function rgb(s) { var m = s.match(/[\\d.]+/g).map(Number); return m; }
function lum(c) {
  var v = c.slice(0, 3).map(function (x) { x /= 255;
    return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}
function background(e) {
  for (; e; e = e.parentElement) {
    var c = rgb(getComputedStyle(e).backgroundColor);
    if (c.length < 4 || c[3] > 0) return c;
  }
  return [255, 255, 255];
}
var worst = {ratio: 99, text: ""};
document.querySelectorAll("body *").forEach(function (e) {
  if (!e.offsetParent || !Array.from(e.childNodes).some(function (n) {
    return n.nodeType === 3 && n.textContent.trim(); })) return;
  var a = lum(rgb(getComputedStyle(e).color)), b = lum(background(e));
  var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  if (ratio < worst.ratio) worst = {ratio: ratio, text: e.textContent.trim().slice(0, 40)};
});
return worst;
"""
