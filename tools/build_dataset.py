#!/usr/bin/env python3
"""Build resources/data/versus.json from resources/data/parts/*.json.

Usage:
  tools/build_dataset.py              write resources/data/versus.json
  tools/build_dataset.py --check      exit 1 if the committed versus.json is not current
  tools/build_dataset.py --missing LANG [--json]
                                      list the English texts that have no LANG translation
                                      (--json: as a JSON object to fill into the text map)

Every top-level key comes from exactly one part; document.json comes first. Then, for
each text map translations/dataset_LANG.json (a JSON object: English text -> text in
LANG), every language map (a JSON object whose keys are all language codes and which
has an "en" key) whose English text is in the map gets its LANG text, unless the part
already gives one. The result must pass the checks at the end of this file (ids,
references, quotes, languages; and the document's own words, verbatim, when
resources/document/ID.txt holds the document of dataset ID), and the JSON Schema
(resources/data/versus.schema.json) when the jsonschema module is installed.
See resources/data/SCHEMA.md. Standard library only.
"""

import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, 'resources', 'data')
PARTS = os.path.join(DATA, 'parts')
OUTPUT = os.path.join(DATA, 'versus.json')
SCHEMA = os.path.join(DATA, 'versus.schema.json')
TRANSLATIONS = os.path.join(ROOT, 'translations')
DOCUMENTS = os.path.join(ROOT, 'resources', 'document')  # the document of dataset ID is ID.txt

LANGUAGE = re.compile(r'^[a-z]{2,3}(_[A-Z]{2})?$')
ID = re.compile(r'^[a-z0-9][a-z0-9.-]*$')
SOURCE_ID = re.compile(r'^[A-Z][A-Z0-9]*$')

# The order of the top-level keys in versus.json (SCHEMA.md); keys not listed follow.
KEY_ORDER = ['$schema', 'format', 'formatVersion', 'id', 'version', 'asOf', 'documentDate', 'documentDateNote',
             'languages', 'title', 'subtitle', 'statuses', 'families', 'sections', 'dimensions', 'verdicts',
             'figures', 'sources', 'modes', 'models', 'architectures', 'devices', 'precisions', 'fitDefaults',
             'benchmarks', 'scores', 'claimChecks', 'prices', 'priceClaims', 'outcomes',
             'anticipationChecks', 'questions', 'recommender', 'charts']
OUTCOME_IDS = {'shipped', 'shipped-differently', 'not-shipped', 'unknown'}
DAY = re.compile(r'^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$')
MONTH = re.compile(r'^[0-9]{4}-(0[1-9]|1[0-2])$')
MONTH_OR_DAY = re.compile(r'^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$')


class BuildError(Exception):
    pass


def rel(path):
    return os.path.relpath(path, ROOT)


def load_json(path):
    try:
        with open(path, encoding='utf-8') as f:
            return json.load(f)
    except OSError as e:
        raise BuildError(f'{rel(path)}: {e.strerror}')
    except json.JSONDecodeError as e:
        raise BuildError(f'{rel(path)}:{e.lineno}:{e.colno}: {e.msg}')


def merge_parts():
    paths = sorted(glob.glob(os.path.join(PARTS, '*.json')))
    first = os.path.join(PARTS, 'document.json')
    if first not in paths:
        raise BuildError(f'{rel(first)} is missing')
    paths.remove(first)
    paths.insert(0, first)
    merged, origin = {}, {}
    for path in paths:
        part = load_json(path)
        if not isinstance(part, dict):
            raise BuildError(f'{rel(path)}: expected a JSON object at the top level')
        for key, value in part.items():
            if key in merged:
                raise BuildError(f'{rel(path)}: top-level key "{key}" is already given by {rel(origin[key])}')
            merged[key] = value
            origin[key] = path
    ordered = {k: merged[k] for k in KEY_ORDER if k in merged}
    ordered.update((k, v) for k, v in merged.items() if k not in ordered)
    return ordered


