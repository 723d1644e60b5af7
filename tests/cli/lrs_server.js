// A loopback stand-in for a Learning Record Store, for the `frontline xapi --send` tests: it keeps statements
// in memory and enforces the xAPI 1.0.3 statement resource's rules that a client must respect:
//   - only PUT (with ?statementId=) and POST on /xapi/statements, with an X-Experience-API-Version 1.0.x header;
//   - every statement must pass xapi-validation (Learning Locker's validator), else 400;
//   - an id already stored with the same content: PUT 204 / POST accepted; with other content: 409;
//   - POST answers 200 with the array of ids; GET /xapi/statements returns {statements: [...]} (all stored).
// Usage: node lrs_server.js NODE_MODULES PORT PORTFILE  (PORT 0: any free port, written to PORTFILE)
'use strict';
const http = require('http');
const path = require('path');
const [modules, portArg, portFile] = process.argv.slice(2);
const validate = require(path.join(modules, 'xapi-validation')).default;
const fs = require('fs');

const stored = new Map();  // id -> canonical JSON text
const order = [];
const canonical = (v) => JSON.stringify(v, Object.keys(flatten(v)).sort());
function flatten(v, out = {}) {
  if (v && typeof v === 'object') for (const k of Object.keys(v)) { out[k] = true; flatten(v[k], out); }
  return out;
}

function reply(res, status, body) {
  res.writeHead(status, {'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3'});
  res.end(body === undefined ? '' : JSON.stringify(body));
}

// null when the statement may be stored; else [status, message].
function check(st) {
  const warnings = validate(st);
  if (warnings.length) return [400, 'invalid statement ' + st.id + ': ' +
      warnings.map((w) => w.path.join('.') + ' ' + (w.name || w.message)).join('; ')];
  if (typeof st.id !== 'string') return [400, 'statement without an id'];
  if (stored.has(st.id) && stored.get(st.id) !== canonical(st)) return [409, 'conflicting statement ' + st.id];
  return null;
}

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; if (body.length > 10e6) req.destroy(); });
  req.on('end', () => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname !== '/xapi/statements') return reply(res, 404, {error: 'no such resource ' + url.pathname});
    if (req.method === 'GET') return reply(res, 200, {statements: order.map((id) => JSON.parse(stored.get(id)))});
    const version = req.headers['x-experience-api-version'];
    if (!version || !/^1\.0(\.\d+)?$/.test(version)) return reply(res, 400, {error: 'missing or bad X-Experience-API-Version'});
    if (!(req.headers['content-type'] || '').startsWith('application/json')) return reply(res, 400, {error: 'not JSON'});
    if (!req.headers.authorization) return reply(res, 401, {error: 'no Authorization'});
    let data;
    try { data = JSON.parse(body); } catch (e) { return reply(res, 400, {error: 'body is not JSON'}); }
    if (req.method === 'PUT') {
      const id = url.searchParams.get('statementId');
      if (!id || Array.isArray(data) || data.id !== undefined && data.id !== id)
        return reply(res, 400, {error: 'PUT needs ?statementId= matching the statement'});
      data.id = id;
      const problem = check(data);
      if (problem) return reply(res, problem[0], {error: problem[1]});
      if (!stored.has(id)) { stored.set(id, canonical(data)); order.push(id); }
      return reply(res, 204);
    }
    if (req.method === 'POST') {
      const list = Array.isArray(data) ? data : [data];
      const seen = new Set();
      for (const st of list) {
        const problem = check(st);
        if (problem) return reply(res, problem[0], {error: problem[1]});
        if (seen.has(st.id)) return reply(res, 400, {error: 'the same id twice in one request'});
        seen.add(st.id);
      }
      for (const st of list) if (!stored.has(st.id)) { stored.set(st.id, canonical(st)); order.push(st.id); }
      return reply(res, 200, list.map((st) => st.id));
    }
    return reply(res, 405, {error: 'method not allowed'});
  });
});
server.listen(Number(portArg), '127.0.0.1', () => {
  fs.writeFileSync(portFile + '.tmp', String(server.address().port));
  fs.renameSync(portFile + '.tmp', portFile);
});
// Never outlive a test that forgot to stop it.
setTimeout(() => process.exit(0), 120000).unref();
