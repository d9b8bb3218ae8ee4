import { notYet } from './not-yet.js';

export const remind = notYet;
