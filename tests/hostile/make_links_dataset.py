#!/usr/bin/env python3
"""Writes a copy of a dataset whose every text (English and Chinese, not the quotes, which
must stay verbatim parts of their passages) ends with web and file links and remote image
references, all pointing at SECRET (a directory the app must never open) or at a
documentation address (RFC 5737, never routed).

usage: make_links_dataset.py IN.json OUT.json SECRET_DIR
"""
import json
import sys

src, out, secret = sys.argv[1:4]
tail = (' See http://203.0.113.7/more and https://203.0.113.7/s?q=1, file://{s}/sentinel.txt, '
        '<a href="http://203.0.113.7/a">a link</a> <a href="file://{s}/sentinel.txt">local</a> '
        '<img src="http://203.0.113.7/i.png"> <img src="file://{s}/sentinel.png"> '
        '<img src="{s}/sentinel.png"> [md](http://203.0.113.7/md) ![img](file://{s}/sentinel.png)').format(s=secret)


def walk(node, key=None):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ('en', 'zh_CN') and isinstance(v, str) and key != 'quote' and v:
                node[k] = v + tail
            else:
                walk(v, k)
    elif isinstance(node, list):
        for v in node:
            walk(v, key)


data = json.load(open(src, encoding='utf-8'))
walk(data)
json.dump(data, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
