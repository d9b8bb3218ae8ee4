// How the interactive `trust log` listens as the answers come in. A review
// at the start that tells of being hurt or frightened, or a thought of not
// wanting to live, is answered at once, on screen, and the rest of the
// session changes: no checklist, no gratitude or marble questions, no trap
// hunting in a fear that may be real, and steps for safety instead of steps
// that test trust. Nothing is blocked or thrown away; everything is saved.
import { addDays } from '../domain/dates.js';
import { CONCERN_DAYS, entrySignals, fearCameTrue, openConcern, worse, worstLevel, type CareLevel } from '../domain/care.js';
import type { Entry, Journal } from '../domain/types.js';
import { sayCare } from '../ui/messages-care.js';
import type { Prompter } from '../ui/prompts.js';
import { noteLines } from './care-note.js';

export class FlowCare {
  /** The open concern: the journal's when the session began, or raised by its answers. */
  level: CareLevel | undefined;
  /** Something was already said on screen, so the save need not say it again. */
  shown = false;
  /** A fear came true lately (in the journal or in this session's reviews). */
  fearsCameTrue: boolean;
  private announced: CareLevel | undefined;
  private readonly heard = new Set<string>();

  constructor(journal: Journal, today: string) {
    this.level = openConcern(journal.entries, today)?.level ?? undefined;
    const since = addDays(today, -(CONCERN_DAYS - 1));
    this.fearsCameTrue = journal.entries.some((e) => e.date >= since && fearCameTrue(e));
  }

  get open(): boolean {
    return this.level !== undefined;
  }

  /** At the start: a quiet line when a concern is already open. */
  greet(p: Prompter): void {
    if (!this.open) return;
    p.note(sayCare.stillOpen);
    this.shown = true;
  }

  /** Looks at the answers so far (as draft entries) and answers a new signal, or a fear that came true, at once. */
  listen(p: Prompter, drafts: readonly Entry[]): void {
    const fresh = drafts.flatMap(entrySignals).filter((s) => !this.heard.has(`${s.id}\u0000${s.why}\u0000${s.field ?? ''}`));
    for (const s of fresh) this.heard.add(`${s.id}\u0000${s.why}\u0000${s.field ?? ''}`);
    const level = worstLevel(fresh);
    if (level !== null && worse(level, this.announced)) {
      p.note(noteLines(fresh, true).join('\n'));
      this.announced = level;
      this.shown = true;
    }
    if (level !== null && worse(level, this.level)) this.level = level;
    for (const e of drafts) {
      if (!fearCameTrue(e) || this.heard.has(`came-true\u0000${e.id}`)) continue;
      this.heard.add(`came-true\u0000${e.id}`);
      p.note(sayCare.cameTrue);
      this.fearsCameTrue = true;
      this.shown = true;
    }
  }
}
