"""A small eSCL scanner on 127.0.0.1 for the tests: real HTTP, real XML, real page images.

It offers a platen and a feeder, accepts a job, and hands out `pages` pages (JPEG or PNG) one
NextDocument at a time (one for a platen job), then 404. It can be told to answer 503 a few
times first (a scanner warming up), to jam after page k (NextDocument 404 and ScannerStatus
"ScannerAdfJam", as the scanners do), to send page k damaged, or to go away after page k (the
connection is dropped and the port closed). It can lack its platen or its feeder.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from xml.etree import ElementTree as ET

from PIL import Image, ImageDraw

CAPABILITIES = """<?xml version="1.0" encoding="UTF-8"?>
<scan:ScannerCapabilities xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm"
    xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03">
  <pwg:Version>2.63</pwg:Version>
  <pwg:MakeAndModel>Lett Test MFP 400</pwg:MakeAndModel>
  <pwg:SerialNumber>LT0001</pwg:SerialNumber>
  {platen}
  {adf}
</scan:ScannerCapabilities>
"""
PLATEN = """<scan:Platen>
    <scan:PlatenInputCaps>
      <scan:MinWidth>16</scan:MinWidth><scan:MaxWidth>2550</scan:MaxWidth>
      <scan:MinHeight>16</scan:MinHeight><scan:MaxHeight>3508</scan:MaxHeight>
      {profile}
    </scan:PlatenInputCaps>
  </scan:Platen>"""
ADF = """<scan:Adf>
    <scan:AdfSimplexInputCaps>
      <scan:MinWidth>16</scan:MinWidth><scan:MaxWidth>2550</scan:MaxWidth>
      <scan:MinHeight>16</scan:MinHeight><scan:MaxHeight>4200</scan:MaxHeight>
      {profile}
    </scan:AdfSimplexInputCaps>
    <scan:FeederCapacity>50</scan:FeederCapacity>
  </scan:Adf>"""
PROFILE = """<scan:SettingProfiles><scan:SettingProfile>
        <scan:ColorModes><scan:ColorMode>BlackAndWhite1</scan:ColorMode>
          <scan:ColorMode>Grayscale8</scan:ColorMode><scan:ColorMode>RGB24</scan:ColorMode>
        </scan:ColorModes>
        <scan:DocumentFormats><pwg:DocumentFormat>application/pdf</pwg:DocumentFormat>
          <pwg:DocumentFormat>{image_format}</pwg:DocumentFormat>
          <scan:DocumentFormatExt>{image_format}</scan:DocumentFormatExt>
        </scan:DocumentFormats>
        <scan:SupportedResolutions><scan:DiscreteResolutions>
          <scan:DiscreteResolution><scan:XResolution>100</scan:XResolution>
            <scan:YResolution>100</scan:YResolution></scan:DiscreteResolution>
          <scan:DiscreteResolution><scan:XResolution>200</scan:XResolution>
            <scan:YResolution>200</scan:YResolution></scan:DiscreteResolution>
          <scan:DiscreteResolution><scan:XResolution>300</scan:XResolution>
            <scan:YResolution>300</scan:YResolution></scan:DiscreteResolution>
        </scan:DiscreteResolutions></scan:SupportedResolutions>
      </scan:SettingProfile></scan:SettingProfiles>"""
STATUS = """<?xml version="1.0" encoding="UTF-8"?>
<scan:ScannerStatus xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm"
    xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03">
  <pwg:Version>2.63</pwg:Version>
  <pwg:State>{state}</pwg:State>
  <scan:AdfState>{adf}</scan:AdfState>
  <scan:Jobs>{jobs}</scan:Jobs>
</scan:ScannerStatus>
"""
JOB = """<scan:JobInfo><pwg:JobUri>{uri}</pwg:JobUri><pwg:JobUuid>{uuid}</pwg:JobUuid>
  <pwg:JobState>{state}</pwg:JobState>
  <pwg:JobStateReasons><pwg:JobStateReason>{reason}</pwg:JobStateReason></pwg:JobStateReasons>