def is_language_map(value):
    return (isinstance(value, dict) and 'en' in value
            and all(LANGUAGE.match(k) and isinstance(v, str) for k, v in value.items()))


def language_maps(value):
    """Yields every language map in value, in document order."""
    if is_language_map(value):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from language_maps(v)
    elif isinstance(value, list):
        for v in value:
            yield from language_maps(v)


def load_text_maps():
    maps = {}
    for path in sorted(glob.glob(os.path.join(TRANSLATIONS, 'dataset_*.json'))):
        lang = os.path.basename(path)[len('dataset_'):-len('.json')]
        if not LANGUAGE.match(lang) or lang == 'en':
            raise BuildError(f'{rel(path)}: "{lang}" is not a language code to translate into')
        data = load_json(path)
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise BuildError(f'{rel(path)}: expected a JSON object mapping English text to {lang} text')
        maps[lang] = {k: v for k, v in data.items() if v.strip()}
    return maps


def translate(dataset, maps):
    """Fills translations in place; returns {lang: set of English texts used}."""
    used = {lang: set() for lang in maps}
    languages = [l for l in dataset.get('languages', []) if isinstance(l, str)]
    for m in language_maps(dataset):
        for lang, texts in maps.items():
            if not m.get(lang) and m['en'] in texts:
                m[lang] = texts[m['en']]
                used[lang].add(m['en'])
            elif m['en'] in texts:
                used[lang].add(m['en'])
        order = ['en'] + [l for l in languages if l != 'en'] + sorted(k for k in m if k != 'en' and k not in languages)
        items = [(k, m[k]) for k in order if k in m]
        m.clear()
        m.update(items)
    return used


def serialise(dataset):
    return json.dumps(dataset, indent=1, ensure_ascii=False) + '\n'


# ---------------------------------------------------------------------------------------
# Checks beyond the schema (the loader in core/ makes the same ones).

