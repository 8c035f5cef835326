#!/usr/bin/python3
# The benchmark's warm LibreOffice: one long-lived soffice listening on a UNO pipe (as unoserver
# does), so each conversion is timed without LibreOffice's start. Reads "SRC<TAB>DST" lines on
# stdin, converts SRC (xlsx) to the PDF DST, and answers with the milliseconds load + export +
# close took inside LibreOffice (no IPC counted against it). Usage: libreoffice-warm.py PROFILE_URL PIPE
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


profile, pipe = sys.argv[1], sys.argv[2]
office = subprocess.Popen(
    ['soffice', f'-env:UserInstallation={profile}', '--headless', '--invisible', '--norestore', '--nologo',
     f'--accept=pipe,name={pipe};urp;StarOffice.ComponentContext'],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
ctx = None
deadline = time.monotonic() + 120
while ctx is None:
    try:
        ctx = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
    except NoConnectException:
        if time.monotonic() > deadline or office.poll() is not None:
            sys.exit('soffice did not start listening')
        time.sleep(0.05)  # the pipe appears once soffice is up; nothing to wait on but its existence
desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
print('ready', flush=True)
try:
    for line in sys.stdin:
        src, dst = line.rstrip('\n').split('\t')
        t = time.perf_counter()
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), '_blank', 0, (prop('Hidden', True),))
        doc.storeToURL(uno.systemPathToFileUrl(dst), (prop('FilterName', 'calc_pdf_Export'),))
        doc.close(True)
        print(f'{(time.perf_counter() - t) * 1000:.3f}', flush=True)
finally:
    try:
        desktop.terminate()
    except Exception:
        pass
    office.wait(timeout=30)
