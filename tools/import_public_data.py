#!/usr/bin/env python3
"""Import the public facts (shared/data/*.csv) into resources/data/parts/public.json.

Usage: tools/import_public_data.py [DATA_DIR]

DATA_DIR defaults to ../shared/data relative to the repository root. Writes the
`sources` (those the imported facts and the claim checks name), `modes`, `models`,
`benchmarks` and `scores` of the dataset (see resources/data/SCHEMA.md) into
parts/public.json, from models.csv, benchmarks.csv and their -2026 files; and the layer
since the document (`asOf`, `documentDate`, `outcomes`, `anticipationChecks` from
anticipations.md, with the passages and matrix cells of ANTICIPATIONS below) into
parts/since.json; and into parts/hardware.json the `architectures`, `devices`, `precisions`
and `fitDefaults` (tools/import_hardware.py). Copies the files it reads verbatim into
resources/data/public/ for provenance. Standard library only.
Then run tools/build_dataset.py to regenerate resources/data/versus.json.
"""

import csv
import json
import os
import re
import shutil
import sys

import import_hardware

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(ROOT, '..', 'shared', 'data')
PART = os.path.join(ROOT, 'resources', 'data', 'parts', 'public.json')
SINCE_PART = os.path.join(ROOT, 'resources', 'data', 'parts', 'since.json')
HARDWARE_PART = os.path.join(ROOT, 'resources', 'data', 'parts', 'hardware.json')
DOCUMENT_PART = os.path.join(ROOT, 'resources', 'data', 'parts', 'document.json')
COPY_DIR = os.path.join(ROOT, 'resources', 'data', 'public')
COPIED = ['README.md', 'models.csv', 'benchmarks.csv', 'sources.csv', 'claim-checks.md', 'models-2026.csv',
          'benchmarks-2026.csv', 'anticipations.md', 'architecture.csv', 'architecture-2026.csv', 'devices.csv',
          'quantization.csv', 'fit-and-cost-notes.md']

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
# Sources the dataset has listed before without a fact naming them: ids once published stay.
PUBLISHED_SOURCES = {'Q2', 'Q10'}

# ---------------------------------------------------------------------------------------
# The facts since the document (models-2026.csv, benchmarks-2026.csv, anticipations.md).

AS_OF = '2026-12-01'
DOCUMENT_DATE = '2026-02'
DOCUMENT_DATE_NOTE = (
    'The document says "by early 2026". The newest release it reports is Qwen 3.5 of February 2026 '
    '(397B-A17B on 2026-02-16, the Medium series on 2026-02-24); it still anticipates DeepSeek-V4 '
    '(April 2026) and writes of the Small series (released 2026-03-02) partly as forward-looking. '
    'February 2026 is therefore taken as its date.')

# Reasoning modes: the ids scores use. thinking / non-thinking are the earlier data's;
# the makers' own 2026 settings are modes of their own, named as the makers name them.
MODE_LIST = [
    ('thinking', 'thinking', 'The model reasons step by step before it answers (thinking mode).'),
    ('non-thinking', 'non-thinking', 'The model answers directly, without a reasoning phase.'),
    ('non-think', 'Non-think', 'DeepSeek-V4\'s mode without reasoning, as its card names it.'),
    ('high', 'High', 'DeepSeek-V4\'s "Think High" reasoning mode, as its card names it.'),
    ('max', 'Max', 'DeepSeek-V4\'s "Think Max" reasoning mode, or reasoning_effort max in the later '
                   'V4 cards, as the cards name it.'),
    ('reasoning-effort-100', 'reasoning_effort=100',
     'DeepSeek-V4.1-Flash\'s reasoning effort set to 100 (its highest), as its card names it.'),
    ('base', 'Base model', 'A pre-trained base model scored with few-shot prompts; no reasoning mode.'),
]
# The mode column of benchmarks-2026.csv -> (mode id or None where the source names none,
# what the maker's wording adds, kept in the score's note).
MODES_2026 = {
    'Non-think': ('non-think', None), 'High': ('high', None), 'Max': ('max', None), 'max': ('max', None),
    'max (as run for the 0731 card)': ('max', 'as run for the DeepSeek-V4-Flash-0731 card'),
    'reasoning_effort=100': ('reasoning-effort-100', None), 'base': ('base', None),
    'thinking (default on)': ('thinking', 'thinking is on by default'), '': (None, None),
}

