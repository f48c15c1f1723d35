#!/usr/bin/env python3
"""Import the public facts (shared/data/*.csv) into resources/data/parts/public.json.

Usage: tools/import_public_data.py [DATA_DIR]

DATA_DIR defaults to ../shared/data relative to the repository root. Writes the
`sources`, `models`, `benchmarks` and `scores` of the dataset (see
resources/data/SCHEMA.md), and into resources/data/parts/hardware.json the
`architectures`, `devices`, `precisions` and `fitDefaults` (tools/import_hardware.py),
and copies the CSV files, claim-checks.md, fit-and-cost-notes.md and README.md verbatim
into resources/data/public/ for provenance. Standard library only.
Then run tools/build_dataset.py to regenerate resources/data/versus.json.
"""

import csv
import glob
import json
import os
import shutil
import sys

import import_hardware

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(ROOT, '..', 'shared', 'data')
PART = os.path.join(ROOT, 'resources', 'data', 'parts', 'public.json')
HARDWARE_PART = os.path.join(ROOT, 'resources', 'data', 'parts', 'hardware.json')
COPY_DIR = os.path.join(ROOT, 'resources', 'data', 'public')
COPIED = ['README.md', 'models.csv', 'benchmarks.csv', 'sources.csv', 'claim-checks.md',
          'architecture.csv', 'architecture-2026.csv', 'devices.csv', 'quantization.csv', 'fit-and-cost-notes.md']

# The benchmarks, keyed by their name in benchmarks.csv: (id, unit, description).
# Every benchmark here is scored so that higher is better.
BENCHMARKS = {
    'AIME 2024': ('aime-2024', 'pass@1 %',
                  'The 2024 American Invitational Mathematics Examination: 30 competition '
                  'maths problems with integer answers.'),
    'AIME 2025': ('aime-2025', 'pass@1 %',
                  'The 2025 American Invitational Mathematics Examination: 30 competition '
                  'maths problems with integer answers.'),
    'GPQA-Diamond': ('gpqa-diamond', '%',
                     'Graduate-level, "Google-proof" multiple-choice questions in biology, '
                     'physics and chemistry (the hardest, Diamond subset).'),
    'LiveCodeBench': ('livecodebench', 'pass@1 %',
                      'Competitive-programming problems collected after a cut-off date, to '
                      'limit contamination; the setting names the problem window.'),
    'Codeforces': ('codeforces', 'rating',
                   'An Elo-style rating on Codeforces contest problems; vendors compute it '
                   'differently (CodeElo, CFEval, Div1).'),
    'MMLU-Redux': ('mmlu-redux', '%',
                   'A manually re-annotated subset of MMLU (multiple-choice knowledge '
                   'questions) with its erroneous questions corrected.'),
    'MMLU-Pro': ('mmlu-pro', '%',
                 'A harder, reasoning-focused MMLU variant with ten answer options a question.'),
    'MATH-500': ('math-500', '%',
                 '500 competition mathematics problems from the MATH dataset.'),
    'SWE-bench Verified': ('swe-bench-verified', 'resolved %',
                           'Real GitHub issues in Python repositories, human-verified as '
                           'solvable; the share of issues a model resolves.'),
    'Arena-Hard': ('arena-hard', 'win rate %',
                   'Hard user prompts from Chatbot Arena, judged against a baseline model by '
                   'an LLM judge; v1 and v2 use different judges and baselines.'),
    'BFCL v3': ('bfcl-v3', '%',
                'The Berkeley Function Calling Leaderboard, version 3: tool and function '
                'calling, including multi-turn calls.'),
}
MODES = ('thinking', 'non-thinking')


def text(value):
    return {'en': value}


def text_or_null(value):
    return text(value) if value else None


def number_or_null(value, where):
    if value == '':
        return None
    try:
        return int(value) if value.lstrip('-').isdigit() else float(value)
    except ValueError:
        sys.exit(f'{where}: "{value}" is not a number')


def read_csv(data_dir, name, columns):
    path = os.path.join(data_dir, name)
    try:
        with open(path, encoding='utf-8', newline='') as f:
            reader = csv.DictReader(f)
            if reader.fieldnames != columns:
                sys.exit(f'{path}: expected columns {",".join(columns)}, found {",".join(reader.fieldnames or [])}')
            rows = []
            for n, row in enumerate(reader, 2):
                if None in row or any(v is None for v in row.values()):
                    sys.exit(f'{path}:{n}: wrong number of fields')
                rows.append((f'{path}:{n}', {k: v.strip() for k, v in row.items()}))
            return rows
    except OSError as e:
        sys.exit(f'{path}: {e.strerror}')