</scan:JobInfo>"""
# The job state reason a stopped feeder gives its job.
REASONS = {"ScannerAdfJam": "AdfJam", "ScannerAdfDoorOpen": "AdfDoorOpen"}


@dataclass
class EsclScannerServer:
    pages: int = 3
    image_format: str = "image/jpeg"
    busy_answers: int = 0
    jam_after: int | None = None
    # What the feeder reports when it stops at jam_after: a jam, or its door opened.
    jam_state: str = "ScannerAdfJam"
    gone_after: int | None = None
    damaged_page: int | None = None
    platen: bool = True
    feeder: bool = True
    settings: list[dict[str, str]] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    served: int = 0
    adf_state: str = "ScannerAdfLoaded"
    jobs: dict[str, str] = field(default_factory=dict)
    served_by_job: dict[str, int] = field(default_factory=dict)

    def start(self) -> EsclScannerServer:
        scanner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                scanner.get(self)

            def do_POST(self) -> None:
                scanner.post(self)

            def do_DELETE(self) -> None:
                scanner.delete(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/eSCL"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def answer(self, handler: BaseHTTPRequestHandler, status: int, body: bytes = b"",
               content_type: str = "text/xml", headers: dict[str, str] | None = None) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)

    def get(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        if path == "/eSCL/ScannerCapabilities":
            profile = PROFILE.format(image_format=self.image_format)
            self.answer(handler, 200, CAPABILITIES.format(
                platen=PLATEN.format(profile=profile) if self.platen else "",
                adf=ADF.format(profile=profile) if self.feeder else "").encode())
        elif path == "/eSCL/ScannerStatus":
            jobs = "".join(
                JOB.format(uri=uri, uuid=uri.rsplit("/", 1)[-1], state=state,
                           reason=REASONS.get(self.adf_state, "JobCompletedSuccessfully"))
                for uri, state in self.jobs.items())
            self.answer(handler, 200, STATUS.format(state="Idle", adf=self.adf_state,
                                                    jobs=jobs).encode())
        elif path.endswith("/NextDocument") and path[: -len("/NextDocument")] in self.jobs:
            self.next_document(handler, path[: -len("/NextDocument")])
        else:
            self.answer(handler, 404)

    def next_document(self, handler: BaseHTTPRequestHandler, job: str) -> None:
        if self.busy_answers > 0:
            self.busy_answers -= 1
            self.answer(handler, 503)
            return
        if self.gone_after is not None and self.served >= self.gone_after:
            # The scanner is switched off: the connection drops and nothing listens any more.
            handler.close_connection = True
            handler.connection.close()
            threading.Thread(target=self.stop, daemon=True).start()
            return
        if self.jam_after is not None and self.served >= self.jam_after:
            self.adf_state = self.jam_state
            self.jobs[job] = "Aborted"
            self.answer(handler, 404)
            return
        platen_done = self.settings[-1]["InputSource"] == "Platen" and self.jobs_served(job)
        if self.served >= self.pages or platen_done:
            self.jobs[job] = "Completed"
            self.adf_state = "ScannerAdfEmpty"
            self.answer(handler, 404)
            return
        self.served += 1
        self.served_by_job[job] = self.served_by_job.get(job, 0) + 1
        image = self.page_image(self.served)
        if self.served == self.damaged_page:
            image = image[: len(image) // 3]
        self.answer(handler, 200, image, self.image_format)

    def jobs_served(self, job: str) -> int:
        return self.served_by_job.get(job, 0)

    def page_image(self, number: int) -> bytes:
        settings = self.settings[-1]
        dpi = int(settings["XResolution"])
        width = round(int(settings["Width"]) / 300 * dpi)
        height = round(int(settings["Height"]) / 300 * dpi)
        mode = {"RGB24": "RGB", "Grayscale8": "L", "BlackAndWhite1": "1"}[settings["ColorMode"]]
        image = Image.new(mode, (width, height), "white")
        ImageDraw.Draw(image).text((dpi, dpi), f"Page {number}", fill="black")
        buffer = BytesIO()
        kind = "JPEG" if self.image_format == "image/jpeg" else "PNG"
        image.convert("L" if mode == "1" and kind == "JPEG" else mode).save(
            buffer, kind, dpi=(dpi, dpi))
        return buffer.getvalue()

    def post(self, handler: BaseHTTPRequestHandler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length", 0)))
        if handler.path != "/eSCL/ScanJobs":
            self.answer(handler, 404)
            return
        root = ET.fromstring(body)
        settings = {element.tag.rsplit("}", 1)[-1]: (element.text or "").strip()
                    for element in root.iter()}
        if settings.get("ColorMode") not in ("RGB24", "Grayscale8", "BlackAndWhite1"):
            self.answer(handler, 409)
            return
        self.settings.append(settings)
        job = f"/eSCL/ScanJobs/{uuid.uuid4()}"
        self.jobs[job] = "Processing"
        self.adf_state = "ScannerAdfProcessing"
        self.answer(handler, 201, headers={
            "Location": f"http://127.0.0.1:{self.httpd.server_address[1]}{job}"})

    def delete(self, handler: BaseHTTPRequestHandler) -> None:
        if handler.path in self.jobs:
            self.cancelled.append(handler.path)
            self.jobs[handler.path] = "Canceled"
            self.answer(handler, 200)
        else:
            self.answer(handler, 404)
