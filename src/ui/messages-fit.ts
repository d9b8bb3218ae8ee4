// Words for fitting into the system: completions, help.
import { plural } from './messages.js';

export const sayFit = {
  noConflictCopies: (dir: string) => `No conflict copies beside the journal in ${dir}: nothing to merge.`,
  mergedCopy: (name: string, added: number, conflicts: number) =>
    `Merged ${name}: ${added === 0 ? 'nothing new' : `${plural(added, 'entry', 'entries')} added`}${conflicts > 0 ? `, ${plural(conflicts, 'entry')} differed and yours were kept` : ''}; the copy is removed.`,
  driverArgs: 'trust merge-driver takes three files: %O %A %B (see README, "Keeping the journal in git").',
  driverEmpty: (file: string) => `${file} holds no journal to merge.`,
  badShell: (shell: string, shells: readonly string[]) =>
    `${shell ? `"${shell}" is not a shell trust can complete for` : 'Name a shell'}: use one of ${shells.join(', ')}.`,
};