# The 2026 benchmark names -> (id, name, description or None where none is given here,
# higher is better). Names that differ only in how a maker writes the metric share an id.
BENCHMARKS_2026 = {
    'MMLU-Pro (EM)': 'mmlu-pro', 'MMLU-Pro': 'mmlu-pro', 'MMLU-Redux': 'mmlu-redux',
    'GPQA Diamond (Pass@1)': 'gpqa-diamond', 'GPQA Diamond': 'gpqa-diamond',
    'LiveCodeBench (Pass@1)': 'livecodebench', 'LiveCodeBench v6': 'livecodebench',
    'Codeforces (Rating)': 'codeforces',
    'SWE Verified (Resolved)': 'swe-bench-verified', 'SWE-bench Verified': 'swe-bench-verified',
}
NEW_BENCHMARKS = {
    # id: (name, [names in benchmarks-2026.csv], description or None, higher is better)
    'nl2repo': ('NL2Repo', ['NL2Repo', 'NL2Repo-Bench (Score)', 'NL2Repo-Bench'],
                'Building a whole repository from a natural-language description.', True),
    'hle': ('Humanity\'s Last Exam (HLE)', ['HLE (Pass@1)', 'HLE', 'HLE (no tools)'],
            'Expert-written questions across many fields, answered without tools.', True),
    'hle-tools': ('HLE with tools', ['HLE w/ tools (Pass@1)', 'HLE (with tools)'],
                  'Humanity\'s Last Exam answered with tools (search, code).', True),
    'terminal-bench-2.0': ('Terminal-Bench 2.0', ['Terminal Bench 2.0 (Acc)', 'Terminal-Bench 2.0'],
                           'Tasks an agent completes in a command-line terminal.', True),
    'terminal-bench-2.1': ('Terminal-Bench 2.1', ['Terminal Bench 2.1', 'Terminal-Bench 2.1 (Pass@1)'],
                           'Tasks an agent completes in a command-line terminal.', True),
    'terminal-bench-3.0': ('Terminal-Bench 3.0', ['Terminal-Bench 3.0 (Pass@1)'],
                           'Tasks an agent completes in a command-line terminal.', True),
    'terminal-bench-4.0': ('Terminal-Bench 4.0', ['Terminal-Bench 4.0 (Pass@1)'],
                           'Tasks an agent completes in a command-line terminal.', True),
    'simpleqa-verified': ('SimpleQA Verified', ['SimpleQA-Verified (Pass@1)', 'Simple-QA verified (EM)',
                                                'SimpleQA-Verified (EM)'],
                          'Short factual questions with one verified answer each.', True),
    'chinese-simpleqa': ('Chinese SimpleQA', ['Chinese-SimpleQA (Pass@1)'],
                         'Short factual questions in Chinese.', True),
    'hmmt-2026-feb': ('HMMT February 2026', ['HMMT 2026 Feb (Pass@1)'],
                      'Problems of the Harvard-MIT Mathematics Tournament, February 2026.', True),
    'hmmt-2025-feb': ('HMMT February 2025', ['HMMT Feb 25'],
                      'Problems of the Harvard-MIT Mathematics Tournament, February 2025.', True),
    'imo-answerbench': ('IMO-AnswerBench', ['IMOAnswerBench (Pass@1)'],
                        'Olympiad-level mathematics problems with short answers.', True),
    'apex': ('Apex', ['Apex (Pass@1)'], None, True),
    'apex-shortlist': ('Apex Shortlist', ['Apex Shortlist (Pass@1)'], None, True),
    'apexbench': ('ApexBench', ['ApexBench (Pass@1)'], None, True),
    'matharena-apex': ('MathArena Apex', ['MathArena Apex (Pass@1)'], None, True),
    'mrcr-1m': ('MRCR 1M', ['MRCR 1M (MMR)'],
                'Multi-round co-reference retrieval in a context of one million tokens.', True),
    'corpusqa-1m': ('CorpusQA 1M', ['CorpusQA 1M (ACC)'],
                    'Questions over a corpus of one million tokens.', True),
    'swe-bench-pro': ('SWE-bench Pro', ['SWE Pro (Resolved)', 'SWE-bench Pro'],
                      'Harder real-world software-engineering issues; the share resolved.', True),
    'swe-bench-multilingual': ('SWE-bench Multilingual', ['SWE Multilingual (Resolved)', 'SWE-bench Multilingual'],
                               'Real GitHub issues in repositories of several programming languages.', True),
    'mcpatlas': ('MCP Atlas', ['MCPAtlas (Pass@1)'], 'Tasks solved by calling tools through MCP servers.', True),
    'toolathlon': ('Toolathlon', ['Toolathlon (Pass@1)'], 'Long tasks across many software tools.', True),
    'toolathlon-verified': ('Toolathlon-Verified', ['Toolathlon-Verified'], None, True),
    'deepswe': ('DeepSWE', ['DeepSWE'], None, True),
    'deepswe-1.1': ('DeepSWE 1.1', ['DeepSWE v1.1 (Resolved)', 'DeepSWE 1.1'], None, True),
    'browsecomp': ('BrowseComp', ['BrowseComp (Pass@1)'],
                   'Hard-to-find facts an agent must locate by browsing the web.', True),
    'humaneval': ('HumanEval', ['HumanEval (Pass@1)'], 'Python functions written from their docstrings.', True),
    'gsm8k': ('GSM8K', ['GSM8K (EM)'], 'Grade-school mathematics word problems.', True),
    'math': ('MATH', ['MATH (EM)'], 'Competition mathematics problems (the whole MATH dataset).', True),
    'longbench-v2': ('LongBench v2', ['LongBench-V2 (EM)'], 'Multiple-choice questions over long contexts.', True),
    'cybergym': ('CyberGym', ['Cybergym', 'CyberGym (Pass@1)'],
                 'Reproducing real software vulnerabilities (security agents).', True),
    'agents-last-exam': ('Agents\' Last Exam', ['Agents\' Last Exam', 'Agent\'s Last Exam (Pass@1)'], None, True),
    'dsbench-hard': ('DSBench-Hard', ['DSBench-Hard'], None, True),
    'dsbench-fullstack': ('DSBench-FullStack', ['DSBench-FullStack'], None, True),
    'skillsbench-avg5': ('SkillsBench (Avg5)', ['SkillsBench Avg5'], None, True),
    'skillsbench': ('SkillsBench', ['SkillsBench'], None, True),
    'supergpqa': ('SuperGPQA', ['SuperGPQA'], 'Graduate-level questions across 285 disciplines.', True),
    'c-eval': ('C-Eval', ['C-Eval'], 'Multiple-choice exam questions in Chinese across many subjects.', True),
    'videomme': ('Video-MME', ['VideoMME (w sub.)'], 'Questions about videos (here with subtitles).', True),
    'ocrbench': ('OCRBench', ['OCRBench'], 'Reading text in images.', True),
    'gdpval-aa': ('GDPval-AA', ['GDPval-AA (Elo)'], None, True),
    'agieval': ('AGIEval', ['AGIEval (EM)'], 'Questions from human entrance and qualification exams.', True),
    'mmlu': ('MMLU', ['MMLU (EM)'], 'Multiple-choice knowledge questions in 57 subjects.', True),
    'facts-parametric': ('FACTS Parametric', ['FACTS Parametric (EM)'], None, True),
    'bbh': ('BIG-Bench Hard', ['BBH (EM)'], 'The hardest tasks of BIG-Bench.', True),
    'automationbench-public': ('AutomationBench (Public)', ['AutomationBench (Public)', 'AutomationBench Public'],
                               None, True),
    'automationbench': ('AutomationBench', ['AutomationBench (Pass@1)'], None, True),
    'androidworld': ('AndroidWorld', ['AndroidWorld'], 'Tasks an agent completes on an Android phone.', True),
    'chartography': ('Chartography', ['Chartography'], None, True),
    'chartography-tools': ('Chartography with tools', ['Chartography w/ tools (Pass@1)'], None, True),
    'zerobench': ('ZeroBench', ['ZeroBench (Pass@5)'], None, True),
    'zerobench-main-tools': ('ZeroBench (main, with tools)', ['ZeroBench-main w/ tools (Pass@5)'], None, True),
    'programbench': ('ProgramBench', ['ProgramBench (Almost@1)'], None, True),
    'sec-bench-pro': ('SEC-Bench Pro', ['SEC-Bench Pro (Pass@1)'], None, True),
    'exploitgym': ('ExploitGym', ['ExploitGym (Pass@1)'], None, True),
    'babyvision-tools': ('BabyVision with tools', ['BabyVision w/ tools (Pass@1)'], None, True),
    'mmmu-pro': ('MMMU-Pro', ['MMMU-Pro (EM)'], 'Multimodal university-level questions (harder MMMU).', True),
    'docvqa': ('DocVQA', ['DocVQA (LLM-Judge)'], 'Questions about document images.', True),
    'omnidocbench-1.5': ('OmniDocBench v1.5', ['OmniDocBench v1.5 Overall'], 'Parsing document pages (overall score).', True),
    'omnidocbench-1.5-reading-order': ('OmniDocBench v1.5 reading order',
                                       ['OmniDocBench v1.5 reading-order edit distance'],
                                       'The edit distance of the reading order found on document pages.', False),
    'qwenwebbench': ('QwenWebBench', ['QwenWebBench'], None, True),
    'osworld-verified': ('OSWorld-Verified', ['OSWorld-Verified'], 'Tasks an agent completes on a desktop computer.', True),
    'frontierswe': ('FrontierSWE', ['FrontierSWE'], None, True),
    'paperbench': ('PaperBench', ['PaperBench'], 'Reproducing machine-learning research papers.', True),
}
for _bid, (_name, _names, _desc, _higher) in NEW_BENCHMARKS.items():
    for _n in _names:
        BENCHMARKS_2026[_n] = _bid