def verify(d):
    problems = []
    err = problems.append
    languages = d.get('languages') or ['en']

    for lang in languages:
        missing = [m['en'] for m in language_maps(d) if not m.get(lang, '').strip()]
        if missing:
            err(f'{len(missing)} texts have no {lang} text, the first "{missing[0][:60]}"; '
                f'"languages" declares {lang}: see tools/build_dataset.py --missing {lang}')

    def ids(key, pattern=ID):
        seen = set()
        for i, item in enumerate(d.get(key) or []):
            v = item.get('id')
            if not isinstance(v, str) or not pattern.match(v):
                err(f'/{key}/{i}/id: "{v}" is not a valid id')
            elif v in seen:
                err(f'/{key}/{i}/id: duplicate id "{v}"')
            seen.add(v)
        return seen

    families = ids('families')
    statuses = ids('statuses')
    sections = ids('sections')
    dimensions = ids('dimensions')
    ids('verdicts')
    figures = ids('figures')
    sources = ids('sources', SOURCE_ID)
    models = ids('models')
    benchmarks = ids('benchmarks')
    checks = ids('claimChecks')
    modes = ids('modes') | {'thinking', 'non-thinking'}
    outcomes = ids('outcomes')
    anticipations = ids('anticipationChecks')

    passages = {}
    for s in d.get('sections') or []:
        for p in s.get('paragraphs') or []:
            if p['id'] in passages:
                err(f'duplicate passage id "{p["id"]}"')
            passages[p['id']] = p['text']
        if s.get('kind') == 'feature-table':
            for dim in d.get('dimensions') or []:
                passages[dim['id']] = dim['name']
                for fam, cell in dim['cells'].items():
                    passages[f'{dim["id"]}/{fam}'] = cell['text']
        elif s.get('kind') == 'verdicts':
            for v in d.get('verdicts') or []:
                passages['verdict-' + v['id']] = v['rationale']

    def need(value, known, what, where):
        if value is not None and value not in known:
            err(f'{where}: unknown {what} "{value}"')

    def ref(r, where):
        if r is None:
            return
        if r['passage'] not in passages:
            err(f'{where}/passage: unknown passage "{r["passage"]}"')
            return
        for lang, quote in (r.get('quote') or {}).items():
            if quote not in passages[r['passage']].get(lang, ''):
                err(f'{where}/quote/{lang}: "{quote}" does not occur in passage "{r["passage"]}"')

    fam_or_tie = families | {'tie'}
    for i, f in enumerate(d.get('families') or []):
        ref(f.get('characterRef'), f'/families/{i}/characterRef')
    for i, s in enumerate(d.get('sections') or []):
        need(s.get('favours'), fam_or_tie, 'family', f'/sections/{i}/favours')
        ref(s.get('favoursRef'), f'/sections/{i}/favoursRef')
    for i, dim in enumerate(d.get('dimensions') or []):
        p = f'/dimensions/{i}'
        for fam in families - set(dim['cells']):
            err(f'{p}/cells: no cell for family "{fam}"')
        for fam, cell in dim['cells'].items():
            need(fam, families, 'family', f'{p}/cells')
            for j, st in enumerate(cell['statements']):
                need(st['status'], statuses, 'status', f'{p}/cells/{fam}/statements/{j}/status')
                for fig in st.get('figures') or []:
                    need(fig, figures, 'figure', f'{p}/cells/{fam}/statements/{j}/figures')
        need(dim.get('favours'), fam_or_tie, 'family', f'{p}/favours')
        ref(dim.get('favoursRef'), f'{p}/favoursRef')
        need(dim.get('section'), sections, 'section', f'{p}/section')
    for i, v in enumerate(d.get('verdicts') or []):
        need(v['winner'], fam_or_tie, 'family', f'/verdicts/{i}/winner')
    for i, f in enumerate(d.get('figures') or []):
        p = f'/figures/{i}'
        need(f.get('family'), families, 'family', f'{p}/family')
        need(f['status'], statuses, 'status', f'{p}/status')
        need(f.get('check'), checks, 'claim check', f'{p}/check')
        ref(f['ref'], f'{p}/ref')
        if f.get('valueMax') is not None and f['valueMax'] < f['value']:
            err(f'{p}/valueMax: below value')
    for i, m in enumerate(d.get('models') or []):
        need(m['family'], families, 'family', f'/models/{i}/family')
        need(m['source'], sources, 'source', f'/models/{i}/source')
        for s in m.get('furtherSources') or []:
            need(s, sources, 'source', f'/models/{i}/furtherSources')
    for i, x in enumerate(d.get('prices') or []):
        need(x['model'], models, 'model', f'/prices/{i}/model')
        for j, s in enumerate(x['sources']):
            need(s, sources, 'source', f'/prices/{i}/sources/{j}')
    for i, c in enumerate(d.get('priceClaims') or []):
        need(c['family'], families, 'family', f'/priceClaims/{i}/family')
        need(c['comparedWith'], families, 'family', f'/priceClaims/{i}/comparedWith')
        ref(c['ref'], f'/priceClaims/{i}/ref')
    ids('devices')
    ids('precisions', re.compile(r'^[a-z0-9][a-z0-9._-]*$'))
    seen_models = set()
    for i, a in enumerate(d.get('architectures') or []):
        need(a['model'], models, 'model', f'/architectures/{i}/model')
        if a['model'] in seen_models:
            err(f'/architectures/{i}/model: a second architecture for "{a["model"]}"')
        seen_models.add(a['model'])
    for key in ('architectures', 'devices', 'precisions'):
        for i, item in enumerate(d.get(key) or []):
            for s in item['sources'] + ((item.get('linearState') or {}).get('sources') or []):
                need(s, sources, 'source', f'/{key}/{i}/sources')
    for i, s in enumerate(d.get('scores') or []):
        p = f'/scores/{i}'
        need(s['model'], models, 'model', f'{p}/model')
        need(s['benchmark'], benchmarks, 'benchmark', f'{p}/benchmark')
        need(s['reportedBy'], families, 'family', f'{p}/reportedBy')
        need(s['source'], sources, 'source', f'{p}/source')
        for fs in s.get('furtherSources') or []:
            need(fs, sources, 'source', f'{p}/furtherSources')
        need(s['status'], statuses, 'status', f'{p}/status')
        need(s.get('mode'), modes, 'mode', f'{p}/mode')
    for i, c in enumerate(d.get('claimChecks') or []):
        p = f'/claimChecks/{i}'
        for s in c['sources']:
            need(s, sources, 'source', f'{p}/sources')
        ref(c['ref'], f'{p}/ref')
        need(c.get('dimension'), dimensions, 'dimension', f'{p}/dimension')
        need(c.get('family'), families, 'family', f'{p}/family')
    verify_since(d, err, sources, statuses, dimensions, families, outcomes, ref, need)
    for i, q in enumerate(d.get('questions') or []):
        for j, o in enumerate(q.get('options') or []):
            for k, w in enumerate(o.get('weights') or []):
                p = f'/questions/{i}/options/{j}/weights/{k}'
                need(w.get('family'), families, 'family', f'{p}/family')
                ref(w.get('ref'), f'{p}/ref')
                for e, check in enumerate(w.get('evidence') or []):
                    need(check, anticipations, 'anticipation check', f'{p}/evidence/{e}')
    # The report's charts compare: a benchmark that only one family reports keeps its chart
    # in the app and exports ("report": false), and a compared one is in the report.
    family_of = {m['id']: m.get('family') for m in d.get('models') or []}
    reporting = {}
    for s in d.get('scores') or []:
        reporting.setdefault(s.get('benchmark'), set()).add(family_of.get(s.get('model')))
    for i, c in enumerate(d.get('charts') or []):
        if c.get('kind') != 'benchmark':
            continue
        single = len(reporting.get(c.get('benchmark'), ())) < 2
        if single and c.get('report', True):
            err(f'/charts/{i}: only one family reports "{c.get("benchmark")}": set "report": false')
        elif not single and not c.get('report', True):
            err(f'/charts/{i}: "{c.get("benchmark")}" compares families: leave it in the report')
    return problems


