// Checks every statement of a JSON array file with xapi-validation (Learning Locker's xAPI validator) and a
// few rules it leaves to the LRS. Usage: node xapi_validate.js NODE_MODULES FILE. Prints "N statements valid".
'use strict';
const path = require('path');
const fs = require('fs');
const [modules, file] = process.argv.slice(2);
const validate = require(path.join(modules, 'xapi-validation')).default;
const statements = JSON.parse(fs.readFileSync(file, 'utf8'));
if (!Array.isArray(statements) || statements.length === 0) { console.log('not a non-empty array'); process.exit(1); }
let bad = 0;
const ids = new Set();
const uuidV5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
for (const st of statements) {
  const problems = validate(st).map((w) => w.path.join('.') + ': ' + (w.name || w.message));
  if (!uuidV5.test(st.id || '')) problems.push('id is not a version 5 UUID: ' + st.id);
  if (ids.has(st.id)) problems.push('id used twice: ' + st.id);
  ids.add(st.id);
  if (problems.length) { bad++; console.log('INVALID ' + JSON.stringify(st).slice(0, 200) + '\n  ' + problems.join('\n  ')); }
}
if (bad) { console.log(bad + ' invalid statements'); process.exit(1); }
console.log(statements.length + ' statements valid');