# reported_by in benchmarks-2026.csv -> family id
REPORTERS_2026 = {'DeepSeek': 'deepseek', 'Qwen': 'qwen', 'Qwen (via whatmodel.sh)': 'qwen'}
# A model that a card names only as a column (an unnamed checkpoint, a base checkpoint
# not published on its own): its scores are kept under the model the column names, and
# reportedModel keeps the card's name.
# The card's own words are in each such row's note.
# The V4.1 card ran every column, its "DS-V4-Pro" one too, at reasoning_effort=100 (its
# setting says so): that column's mode is that, not the V4 card's Max.
MODEL_ALIASES_2026 = {'DeepSeek-V4-Pro (unnamed checkpoint)': ('DeepSeek-V4-Pro', 'reasoning-effort-100'),
                      'DeepSeek-V4.1-Flash-Base': ('DeepSeek-V4.1-Flash', None)}

OUTCOMES = [
    ('shipped', 'shipped as stated',
     'It happened as the document anticipated or stated, and still holds.', 1),
    ('shipped-differently', 'shipped differently',
     'It happened, but not as stated: later, in another model, only in part, or it has since been superseded.',
     0.5),
    ('not-shipped', 'not shipped', 'It had not happened by the date of the facts.', 0),
    ('unknown', 'unknown', 'The sources read do not settle it.', 1),
]
# anticipations.md's "What happened" column -> outcome id; its words are kept as outcomeText.
OUTCOME_WORDS = {
    'shipped as anticipated': 'shipped', 'shipped as stated': 'shipped', 'confirmed': 'shipped',
    'still true': 'shipped', 'shipped roughly as described': 'shipped',
    'shipped differently': 'shipped-differently', 'superseded': 'shipped-differently',
    'partly outdated': 'shipped-differently', 'extended upward': 'shipped-differently',
    'not shipped': 'not-shipped',
    'unknown': 'unknown', 'lead kept; Omni claim not verified': 'unknown',
}
# Each row of anticipations.md (by its #): where the document says it (passage, the
# quote in English and Chinese), the matrix cell it bears on, and the date it came true
# or was found otherwise (YYYY-MM[-DD]; empty where there is none).
ANTICIPATIONS = {
    1: ('flagship/deepseek', 'V4 anticipated with 1M-token context', 'V4 预计支持 100 万 token 上下文',
        'flagship', 'deepseek', '2026-04-24'),
    2: ('flagship/deepseek', 'Engram memory architecture', 'Engram 记忆架构', 'flagship', 'deepseek', '2026-09-10'),
    3: ('multimodal/deepseek', 'V4 expected to add native image/video generation', 'V4 预计将新增原生图像/视频生成',
        'multimodal', 'deepseek', ''),
    4: ('multimodal-2', 'The anticipated V4 model promises native multimodal pre-training across text, image, and video',
        '备受期待的 V4 模型承诺在文本、图像和视频上进行原生多模态预训练', 'multimodal', 'deepseek', '2026-09-10'),
    5: ('coding/deepseek', 'V4 targets codebase-scale reasoning', 'V4 瞄准代码库级别的推理', 'coding', 'deepseek',
        '2026-04-24'),
    6: ('reasoning/deepseek', 'R2 rumored at 1.2T params with 78B active', '传闻 R2 参数量达 1.2T，其中激活 78B',
        'reasoning', 'deepseek', ''),
    7: ('hardware/deepseek', 'R2 training on Huawei Ascend chips caused significant delays',
        '在华为昇腾芯片上训练 R2 导致严重延误', 'hardware', 'deepseek', ''),
    8: ('hardware/deepseek', 'Historically Nvidia-dependent', '历来依赖英伟达', 'hardware', 'deepseek', '2026-04-24'),
    9: ('flagship/deepseek', 'DeepSeek-V3.2 (current)', 'DeepSeek-V3.2（当前版本）', 'flagship', 'deepseek', '2026-04-24'),
    10: ('model-sizes/deepseek', 'fewer small/edge-optimized variants', '小型/边缘优化版本较少', 'model-sizes',
         'deepseek', ''),
    11: ('multimodal/deepseek', 'DeepSeek-VL2 for vision-language', 'DeepSeek-VL2 负责视觉-语言', 'multimodal',
         'deepseek', '2026-09-10'),
    12: ('flagship/qwen', 'Qwen 3.5 (Feb 2026): 397B-A17B MoE flagship, plus Small and Medium model series',
         'Qwen 3.5（2026 年 2 月）：397B-A17B MoE 旗舰模型，另有 Small 和 Medium 系列模型', 'flagship', 'qwen',
         '2026-03-02'),
    13: ('cost-3', 'The Qwen 3.5 Small Model Series, with models from 0.8B to 9B parameters designed for on-device deployment',
         'Qwen 3.5 小模型系列包含参数规模从 0.8B 到 9B、专为端侧部署设计的模型', 'model-sizes', 'qwen', '2026-03-02'),
    14: ('languages/qwen', '201 languages and dialects as of Qwen 3.5', '截至 Qwen 3.5 支持 201 种语言和方言', 'languages',
         'qwen', '2026-02-16'),
    15: ('multimodal/qwen', 'Qwen3-Omni generates text, images, audio, and video', 'Qwen3-Omni 可生成文本、图像、音频和视频',
         'multimodal', 'qwen', '2026-04'),
    16: ('model-sizes/qwen', 'Full spectrum: 0.6B to 397B parameters', '全尺寸覆盖：参数规模从 0.6B 到 397B', 'model-sizes',
         'qwen', '2026-08'),
}
# The document's status of a statement that is not a feature-table statement (those take
# the status the dataset gives the statement): anticipations.md's "Status in article".
STATUS_WORDS = {'anticipated': 'anticipated', 'rumored': 'rumored', 'reported': 'reported',
                'reported (2025 press)': 'reported', 'reported (partly forward-looking)': 'reported'}