def verify_since(d, err, sources, statuses, dimensions, families, outcomes, ref, need):
    """The dates, outcomes and anticipation checks (the layer since the document)."""
    for key, pattern, form in (('asOf', DAY, 'YYYY-MM-DD'), ('documentDate', MONTH, 'YYYY-MM')):
        if d.get(key) is not None and not pattern.match(str(d[key])):
            err(f'/{key}: "{d[key]}" is not a date {form}')
    for i, o in enumerate(d.get('outcomes') or []):
        if o.get('id') not in OUTCOME_IDS:
            err(f'/outcomes/{i}/id: "{o.get("id")}" is not one of {", ".join(sorted(OUTCOME_IDS))}')
    for i, c in enumerate(d.get('anticipationChecks') or []):
        p = f'/anticipationChecks/{i}'
        need(c['status'], statuses, 'status', f'{p}/status')
        need(c['outcome'], outcomes, 'outcome', f'{p}/outcome')
        if c.get('date') is not None and not MONTH_OR_DAY.match(str(c['date'])):
            err(f'{p}/date: "{c["date"]}" is not a date YYYY-MM or YYYY-MM-DD')
        if not c['sources']:
            err(f'{p}/sources: name at least one source')
        for s in c['sources']:
            need(s, sources, 'source', f'{p}/sources')
        ref(c['ref'], f'{p}/ref')
        need(c.get('dimension'), dimensions, 'dimension', f'{p}/dimension')
        need(c.get('family'), families, 'family', f'{p}/family')