def used_sources(hardware, models, scores):
    """The ids of the sources to import: those a fact refers to (here or in another part),
    and those the dataset already has (a published id stays). sources.csv lists more (the
    prices' and the 2026 models'), which come in with their facts."""
    used = set()

    def walk(value, key=None):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and key in ('source', 'sources'):
            used.add(value)

    walk([hardware, models, scores])
    for path in glob.glob(os.path.join(os.path.dirname(PART), '*.json')):
        with open(path, encoding='utf-8') as f:
            part = json.load(f)
        if os.path.abspath(path) == os.path.abspath(PART):
            used.update(s['id'] for s in part.get('sources', []))
        elif os.path.abspath(path) != os.path.abspath(HARDWARE_PART):
            walk(part)
    return used


def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(value, f, indent=1, ensure_ascii=False)
        f.write('\n')
    os.replace(tmp, path)


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ('-h', '--help')):
        print(__doc__.strip())
        return 0 if len(argv) == 2 else 2
    data_dir = os.path.abspath(argv[1] if len(argv) == 2 else DEFAULT_DATA)

    sources, source_kind, source_rows = [], {}, {}
    for where, row in read_csv(data_dir, 'sources.csv', ['id', 'what', 'where']):
        source_rows[row['id']] = row
        sid = row['id']
        # sources.csv has no kind column: X ids are the secondary reports.
        secondary = sid.startswith('X') or row['what'].lower().startswith('secondary')
        kind = 'secondary' if secondary else 'primary'
        source_kind[sid] = kind
        sources.append({'id': sid, 'title': text(row['what']), 'where': row['where'], 'kind': kind})

    models, model_family, model_rows = [], {}, {}
    model_columns = ['model', 'family', 'released', 'total_params_b', 'active_params_b', 'architecture',
                     'context_tokens', 'license', 'modalities', 'source', 'note']
    for where, row in read_csv(data_dir, 'models.csv', model_columns):
        mid = row['model'].lower()
        if row['source'] not in source_kind:
            sys.exit(f'{where}: unknown source {row["source"]}')
        model_family[row['model']] = (mid, row['family'])
        model_rows[row['model']] = row
        models.append({
            'id': mid,
            'name': row['model'],
            'family': row['family'],
            'released': row['released'],
            'totalParamsB': number_or_null(row['total_params_b'], where),
            'activeParamsB': number_or_null(row['active_params_b'], where),
            'architecture': text(row['architecture']),
            'contextTokens': number_or_null(row['context_tokens'], where),
            'license': text_or_null(row['license']),
            'modalities': text(row['modalities']),
            'source': row['source'],
            'note': text_or_null(row['note']),
        })

    benchmarks = [{'id': bid, 'name': name, 'unit': text(unit), 'higherIsBetter': True,
                   'description': text(desc)}
                  for name, (bid, unit, desc) in BENCHMARKS.items()]

    scores = []
    score_columns = ['model', 'mode', 'benchmark', 'score', 'unit', 'setting', 'reported_by', 'source']
    for where, row in read_csv(data_dir, 'benchmarks.csv', score_columns):
        if row['model'] not in model_family:
            sys.exit(f'{where}: unknown model {row["model"]}')
        if row['benchmark'] not in BENCHMARKS:
            sys.exit(f'{where}: unknown benchmark {row["benchmark"]} (add it to BENCHMARKS)')
        if row['mode'] not in MODES:
            sys.exit(f'{where}: unknown mode {row["mode"]}')
        if row['source'] not in source_kind:
            sys.exit(f'{where}: unknown source {row["source"]}')
        mid, family = model_family[row['model']]
        value = number_or_null(row['score'], where)
        if value is None:
            sys.exit(f'{where}: no score')
        # A maker's own number is vendor-reported; a number published by another
        # family's team or known only through a secondary source is reported.
        own = row['reported_by'] == family and source_kind[row['source']] == 'primary'
        scores.append({
            'model': mid,
            'benchmark': BENCHMARKS[row['benchmark']][0],
            'mode': row['mode'],
            'value': value,
            'unit': text(row['unit']),
            'setting': text_or_null(row['setting']),
            'reportedBy': row['reported_by'],
            'source': row['source'],
            'status': 'vendor-reported' if own else 'reported',
        })

    hardware = import_hardware.build(data_dir, read_csv, number_or_null, source_rows, source_kind, model_rows)
    sources = [s for s in sources if s['id'] in used_sources(hardware, models, scores)]
    part = {'sources': sources, 'models': models, 'benchmarks': benchmarks, 'scores': scores}
    write_json(PART, part)

    write_json(HARDWARE_PART, hardware)

    os.makedirs(COPY_DIR, exist_ok=True)
    for name in COPIED:
        shutil.copyfile(os.path.join(data_dir, name), os.path.join(COPY_DIR, name))

    print(f'{os.path.relpath(PART, ROOT)}: {len(sources)} sources, {len(models)} models, '
          f'{len(benchmarks)} benchmarks, {len(scores)} scores; copied {len(COPIED)} files to '
          f'{os.path.relpath(COPY_DIR, ROOT)}/')
    print(f'{os.path.relpath(HARDWARE_PART, ROOT)}: {len(hardware["architectures"])} architectures, '
          f'{len(hardware["devices"])} devices, {len(hardware["precisions"])} precisions')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
