// Khronos glTF-Validator (npm gltf-validator, from build/portal-web/node_modules) over every
// .glb given: one JSON line per file with its counts and messages; exit 1 on any error.
//   node validate_gltf.mjs FILE.glb …
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.resolve(here, '..', '..', 'build', 'portal-web', 'package.json'));
const validator = require('gltf-validator');
let bad = 0;
for (const file of process.argv.slice(2)) {
  const report = await validator.validateBytes(new Uint8Array(fs.readFileSync(file)),
    { uri: path.basename(file), maxIssues: 200 });
  const i = report.issues;
  console.log(JSON.stringify({ file, version: report.validatorVersion, errors: i.numErrors,
    warnings: i.numWarnings, infos: i.numInfos, hints: i.numHints,
    messages: i.messages.map((m) => `${['ERROR', 'WARNING', 'INFO', 'HINT'][m.severity]} ${m.code} ${m.message} ${m.pointer || ''}`) }));
  if (i.numErrors) bad++;
}
process.exit(bad ? 1 : 0);
