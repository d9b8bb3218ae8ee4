// Runs dist/main.cjs with V8's code cache (copied to dist/ by the build).
// Node 20 has no compile cache of its own (module.enableCompileCache() came
// in Node 22), so this does what it would: compile with the cached bytecode
// when it belongs to this exact build, and plainly otherwise. The cache is
// written only by the build (TRUST_CODE_CACHE_OUT), never at run time.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
// The loader's own class: require('node:module') would also load the ESM loader.
const Module = module.constructor;
const { Script } = require('node:vm');

const file = join(__dirname, 'main.cjs');
const source = readFileSync(file, 'utf8');
const stamp = Buffer.from(source.slice(0, source.indexOf('\n') + 1));

let cachedData;
try {
  const cache = readFileSync(join(__dirname, 'main.cache'));
  if (cache.subarray(0, stamp.length).equals(stamp)) cachedData = cache.subarray(stamp.length);
} catch {
  // no cache: compile as usual
}

const script = new Script(Module.wrap(source), { filename: file, cachedData });
const main = new Module(file, module);
main.filename = file;
script.runInThisContext().call(main.exports, main.exports, Module.createRequire(file), main, file, __dirname);

const out = process.env.TRUST_CODE_CACHE_OUT;
if (out) process.on('exit', () => writeFileSync(out, Buffer.concat([stamp, script.createCachedData()])));
