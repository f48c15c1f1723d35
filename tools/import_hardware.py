"""The hardware part of the public facts: architectures, devices, precisions.

Called by tools/import_public_data.py, which writes what build() returns into
resources/data/parts/hardware.json (see resources/data/SCHEMA.md). Standard library only.

What the CSV files state is copied; an empty cell stays null ("not stated"). What the
CSV files hold only in their notes (a model's extended context, a hybrid model's linear
state, a value read only in a secondary source) is listed in the tables below, each with
the note it comes from, so that every number in the dataset can be traced.
"""

import re
import sys

ARCHITECTURE_COLUMNS = ['model', 'layers', 'attention', 'q_heads', 'kv_heads', 'head_dim', 'kv_lora_rank',
                        'qk_rope_head_dim', 'kv_cache_layers', 'hidden_size', 'native_context', 'source', 'note']
DEVICE_COLUMNS = ['device', 'kind', 'memory_gb', 'bandwidth_gbps', 'vendor', 'source', 'note']
PRECISION_COLUMNS = ['format', 'bits_per_weight', 'applies_to', 'source', 'note']

# The architecture fields, keyed by their CSV column.
FIELDS = {'layers': 'layers', 'q_heads': 'queryHeads', 'kv_heads': 'kvHeads', 'head_dim': 'headDim',
          'kv_lora_rank': 'kvLoraRank', 'qk_rope_head_dim': 'qkRopeHeadDim', 'kv_cache_layers': 'kvCacheLayers',
          'hidden_size': 'hiddenSize', 'native_context': 'nativeContext'}

# Fields read only in a secondary source (a config copy bundled by another project, a
# verbatim copy of a card in another repository, a third party's reading), from each
# row's note and sources.csv. 'all' = every stated field of the row.
SECONDARY_FIELDS = {
    'DeepSeek-R1': ['layers', 'queryHeads', 'kvLoraRank', 'qkRopeHeadDim', 'kvCacheLayers', 'hiddenSize'],  # S12 copy
    'DeepSeek-VL2': ['attention'],  # S13, a secondary copy of the abstract
    'Qwen2.5-72B-Instruct': 'all',  # Q16, a copy of the card
    'QwQ-32B': 'all',  # Q14, a copy of the card
    'Qwen3-235B-A22B': ['headDim', 'hiddenSize'],  # Q11 config copy
    'Qwen3-235B-A22B-Thinking-2507': 'all',  # Q3 read in a copy
    'Qwen3-235B-A22B-Instruct-2507': 'all',  # Q4 read in a copy
    'Qwen3-30B-A3B': ['headDim', 'hiddenSize'],
    'Qwen3-32B': ['headDim', 'hiddenSize'],
    'Qwen3-8B': ['headDim', 'hiddenSize'],
    'Qwen3-4B': ['headDim', 'hiddenSize'],  # Q12 config dump
    'Qwen3-1.7B': ['headDim', 'hiddenSize'],
    'Qwen3-0.6B': ['headDim', 'hiddenSize'],
    'Qwen3-Coder-480B-A35B-Instruct': 'all',  # Q15 copy of the card, Q11 config copy
    'Qwen3-Omni-30B-A3B': 'all',  # Q17 keras-hub comment
    'Qwen3.5-397B-A17B': ['hiddenSize', 'kvCacheLayers'],  # Q11 config copy (layer_types)
    'DeepSeek-V4.1-Flash': ['queryHeads', 'kvHeads', 'headDim', 'qkRopeHeadDim', 'kvCacheLayers', 'hiddenSize'],
    'Qwen3.5-9B': 'all',  # X47
    'Qwen3.6-27B': ['queryHeads', 'kvHeads', 'headDim', 'qkRopeHeadDim'],  # Q33, NVIDIA's re-quantised config
    'Qwen3.6-35B-A3B': ['queryHeads', 'kvHeads', 'headDim', 'qkRopeHeadDim'],
}

# A context the model reaches with YaRN or the like, beyond the native one, where a source
# states it: (tokens, source). models.csv's context_tokens is used where it is larger than
# the native context (Qwen3: 131072 with YaRN); these come from the notes.
EXTENDED_CONTEXT = {
    'Qwen3.5-397B-A17B': (1010000, 'Q9'),  # card: "262,144 native, up to 1,010,000"
    'Qwen3.8-27B': (1000000, 'Q36'),  # card: "extensible to 1,000,000 tokens"
    'Qwen3.8-2.4T-A95B': (1010000, 'Q37'),
}

# A per-token KV cache that the maker states for attention that none of the formulas
# covers (compressed, shared across layers): (bytes per token, source). Nothing else is
# assumed for such models: their cache is "not stated".
STATED_KV_BYTES_PER_TOKEN = {
    'DeepSeek-V4.1-Flash': (890, 'S37'),  # card: "global KV = 890 bytes/token" (FP4 main KV)
}

