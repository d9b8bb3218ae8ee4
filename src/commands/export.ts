import { notYet } from './not-yet.js';

export const exportJournal = notYet;
