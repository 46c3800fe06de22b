"""Draw the articles of descriptors-dev23 (session 23, issue 12): 20 BBC articles and 8 web news pages.

BBC: every article named in no file of /work/shared/spec, config/eval or config/training (only 4 of
2,083 are), then `random.Random(20261203).sample` of the sorted articles named in no file of
/work/shared/spec or config/eval (the claim training labels of config/training are allowed) for the
other 16. Web: `random.Random(20261203).sample` of the sorted news pages of
claims-handcheck-web18-pages.tsv that are not in descriptors-web20. Reads main's config as it was
before dev23 was added (/work/main at f4fd4f5).
"""
import random, re, os, pathlib
pat = re.compile(r'news/[a-z]+/[A-Za-z0-9_\-\.]+?\.txt')
corpus = pathlib.Path('/work/shared/corpora/bbc-news')
allp = sorted(str(p.relative_to(corpus)) for p in corpus.rglob('*.txt'))
def named(dirs):
    s=set()
    for d in dirs:
        for root, _, files in os.walk(d):
            for f in files:
                s.update(pat.findall(open(os.path.join(root, f), encoding='utf-8', errors='replace').read()))
    return s
ev = named(['/work/shared/spec', '/work/main/config/eval'])
tr = named(['/work/main/config/training'])
free = [p for p in allp if p not in ev and p not in tr]
rest = [p for p in allp if p not in ev and p not in free]
bbc = free + random.Random(20261203).sample(rest, 20 - len(free))
print('\n'.join(bbc))
pages = [l.split('\t') for l in open('/work/main/config/eval/claims-handcheck-web18-pages.tsv').read().splitlines()[1:]]
news = sorted(p[0] for p in pages if p[1] == 'news')
web20 = {l.split('"')[3] for l in open('/work/main/config/eval/descriptors-web20.jsonl')}
cand = [p for p in news if p not in web20]
print(len(news), len(cand))
web = random.Random(20261203).sample(cand, 8)
print('\n'.join(web))
open('/tmp/desc23/bbc.txt','w').write('\n'.join(bbc)+'\n'); open('/tmp/desc23/web.txt','w').write('\n'.join(web)+'\n')
