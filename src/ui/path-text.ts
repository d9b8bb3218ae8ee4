// `trust path` on the terminal: each stage with its signs, where the person
// is, the forgiveness stages along it, and two or three next things. Never a
// score: signs are "seen lately" or "not yet", and a slipped one is named kindly.
import { catalog, labelOf } from '../domain/catalog.js';
import type { Path, SignFact } from '../domain/path.js';
import type { Profile } from '../domain/types.js';
import { sayPath } from './messages-recovery.js';
import type { Painter } from './render.js';
import { wrapText } from './fit.js';

const WIDTH = 78;

function signLine(s: SignFact, profile: Profile, paint: Painter): string {
  const mark = s.seen ? paint.green('●') : s.slipped ? paint.yellow('◐') : paint.dim('○');
  const value = sayPath.signValue(s.id, s.value);
  const begun = STARTS.has(s.id) && s.value !== null && s.value > 0;
  const state = s.seen ? sayPath.seen : s.slipped ? sayPath.slipped : begun ? sayPath.begun : sayPath.notYet;
  const text = `${sayPath.signText(s.id, profile.role, profile.partner)} (${[state, value].filter(Boolean).join(', ')})`;
  return wrapText(text, WIDTH - 6, { indent: '      ' }).map((l, i) => (i === 0 ? `    ${mark} ${l}` : paint.dim(l))).join('\n');
}

/** Signs counted up from nothing: some, short of enough, is a start. */
const STARTS: ReadonlySet<string> = new Set(['reassurance', 'check-in', 'requests-met', 'talked', 'turning-toward', 'temperature', 'shared-future']);
const bullet = (text: string) => wrapText(`• ${text}`, WIDTH - 2, { indent: '  ' }).map((l) => `  ${l}`);

/** `safetyFirst`: a concern for the person's safety is open, so nothing is suggested with the partner. */
export function renderPath(road: Path, profile: Profile, paint: Painter, safetyFirst = false): string {
  const out = [paint.bold(sayPath.title), ...wrapText(sayPath.intro, WIDTH)];
  for (const stage of road.stages) {
    const here = stage.id === road.stage ? paint.cyan(` ← ${sayPath.here}`) : stage.reached ? paint.dim(` (${sayPath.reached})`) : '';
    out.push('', `${paint.bold(sayPath.stageName(stage.id))}${here}`);
    out.push(...wrapText(sayPath.stageMeaning(stage.id, profile.role, profile.partner), WIDTH - 2, { indent: '  ' }).map((l, i) => (i === 0 ? `  ${l}` : l)));
    for (const s of stage.signs) out.push(signLine(s, profile, paint));
    const steps = stage.forgiveness.map((id) => labelOf(catalog.forgiveness, id)).join(', ');
    out.push(paint.dim(`    ${sayPath.forgiveness} ${steps}`));
  }
  out.push('', paint.bold(sayPath.nextTitle));
  if (safetyFirst) out.push(...bullet(sayPath.safetyFirst));
  else if (road.next.length === 0) out.push(...bullet(sayPath.keepGoing));
  for (const sign of road.next) out.push(...bullet(sayPath.nextText(sign, profile.role, profile.partner)));
  if (road.winding) out.push('', ...wrapText(sayPath.winding, WIDTH));
  out.push('', ...wrapText(sayPath.time, WIDTH).map((l) => paint.dim(l)));
  return out.join('\n');
}
