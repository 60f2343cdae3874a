// Checks a batch of regular expressions with recheck in one Node process (tests/test_linear_patterns.py).
// stdin: JSON {params, workers, patterns: [{source, flags}]}; stdout: JSON, one verdict per pattern.
// The native backend only: if recheck's binary is missing, this fails instead of falling back to
// the slow pure-JavaScript checker.
process.env.RECHECK_BACKEND = "native";
const { check } = await import("recheck");

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { params, workers, patterns } = JSON.parse(input);
const results = new Array(patterns.length);
let next = 0;
async function worker() {
  while (next < patterns.length) {
    const index = next++;
    const { source, flags } = patterns[index];
    const result = await check(source, flags, params);
    results[index] = {
      status: result.status,
      complexity: result.complexity ?? null,
      attack: result.attack ? result.attack.pattern : null,
      checker: result.checker ?? null,
      error: result.error ?? null,
    };
  }
}
await Promise.all(Array.from({ length: workers }, worker));
process.stdout.write(JSON.stringify(results));
process.exit(0);
