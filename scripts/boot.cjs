// The program's entry (bin/trust.js requires it). `trust --help` to a pipe
// or a file prints the text the build saved from the program itself
// (help.txt); a terminal gets the live help, laid out for its width.
// Anything else runs main.cjs with V8's code cache when the cache belongs
// to this build (Node 20 has no compile cache of its own; the build trains
// it with TRUST_CODE_CACHE_OUT). Why, in numbers: BENCHMARKS.md.
'use strict';
const { fstatSync, readFileSync, writeFileSync, writeSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const args = process.argv.slice(2);
const toTerminal = () => {
  try {
    return fstatSync(1).isCharacterDevice();
  } catch {
    return true;
  }
};
let help;
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h') && !process.env.TRUST_CODE_CACHE_OUT && !toTerminal()) {
  try {
    help = readFileSync(join(__dirname, 'help.txt'));
  } catch {
    // Not built yet (the build itself asks for --help): the program prints it.
  }
}
if (help) print(help);
else run();

/**
 * A reader that went away chose to stop (exit 0, as main.ts has it); a pipe
 * that would block gets the rest through process.stdout; any other failure
 * runs the program, which says what went wrong as it always does.
 */
function print(bytes) {
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (e) {
    if (e.code === 'EAGAIN') process.stdout.write(bytes.subarray(done));
    else if (e.code !== 'EPIPE') run();
  }
}

function run() {
  const file = join(__dirname, 'main.cjs');
  const source = readFileSync(file, 'utf8');
  // The cache starts with main.cjs's first line, which names the build it was made from.
  const stamp = Buffer.from(source.slice(0, source.indexOf('\n') + 1));
  let cachedData;
  try {
    const cache = readFileSync(join(__dirname, 'main.cache'));
    if (cache.subarray(0, stamp.length).equals(stamp)) cachedData = cache.subarray(stamp.length);
  } catch {
    // No cache: V8 compiles as usual.
  }
  // The loader's own class: require('node:module') would also load the ESM loader.
  const Module = module.constructor;
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  // V8 refuses a cache made by another V8 and compiles as usual.
  const main = new Module(file, module);
  main.filename = file;
  script.runInThisContext().call(main.exports, main.exports, Module.createRequire(file), main, file, __dirname);
  const out = process.env.TRUST_CODE_CACHE_OUT;
  if (out) process.on('exit', () => writeFileSync(out, Buffer.concat([stamp, script.createCachedData()])));
}
