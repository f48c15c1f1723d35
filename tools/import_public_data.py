#!/usr/bin/env python3
"""Import the public facts (shared/data/*.csv) into resources/data/parts/public.json.

Usage: tools/import_public_data.py [DATA_DIR]

DATA_DIR defaults to ../shared/data relative to the repository root. Writes the
`sources`, `models`, `benchmarks` and `scores` of the dataset (see
resources/data/SCHEMA.md) and copies the CSV files, claim-checks.md and README.md
verbatim into resources/data/public/ for provenance. Standard library only.
Then run tools/build_dataset.py to regenerate resources/data/versus.json.
"""

import csv
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(ROOT, '..', 'shared', 'data')
PART = os.path.join(ROOT, 'resources', 'data', 'parts', 'public.json')
COPY_DIR = os.path.join(ROOT, 'resources', 'data', 'public')
COPIED = ['README.md', 'models.csv', 'benchmarks.csv', 'sources.csv', 'claim-checks.md']

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


def source_entry(row):
    """A row of sources.csv as the dataset's Source. sources.csv has no kind column: X ids
    are the secondary reports, and so is a source whose description or address says it is
    secondary ("Secondary ...", "(secondary ...")."""
    what = row['what'].lower()
    secondary = (row['id'].startswith('X') or what.startswith('secondary') or '(secondary' in what
                 or '(secondary' in row['where'].lower())
    return {'id': row['id'], 'title': text(row['what']), 'where': row['where'],
            'kind': 'secondary' if secondary else 'primary'}


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


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ('-h', '--help')):
        print(__doc__.strip())
        return 0 if len(argv) == 2 else 2
    data_dir = os.path.abspath(argv[1] if len(argv) == 2 else DEFAULT_DATA)

    sources, source_kind = [], {}
    for where, row in read_csv(data_dir, 'sources.csv', ['id', 'what', 'where']):
        source = source_entry(row)
        source_kind[source['id']] = source['kind']
        sources.append(source)

    models, model_family = [], {}
    model_columns = ['model', 'family', 'released', 'total_params_b', 'active_params_b', 'architecture',
                     'context_tokens', 'license', 'modalities', 'source', 'note']
    for where, row in read_csv(data_dir, 'models.csv', model_columns):
        mid = row['model'].lower()
        if row['source'] not in source_kind:
            sys.exit(f'{where}: unknown source {row["source"]}')
        model_family[row['model']] = (mid, row['family'])
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

    part = {'sources': sources, 'models': models, 'benchmarks': benchmarks, 'scores': scores}
    os.makedirs(os.path.dirname(PART), exist_ok=True)
    tmp = PART + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(part, f, indent=1, ensure_ascii=False)
        f.write('\n')
    os.replace(tmp, PART)

    os.makedirs(COPY_DIR, exist_ok=True)
    for name in COPIED:
        shutil.copyfile(os.path.join(data_dir, name), os.path.join(COPY_DIR, name))

    print(f'{os.path.relpath(PART, ROOT)}: {len(sources)} sources, {len(models)} models, '
          f'{len(benchmarks)} benchmarks, {len(scores)} scores; copied {len(COPIED)} files to '
          f'{os.path.relpath(COPY_DIR, ROOT)}/')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
