// The review questions, shared by `trust review` and the start of `trust log`.
import { ANSWERS, type Answer, type LogEntry, type Profile } from '../domain/types.js';
import type { ReviewFields } from '../domain/entries.js';
import { compact } from '../domain/entries.js';
import type { Prompter } from '../ui/prompts.js';
import { q } from '../ui/messages.js';
import { ask } from '../ui/messages-answer.js';

const answerChoices = (labels: Record<string, string>) => ANSWERS.map((a) => ({ value: a, name: labels[a] ?? a }));

/** Asks how an action went; undefined when the person wants to be asked later. */
export async function askReview(p: Prompter, action: LogEntry, profile: Profile, allowLater: boolean): Promise<ReviewFields | undefined> {
  const choices: { value: Answer | 'later'; name: string }[] = answerChoices(q.doneChoices);
  if (allowLater) choices.push({ value: 'later', name: q.later });
  const done = await p.select(q.done, choices);
  if (done === 'later') return undefined;
  const outcome = await p.text(done === 'no' ? q.outcomeNot : q.outcome);
  const cameTrue = action.prediction && done !== 'no' ? await p.select(q.cameTrue(action.prediction), answerChoices(q.cameTrueChoices)) : undefined;
  const talked = await p.confirm(q.talked(profile.partner ?? q.yourPartner), false);
  const safety = await p.number(q.safety, { min: 0, max: 10 });
  const beliefNow = action.thought ? await p.number(q.beliefNow(action.thought), { min: 0, max: 100 }) : undefined;
  const learned = await p.text(ask.learned);
  return compact({ done, outcome, cameTrue, talked, safety, beliefNow, learned });
}
