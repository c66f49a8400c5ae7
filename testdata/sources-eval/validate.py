#!/usr/bin/env python3
"""Checks the sources-eval gold files: JSON, offsets, field values, minimums.

Usage: python3 validate.py   (run from anywhere; exits 1 on any error)
Checks every *.jsonl of dev/ and test/ (dev/articles.jsonl: written for the project; dev/real.jsonl: Wikinews).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {'news_agency', 'newspaper', 'broadcaster', 'social_channel', 'government_body', 'person',
         'anonymous', 'company', 'ngo', 'other'}
KINDS = {'source_line', 'inline', 'anonymous'}
STYLES = {'wire', 'broadsheet', 'liveblog', 'labelled'}
errors = []

def err(aid, msg):
    errors.append(f'{aid}: {msg}')

def check(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    for r in rows:
        aid, t = r['id'], r['text']
        if r['style'] not in STYLES: err(aid, 'bad style')
        if not r.get('publisher'): err(aid, 'missing publisher')
        n = len(t.split())
        if not 150 <= n <= 500: err(aid, f'{n} words')
        prev_end = -1
        for c in r['citations']:
            s, e = c['start'], c['end']
            if t[s:e] != c['surface']: err(aid, f'offset mismatch {s}:{e}')
            if s < prev_end: err(aid, f'overlapping or unsorted citations at {s}')
            prev_end = e
            if c['source_type'] not in TYPES: err(aid, f'bad source_type {c["source_type"]}')
            if c['kind'] not in KINDS: err(aid, f'bad kind {c["kind"]}')
            if (c['kind'] == 'anonymous') != (c['source_type'] == 'anonymous'): err(aid, f'anonymous kind/type mismatch {s}')
            if c['source_type'] == 'anonymous' and c['source'] != 'anonymous': err(aid, 'anonymous source must be "anonymous"')
            if c['kind'] == 'source_line':
                line_start = t.rfind('\n', 0, s) + 1
                if not t[line_start:].startswith('Source:'): err(aid, f'source_line citation outside a Source: line {s}')
            elif t[t.rfind('\n', 0, s) + 1:].startswith('Source:'):
                err(aid, f'citation in a Source: line not marked source_line {s}')
            if not isinstance(c['qualifiers'], list) or not isinstance(c['aliases'], list): err(aid, 'qualifiers/aliases must be lists')
            for a in c['aliases']:
                if a not in t: err(aid, f'alias {a!r} not in text')
            for q in c['qualifiers']:
                if q not in t: err(aid, f'qualifier {q!r} not in text')
            if c['note'] is not None and c['note'] not in t: err(aid, f'note {c["note"]!r} not in text')
    return rows

def main():
    stats = {}
    for split in ('dev', 'test'):
        folder = os.path.join(HERE, split)
        paths = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith('.jsonl')) \
            if os.path.isdir(folder) else []
        if not paths:
            print(f'{split}: missing, skipped')
            continue
        rows = []
        for path in paths:
            part = check(path)
            print(f'{split}/{os.path.basename(path)}: {len(part)} articles, {sum(len(r["citations"]) for r in part)} citations')
            rows += part
        ids = [r['id'] for r in rows]
        if len(ids) != len(set(ids)): err(split, 'duplicate ids')
        stats[split] = (len(rows), sum(len(r['citations']) for r in rows))
    if stats.get('dev', (25, 0))[0] < 25: err('dev', 'fewer than 25 articles')
    if stats['test'][0] < 15 or stats['test'][1] < 60: err('test', 'fewer than 15 articles or 60 citations')
    for e in errors: print('ERROR', e)
    for k, (na, nc) in stats.items():
        print(f'{k}: {na} articles, {nc} citations')
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