# A cache kept beside the attention's, in a fixed format whatever the KV precision, where a
# source states it: (bytes per token over all layers, source). DeepSeek-V3.2-Exp's lightning
# indexer keeps 128 FP8 values + 1 float32 scale = 132 B a token in each of 61 layers (S11).
EXTRA_KV_BYTES_PER_TOKEN = {
    'DeepSeek-V3.2-Exp': (61 * 132, 'S11'),
}

# The fixed per-sequence state of linear-attention (Gated DeltaNet) layers: layers,
# value heads, key and value head dims, bytes per element (null: the dtype is not stated).
# Derived from config fields, not a number the maker states (fit-and-cost-notes.md).
LINEAR_STATE = {
    'Qwen3.5-397B-A17B': {'layers': 45, 'valueHeads': 64, 'keyHeadDim': 128, 'valueHeadDim': 128,
                          'bytesPerElement': 4, 'sources': ['Q9', 'Q11']},  # mamba_ssm_dtype float32
    'Qwen3.5-27B': {'layers': 48, 'valueHeads': 48, 'keyHeadDim': 128, 'valueHeadDim': 128,
                    'bytesPerElement': None, 'sources': ['Q32']},
    'Qwen3.5-35B-A3B': {'layers': 30, 'valueHeads': 32, 'keyHeadDim': 128, 'valueHeadDim': 128,
                        'bytesPerElement': None, 'sources': ['Q32']},
    'Qwen3.5-122B-A10B': {'layers': 36, 'valueHeads': 64, 'keyHeadDim': 128, 'valueHeadDim': 128,
                          'bytesPerElement': None, 'sources': ['Q32']},
}

# Stable device ids (CONTRACT.md: ids never change once published).
DEVICE_IDS = {
    'NVIDIA H100 SXM 80GB': 'h100-sxm',
    'NVIDIA H200 SXM 141GB': 'h200-sxm',
    'NVIDIA A100 80GB SXM': 'a100-sxm-80gb',
    'NVIDIA A100 80GB PCIe': 'a100-pcie-80gb',
    'NVIDIA B200 (HGX B200)': 'b200',
    'NVIDIA L40S': 'l40s',
    'NVIDIA RTX 6000 Ada Generation': 'rtx-6000-ada',
    'NVIDIA RTX PRO 6000 Blackwell (Server)': 'rtx-pro-6000-blackwell-server',
    'NVIDIA GeForce RTX 4090': 'rtx-4090',
    'NVIDIA GeForce RTX 5090': 'rtx-5090',
    'NVIDIA GeForce RTX 4090 Laptop GPU': 'rtx-4090-laptop',
    'AMD Instinct MI300X': 'mi300x',
    'Apple M4 Max (MacBook Pro, 16-core CPU / 40-core GPU)': 'apple-m4-max-128gb',
    'Apple M3 Ultra (Mac Studio)': 'apple-m3-ultra-512gb',
    'Huawei Ascend 910B': 'ascend-910b',
    'Qualcomm Snapdragon 8 Elite phone': 'snapdragon-8-elite',
}
DEVICE_KINDS = ('datacenter GPU', 'workstation', 'consumer GPU', 'laptop GPU', 'unified memory', 'datacenter NPU',
                'phone SoC')
# Device facts read only in secondary sources (spec databases, reviews, blogs), from the notes.
DEVICE_SECONDARY = {
    'a100-pcie-80gb': 'all', 'rtx-6000-ada': 'all', 'rtx-4090': 'all', 'rtx-5090': 'all',
    'rtx-4090-laptop': ['bandwidthGBps'], 'mi300x': 'all', 'apple-m4-max-128gb': 'all',
    'apple-m3-ultra-512gb': 'all', 'ascend-910b': 'all', 'snapdragon-8-elite': 'all',
    'b200': ['bandwidthGBps'],  # D5/D4; NVIDIA's own aiconfigurator says 7.7 TB/s
}

# The allowance for what is neither weights nor cache (runtime, activations, buffers):
# no source read states one, so it is an assumption, shown as one.
FIT_DEFAULTS = {
    'overheadBytes': 1000000000,
    'overheadShare': 0.05,
    'tightShare': 0.9,
    'assumption': {'en': 'Assumption, not from a source: each device keeps 1 GB for the runtime plus 5% of the '
                         'weights it holds for activations and buffers; a fit above 90% of the memory is tight.'},
}


def fail(where, message):
    sys.exit(f'{where}: {message}')


def sources_of(where, value, known):
    ids = [s.strip() for s in value.split(';') if s.strip()]
    for s in ids:
        if s not in known:
            fail(where, f'unknown source {s}')
    return ids


def integer(value, where):
    if value == '':
        return None
    if not re.fullmatch(r'[0-9]+', value):
        fail(where, f'"{value}" is not a whole number')
    return int(value)


def attention_kind(value):
    v = value.lower()
    if v == '':
        return None
    if v.startswith('gqa'):
        return 'gqa'
    if v.startswith('mla'):
        return 'mla'
    if v == 'hybrid' or (v.startswith('hybrid') and 'deltanet' in v):
        return 'hybrid'
    return 'other'