def verify_document(d, path):
    """The document's words must be in the dataset verbatim (English)."""
    try:
        with open(path, encoding='utf-8') as f:
            doc = f.read()
    except OSError:
        return []
    problems = []
    blocks = set(doc.split('\n\n'))
    lines = set(doc.split('\n'))

    def whole(text, where, units):
        if text not in units:
            problems.append(f'{where}: not a verbatim paragraph of {rel(path)}: "{text[:60]}"')

    def inside(text, where):
        if text not in doc:
            problems.append(f'{where}: does not occur in {rel(path)}: "{text[:60]}"')

    whole(d['title']['en'], '/title', lines)
    for i, s in enumerate(d['sections']):
        whole(s['title']['en'], f'/sections/{i}/title', blocks)
        if 'group' in s:
            whole(s['group']['en'], f'/sections/{i}/group', blocks)
        for j, p in enumerate(s.get('paragraphs') or []):
            whole(p['text']['en'], f'/sections/{i}/paragraphs/{j}/text', blocks)
    for i, dim in enumerate(d['dimensions']):
        row = dim['name']['en'] + ''.join(dim['cells'][f['id']]['text']['en'] for f in d['families'])
        whole(row, f'/dimensions/{i}', lines)
        for fam, cell in dim['cells'].items():
            for j, st in enumerate(cell['statements']):
                if st['text']['en'] not in cell['text']['en']:
                    problems.append(f'/dimensions/{i}/cells/{fam}/statements/{j}/text: not in the cell text')
    for i, v in enumerate(d['verdicts']):
        whole(v['title']['en'], f'/verdicts/{i}/title', blocks)
        whole(v['rationale']['en'], f'/verdicts/{i}/rationale', blocks)
    return problems


def verify_schema(d):
    try:
        import jsonschema
    except ImportError:
        return []
    schema = load_json(SCHEMA)
    validator = jsonschema.Draft202012Validator(schema)
    return [f'/{"/".join(str(p) for p in e.absolute_path)}: {e.message}'
            for e in sorted(validator.iter_errors(d), key=lambda e: list(map(str, e.absolute_path)))]


def build():
    dataset = merge_parts()
    maps = load_text_maps()
    used = translate(dataset, maps)
    problems = verify(dataset) + verify_schema(dataset)
    if not problems and isinstance(dataset.get('id'), str):
        problems += verify_document(dataset, os.path.join(DOCUMENTS, dataset['id'] + '.txt'))
    if problems:
        raise BuildError('\n'.join(problems[:50]) + (f'\n... and {len(problems) - 50} more' if len(problems) > 50 else ''))
    for lang, texts in maps.items():
        unused = len(set(texts) - used[lang])
        if unused:
            print(f'note: {unused} entries of translations/dataset_{lang}.json match no English text', file=sys.stderr)
    return dataset


def main(argv):
    args = argv[1:]
    try:
        if args in (['-h'], ['--help']):
            print(__doc__.strip())
            return 0
        if args and args[0] == '--missing' and len(args) in (2, 3) and (len(args) == 2 or args[2] == '--json'):
            lang = args[1]
            if not LANGUAGE.match(lang):
                print(f'"{lang}" is not a language code', file=sys.stderr)
                return 2
            dataset = merge_parts()
            translate(dataset, load_text_maps())
            missing = []
            for m in language_maps(dataset):
                if not m.get(lang, '').strip() and m['en'] not in missing:
                    missing.append(m['en'])
            if len(args) == 3:
                print(json.dumps({t: '' for t in missing}, indent=1, ensure_ascii=False))
            else:
                for t in missing:
                    print(t)
            print(f'{len(missing)} texts lack a {lang} translation', file=sys.stderr)
            return 0
        if args not in ([], ['--check']):
            print(__doc__.strip(), file=sys.stderr)
            return 2
        text = serialise(build())
        if args == ['--check']:
            try:
                with open(OUTPUT, encoding='utf-8', newline='') as f:
                    current = f.read()
            except OSError:
                current = None
            if current != text:
                print(f'{rel(OUTPUT)} is not current: run tools/build_dataset.py', file=sys.stderr)
                return 1
            print(f'{rel(OUTPUT)} is current')
            return 0
        tmp = OUTPUT + '.tmp'
        with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
        os.replace(tmp, OUTPUT)
        print(f'wrote {rel(OUTPUT)}')
        return 0
    except BuildError as e:
        print(f'build_dataset: {e}', file=sys.stderr)
        return 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
