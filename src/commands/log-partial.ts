// Words half typed into a question of `trust log` when it was stopped. A step
// may ask more than one text question (a feeling of one's own after the
// list, a second good thing), so the words are kept with the step and the
// place of their question in it; when the draft is picked up, that question
// comes back with them on its line.
import type { PartialAnswer } from '../storage/draft.js';
import type { Prompter } from '../ui/prompts.js';

export interface Typing {
  /** The prompter the steps ask through. */
  prompter: Prompter;
  /** A step starts: its text questions are counted from here. */
  begin(step: string): void;
  /** The words on the line of the text question under way (or just stopped), with where they belong; undefined when none. */
  unsaved(): PartialAnswer | undefined;
}

export function typing(p: Prompter, kept: PartialAnswer | undefined): Typing {
  let step = '';
  let asked = 0;
  return {
    prompter: {
      ...p,
      text: (message, opts = {}) => {
        const nth = asked++;
        const back = kept?.step === step && kept.nth === nth ? kept.text : undefined;
        return p.text(message, back === undefined ? opts : { ...opts, carryOn: back });
      },
    },
    begin: (key) => {
      step = key;
      asked = 0;
    },
    unsaved: () => {
      const text = p.unfinished?.();
      return text === undefined ? undefined : { step, nth: asked - 1, text };
    },
  };
}
