// A signal ends a run at once (main.ts): every finished answer of `trust log`
// is in its draft already, and a save is an atomic rename. One thing is not
// saved yet, the words on the line of the question being typed; their save
// is the only work a signal waits for, and not for long.

type Save = () => Promise<void>;
let pending: Save | undefined;

/** What to save if a signal comes now; returns the call that takes it back. */
export function saveOnSignal(save: Save): () => void {
  pending = save;
  return () => {
    if (pending === save) pending = undefined;
  };
}

/** Runs the save given, once, for at most `ms`; never throws (the signal's own line and exit still follow). */
export function lastSave(ms: number): Promise<void> {
  const save = pending;
  pending = undefined;
  if (!save) return Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((done) => (timer = setTimeout(done, ms)));
  return Promise.race([save().catch(() => undefined), limit]).finally(() => clearTimeout(timer));
}
