#!/usr/bin/env python3
"""Import the API prices (shared/data/prices.csv) into resources/data/parts/prices.json.

Usage: tools/import_prices.py [DATA_DIR]

DATA_DIR defaults to ../shared/data relative to the repository root. Writes the
dataset's `prices` (see resources/data/SCHEMA.md), adds the sources they cite to
resources/data/parts/public.json where it lacks them, and copies prices.csv verbatim
into resources/data/public/. A price whose model is not (yet) in the dataset's models
is left out and named on stderr: run the script again once the model is there.
Standard library only. Then run tools/build_dataset.py.

What the script reads from the CSV's words, by fixed rules (nothing is guessed):
- the model: the `model` column without a trailing "(...)"; "(Thinking)" and
  "(Non-thinking)" there, or "thinking-mode output" / "non-thinking output" in the
  discount note, give the mode the price is for;
- the dates: a date after "until", "cancelled from" or "before", or before "(to_date)",
  is the day the price stopped being in force (`until`); every other date in `observed`
  or the discount note is a day it was seen in force: the earliest is `from`, the latest
  `observed`. A row without any date keeps none (shown as "date not stated");
- a discount window: "UTC HH:MM-HH:MM" in the note of a row that is a discount price;
- a context band: "A-BK input tier" (K = 1,024 tokens, as the pages' 131,072 = 128K),
  "NK context" (up to N K), "lowest tier" (from 0, its upper bound not recorded).
TIERS_FROM_NOTES adds the higher input tiers that a row's note quotes from the same page.
"""

import csv
import json
import os
import re
import shutil
import sys

from import_public_data import source_entry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(ROOT, '..', 'shared', 'data')
PARTS = os.path.join(ROOT, 'resources', 'data', 'parts')
PART = os.path.join(PARTS, 'prices.json')
PUBLIC_PART = os.path.join(PARTS, 'public.json')
COPY_DIR = os.path.join(ROOT, 'resources', 'data', 'public')
COLUMNS = ['model', 'api_model_name', 'provider', 'input_per_mtok', 'cached_input_per_mtok', 'output_per_mtok',
           'currency', 'context_tier', 'discount_note', 'observed', 'source', 'note']
K = 1024

# Higher input tiers quoted in a row's note ("Same page tiers: ..."), keyed by
# (model, currency, mode or None): (label, min K, max K, input, cached, output).
TIERS_FROM_NOTES = {
    ('Qwen-Plus (closed)', 'CNY', 'non-thinking'): [
        ('128K-256K input tier', 128, 256, 2.4, 0.5, 20),
        ('256K-1M input tier', 256, 1024, 4.8, 1, 48)],
    ('Qwen-Plus (closed)', 'CNY', 'thinking'): [
        ('128K-256K input tier', 128, 256, 2.4, 0.5, 24),
        ('256K-1M input tier', 256, 1024, 4.8, 1, 64)],
    ('Qwen-Flash (closed)', 'CNY', None): [
        ('128K-256K input tier', 128, 256, 0.6, 0.2, 6),
        ('256K-1M input tier', 256, 1024, 1.2, 0.3, 12)],
}
# The document's price claims, checked from the prices by core/cost (priceclaimcheck.h).
PRICE_CLAIMS = [{
    'id': 'lower-per-token-costs',
    'claim': {'en': 'DeepSeek models tend to be highly efficient at inference time, which translates to lower '
                  'per-token costs for developers.'},
    'ref': {'passage': 'cost-1',
            'quote': {'en': 'DeepSeek models tend to be highly efficient at inference time, which translates to '
                          'lower per-token costs for developers.'}},
    'family': 'deepseek',
    'comparedWith': 'qwen',
}]

# Rows whose note gives a second output price for the thinking mode ("thinking output 8").
THINKING_OUTPUT_IN_NOTE = re.compile(r'non-thinking output; thinking output ([0-9.]+)')

DATE = r'(\d{4}-\d{2}-\d{2})'


def fail(where, message):
    sys.exit(f'{where}: {message}')


def text(value):
    return {'en': value}


