#!/usr/bin/env python3
"""Check that the layers point one way: app -> render -> core.

core/ includes nothing from render/ or app/, render/ nothing from app/, and neither
includes a Qt Widgets, Qt Charts or Qt Print Support header. Prints one located line per
offending include and exits 1; exits 0 when the layers are clean. Standard library only.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABOVE = {'core': ('render/', 'app/'), 'render': ('app/',)}
WIDGETS = re.compile(r'^<(Q(Widget|Application|MainWindow|Dialog|Abstract(Button|ItemView|ScrollArea)|'
                     r'Label|PushButton|LineEdit|ComboBox|CheckBox|Wizard|TableView|Chart\w*|Printer\w*|'
                     r'PrintDialog|MessageBox|FileDialog|Layout|[HV]BoxLayout|GridLayout|Menu\w*|Tool\w*|'
                     r'StyledItemDelegate|Style)|QtWidgets/.*|QtCharts/.*|QtPrintSupport/.*)>$')
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"][^>"]+[>"])')


def problems():
    for layer, above in ABOVE.items():
        for folder, _, files in os.walk(os.path.join(ROOT, layer)):
            for name in sorted(files):
                if not name.endswith(('.h', '.cpp')):
                    continue
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, ROOT)
                for number, line in enumerate(open(path, encoding='utf-8'), 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    target = m.group(1)
                    if target.startswith('"') and target[1:].startswith(above):
                        yield f'{rel}:{number}: {layer}/ includes {target} from a layer above it'
                    elif WIDGETS.match(target):
                        yield f'{rel}:{number}: {layer}/ includes the widget header {target}'


def main():
    found = list(problems())
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
