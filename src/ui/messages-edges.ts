// Words for the edges of a run: output that could not be written, dates out
// of reach, a run stopped by a signal.

export const sayEdges = {
  outputLostSaved: (why: string) => `Saved. Only the reply could not be written to stdout (${why}), so there is no need to run it again.`,
  outputLost: (why: string) => `Could not write the output to stdout (${why}). Nothing was changed.`,
  dateOutOfReach: (flag: string, value: string, first: string, last: string) =>
    `${flag} takes a day from ${first} to ${last}, not ${value}.`,
  nowOutOfReach: (value: string, first: string, last: string) => `TRUST_NOW must fall between ${first} and ${last}, not "${value}".`,
  periodTooLong: (from: string, to: string, years: number) =>
    `A report covers at most ${years} years, and ${from} to ${to} is longer: pick a later --since or an earlier --until.`,
  stoppedBy: (signal: string) => `Stopped by ${signal}. What was saved stays saved, and a \`trust log\` you were in the middle of waits as a draft.`,
};
