#!/usr/bin/env python3
"""Fill a Qt Linguist .ts file from a JSON text map, or list what it lacks.

Usage:
  tools/ts_fill.py --missing translations/versus_zh_CN.ts
      print a JSON object {source text: ""} of every unfinished message (to fill in)
  tools/ts_fill.py translations/versus_zh_CN.ts MAP.json
      set the translation of every message whose source text is a key of MAP.json
      (a JSON object: source text -> translation; keys "CONTEXT|source" win over plain
      source keys) and mark it finished. Numerus messages get one form (Chinese has one),
      or the forms of a list value (English: ["%n row", "%n rows"]).
  tools/ts_fill.py --export FILE.ts
      print a JSON object {"CONTEXT|source": translation} of every finished message: a map
      for the call above. On a merge conflict in a .ts file, export both sides
      (git show :2:FILE > ours.ts; git show :3:FILE > theirs.ts), merge the two maps, take
      either side, run lupdate, fill from the merged map, run lupdate again.

Run lupdate first (cmake --build BUILD --target versus_core_lupdate) so the .ts holds the
current source texts; run it again afterwards to normalise the file. Standard library only.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            yield name, message


def unfinished(message):
    t = message.find('translation')
    if t is None or t.get('type') in ('unfinished', 'vanished', 'obsolete'):
        return True
    forms = t.findall('numerusform')
    texts = [f.text or '' for f in forms] if message.get('numerus') == 'yes' else [t.text or '']
    return not texts or any(not s.strip() for s in texts)


def main(argv):
    if len(argv) == 3 and argv[1] == '--missing':
        root = ET.parse(argv[2]).getroot()
        missing = {}
        for _, m in messages(root):
            if unfinished(m):
                missing[m.findtext('source')] = ''
        print(json.dumps(missing, ensure_ascii=False, indent=1))
        print(f'{len(missing)} unfinished messages', file=sys.stderr)
        return 0
    if len(argv) == 3 and argv[1] == '--export':
        root = ET.parse(argv[2]).getroot()
        found = {}
        for context, m in messages(root):
            if unfinished(m):
                continue
            t = m.find('translation')
            forms = t.findall('numerusform')
            found[f'{context}|{m.findtext("source")}'] = forms[0].text if forms else t.text
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path, mapping = argv[1], json.load(open(argv[2], encoding='utf-8'))
    tree = ET.parse(path)
    filled = left = 0
    for context, m in messages(tree.getroot()):
        source = m.findtext('source')
        text = mapping.get(f'{context}|{source}', mapping.get(source))
        if not text:
            left += unfinished(m)
            continue
        t = m.find('translation')
        if t is None:
            t = ET.SubElement(m, 'translation')
        t.attrib.pop('type', None)
        for child in list(t):
            t.remove(child)
        if m.get('numerus') == 'yes':
            t.text = None
            # One form (Chinese), or a JSON list of the forms (English: singular, plural).
            for form in text if isinstance(text, list) else [text]:
                ET.SubElement(t, 'numerusform').text = form
        else:
            t.text = text
        filled += 1
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    print(f'{path}: {filled} messages filled, {left} still unfinished', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
