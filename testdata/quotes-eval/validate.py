#!/usr/bin/env python3
"""Checks the quotes-eval gold files: JSON, offsets, span conventions, minimums.

Usage: python3 validate.py   (run from anywhere; exits 1 on any error)
Checks <split>/articles.jsonl and, where present, the real-news part <split>/wikinews.jsonl.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OPEN = '"“«„‘\''
CLOSE = '"”»“’\''
TAGS = {'pronoun_2plus_back', 'speaker_after_break', 'organisation', 'multi_speaker', 'scare_quotes',
        'nested', 'unclosed', 'liveblog', 'no_speaker', 'nominal'}
STYLES = {'wire', 'broadsheet', 'liveblog', 'labelled'}
errors = []

def err(aid, msg):
    errors.append(f'{aid}: {msg}')

def check(path, real=False):
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    for r in rows:
        aid, t = r['id'], r['text']
        if r['style'] not in STYLES: err(aid, 'bad style')
        n = len(t.split())
        # real articles keep their own length; written ones were kept to 150-500 words
        if not 150 <= n <= (700 if real else 500): err(aid, f'{n} words')
        if real and not (r.get('url', '').startswith('https://en.wikinews.org/wiki/') and r.get('license')):
            err(aid, 'real article without its Wikinews url and licence')
        spans = []
        for q in r['quotes']:
            s, e = q['start'], q['end']
            if t[s:e] != q['text']: err(aid, f'offset mismatch {s}:{e}')
            if q['text'] != q['text'].strip(): err(aid, f'untrimmed span {s}')
            if q['kind'] not in ('direct', 'labelled', 'reported'): err(aid, 'bad kind')
            if (q['speaker'] is None) != (q['speaker_type'] is None): err(aid, f'speaker/type mismatch {s}')
            if q['speaker_type'] not in (None, 'person', 'organisation'): err(aid, 'bad speaker_type')
            if set(q['hard']) - TAGS: err(aid, f'unknown tag {set(q["hard"]) - TAGS}')
            if q['kind'] == 'direct':
                if t[s - 1] not in OPEN: err(aid, f'direct quote not preceded by a quotation mark: {q["text"][:30]}')
                after = t[e:e + 1]
                if 'unclosed' in q['hard']:
                    if after not in ('', '\n'): err(aid, f'unclosed quote does not end its paragraph {s}')
                elif not (after in CLOSE or (after == ',' and t[e + 1:e + 2] in CLOSE)):
                    err(aid, f'direct quote not followed by closing mark: {q["text"][-30:]}')
            if q['kind'] == 'labelled':
                line_start = t.rfind('\n', 0, s) + 1
                if not re.match(r'Quote: ["“«]$', t[line_start:s]): err(aid, f'labelled span not after "Quote: " {s}')
            if q['kind'] == 'reported' and t[s - 1] in OPEN: err(aid, f'reported span starts after a quotation mark {s}')
            spans.append((s, e))
        for sq in r.get('scare_quotes', []):
            if t[sq['start']:sq['end']] != sq['text']: err(aid, 'scare offset mismatch')
            spans.append((sq['start'], sq['end']))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]: err(aid, f'overlapping spans {a} {b}')
        tags = {h for q in r['quotes'] for h in q['hard']} | ({'scare_quotes'} if r.get('scare_quotes') else set())
        if set(r.get('hard', [])) != tags: err(aid, 'article hard tags != union of quote tags')
    return rows

def main():
    stats = {}
    for split in ('dev', 'test'):
        path = os.path.join(HERE, split, 'articles.jsonl')
        if not os.path.exists(path):
            print(f'{split}: missing, skipped')
            continue
        rows = check(path)
        real_path = os.path.join(HERE, split, 'wikinews.jsonl')
        if os.path.exists(real_path):
            real = check(real_path, real=True)
            rq = [q for r in real for q in r['quotes']]
            stats[split + '-real'] = (len(real), len(rq), sum(1 for q in rq if q['hard']), sum(1 for r in real if r['hard']))
            rows = rows + real
        qs = [q for r in rows for q in r['quotes']]
        ids = [r['id'] for r in rows]
        if len(ids) != len(set(ids)): err(split, 'duplicate ids')
        stats[split] = (len(rows), len(qs), sum(1 for q in qs if q['hard']), sum(1 for r in rows if r['hard']))
    d, t = stats.get('dev', (40, 0, 0, 0)), stats['test']
    if d[0] < 40: err('dev', 'fewer than 40 articles')
    if t[0] < 20 or t[1] < 100: err('test', 'fewer than 20 articles or 100 quotes')
    if t[2] * 2 < t[1]: err('test', 'hard-case quotes below 50%')
    if t[3] * 2 < t[0]: err('test', 'hard-case articles below 50%')
    for e in errors: print('ERROR', e)
    for k, (na, nq, nh, nha) in stats.items():
        print(f'{k}: {na} articles, {nq} quotes, {nh} quotes with a hard tag, {nha} articles with a hard tag')
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