def split_sources(value, where, source_kind):
    ids = [s.strip() for s in value.split(';') if s.strip()]
    if not ids:
        sys.exit(f'{where}: no source')
    for sid in ids:
        if sid not in source_kind:
            sys.exit(f'{where}: unknown source {sid}')
    return ids


def with_sources(item, ids):
    """Sets an item's source (the first) and furtherSources (the rest, where there are any)."""
    item['source'] = ids[0]
    if len(ids) > 1:
        item['furtherSources'] = ids[1:]
    return item


def import_models_2026(data_dir, source_kind, model_family, columns):
    models = []
    for where, row in read_csv(data_dir, 'models-2026.csv', columns):
        mid = row['model'].lower()
        if row['model'] in model_family:
            sys.exit(f'{where}: model {row["model"]} is already in models.csv')
        model_family[row['model']] = (mid, row['family'])
        model = {
            'id': mid,
            'name': row['model'],
            'family': row['family'],
            'released': row['released'] or None,
            'totalParamsB': number_or_null(row['total_params_b'], where),
            'activeParamsB': number_or_null(row['active_params_b'], where),
            'architecture': text_or_null(row['architecture']),
            'contextTokens': number_or_null(row['context_tokens'], where),
            'license': text_or_null(row['license']),
            'modalities': text(row['modalities']),
        }
        with_sources(model, split_sources(row['source'], where, source_kind))
        # The source says so in the note's first words ("API-only; release ...").
        if row['note'].startswith('API-only'):
            model['apiOnly'] = True
        model['note'] = text_or_null(row['note'])
        models.append(model)
    return models


