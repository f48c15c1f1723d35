#!/usr/bin/env python3
"""Reads `strace -f -e trace=%network,%file,execve` logs and fails (exit 1, one line per
finding) on: a socket of an internet family (AF_INET, AF_INET6) or a connect/send to one;
a program started other than the ones allowed; any file call naming the secret directory;
a file opened successfully outside the allowed prefixes.

usage: check_trace.py SECRET_DIR ALLOWED_PREFIXES(:-separated) ALLOWED_PROGRAMS(,-separated) LOG...
"""
import os
import re
import sys

secret, allowed, programs = sys.argv[1], sys.argv[2].split(':'), set(sys.argv[3].split(','))
found = []
opened = set()
net = re.compile(r'\b(socket|connect|sendto|sendmsg|bind)\(.*\b(AF_INET6?|PF_INET6?)\b')
call = re.compile(r'^(?:\[pid\s+)?(\d+)\]?\s+(\w+)\((.*)\)\s+=\s+(-?\d+|\?)')
first_string = re.compile(r'"((?:[^"\\]|\\.)*)"')
for log in sys.argv[4:]:
    for line in open(log, encoding='utf-8', errors='replace'):
        if net.search(line):
            found.append(f'{log}: network: {line.strip()}')
        if secret in line:
            found.append(f'{log}: reached the secret directory: {line.strip()}')
        m = call.match(line)
        if not m:
            continue
        name, args, result = m.group(2), m.group(3), m.group(4)
        path = first_string.search(args)
        if name == 'execve' and path and result == '0':
            if os.path.basename(path.group(1)) not in programs:
                found.append(f'{log}: started a program: {line.strip()}')
        if name in ('openat', 'open', 'openat2') and path and result not in ('?',) and int(result) >= 0:
            p = os.path.normpath(path.group(1))
            opened.add(p)
            if p.startswith('/') and not any(p == a or p.startswith(a.rstrip('/') + '/') for a in allowed):
                found.append(f'{log}: opened outside the allowed places: {p}')
for f in found:
    print(f)
print(f'{len(opened)} distinct files opened, {len(found)} findings', file=sys.stderr)
sys.exit(1 if found else 0)