def text_or_null(value):
    return text(value) if value else None


def price(value, where, column, required):
    if value == '':
        if required:
            fail(where, f'no {column}')
        return None
    try:
        number = float(value)
    except ValueError:
        fail(where, f'{column} "{value}" is not a number')
    if number < 0:
        fail(where, f'{column} {value} is negative')
    return int(number) if number.is_integer() else number


def dates(row):
    """(from, until, observed) from the observed column and the discount note."""
    words = f'{row["observed"]} ; {row["discount_note"]}'
    until = set(re.findall(r'(?:until|cancelled from|before) ' + DATE, words))
    until |= set(re.findall(DATE + r' \(to_date\)', words))
    seen = sorted(set(re.findall(DATE, words)) - until)
    if len(until) > 1:
        fail(row['at'], f'more than one end date: {", ".join(sorted(until))}')
    return (seen[0] if seen else None, min(until) if until else None, seen[-1] if seen else None)


def tier(label, where):
    if not label:
        return None
    m = re.match(r'(\d+)K?-(\d+)([KM]) input tier', label)
    if m:
        top = int(m.group(2)) * (K if m.group(3) == 'K' else K * K)
        return {'label': text(label), 'minInputTokens': int(m.group(1)) * K, 'maxInputTokens': top}
    m = re.search(r'\(0-(\d+)K per', label)
    if m:
        return {'label': text(label), 'minInputTokens': 0, 'maxInputTokens': int(m.group(1)) * K}
    m = re.match(r'(\d+)K context', label)
    if m:
        return {'label': text(label), 'minInputTokens': 0, 'maxInputTokens': int(m.group(1)) * K}
    if label.startswith('lowest tier'):
        return {'label': text(label), 'minInputTokens': 0, 'maxInputTokens': None}
    fail(where, f'context tier "{label}" is in no known form')


def mode(row):
    name, note = row['model'], row['discount_note']
    if name.endswith('(Non-thinking)') or note.startswith('non-thinking output'):
        return 'non-thinking'
    if name.endswith('(Thinking)') or note.startswith('thinking-mode output'):
        return 'thinking'
    return None


def discount(row):
    note = row['discount_note']
    if 'discount price' not in note:
        return None
    m = re.search(r'UTC (\d{2}:\d{2})-(\d{2}:\d{2})', note)
    if not m:
        fail(row['at'], 'a discount price without its hours "UTC HH:MM-HH:MM"')
    return {'startUtc': m.group(1), 'endUtc': m.group(2)}


def read_rows(data_dir, name, columns):
    path = os.path.join(data_dir, name)
    try:
        with open(path, encoding='utf-8', newline='') as f:
            reader = csv.DictReader(f)
            if reader.fieldnames != columns:
                fail(path, f'expected columns {",".join(columns)}, found {",".join(reader.fieldnames or [])}')
            rows = []
            for n, row in enumerate(reader, 2):
                if None in row or any(v is None for v in row.values()):
                    fail(f'{path}:{n}', 'wrong number of fields')
                row = {k: v.strip() for k, v in row.items()}
                row['at'] = f'{path}:{n}'
                rows.append(row)
            return rows
    except OSError as e:
        fail(path, e.strerror)


def price_entry(row, model_id, source_ids, tier_value=None, numbers=None, row_mode=None):
    where = row['at']
    if row['currency'] not in ('USD', 'CNY') and not re.fullmatch(r'[A-Z]{3}', row['currency']):
        fail(where, f'currency "{row["currency"]}" is not an ISO 4217 code')
    start, until, observed = dates(row)
    inp, cached, out = numbers or (price(row['input_per_mtok'], where, 'input price', True),
                                   price(row['cached_input_per_mtok'], where, 'cached input price', False),
                                   price(row['output_per_mtok'], where, 'output price', True))
    return {
        'model': model_id,
        'apiModel': row['api_model_name'],
        'provider': text(row['provider']),
        'mode': row_mode if row_mode is not None else mode(row),
        'currency': row['currency'],
        'inputPerMTok': inp,
        'cachedInputPerMTok': cached,
        'outputPerMTok': out,
        'tier': tier_value if tier_value is not None else tier(row['context_tier'], where),
        'discount': discount(row),
        'from': start,
        'until': until,
        'observed': observed,
        'period': text_or_null(row['observed']),
        'terms': text_or_null(row['discount_note']),
        'sources': source_ids,
        'note': text_or_null(row['note']),
    }