def import_scores_2026(data_dir, source_kind, model_family):
    scores, units, seen = [], {}, {}
    columns = ['model', 'benchmark', 'mode', 'value', 'unit', 'setting', 'reported_by', 'source', 'note']
    for where, row in read_csv(data_dir, 'benchmarks-2026.csv', columns):
        name, mode_override = MODEL_ALIASES_2026.get(row['model'], (row['model'], None))
        if name not in model_family:
            sys.exit(f'{where}: unknown model {row["model"]}')
        if row['benchmark'] not in BENCHMARKS_2026:
            sys.exit(f'{where}: unknown benchmark {row["benchmark"]} (add it to BENCHMARKS_2026)')
        if row['mode'] not in MODES_2026:
            sys.exit(f'{where}: unknown mode {row["mode"]} (add it to MODES_2026)')
        if row['reported_by'] not in REPORTERS_2026:
            sys.exit(f'{where}: unknown reporter {row["reported_by"]}')
        mid, family = model_family[name]
        bid = BENCHMARKS_2026[row['benchmark']]
        mode, mode_note = MODES_2026[row['mode']]
        if mode_override:
            mode, mode_note = mode_override, f'the table\'s mode column says {row["mode"]}; the card\'s setting is reasoning_effort=100'
        reporter = REPORTERS_2026[row['reported_by']]
        sources = split_sources(row['source'], where, source_kind)
        value = number_or_null(row['value'], where)
        if value is None:
            sys.exit(f'{where}: no score')
        key = (mid, bid, mode, reporter, row['setting'], row['note'])
        if key in seen:
            sys.exit(f'{where}: the same score as {seen[key]}')
        seen[key] = where
        units.setdefault(bid, row['unit'])
        notes = [n for n in (mode_note, row['note']) if n]
        own = reporter == family and source_kind[sources[0]] == 'primary' and row['reported_by'] in ('DeepSeek', 'Qwen')
        score = {
            'model': mid,
            'benchmark': bid,
            'mode': mode,
            'value': value,
            'unit': text(row['unit']),
            'setting': text_or_null(row['setting']),
            'reportedBy': reporter,
        }
        if name != row['model']:
            score['reportedModel'] = row['model']
        if row['benchmark'] != NEW_BENCHMARKS.get(bid, (row['benchmark'],))[0]:
            score['reportedAs'] = row['benchmark']  # the maker's own name for it
        with_sources(score, sources)
        score['status'] = 'vendor-reported' if own else 'reported'
        if notes:
            score['note'] = text('; '.join(notes))
        scores.append(score)
    return scores, units