def secondary_list(table, key, item, fields):
    listed = table.get(key, [])
    stated = [f for f in fields if item.get(f) is not None]
    return stated if listed == 'all' else [f for f in listed if f in stated]


def architecture(where, row, known_sources, model_row):
    name = row['model']
    item = {'model': name.lower()}
    item['attention'] = attention_kind(row['attention'])
    for column, field in FIELDS.items():
        item[field] = integer(row[column], f'{where} ({column})')
    sources = sources_of(where, row['source'], known_sources)
    extended = None
    if name in EXTENDED_CONTEXT:
        extended, source = EXTENDED_CONTEXT[name]
        sources.append(source)
    elif model_row and model_row['context_tokens'] and item['nativeContext']:
        if int(model_row['context_tokens']) > item['nativeContext']:
            extended = int(model_row['context_tokens'])
            sources += sources_of(where, model_row['source'], known_sources)
    item['extendedContext'] = extended
    stated = STATED_KV_BYTES_PER_TOKEN.get(name)
    item['statedKvBytesPerToken'] = stated[0] if stated else None
    if stated:
        sources.append(stated[1])
    extra = EXTRA_KV_BYTES_PER_TOKEN.get(name)
    if extra:
        item['extraKvBytesPerToken'] = extra[0]
        sources.append(extra[1])
    state = LINEAR_STATE.get(name)
    if state and item['attention'] == 'hybrid':
        item['linearState'] = dict(state)
        for s in state['sources']:
            sources_of(where, s, known_sources)
    else:
        item['linearState'] = None
    item['sources'] = list(dict.fromkeys(sources))
    fields = ['attention'] + list(FIELDS.values()) + ['extendedContext']
    item['secondaryFields'] = secondary_list(SECONDARY_FIELDS, name, item, fields)
    return item


def device(where, row, known_sources):
    name = row['device']
    did = DEVICE_IDS.get(name)
    if did is None:
        fail(where, f'no id for device "{name}" (add it to DEVICE_IDS in tools/import_hardware.py)')
    memory = float(row['memory_gb']) if row['memory_gb'] else None
    bandwidth = float(row['bandwidth_gbps']) if row['bandwidth_gbps'] else None
    if memory is None:
        fail(where, 'no memory_gb')
    item = {'id': did, 'name': name, 'kind': {'en': row['kind']}, 'vendor': row['vendor'],
            'memoryGB': int(memory) if memory.is_integer() else memory,
            'bandwidthGBps': None if bandwidth is None else (int(bandwidth) if bandwidth.is_integer() else bandwidth),
            'sources': sources_of(where, row['source'], known_sources)}
    item['secondaryFields'] = secondary_list(DEVICE_SECONDARY, did, item, ['memoryGB', 'bandwidthGBps'])
    return item


def precision(where, row, known_sources):
    name = row['format']
    pid = re.split(r'[ (]', name, maxsplit=1)[0].lower()
    bits = float(row['bits_per_weight'])
    sources = sources_of(where, row['source'], known_sources)
    return {'id': pid, 'name': name, 'bitsPerWeight': int(bits) if bits.is_integer() else bits,
            'appliesTo': {'en': row['applies_to']}, 'sources': sources,
            # No source: the bits are the format's name (INT8), shown as nominal.
            'nominal': not sources}


MODEL_COLUMNS = ['model', 'family', 'released', 'total_params_b', 'active_params_b', 'architecture',
                 'context_tokens', 'license', 'modalities', 'source', 'note']


def build(data_dir, read_csv, known):
    """The hardware part; known = the ids in sources.csv."""
    model_rows = {row['model']: row for name in ('models.csv', 'models-2026.csv')
                  for _, row in read_csv(data_dir, name, MODEL_COLUMNS)}
    architectures, skipped = [], []
    for name in ('architecture.csv', 'architecture-2026.csv'):
        for where, row in read_csv(data_dir, name, ARCHITECTURE_COLUMNS):
            if row['model'] not in model_rows:
                skipped.append(row['model'])  # its model is not in the dataset's models
                continue
            architectures.append(architecture(where, row, known, model_rows[row['model']]))
    if skipped:
        print(f'note: {len(skipped)} architectures have no model in models*.csv and are left out: '
              f'{", ".join(skipped)}', file=sys.stderr)
    devices = [device(where, row, known) for where, row in read_csv(data_dir, 'devices.csv', DEVICE_COLUMNS)]
    precisions = [precision(where, row, known)
                  for where, row in read_csv(data_dir, 'quantization.csv', PRECISION_COLUMNS)]
    return {'architectures': architectures, 'devices': devices, 'precisions': precisions,
            'fitDefaults': FIT_DEFAULTS}


def source_ids(hardware):
    """Every source id the hardware part names."""
    ids = set()
    for key in ('architectures', 'devices', 'precisions'):
        for item in hardware[key]:
            ids.update(item['sources'])
            ids.update((item.get('linearState') or {}).get('sources') or [])
    return ids
