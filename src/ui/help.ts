// Examples shown at the end of each command's --help.
const block = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

export const examples: { root: string } & Record<string, string> = {
  root:
    block([
      'trust log                       the daily exercise, step by step',
      'trust review                    look back on earlier actions',
      'trust report                    the last 7 days at a glance',
      'trust list --open               actions waiting for review',
      'trust safety                    who to call if you are in danger or in crisis',
    ]) +
    '\ntrust supports self-help; it is not therapy. If the pain stays heavy, a counsellor or a\n' +
    'support group can help; where there is violence, threats or control, support of your own\n' +
    'and an abuse service come before any couples therapy. If anyone is in danger, call your\n' +
    'local emergency number, or see `trust safety`.\n',
  log: block([
    'trust log',
    'trust log --checklist check-in,follow-through --gratitude "made me tea"',
    'trust log --thought "If I open up I will get hurt" --belief 80 --trap fortune-telling \\',
    '          --balanced "Last week I shared and it went fine" --belief-after 50 \\',
    '          --action "Tell them one thing about my day" --prediction "They will brush it off"',
    'trust log --emotion hope:40 --emotion fear:30      feelings alone, a mood check-in',
    'trust log --thought "They will leave" --belief 90 --balanced "They came back" --belief-balanced 60 \\',
    '          --belief-after 55 --emotion-after fear:40 --action "Ask them to stay" --prediction-belief 70 --prediction "They won\'t"',
  ]),
  review: block([
    'trust review                    walk through every open action',
    'trust review 3f2a --done yes --outcome "They listened" --talked --safety 7 --came-true no',
    'trust review 3f2a --done yes --came-true no --belief-now 30 --learned "Small shares are safe"',
  ]),
  fears: block(['trust fears', 'trust fears --trap fortune-telling', 'trust fears --type emotional --json']),
  list: block(['trust list -n 10', 'trust list --open', 'trust list --trap mind-reading --since 2026-01-01 --json']),
  show: block(['trust show 3f2a9c1e', 'trust show 3f2a --json']),
  edit: block([
    'trust edit 3f2a                 at a terminal: pick what to change',
    'trust edit 3f2a --thought "If I open up, they might not listen"',
    'trust edit 9c1e --outcome "They listened, then asked more" --safety 8',
  ]),
  delete: block(['trust delete 3f2a9c1e', 'trust delete 3f2a9c1e --yes']),
  report: block(['trust report', 'trust report --week 2026-11-16 --format markdown > week.md', 'trust report --since 2026-10-01 --json']),
  remind: block(['trust remind', 'trust remind --install --at 20:30', 'trust remind --print', 'trust remind --uninstall']),
  jar: block([
    'trust jar                       the jar, the 5:1 balance and a week-by-week timeline',
    'trust jar add "Called when running late"',
    'trust jar remove "Missed dinner without a word"',
    'trust jar --json',
  ]),
  'jar add': block(['trust jar add "Kept their phone on the table when I asked"', 'trust jar add --date 2026-11-18 "Came home when they said"']),
  'jar remove': block(['trust jar remove "Said they would call and did not"', 'trust jar remove --date 2026-11-17 "A small lie about lunch"']),
  export: block(['trust export --format markdown --out journal.md', 'trust export --format csv --since 2026-11-01 > nov.csv']),
  import: block(['trust import ~/Sync/journal.sync-conflict.json']),
  share: block(['trust share 3f2a9c1e', 'trust share 3f2a --fields thought,balanced,action,outcome', 'trust share --week 2026-11-16 > week.txt']),
  encrypt: block(['trust encrypt                   asks for a passphrase twice', 'TRUST_PASSPHRASE="$(secret-tool lookup app trust)" trust remind']),
  decrypt: block(['trust decrypt']),
  safety: block([
    'trust safety                    help lines for your country, and your own',
    'trust safety --json',
    'trust safety --safe             you are safe now',
  ]),
  init: block([
    'trust init                      asks, one question at a time',
    'trust init --name Alex --role hurt --partner Sam --remind-at 20:30',
    'trust init --role broke-trust   change only your role',
    'trust init --country GB --helpline "My sister: 07700 900123"',
  ]),
  exercise: block([
    'trust exercise                  pick one from the list',
    'trust exercise --list',
    'trust exercise temperature-reading',
    'trust exercise daily-appreciation --answer appreciationOne="Made coffee" --answer appreciationTwo="Listened"',
  ]),
  trigger: block([
    'trust trigger                   three short questions',
    'trust trigger --what "their phone face-down" --strength 7 --helped "a walk" --reassured yes',
  ]),
  request: block([
    'trust request                   each request, how often and how lately it was met',
    'trust request add "Text me when you leave work" --cost low',
    'trust request met 3f2a --note "before six"',
    'trust request drop 3f2a',
  ]),
  'request add': block(['trust request add "Text me when you leave work" --cost low', 'trust request add --date 2026-11-16 "Tell me who you had lunch with"']),
  'request met': block(['trust request met 3f2a', 'trust request met 3f2a --date 2026-11-18 --note "without being asked"']),
  path: block(['trust path', 'trust path --json']),
  sync: block(['trust sync                      merge journal.sync-conflict-*.json copies, then remove them', 'trust sync --json']),
  'merge-driver': block([
    'git config merge.trust.driver "trust merge-driver %O %A %B"',
    'echo "journal.json merge=trust" >> .gitattributes',
  ]),
  completion: block([
    'source <(trust completion bash)        in ~/.bashrc',
    'source <(trust completion zsh)         in ~/.zshrc, after compinit',
    'trust completion fish > ~/.config/fish/completions/trust.fish',
  ]),
  doctor: block(['trust doctor', 'trust doctor --fix', 'trust doctor --restore --yes', 'trust doctor --json']),
};