def benchmarks_2026(units):
    out = []
    for bid, (name, _names, desc, higher) in NEW_BENCHMARKS.items():
        if bid not in units:
            sys.exit(f'NEW_BENCHMARKS: {bid} has no score')
        b = {'id': bid, 'name': name, 'unit': text(units[bid]), 'higherIsBetter': higher}
        b['description'] = text_or_null(desc)
        out.append(b)
    return out


def statement_status(document, passage, quote):
    """The status the dataset gives the feature-table statement that holds quote, or None."""
    if '/' not in passage:
        return None
    dim_id, family = passage.split('/')
    for dim in document['dimensions']:
        if dim['id'] == dim_id:
            for st in dim['cells'][family]['statements']:
                if quote in st['text']['en'] or st['text']['en'] in quote:
                    return st['status']
    sys.exit(f'ANTICIPATIONS: no statement of {passage} holds "{quote}"')


def import_anticipations(data_dir, source_kind, document):
    path = os.path.join(data_dir, 'anticipations.md')
    try:
        with open(path, encoding='utf-8') as f:
            lines = f.read().splitlines()
    except OSError as e:
        sys.exit(f'{path}: {e.strerror}')
    checks, used = [], set()
    for n, line in enumerate(lines, 1):
        m = re.match(r'^\| (\d+) \|', line)
        if not m:
            continue
        where = f'{path}:{n}'
        cells = [c.strip() for c in line.strip().strip('|').split(' | ')]
        if len(cells) != 7:
            sys.exit(f'{where}: expected 7 columns, found {len(cells)}')
        number, claim, status_words, happened, dates, sources, explanation = cells
        number = int(number)
        if number not in ANTICIPATIONS:
            sys.exit(f'{where}: anticipation {number} is not in ANTICIPATIONS')
        used.add(number)
        passage, quote_en, quote_zh, dimension, family, date = ANTICIPATIONS[number]
        words = re.match(r'^\*\*(.+?)\*\*\s*(.*)$', happened)
        if not words or words.group(1) not in OUTCOME_WORDS:
            sys.exit(f'{where}: "{happened}" names no outcome (add it to OUTCOME_WORDS)')
        outcome_text = words.group(1) + (' ' + words.group(2) if words.group(2) else '')
        status = statement_status(document, passage, quote_en) or STATUS_WORDS.get(status_words)
        if not status:
            sys.exit(f'{where}: "{status_words}" names no status (add it to STATUS_WORDS)')
        detail = explanation
        if dates not in ('—', date):
            detail += f' Dates: {dates}.'
        checks.append({
            'id': f'antic-{number:02d}',
            'claim': text(claim.replace('"', '').strip()),
            'status': status,
            'outcome': OUTCOME_WORDS[words.group(1)],
            'outcomeText': text(outcome_text),
            'date': date or None,
            'detail': text(detail),
            'sources': split_sources(sources.replace(',', ';'), where, source_kind),
            'ref': {'passage': passage, 'quote': {'en': quote_en, 'zh_CN': quote_zh}},
            'dimension': dimension,
            'family': family,
        })
    if used != set(ANTICIPATIONS):
        sys.exit(f'{path}: anticipations {sorted(set(ANTICIPATIONS) - used)} not found')
    return checks


