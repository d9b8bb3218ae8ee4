import { notYet } from './not-yet.js';

export const importJournal = notYet;
