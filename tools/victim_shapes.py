#!/usr/bin/env python3
"""Counts the gold victims no candidate matched, by the shape of the words around their first
mention (issue 10, round s23vrecall; tests/gold/README.md "Victims never considered, by shape").

Usage: VICTIM_DUMP=1 cargo test --test tagging_gold dump_victim_candidates -- --nocapture, then
tools/victim_shapes.py target/victim_candidates.jsonl [SHAPE|SPLIT|all] (the second argument
prints the victims of that shape or split with their context). The shapes are read off the
text by position and the words before and after the name, not parsed: a first count to choose
what to build on, each row to be read before a rule is written.
"""
import json, re, sys, unicodedata, collections
def fold(s):
    s = unicodedata.normalize('NFKD', s.replace('’', "'"))
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()
L = open(sys.argv[1]).read().splitlines()[1:]
verbose = len(sys.argv) > 2
counts = collections.Counter(); by = collections.defaultdict(collections.Counter)
rows = []
for line in L:
    d = json.loads(line)
    keys = {c['key'] for c in d['cands']}
    title, text = d['title'] or '', d['text'] or ''
    ft, fx = fold(title), fold(text)
    for g in d['gold']:
        if g in keys: continue
        shape = None; where = ''; ctx = ''
        pos_t = ft.find(g); pos_x = fx.find(g)
        if pos_t < 0 and pos_x < 0:
            # try first two words
            w = ' '.join(g.split()[:2])
            pos_t = ft.find(w) if len(w) > 3 else -1; pos_x = fx.find(w) if len(w) > 3 else -1
            if pos_t < 0 and pos_x < 0:
                shape = 'written otherwise'
        if shape is None:
            if pos_x >= 0:
                before = fx[max(0, pos_x-60):pos_x]; after = fx[pos_x+len(g):pos_x+len(g)+40]
                ctx = text[max(0,pos_x-80):pos_x+len(g)+60].replace('\n',' ')
                sent_start = max(fx.rfind('. ', 0, pos_x), -1)
                first_sentence = fx.find('. ') < 0 or pos_x < fx.find('. ') + 1
                b = before.rstrip()
                if re.search(r"'s\b", after[:4]) or after.startswith("'s") :
                    shape = 'possessive'
                elif re.search(r"(,|\bet|\band|\bor|\bou|including|dont|notamment|comme|tels que|such as|like|:)\s*(l'|la|le|les|the|du|de|des)?\s*([a-z-]+\s+){0,3}$", b) and re.search(r"(,|\bet\b|\band\b|including|dont|notamment|comme|tels que|such as|like|:)", b[-45:]) and (',' in b[-45:] or ' et ' in b[-45:] or ' and ' in b[-45:] or 'including' in b[-45:] or 'dont' in b[-45:]):
                    shape = 'list'
                elif re.search(r"(site|sites|serveurs?|systemes?|systems?|reseau|network|networks|servers?|website|websites|comptes?|accounts?|donnees|data|clients|patients|eleves|students|employees|salaries|employes|adherents|agents)\s+(internet\s+|web\s+|informatiques?\s+)?(de|du|des|d'|of|at|de la|de l')\s*(la |le |les |l'|the )?([a-z-]+\s+){0,2}$", b):
                    shape = 'complement'
                elif re.search(r"(targeted|a vise|ont vise|visant|contre|against|attack on|attaque de|cyberattaque de|hit|struck|breached|hacked|pirate|touche|frappe|paralyse|chez|at|on)\s+(l'|la|le|les|the|du|de|des)?\s*([a-z-]+\s+){0,3}$", b):
                    shape = 'object of a cue'
                elif re.match(r"\s*(,[^,]{0,60},\s*)?(est|a ete|sont|ont ete|is|was|were|has been|have been|a|has)\s+(la |une |the |a |aussi |egalement |also )?(victime|victim|cible|target)", after):
                    shape = 'copula victim'
                elif first_sentence:
                    shape = 'lead subject' if pos_x < 120 else 'lead (later in sentence 1)'
                else:
                    shape = 'later sentence'
                where = 'text'
            if shape is None or (pos_t >= 0 and shape in ('later sentence','lead (later in sentence 1)')):
                if pos_t >= 0:
                    after = ft[pos_t+len(g):].lstrip()
                    ctx = title
                    if pos_t < 40 and (after.startswith(':') or after.startswith(',') or True):
                        shape = 'title subject' if pos_t < 25 else 'title other'
                    else: shape = 'title other'
                    where = 'title'
        counts[shape] += 1; by[d['split']][shape] += 1
        rows.append((d['split'], shape, g, ctx))
print('total', sum(counts.values()))
for s, n in counts.most_common(): print(f'{n:4d} {s}   ', dict(sorted((k, by[k][s]) for k in by if by[k][s])))
if verbose:
    for r in sorted(rows, key=lambda r:(r[1], r[0])):
        if verbose == 'all' or r[1] == sys.argv[2] or sys.argv[2]=='all' or r[0]==sys.argv[2]: print(r[0], '|', r[1], '|', r[2], '|', r[3][:220])
