"""Draw 40 blind claim units from the webfinal20 run: spans only, no decisions read."""
import json, random
import pyarrow.parquet as pq
R = "/work/runs/webfinal20/results/"
pages = [l.split("\t") for l in open("/work/wt/handcheck20b/config/eval/claims-handcheck-web18-pages.tsv").read().splitlines()[1:]]
news = sorted(p[0] for p in pages if p[1] == "news")
web18 = [json.loads(l) for l in open("/work/wt/handcheck20b/config/eval/claims-handcheck-web18.jsonl")]
w18 = {}
for u in web18: w18.setdefault(u["article"], []).append((u["start"], u["end"]))
arts = pq.read_table(R + "ingest/articles.parquet", columns=["article_id", "source_path"]).to_pylist()
aid = {a["source_path"]: a["article_id"] for a in arts}
texts = {r["article_id"]: r for r in pq.read_table(R + "ingest/texts.parquet").to_pylist()}
spans = {}
for r in pq.read_table(R + "claims/claims.parquet", columns=["article_id", "start", "end"]).to_pylist():
    spans.setdefault(r["article_id"], []).append((r["start"], r["end"]))
def ov(a, b): return min(a[1], b[1]) > max(a[0], b[0])
rng = random.Random("session20-web-handcheck")
with_claims = [p for p in news if aid.get(p) in spans]
print("news", len(news), "with claims", len(with_claims), "web18 pages", len(w18))
g1 = [p for p in with_claims if p not in w18]; g2 = [p for p in with_claims if p in w18]
rng.shuffle(g1); rng.shuffle(g2)
print("no web18 unit", len(g1), "with", len(g2))
units = []
for p in g1 + g2:
    if len(units) == 40: break
    cand = sorted(s for s in spans[aid[p]] if not any(ov(s, w) for w in w18.get(p, [])))
    if not cand: continue
    s, e = rng.choice(cand)
    t = texts[aid[p]]["text"]
    ps = t.rfind("\n", 0, s) + 1; pe = t.find("\n", e); pe = len(t) if pe < 0 else pe
    units.append({"article": p, "start": s, "end": e, "text": t[s:e], "paragraph": t[ps:pe]})
with open("/tmp/hc20b/units.jsonl", "w") as f:
    for u in units: f.write(json.dumps(u, ensure_ascii=False) + "\n")
print(len(units))