def since_part(checks):
    return {
        'asOf': AS_OF,
        'documentDate': DOCUMENT_DATE,
        'documentDateNote': text(DOCUMENT_DATE_NOTE),
        'outcomes': [{'id': i, 'name': text(n), 'description': text(d), 'factor': f} for i, n, d, f in OUTCOMES],
        'anticipationChecks': checks,
    }



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


def write_json(path, part):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(part, f, indent=1, ensure_ascii=False)
        f.write('\n')
    os.replace(tmp, path)


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

    models += import_models_2026(data_dir, source_kind, model_family, model_columns)
    scores_2026, units = import_scores_2026(data_dir, source_kind, model_family)
    scores += scores_2026
    benchmarks += benchmarks_2026(units)
    with open(DOCUMENT_PART, encoding='utf-8') as f:
        document = json.load(f)
    checks = import_anticipations(data_dir, source_kind, document)
    # sources.csv also lists the sources of facts imported elsewhere: keep those named here
    # and by the document's claim checks.
    named = {s for item in models + scores for s in [item['source']] + item.get('furtherSources', [])}
    named |= {s for c in checks + document.get('claimChecks', []) for s in c['sources']}
    named |= PUBLISHED_SOURCES
    # and those the prices cite (parts/prices.json, written by tools/import_prices.py).
    prices_part = os.path.join(os.path.dirname(PART), 'prices.json')
    if os.path.exists(prices_part):
        with open(prices_part, encoding='utf-8') as f:
            named |= {s for p in json.load(f).get('prices', []) for s in p['sources']}
    hardware = import_hardware.build(data_dir, read_csv, set(source_kind))
    named |= import_hardware.source_ids(hardware)
    sources = [s for s in sources if s['id'] in named]
    modes = [{'id': i, 'name': text(n), 'description': text(d)} for i, n, d in MODE_LIST]
    write_json(PART, {'sources': sources, 'modes': modes, 'models': models, 'benchmarks': benchmarks,
                      'scores': scores})
    write_json(SINCE_PART, since_part(checks))
    write_json(HARDWARE_PART, hardware)

    os.makedirs(COPY_DIR, exist_ok=True)
    for name in COPIED:
        shutil.copyfile(os.path.join(data_dir, name), os.path.join(COPY_DIR, name))

    print(f'{os.path.relpath(PART, ROOT)}: {len(sources)} sources, {len(models)} models, '
          f'{len(benchmarks)} benchmarks, {len(scores)} scores; {os.path.relpath(SINCE_PART, ROOT)}: '
          f'{len(checks)} anticipation checks; copied {len(COPIED)} files to '
          f'{os.path.relpath(COPY_DIR, ROOT)}/')
    print(f'{os.path.relpath(HARDWARE_PART, ROOT)}: {len(hardware["architectures"])} architectures, '
          f'{len(hardware["devices"])} devices, {len(hardware["precisions"])} precisions')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
