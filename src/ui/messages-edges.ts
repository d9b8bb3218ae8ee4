// Words for the edges of a run: output that could not be written, dates out
// of reach, a run stopped by a signal.

export const edges = {
  outputLostSaved: (why: string) => `Saved. Only the reply could not be written to stdout (${why}), so there is no need to run it again.`,
  outputLost: (why: string) => `Could not write the output to stdout (${why}). Nothing was changed.`,
};
