// The words of `trust edit` and of corrections wherever they show.

export const sayEdit = {
  // input problems (exit 2)
  nothingChanged: (id: string) => `Nothing to change in ${id}: the flags say what it already says.`,
  notEditable: (id: string, kind: string) => `Entry ${id} is a ${kind}: only a daily entry (log) or a review can be corrected.`,
  wrongFlag: (flag: string, kind: string, id: string) => `${flag} does not belong to a ${kind}, and ${id} is one (see \`trust edit --help\`).`,
  needsFlags: (id: string) => `Say what to change in ${id} with the flags of \`trust log\` or \`trust review\`, or run it in a terminal to be asked.`,
  actionReviewed: (id: string) => `The small step in ${id} has been looked back on, so it stays: change its words instead.`,

  // results
  saved: (id: string, ref: string) => `Corrected ${ref} (saved as ${id}). The first version is kept.`,
  edited: 'edited',
  editedOn: (when: string) => `edited ${when}`,

  // questions
  which: 'What would you like to change?',
  done: 'Nothing more: save',
  how: 'How would you like to write it?',
  here: 'Here, on one line',
  inEditor: 'In my text editor',
  empty: '(empty)',
  stoppedNothing: 'Nothing was changed.',
};