def entries_for(row, model_id, source_ids):
    """The row's price, its thinking-mode output where the note gives one, and the higher
    tiers its note quotes."""
    out = []
    m = THINKING_OUTPUT_IN_NOTE.search(row['discount_note'])
    modes = [mode(row)] + (['thinking'] if m else [])
    for row_mode in modes:
        base = price_entry(row, model_id, source_ids, row_mode=row_mode)
        if row_mode == 'thinking' and m:
            base['outputPerMTok'] = price(m.group(1), row['at'], 'thinking output price', True)
        out.append(base)
        for label, lo, hi, inp, cached, output in TIERS_FROM_NOTES.get((row['model'], row['currency'], row_mode), []):
            out.append(price_entry(row, model_id, source_ids,
                                   tier_value={'label': text(label), 'minInputTokens': lo * K,
                                               'maxInputTokens': hi * K},
                                   numbers=(inp, cached, output), row_mode=row_mode))
    return out


def dataset_models():
    """Model name -> id, from every part that lists models."""
    names = {}
    for name in sorted(os.listdir(PARTS)):
        if name.endswith('.json') and name != 'prices.json':
            with open(os.path.join(PARTS, name), encoding='utf-8') as f:
                part = json.load(f)
            for m in part.get('models') or []:
                names[m['name']] = m['id']
    return names


def write_json(path, value):
    tmp = path + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(value, f, indent=1, ensure_ascii=False)
        f.write('\n')
    os.replace(tmp, path)


def add_sources(cited, data_dir):
    """Adds to public.json the cited sources it lacks, in sources.csv's order."""
    with open(PUBLIC_PART, encoding='utf-8') as f:
        public = json.load(f)
    have = {s['id'] for s in public['sources']}
    added = 0
    for row in read_rows(data_dir, 'sources.csv', ['id', 'what', 'where']):
        if row['id'] in cited and row['id'] not in have:
            public['sources'].append(source_entry(row))
            have.add(row['id'])
            added += 1
    missing = cited - have
    if missing:
        sys.exit(f'sources.csv: no source {", ".join(sorted(missing))}')
    if added:
        write_json(PUBLIC_PART, public)
    return added


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ('-h', '--help')):
        print(__doc__.strip())
        return 0 if len(argv) == 2 else 2
    data_dir = os.path.abspath(argv[1] if len(argv) == 2 else DEFAULT_DATA)
    models = dataset_models()
    prices, skipped, cited = [], {}, set()
    for row in read_rows(data_dir, 'prices.csv', COLUMNS):
        name = re.sub(r'\s*\([^)]*\)$', '', row['model'])
        if name not in models:
            skipped[row['model']] = skipped.get(row['model'], 0) + 1
            continue
        source_ids = [s.strip() for s in row['source'].split(';') if s.strip()]
        if not source_ids:
            fail(row['at'], 'no source')
        cited.update(source_ids)
        prices.extend(entries_for(row, models[name], source_ids))
    added = add_sources(cited, data_dir)
    write_json(PART, {'prices': prices, 'priceClaims': PRICE_CLAIMS})
    os.makedirs(COPY_DIR, exist_ok=True)
    shutil.copyfile(os.path.join(data_dir, 'prices.csv'), os.path.join(COPY_DIR, 'prices.csv'))
    for name, count in sorted(skipped.items()):
        print(f'prices.csv: {count} price(s) of "{name}" left out: no such model in the dataset yet',
              file=sys.stderr)
    print(f'{os.path.relpath(PART, ROOT)}: {len(prices)} prices of {len({p["model"] for p in prices})} models; '
          f'{added} sources added to {os.path.relpath(PUBLIC_PART, ROOT)}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
