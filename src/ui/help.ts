// Examples shown at the end of each command's --help.
const block = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

export const examples: { root: string } & Record<string, string> = {
  root:
    block([
      'trust log                       the daily exercise, step by step',
      'trust review                    look back on earlier actions',
      'trust report                    the last 7 days at a glance',
      'trust list --open               actions waiting for review',
    ]) +
    '\ntrust supports self-help; it is not therapy. If the pain stays heavy, a couples therapist\n' +
    'or a support group can help. If anyone is in danger, call your local emergency number.\n',
  log: block([
    'trust log',
    'trust log --checklist check-in,follow-through --gratitude "made me tea"',
    'trust log --thought "If I open up I will get hurt" --belief 80 --trap fortune-telling \\',
    '          --balanced "Last week I shared and it went fine" --belief-after 50 \\',
    '          --action "Tell them one thing about my day" --prediction "They will brush it off"',
  ]),
  review: block([
    'trust review                    walk through every open action',
    'trust review 3f2a --done yes --outcome "They listened" --talked --safety 7 --came-true no',
  ]),
  list: block(['trust list -n 10', 'trust list --open', 'trust list --trap mind-reading --since 2026-01-01 --json']),
  show: block(['trust show 3f2a9c1e', 'trust show 3f2a --json']),
  delete: block(['trust delete 3f2a9c1e', 'trust delete 3f2a9c1e --yes']),
};
